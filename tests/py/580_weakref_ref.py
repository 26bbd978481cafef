# weakref.ref: calling it, the shared basic ref, callbacks (newest first, with the ref, after the
# referent is gone), __callback__, getweakrefcount/getweakrefs, which objects can be weakly
# referenced, hash and == of refs.
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "A(%s)" % self.name

    def method(self):
        return self.name


log = []


def cb(tag):
    def f(r):
        log.append((tag, r(), r.__callback__))
    return f


a = A("a")
r0 = weakref.ref(a)
print(r0() is a, weakref.ref(a) is r0, weakref.ref(a, None) is r0)
r1 = weakref.ref(a, cb(1))
r2 = weakref.ref(a, cb(2))
r3 = weakref.ref(a, cb(3))
print(r1 is r2, r1() is a, r0.__callback__, callable(r1.__callback__), callable(r1))
print(weakref.getweakrefcount(a), [r is r0 for r in weakref.getweakrefs(a)])
print([w is r3 for w in weakref.getweakrefs(a)], weakref.getweakrefs(a)[-1] is r1)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))
del a
print(log)
print(r0(), r1(), weakref.getweakrefcount(A("b")))

# a ref that dies first never calls its callback
b = A("b")
weakref.ref(b, cb("gone"))
rb = weakref.ref(b, cb("kept"))
del b
print(log[-1:], len(log))

# the object holds its own ref (with a callback): the callback still runs
c = A("c")
c.me = weakref.ref(c, lambda r: log.append("self ref cb"))
del c
print(log[-1])

# __del__ runs before the callbacks of the refs to its object
class D:
    def __del__(self):
        log.append("del D")


d = D()
rd = weakref.ref(d, lambda r: log.append(("cb D", r())))
del d
print(log[-2:])

# a callable object as the callback
class Counter:
    n = 0

    def __call__(self, r):
        Counter.n += 1


e = A("e")
re_ = weakref.ref(e, Counter())
e = None
print(Counter.n)

# what can be weakly referenced
def fn():
    pass


def gen():
    yield 1


class L(list):
    pass


class Di(dict):
    pass


class T(tuple):
    pass


class Err(Exception):
    pass


for o in [fn, gen(), {1, 2}, frozenset(), A, print, L(), Di(), Err(), weakref]:
    r = weakref.ref(o)
    print(type(o).__name__, r() is o)
for o in [1, 2 ** 80, 1.5, "s", b"b", (), [], {}, None, True, object(), range(2), Exception(), T(), r0]:
    try:
        weakref.ref(o)
    except TypeError as e:
        print(e)

# hash and ==: like the referent while it lives; a dead ref keeps its hash, compares by identity
x, y = A("x"), A("y")
rx, ry, rx2 = weakref.ref(x), weakref.ref(y), weakref.ref(x, cb("x"))
print(hash(rx) == hash(x), rx == rx2, rx != ry, rx == ry, rx == x)
d = {rx: 1, ry: 2}
print(d[weakref.ref(x)], d[rx2], weakref.ref(y) in d)
del x
print(rx == rx2, rx == rx, rx2 == rx2, hash(rx) == hash(rx))
print(d[rx])
z = A("z")
rz = weakref.ref(z)
del z
try:
    hash(rz)
except TypeError as e:
    print(e)
print(len(log))

# bound methods die at once; a ref to one is dead right away
m = A("m")
rm = weakref.ref(m.method)
print(rm())
bound = m.method
rm = weakref.ref(bound)
print(rm()())
del bound
print(rm())
print(type(r0), type(r0) is weakref.ref, weakref.ReferenceType is weakref.ref)
try:
    r0(1)
except TypeError as e:
    print("TypeError")
