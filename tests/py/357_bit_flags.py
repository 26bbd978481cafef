# Bit manipulation: permission flags, masks, shifts, popcount, gray codes, bitboards (< 64 bits).
READ, WRITE, EXEC, ADMIN = 1, 2, 4, 8
NAMES = {READ: "read", WRITE: "write", EXEC: "exec", ADMIN: "admin"}


def describe(flags):
    return "|".join(n for bit, n in NAMES.items() if flags & bit) or "none"


perm = READ | WRITE
print(perm, describe(perm), describe(perm | ADMIN), describe(perm & ~WRITE), describe(0))
perm ^= EXEC
print(bin(perm), perm & EXEC != 0, bool(perm & ADMIN))


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


print([popcount(n) for n in (0, 1, 7, 255, 1023, 2 ** 40 - 1)], bin(2 ** 40 - 1).count("1"))
gray = [n ^ (n >> 1) for n in range(8)]
print(gray, [format(g, "03b") for g in gray])
print(1 << 10, 1 << 40, (1 << 62) >> 60, -16 >> 2, -1 >> 10, 5 & -5, ~7, ~-1)
print(0xFF & 0x0F, 0b1010 | 0b0101, 0o17 ^ 0o7, hex(0xdead_beef), oct(64), int("ff", 16), int("0b101", 0))


def bitboard(squares):
    b = 0
    for r, c in squares:
        b |= 1 << (r * 8 + c)
    return b


def show(b):
    return "\n".join("".join("x" if b >> (r * 8 + c) & 1 else "." for c in range(8)) for r in range(8))


rooks = bitboard([(0, 0), (3, 5), (7, 6)])
print(rooks, hex(rooks))
print(show(rooks))
row_mask = 0xFF << 24
print(show(rooks & row_mask) == show(bitboard([(3, 5)])), popcount(rooks))


def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


print([reverse_bits(x) for x in (1, 2, 0b1101, 255)], f"{reverse_bits(0b1011, 4):04b}")
