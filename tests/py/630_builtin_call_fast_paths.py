# The builtins a loop calls most take a fast path with exact arguments (builtins/dispatch.ts
# fastNative; `for i, x in enumerate(...)` and `for i in range(...)` in FOR_ITER/CALL): every other
# argument must still behave as the general call does.
import math
from math import sqrt

class L(list):
    def __len__(self):
        return 42

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class Neg:
    def __abs__(self):
        return "abs of Neg"

class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "Lt(%r)" % self.v

# len
print(len([1, 2, 3]), len((1,)), len("h\u00e9llo \u4e16\u754c"), len({1: 2, 3: 4}), len(""), len([]))
print(len(L([1, 2])), len(L("abc")), len(range(10)), len(b"xyz"), len({1, 2}))
for bad in (3, 2.5, None):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError", e)
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError", e)

# range, and `for i in range(...)`
print(range(5), range(1, 5), range(5, 1, -2), list(range(5, 1, -2)), list(range(-3)))
print(list(range(2**40, 2**40 + 3)), list(range(2**30 - 2, 2**30 + 2)), list(range(-2**30 - 1, -2**30 + 2)))
print(list(range(Idx(3))), list(range(True, 4)), list(range(0, 10, Idx(4))))
for args in ((0, 5, 0), (1.5,), ("a",), (1, 2, 3, 4), ()):
    try:
        for i in range(*args):
            print("never", i)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print("TypeError", e)
total = 0
for i in range(10):
    total += i
for i in range(10, 0, -3):
    total += i
for i in range(2**30 - 3, 2**30 + 3):
    total += i
print(total)
r = range(3)
print([i * i for i in r], [i for i in r])

def shadow():
    range = lambda n: [n, n]
    return [i for i in range(7)]
print(shadow())

# enumerate, and `for i, x in enumerate(...)`
for i, x in enumerate(["a", "b", "c"]):
    print(i, x)
for i, x in enumerate(("p", "q"), 5):
    print(i, x)
for i, x in enumerate("xy", start=2**64):
    print(i, x)
for i, x in enumerate(L([7, 8])):
    print("subclass", i, x)
def gen():
    yield "g1"
    yield "g2"
for i, x in enumerate(gen()):
    print(i, x)
for i, x in enumerate({"k": 1, "j": 2}):
    print(i, x)
for pair in enumerate([10, 20]):
    print(pair)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
try:
    for i, x, y in enumerate([1, 2]):
        print("never")
except ValueError as e:
    print("ValueError", e)
e = enumerate([1, 2, 3])
for i, x in e:
    if i == 1:
        break
print(list(e))
items = [1, 2, 3]
try:
    for i, x in enumerate(items):
        print(i, x)
        if i == 0:
            items.append(4)
        if i > 4:
            break
except RuntimeError as e:
    print("RuntimeError", e)
def boom():
    raise KeyError("inside")
    yield 1
try:
    for i, x in enumerate(boom()):
        print("got", i, x)
except KeyError as e:
    print("KeyError", e)
d = {1: 2}
try:
    for i, x in enumerate(d):
        d[i + 5] = 0
except RuntimeError as e:
    print("RuntimeError", e)
for i, x in enumerate(enumerate("ab")):
    print(i, x)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)

# abs
print(abs(-5), abs(5), abs(0), abs(-2**30), abs(-2**30 + 1), abs(2**30), abs(-2**100), abs(-2.5), abs(-0.0))
print(abs(True), abs(False), abs(Neg()), abs(float("-inf")))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)

# min/max of two
print(min(3, 4), max(3, 4), min(4, 3), max(4, 3), min(-2**30, 2**30 - 1), max(2**31, 5), min(2**100, -2**100))
print(min(1.5, 2.5), max(1.5, 2.5), min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))
nan = float("nan")
print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))
print(min(1, 2.5), max(1, 0.5), min(True, 2), max(False, 0), min(0, False), max(1, True))
print(min(2, 2.0), max(2.0, 2))
print(min(Lt(2), Lt(1)), max(Lt(2), Lt(1)), min(3, 1, key=lambda v: -v), max([3, 9, 2]), min((7, 5)))
print(max(1, 2, default=0) if False else "", min("b", "a"), max([], default="empty"))
try:
    min(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    max(1)
except TypeError as e:
    print("TypeError", e)

# isinstance
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance([], (tuple, (dict, list))))
print(isinstance(L(), list), isinstance([], L), isinstance("a", L))
print(isinstance(1, (int, 1)), isinstance(1, ((((str,),),), (int,))), isinstance(1, ()))
for bad in (1, (str, 1), (str, (float, [int]))):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError", e)

# math.sqrt, from math import sqrt
print(sqrt(4.0), sqrt(2), sqrt(0), sqrt(-0.0), sqrt(2**30 - 1), sqrt(2**30), sqrt(2**100), sqrt(True))
print(math.sqrt(9), sqrt(float("inf")), sqrt(Idx(9)) if False else "", math.isnan(sqrt(nan)))
for bad in (-1, -1.0, -2**100, float("-inf")):
    try:
        sqrt(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sqrt("4")
except TypeError as e:
    print("TypeError", e)
try:
    sqrt(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    sqrt(x=4.0)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    sqrt(1.0, 2.0)
except TypeError as e:
    print("TypeError")

# the same functions from other places: bound, stored, called with a method call
f = len
print(f([1, 2]), getattr(math, "sqrt")(16.0))
class Holder:
    pass
h = Holder()
h.m = max
print(h.m(1, 2), math.sqrt(25.0))
deep = (int,)
for i in range(5000):
    deep = (deep,)
try:
    isinstance(1, deep)
except RecursionError as e:
    print("RecursionError", e)

# a list's append and pop as method calls
xs = [1, 2, 3]
xs.append(4)
xs.append(xs)
print(len(xs), xs.pop() is xs, xs.pop(), xs.pop(0), xs.pop(-1), xs, xs.pop(Idx(0)), xs)
for args in ((), (0,), (-1,), (5,)):
    try:
        [].pop(*args)
    except IndexError as e:
        print(type(e).__name__, e)
for args in ((), (0,), (-2,), (5,), (-2**30 - 1,), (2**100,), ("0",), (1, 2)):
    try:
        print([7, 8].pop(*args))
    except (IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
ys = [10, 20, 30]
print(ys.pop(True), ys.pop(False), ys, ys.pop(-1), ys)
try:
    ys.append()
except TypeError as e:
    print("TypeError", e)
try:
    ys.append(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    ys.append(x=1)
except TypeError as e:
    print("TypeError", type(e).__name__)
list.append(ys, "via type")
zs = L([5])
zs.append(6)
print(ys, zs, zs.pop(0), zs, len(zs))
class Logged(list):
    def append(self, x):
        print("Logged.append", x)
        list.append(self, x)
    def pop(self, *a):
        print("Logged.pop", a)
        return list.pop(self, *a)
lg = Logged()
lg.append(1)
lg.append(2)
print(lg.pop(), lg.pop(0), lg)
ap = ys.append
ap("bound")
print(ys)
