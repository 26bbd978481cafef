# Closures created in loops: shared cells versus default-argument capture
def make_shared():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return fs
print([f() for f in make_shared()])
def make_captured():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    return fs
print([f() for f in make_captured()])
def make_via_factory():
    def factory(v):
        return lambda: v + 100
    return [factory(i) for i in range(3)]
print([f() for f in make_via_factory()])
def accumulators():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    def get():
        return total
    return add, get
add, get = accumulators()
for v in [5, 10, 20]:
    add(v)
print(get())
add2, get2 = accumulators()
add2(1)
print(get(), get2())
def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped
def slow_square(n):
    print("computing", n)
    return n * n
sq = memoize(slow_square)
print(sq(4), sq(4), sq(5))
