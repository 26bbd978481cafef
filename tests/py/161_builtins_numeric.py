# abs, divmod, pow (2 and 3 args, negative exponent), round with ndigits, int/float conversions
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(True), abs(-0.0))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (9, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(7, 0), pow(0, 0), 2 ** -2)
print(pow(123456789, 987654321, 1000000007), pow(5, -1, 7), pow(-3, 3), (-2) ** 2, -2 ** 2)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7), round(1234, -2))
print(round(0.5), round(1.5), round(-0.5), round(15, -1), round(25, -1), round(1.25, 1))
print(type(round(2.7)).__name__, type(round(2.7, 1)).__name__, round(2.7), round(-2.7))
print(int(3.99), int(-3.99), int("  -12 "), float("1.5"), float("-inf") < 0, float(3))
print(int(True), float(False), bool(0.0), bool(-1), int(1e15), 10 ** 18 // 7)
print(max(1, 2.5), min(-1, -1.5), 7 / 2, 7 // 2, -7 / 2, 2 ** 62 + (2 ** 62 - 1))
print(sum([0.5, 0.25]), sum(range(10), 100), abs(-9223372036854775807), -9223372036854775807 - 1)
print((5).bit_length(), (255).bit_length(), (-8).bit_length(), (0).bit_length())
print(abs(-7) == 7, divmod(-1, 5), pow(-2, 3, 5), round(-0.5) == 0)
