# needs: bigint
# Big integer factorials, digit sums, trailing zeros, and transparent promotion from small ints
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in [20, 21, 25, 30, 50]:
    f = fact(n)
    print(n, f, len(str(f)), sum(int(d) for d in str(f)))
f100 = fact(100)
s = str(f100)
print(len(s), s[:20], s[-30:], len(s) - len(s.rstrip("0")))
print(f100 // fact(98) == 100 * 99, f100 % 101, f100 % (2 ** 61 - 1))
x = 2 ** 62
y = x + x
print(x, y, type(y).__name__, y - x == x, y // 2 == x, -y, -y - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(2 ** 64, 2 ** 100, (2 ** 100) >> 90, (1 << 70) | 1, format(2 ** 80, "#x"), format(2 ** 65, "b")[:12])
print(10 ** 30 // 7, 10 ** 30 % 7, divmod(-10 ** 25, 3), abs(-(3 ** 50)))
n = 1
for _ in range(10):
    n = n * 1000 + 999
print(n, n + 1 == 10 ** 33, str(n).count("9"))
print(int("123456789012345678901234567890") * 2, int("-" + "9" * 25) + 1)
print(fact(25) == fact(25), fact(26) > fact(25), hash(fact(30)) == hash(fact(30)))
