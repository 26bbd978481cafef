# Numeric builtins and semantics: divmod, floor division/modulo signs, round half-even, int/float parse.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (7.5, 2), (-7.5, 2)]:
    print(a, b, a // b, a % b, divmod(a, b))
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)], round(2.675, 2), round(1234.5678, -2), round(7, 0))
print(int("  42 "), int("-0x1f", 16), int("777", 8), int("z", 36), float(" 1e3 "), float("-inf"), float("nan") != float("nan"))
print(int(3.99), int(-3.99), float(7), abs(-2.5), abs(-9), pow(2, 10), pow(3, 4, 5), 2 ** -2, (-8) ** (1 / 3) if False else 0)
print(1 / 3, 2 / 3, 0.1 + 0.2, 1e22, 1e-7, 123456789.0 * 10, 3.0 * 1.1, 1.0, -0.0, 2.5e-10)
print(10 ** 18, 2 ** 62, -(2 ** 62) * 2, 9007199254740993, float(9007199254740993))
print(min(3, 1.5, 2), max([4, 9.0, 9]), sum([0.1] * 10), sum(range(101)), sum([], 5))
print(bool(0), bool(0.0), bool(-1), bool(""), True + True, True * 10, 5 // True)
print(hex(255), oct(255), bin(255), hex(-42), int("1010", 2), f"{12:#o}")
print(7 == 7.0, 1 < 1.5 < 2, 3 != 3.0, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 2 ** 0.5)
print(isinstance(True, int), type(7 // 2).__name__, type(7 / 2).__name__, type(2 ** -1).__name__)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, -(7 // -2), 0 ** 0, (-2) ** 3, 2 ** 3 ** 2)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("12abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("one")
except ValueError as e:
    print("ValueError:", e)
