# Integer format types: b o x X d c, alternate form #, width/zero padding, negatives, int(str, base)
for v in [0, 5, 10, 255, 256, -1, -255, 4095]:
    print(f"{v:d} {v:b} {v:o} {v:x} {v:X} {v:#b} {v:#o} {v:#x} {v:#X}")
print(f"{10:08b} {10:#010b} {255:04x} {255:#06x} {-5:05d} {-5:#06x}")
print(format(65, "c"), f"{97:c}{98:c}", format(255, "x"), format(9, "b"))
print(int("ff", 16), int("0xff", 16), int("1010", 2), int("0b101", 0), int("0o17", 0), int("17", 8))
print(int("z", 36), int(" 42 "), int("-0x10", 16), int("1_000"))
for v in [7, 128, 1023]:
    print("%d %o %x %X %#o %#x %5d|%-5d|%05d" % (v, v, v, v, v, v, v, v, v))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" + out if neg else out
print([to_base(100, b) for b in (2, 3, 7, 16, 36)], to_base(-42, 5))
print(all(int(to_base(n, b), b) == n for n in range(-50, 200) for b in (2, 8, 16, 36)))
print(f"{0xdead_beef:_x} {0b1111_0000:_b} {1 << 40:,}")
