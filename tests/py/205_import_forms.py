# Import forms: import as, from-import as, several names, imports inside functions, module attributes
import math as m
import collections, functools
from collections import deque as Dq, namedtuple
from functools import reduce as fold, partial
import random as rnd
import sys

print(m.floor(m.pi * 100), m.__name__, collections.__name__, type(m).__name__)
q = Dq([1, 2, 3], maxlen=3)
q.append(4)
print(q, fold(lambda a, b: a * b, q), partial(pow, 2)(5))
Pair = namedtuple("Pair", "a b")
print(Pair(1, 2), functools.reduce(max, [3, 7, 2]), collections.Counter("aab")["a"])
def lazy_sqrt(x):
    import math
    from math import isqrt
    return math.sqrt(x), isqrt(int(x))
print(lazy_sqrt(49.0), len(sys.argv) >= 0)
import math
print(math is m, m.gcd(84, 36))
rnd.seed(1)
a = rnd.randint(1, 100)
import random
random.seed(1)
print(a == random.randint(1, 100), random is rnd)
def uses_global_import():
    return m.ceil(2.1) + len(Dq())
print(uses_global_import())
print(hasattr(m, "sqrt"), getattr(m, "pi") == m.pi)
