# Big integers in builtins and math: pow (3-arg, negative exponent), round, sum, min/max, gcd, isqrt, errors
import math
print(pow(3, 10 ** 20, 10 ** 9 + 7), pow(2 ** 90, 3, 10 ** 30 + 57), pow(-(10 ** 20), 5, 2 ** 61 - 1), pow(5, 2 ** 70, -(10 ** 9)))
print(pow(7, -1, 2 ** 127 - 1), pow(2 ** 65 + 3, -3, 1000003), pow(10 ** 20, -1, 17), pow(-3, -5, 101))
for args in [(2, -1, 4), (2 ** 64, -1, 2 ** 66), (5, 3, 0)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print("ValueError:", e)
print(round(10 ** 25 + 5 * 10 ** 14, -15), round(25 * 10 ** 20, -21), round(35 * 10 ** 20, -21), round(-(15 * 10 ** 20), -21), round(2 ** 80, 3), round(7, -40))
print(sum(2 ** i for i in range(100)), sum([10 ** 20] * 30, -(10 ** 21)), sum([0.5, 2 ** 60]), max([3, 2 ** 70, -(2 ** 80)]), min(2 ** 64, 1e19))
print(math.gcd(2 ** 120, 6 ** 40), math.gcd(-(10 ** 30), 15 ** 20), math.isqrt(10 ** 41), math.isqrt(2 ** 129 - 1), math.factorial(40), math.comb(90, 45))
print(math.floor(-(2 ** 70)), math.ceil(2 ** 70), math.trunc(10 ** 20), abs(-(2 ** 63)), abs(-(10 ** 30)), -(-(2 ** 63)))
print(divmod(10 ** 30, -(10 ** 12 + 39)), divmod(-(2 ** 64), 2 ** 32 + 1), 2 ** 100 // 2.5, 2 ** 70 % 1.5, 3 ** 40 * 0.5)
for f in (lambda: 2 ** 100 // 0, lambda: 2 ** 100 % 0, lambda: (2 ** 100) / 0, lambda: float(2 ** 1024),
          lambda: 2 ** 1100 * 1.5, lambda: (2 ** 3000) / 7, lambda: 1 << -(2 ** 70), lambda: int(float("inf")),
          lambda: int(float("nan")), lambda: math.isqrt(-(2 ** 70)), lambda: math.factorial(-(2 ** 70)), lambda: 1 << 2 ** 80,
          lambda: int("12x" + "3" * 30), lambda: 10 ** 20 + "a"):
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
counts = {}
for i in range(50):
    k = (i % 5) * 2 ** 70
    counts[k] = counts.get(k, 0) + 1
print(counts, 2 ** 70 in counts, 2.0 ** 70 in counts, bool(2 ** 70), not -(2 ** 70), bool(2 ** 70 - 2 ** 70))
