# needs: bigint
# Big integer arithmetic: floor division and modulo signs, bit ops, comparisons with floats, int()/str()
a = 123456789012345678901234567890
b = -987654321098765432109876543
print(a + b, a - b, a * b)
print(a // b, a % b, -a // 7, -a % 7, divmod(a, 10 ** 15))
print(a & 0xFFFFFFFFFFFF, a | 1, a ^ (a >> 3), ~a, a >> 64, a << 5)
print(b & 0xFF, b >> 10, -(2 ** 100) >> 98, (-1) << 70)
print(a > 2 ** 96, b < -(10 ** 26), a == int(str(a)), a != a + 1, max(a, -b, 10 ** 29))
print(float(2 ** 60), float(10 ** 20) == 1e20, 2 ** 64 > 1.8e19, int(1e20), int(-2.5e19))
print(a.bit_length(), (-a).bit_length(), (2 ** 100).bit_length(), abs(b))
print(int("1" * 40), int("f" * 20, 16), int("-" + "7" * 30, 8), str(2 ** 128))
print(sorted([2 ** 70, -(2 ** 70), 5, 2 ** 64, -3]), sum(2 ** i for i in range(70)))
print(format(a, "#x"), format(2 ** 70, "o"), format(-(2 ** 66), "#b"))
x = 1
for i in range(1, 40):
    x = x * i - (i if i % 2 else -i)
print(x, x % 1000003, len(str(x)))
print(2 ** 63 - 1 + 1 - 1 == 9223372036854775807, type(2 ** 63 // 2 ** 62).__name__, 2 ** 63 // 2 ** 62)
print(round(10 ** 25, -20), round(123456789 ** 3, -10), (10 ** 20) ** 0 == 1)
