# Integer arithmetic close to (but within) the signed 64-bit range
big = 9223372036854775807
small = -9223372036854775807 - 1
print(big, small)
print(big - 1, small + 1, big // 2, small // 2, big % 1000, small % 1000)
print(2 ** 62 + (2 ** 62 - 1) == big)
print(-big - 1 == small)
print(big // -1, small // 3, small % 7)
x = 1
n = 0
while x < 2 ** 61:
    x *= 3
    n += 1
print(n, x)
print(4611686018427387904 + 4611686018427387903)
print(3037000499 * 3037000499)
print(123456789 * 987654321, 10 ** 18 + 10 ** 17)
h = 0
for ch in "stackless wasm":
    h = (h * 131 + ord(ch)) % 1000000007
print("hash", h)
acc = 1
for i in range(1, 61):
    acc = acc * 2 if acc < 2 ** 61 else acc - 2 ** 60
print(acc)
print(-(2 ** 62 - 1 + 2 ** 62), abs(small + 1))
print(big >> 60, small >> 60, 1 << 62)
