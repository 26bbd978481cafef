# functools.lru_cache: memoized recursion, cache_info statistics, maxsize eviction, cache_clear
from functools import lru_cache
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls)
print(fib.cache_info())
print(fib(80), calls, fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    print(sq(v))
print(sq.cache_info())
@lru_cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.__name__)
@lru_cache(maxsize=None)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
@lru_cache(maxsize=None)
def kw(a, b=1):
    print("kw", a, b)
    return a + b
print(kw(1), kw(1), kw(2, 3), kw(2, 3))
print(kw.cache_info().currsize)
