# yield from: delegation, return values of subgenerators, nested delegation, iterables
def sub(n):
    for i in range(n):
        yield i
    return n * 100

def outer():
    r1 = yield from sub(2)
    print("sub returned", r1)
    r2 = yield from sub(3)
    print("sub returned", r2)
    yield from "xy"
    yield from [7, 8]
    return r1 + r2

g = outer()
print(list(g))
def driver():
    result = yield from outer()
    yield "final %d" % result
print(list(driver()))

def flatten(x):
    if isinstance(x, list):
        for e in x:
            yield from flatten(e)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def tree(depth, prefix="r"):
    yield prefix
    if depth:
        yield from tree(depth - 1, prefix + "L")
        yield from tree(depth - 1, prefix + "R")
print(list(tree(2)))

def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v

def gather(results):
    while True:
        t = yield from accumulate()
        results.append(t)

res = []
acc = gather(res)
next(acc)
for v in [1, 2, 3, None, 10, 20, None, 5, None]:
    acc.send(v)
print(res)
def empty():
    return "nothing"
    yield
def wrap():
    v = yield from empty()
    yield v
print(list(wrap()))
