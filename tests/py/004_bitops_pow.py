# Bitwise operations and powers within 64-bit range
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 5)
print(0xff, 0o17, 0b101)
print(2 ** 62, 3 ** 39, (-2) ** 5, 10 ** 18)
print(2 ** 0, 0 ** 0, (-1) ** 7)
def popcount(n):
    c = 0
    while n:
        c = c + (n & 1)
        n = n >> 1
    return c
for v in [0, 1, 7, 255, 1023, 12345]:
    print(v, popcount(v))
mask = 0
for bit in [0, 3, 5, 9]:
    mask = mask | (1 << bit)
print(mask, mask & (1 << 3) != 0, mask & (1 << 4) != 0)
x = 6
x ^= 3
x <<= 2
x |= 1
x &= 0x1d
x >>= 1
print(x)
print(~0, ~-1, -(~5))
