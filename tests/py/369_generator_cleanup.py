# Releasing a suspended generator closes it, as in CPython: finally blocks and with-exits run
# when the last reference goes, or when the cycle collector frees it; a generator that yields
# in its finally is reported (on stderr) and dropped.
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *a):
        print("close", self.name, a[0].__name__ if a[0] else None)
        return False

def worker(name):
    with Res(name):
        try:
            while True:
                yield name
        finally:
            print("finally", name)

def plain():
    yield 1
    yield 2

w = worker("a")
next(w)
w = None
print("after a")

p = plain()
next(p)
p = None
print("after plain")

# a generator in a cycle: closed when collected
box = []
g = worker("b")
next(g)
box.append(g)
holder = [box]
box.append(holder)
g = None
box = None
holder = None
print("before collect")
gc.collect()
print("after collect")

def stubborn():
    try:
        yield 1
    finally:
        yield 2

s = stubborn()
next(s)
s = None
print("after stubborn")

def gen_list():
    items = [1, 2, 3]
    for i in items:
        try:
            yield i
        finally:
            print("cleanup", i)
print(list(gen_list()))
x = gen_list()
print(next(x))
del x
print("end")
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("never", r)
    finally:
        print("outer finally")

g = outer()
next(g)
g = None
print("after")
h = outer()
next(h)
h.close()
print("closed")
