# functools: reduce, partial, wraps/update_wrapper, lru_cache/cache, cmp_to_key, total_ordering
import functools
from functools import reduce, partial, wraps, update_wrapper, lru_cache, cache, cmp_to_key, total_ordering

# -- reduce --
print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda a, b: a + b, [], 100), reduce(lambda a, b: a + b, [7]), reduce(lambda a, b: a + b, [7], 1))
print(reduce(lambda acc, c: c + acc, "stressed"), reduce(max, [4, 8, 1, 9, 2]))
print(reduce(lambda acc, x: acc + [x * x], (x for x in range(5)), []))
for bad in ([], (), "", iter([])):
    try:
        reduce(lambda a, b: a, bad)
    except TypeError as e:
        print("TypeError:", e)
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))

# -- partial --
def volume(length, width=1, height=1):
    return length * width * height

box = partial(volume, 2, height=5)
print(box(3), box(3, height=2), box(width=4))
print(box.func is volume, box.args, box.keywords, type(box).__name__)
flat = partial(box, 7, height=10)
print(flat.func is volume, flat.args, flat.keywords, flat())
noargs = partial(volume)
print(noargs.args, noargs.keywords, noargs(2, 3, 4))
to_int = partial(int, base=16)
print(to_int("ff"), to_int("10", base=2), [partial(pow, 3)(n) for n in range(5)])
def collect(*args, **kwargs):
    return args, sorted(kwargs.items())
p = partial(collect, 1, 2, a="x")
print(p(3, b="y"), p(a="override"))
try:
    partial(42)
except TypeError as e:
    print("TypeError:", e)
adders = [partial(lambda k, x: x + k, k) for k in range(3)]
print([f(10) for f in adders])

# -- wraps / update_wrapper --
def shout(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper

@shout
def greet(name, greeting="hello"):
    """Return a greeting."""
    return greeting + " " + name

print(greet("ann"), greet("bob", greeting="hi"))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__wrapped__("cy"), greet.__wrapped__.__name__)

def marked(fn):
    fn.marker = "m-" + fn.__name__
    return fn

@shout
@marked
def plain():
    return "quiet"
print(plain(), plain.__name__, plain.marker, plain.__doc__)

def target(a, b):
    "target doc"
    return a - b
def shim(*args):
    return target(*args) * 10
result = update_wrapper(shim, target)
print(result is shim, shim.__name__, shim.__doc__, shim(5, 3), shim.__wrapped__ is target)
def shim2(*args):
    return 0
update_wrapper(shim2, target, assigned=("__doc__",), updated=())
print(shim2.__name__, shim2.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# -- lru_cache --
calls = []
@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(n)
print(calls)
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(info == (4, 5, 3, 3), tuple(info), info[0], len(info))
h, m, mx, cs = info
print(h + m, mx, cs)
square.cache_clear()
print(square.cache_info(), square(9), square.cache_info())
print(square.__name__, square.__wrapped__(6))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100, (50, 25, 10, 5, 1)), ways.cache_info())

@lru_cache(maxsize=0)
def uncached(x):
    return x + 1
print(uncached(1), uncached(1), uncached.cache_info())

seen = []
@lru_cache(maxsize=None)
def kw(a, b=2):
    seen.append((a, b))
    return a * b
print(kw(3), kw(3), kw(3, 2), kw(3, b=2), kw(a=3, b=2), kw(b=2, a=3), kw(3, 4))
print(seen, kw.cache_info())

typed_calls = []
@lru_cache(maxsize=16)
def ident(x):
    typed_calls.append(x)
    return x
print(ident(1), ident(1.0), ident(True), ident("1"), ident((1,)), ident((1,)))
print(typed_calls, ident.cache_info())

@lru_cache(maxsize=2)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(10), rec.cache_info())

@cache
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
print(tri(200), tri.cache_info().currsize, tri.cache_info().maxsize)

try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)

class Grid:
    def __init__(self, w):
        self.w = w
    @lru_cache(maxsize=None)
    def cell(self, i):
        return (i % self.w, i // self.w)
g = Grid(4)
print(g.cell(5), g.cell(5), g.cell(11), Grid.cell.cache_info())

# -- cmp_to_key --
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(2) >= K(3), K(4) == K(4), min([3, 1, 2], key=K))

# -- total_ordering --
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c)
print(sorted([Version(2, 0), b, a, Version(0, 9)]), max(a, b), min(a, b))

@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __gt__(self, other):
        return self.n > other.n
print(Rank(1) < Rank(2), Rank(2) <= Rank(2), Rank(3) >= Rank(4), Rank(5) > Rank(4))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

typed_seen = []
@lru_cache(maxsize=None, typed=True)
def typed_ident(x):
    typed_seen.append(repr(x))
    return x
print(typed_ident(2), typed_ident(2.0), typed_ident(2), typed_ident(x=2), typed_ident.cache_info())
print(typed_seen, typed_ident.cache_parameters())
