# Big integers: shifts and bitwise operators on negative values (two's complement), bit_length
vals = [2 ** 64 - 1, -(2 ** 64), 2 ** 100 + 12345, -(2 ** 100) - 1, -(3 ** 60), 0xDEADBEEF << 70, -1, 5]
for a in vals:
    print(a, ~a, a >> 1, a >> 67, a << 3, a << 77, a.bit_length(), hex(a), oct(a), bin(a)[:30])
    for b in vals[:4]:
        print(" ", a & b, a | b, a ^ b)
print(-(2 ** 100) >> 200, (2 ** 100) >> 200, -5 >> 2 ** 70, 0 << 2 ** 70)
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count("1"), x & -x, (x ^ (x >> 1)) % 1000003, ~x & 2 ** 199 - 1 == (2 ** 199 - 1) ^ (x & 2 ** 199 - 1))
mask = (1 << 128) - 1
h = 0xcbf29ce484222325
for ch in "stackless tasklets":
    h = ((h ^ ord(ch)) * 0x100000001b3) & mask
print(h, format(h, "x"), format(h, "#034x"), h.bit_length())
print(True << 100, -(True << 64), (2 ** 70) & True, (2 ** 70 + 1) & True)
