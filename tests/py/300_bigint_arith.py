# Big integers: factorials, Fibonacci, powers of 2 and 3, floor division and modulo with signs
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fact(52), fact(100) // fact(97), fact(70) % 1000000007)
f300 = fib(300)
print(f300, len(str(f300)), f300 % 10 ** 9, fib(301) * fib(299) - f300 * f300)
for e in (31, 32, 63, 64, 65, 127, 128, 200):
    print(e, 2 ** e, 2 ** e - 1, -(2 ** e), 3 ** e)
print(3 ** 200 // 2 ** 300, 2 ** 300 // 3 ** 100, (3 ** 150) % (2 ** 89 - 1))
n = 10 ** 40 + 12345
for d in (7, -7, 10 ** 20 + 3, -(10 ** 20 + 3), 2 ** 64, -(2 ** 64) + 1):
    print(d, n // d, n % d, -n // d, -n % d, divmod(n, d), divmod(-n, d))
q, r = divmod(-(2 ** 100), 3 ** 30)
print(q, r, q * 3 ** 30 + r == -(2 ** 100), 0 <= r < 3 ** 30)
acc = 0
for i in range(1, 60):
    acc = acc * (i + 1) - i ** 7 if i % 3 else acc * i + 2 ** i
print(acc, acc // -997, acc % -997, abs(acc) % 997)
print(2 ** 64 - 2 ** 64, (2 ** 100 - 2 ** 100 + 5) * 3, type(2 ** 100 - 2 ** 100).__name__, 2 ** 62 * 2 - 2 ** 63)
print((10 ** 30) / (10 ** 10), (2 ** 100) / 3, -(10 ** 40) / 7, 10 ** 25 / 2 ** 70)
