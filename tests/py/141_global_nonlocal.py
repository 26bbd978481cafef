# global and nonlocal: module counters, closures with mutable state, nested scopes
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def define_late():
    global late
    late = "defined in function"
define_late()
print(late)

def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter()
inc()
inc(5)
print(get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m
print(outer())

def accum():
    total = []
    count = 0
    def add(v):
        nonlocal count
        total.append(v)
        count += 1
        return count, sum(total)
    return add
ad = accum()
print(ad(3), ad(4), ad(10))
g = 1
def shadow():
    g = 2
    def read():
        return g
    return read()
print(shadow(), g)
def uses_global_in_loop():
    global counter
    for _ in range(3):
        counter *= 2
uses_global_in_loop()
print(counter)
