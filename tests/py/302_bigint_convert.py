# Big integers: str/int in bases, float conversion and exact comparison, hashing, dict keys, formatting
import math
vals = [2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1, 2 ** 64, 10 ** 22, 2 ** 100 + 1, -(7 ** 70), 2 ** 61 - 1, 2 ** 61]
for v in vals:
    print(v, hash(v), float(v), v == float(v), v < float(v), int(float(v)) - v, str(v) == repr(v))
    print(" ", int(str(v)) == v, int(hex(v), 16) == v, int(oct(v), 0) == v, int(bin(v), 2) == v)
for x in [1e19, -9.3e18, 2.0 ** 64, 1.5e300, -123456789.5, 2.0 ** 100 + 2.0 ** 48]:
    print(int(x), hash(x), hash(int(x)) == hash(x), math.floor(x), round(x))
print(int("1" * 50), int("-" + "z" * 15, 36), int("0x_dead_beef_dead_beef_dead_beef", 16), int("  +1_000_000_000_000_000_000_000 "))
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(-(2 ** 80) - 1), float(10 ** 308), 2 ** 1000 > 1e300)
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
d = {}
for v in vals + [2.0 ** 64, 10 ** 22 * 1.0, -1, -2]:
    d[v] = d.get(v, 0) + 1
print(sorted(d.items()))
print(hash(-1), hash(-2), hash(2 ** 64) == hash(2.0 ** 64), hash(-(2 ** 200)), hash(1.5), hash(-2.25), hash(1e100))
big = 2 ** 100
print(f"{big:,} {big:_} {big:x} {big:#X} {big:o} {big:b}"[:120])
print(f"{-big:>45,}|{big:<40}|{big:^+42}|{-big:=44}|{big:045,}|{big:e}|{big:.2f}")
print("%d %x %o %45d %-45d| %+.35d %e" % (big, big, -big, big, -big, big, big))
print(format(10 ** 20, "d"), format(-(10 ** 20), "012,"), format(2 ** 70, "n"), str(-(10 ** 50)), repr(10 ** 50)[:20])
s = str(3 ** 2000)
print(len(s), s[:25], s[-25:], sum(int(c) for c in s), int(s) == 3 ** 2000)
