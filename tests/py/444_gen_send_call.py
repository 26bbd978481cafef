# gen.send(v) and gen.__next__() called as methods take a shorter path than other native calls
# (vm/interpreter.ts, CALL): every way they end, and the calls that must not take it.

def counter():
    n = 0
    while True:
        got = yield n
        n += 1 if got is None else got

c = counter()
print(c.__next__(), c.send(10), c.__next__(), c.send(-4))
send = c.send
print(send(5), send(100), c.__next__())

def short():
    x = yield 1
    return x * 2

s = short()
print(s.__next__())
try:
    s.send(21)
except StopIteration as e:
    print("StopIteration", e.value)
for call in (lambda: s.send(1), lambda: s.__next__(), lambda: s.send(None)):
    try:
        call()
    except StopIteration as e:
        print("StopIteration again", e.value)

fresh = short()
try:
    fresh.send(3)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))

def selfish():
    yield me.send(None)

me = selfish()
try:
    me.__next__()
except ValueError as e:
    print("ValueError:", e)

g = counter()
for bad in (lambda: g.send(), lambda: g.send(1, 2), lambda: g.__next__(1), lambda: g.send(value=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError")

def raising():
    yield 1
    raise KeyError("k")

r = raising()
r.__next__()
try:
    r.send(None)
except KeyError as e:
    print("KeyError", e)

def deleg():
    total = yield from counter()
    yield total

d = deleg()
print(d.__next__(), d.send(7), d.send(1))
