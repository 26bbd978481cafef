# math: sqrt floor ceil pi (formatted) gcd isqrt fabs log with exact results; from-imports
import math
print(math.sqrt(16), math.sqrt(2.25), math.sqrt(0), math.sqrt(1e10), math.isqrt(17), math.isqrt(10 ** 12))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(-0.5))
print(type(math.floor(1.5)).__name__, type(math.ceil(1.5)).__name__, type(math.sqrt(4)).__name__)
print(f"{math.pi:.5f} {math.pi:.10f} {math.pi:8.3f}|{math.pi:<8.2f}|", "%.3f" % math.pi, round(math.pi, 4))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(17, 31), math.gcd(0, 0), math.gcd(2 ** 40, 6 ** 10))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)).__name__)
print(math.log(1), math.log(8, 2), math.log(1024, 2), math.log(100, 10) == 2.0, math.log(1, 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
print([n for n in range(200) if is_square(n)])
def lcm(a, b):
    return a // math.gcd(a, b) * b
print(lcm(4, 6), lcm(21, 6), [lcm(n, 12) for n in range(1, 7)])
print(f"{math.sqrt(2):.6f} {math.sqrt(3):.4f} {2 * math.pi:.4f}", math.sqrt(2) * math.sqrt(2) == 2.0)
from math import sqrt, pi, floor
print(sqrt(81), round(pi, 3), floor(-pi), math.ceil(pi), math.isqrt(99) ** 2)
def hyp(a, b):
    return math.sqrt(a * a + b * b)
print(hyp(3, 4), hyp(5, 12), hyp(8, 15), math.floor(hyp(1, 1) * 1000))
