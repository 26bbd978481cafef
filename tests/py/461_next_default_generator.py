# next(gen, default): the generator's return (with or without a value) gives the default; what
# it yields replaces the call; other exceptions pass through (found by the program fuzzer).
def g():
    yield 1
    return 5
it = g()
print(next(it, 'd'), next(it, 'exhausted'), next(it, 'again'))

def h():
    x = yield 'first'
    print('got', x)
    return 'r'
k = h()
print(next(k, None))
print(next(k, 'end'))

def boom():
    yield 1
    raise KeyError('k')
b = boom()
print(next(b, 0))
try:
    next(b, 0)
except KeyError as e:
    print('KeyError', e)

def stop():
    yield 1
    raise StopIteration
s = stop()
next(s)
try:
    print(next(s, 'dflt'))
except RuntimeError as e:
    print('RuntimeError', e)

def inner():
    yield 'i1'
    return 'iret'
def outer():
    r = yield from inner()
    print('inner returned', r)
o = outer()
print([next(o, 'x') for _ in range(3)])

# in an expression, with values below it on the stack
def count(n):
    for i in range(n):
        yield i
    return 'done'
c = count(2)
print([10 + next(c, 100), 20 + next(c, 200), 30 + next(c, 300)])
total = 0
c = count(3)
while True:
    v = next(c, None)
    if v is None:
        break
    total += v
print(total)
