# needs: bigint
# Big Fibonacci numbers, powers, modular exponentiation, and Catalan numbers
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
for n in [90, 93, 100, 200]:
    print(n, fib(n))
print(len(str(fib(1000))), str(fib(1000))[:15])
print(3 ** 100, 7 ** 40 - 1, (-2) ** 101)
print(pow(2, 521) - 1 > 10 ** 150, pow(3, 200, 10 ** 20), pow(12345678901234567890, 3, 998244353))
def catalan(n):
    c = 1
    for k in range(n):
        c = c * 2 * (2 * k + 1) // (k + 2)
    return c
print([catalan(i) for i in range(10)], catalan(60))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
big = 10 ** 40
print(isqrt(big), isqrt(2 * big), isqrt(2 * big) ** 2 <= 2 * big < (isqrt(2 * big) + 1) ** 2)
import math
print(math.isqrt(10 ** 50 + 12345), math.gcd(fib(300), fib(200)) == fib(100), math.isqrt(fib(100) ** 2) == fib(100))
print(f"{2 ** 70:,}", f"{2 ** 70:x}", "%d" % 2 ** 65, str(-(10 ** 20)), repr(10 ** 19))
