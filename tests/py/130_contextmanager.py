# contextlib.contextmanager: setup/teardown ordering, yielded values, exceptions into the generator
from contextlib import contextmanager

@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)

with tag("html") as t:
    print("value", t)
    with tag("body"):
        print("content")

@contextmanager
def safe(label):
    try:
        yield
    except ZeroDivisionError as e:
        print(label, "swallowed", repr(e))
    finally:
        print(label, "cleanup")

with safe("s1"):
    print(1 // 0)
print("continued")
try:
    with safe("s2"):
        raise KeyError("passes through")
except KeyError as e:
    print("outer caught", repr(e))

@contextmanager
def collecting():
    items = []
    yield items
    print("collected", items)
with collecting() as acc:
    for i in range(3):
        acc.append(i * i)

@contextmanager
def indent(state):
    state["level"] += 1
    try:
        yield state["level"]
    finally:
        state["level"] -= 1
st = {"level": 0}
with indent(st) as a:
    with indent(st) as b:
        print("levels", a, b, st["level"])
print("after", st["level"])
def find(items, target):
    with tag("search"):
        for i, x in enumerate(items):
            if x == target:
                return i
    return -1
print(find([5, 6, 7], 6))
