# Script integers that become lengths, counts, code points and precisions: past 64 (or 32)
# bits CPython raises OverflowError before any work; negatives mean "nothing"; big precisions
# are exact (a double's expansion ends in zeros).
def attempt(label, f):
    try:
        r = f()
        print(label, repr(r) if len(repr(r)) < 70 else "len %d" % len(r))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


for w in (2**63, 2**64, -(2**63) - 1, 2**70, -(2**63), -5, 0, 1.5, "3"):
    attempt("center %r" % (w,), lambda: "ab".center(w))
    attempt("ljust %r" % (w,), lambda: "ab".ljust(w, "*"))
    attempt("rjust %r" % (w,), lambda: b"ab".rjust(w))
    attempt("zfill %r" % (w,), lambda: "-7".zfill(w))
print("ab".center(7, "é"), "ab".center(6, "€"), "x".ljust(4, "😀"), "-42".zfill(6), "+x".zfill(4), b"-1".zfill(5))
print(bytearray(b"ab").center(6, b"."), "é".rjust(3), "é".zfill(3), "".zfill(2))
for c in (2**31 - 1, -(2**31), -(2**31) - 1, 2**31, 2**64, 0x110000, -1, 0x10FFFF, True, 1.5):
    attempt("chr %r" % (c,), lambda: chr(c))
for n in (2**63, -(2**70), 2**63 - 1, -1, 0, 1):
    attempt("replace %r" % (n,), lambda: "aaa".replace("a", "b", n))
    attempt("replace empty %r" % (n,), lambda: "ab".replace("", "-", n))
for n in (-1, 2**64, 0, 3, True):
    attempt("bytes %r" % (n,), lambda: bytes(n))
    attempt("bytearray %r" % (n,), lambda: bytearray(n))
for n in (-1, 2**64, 0, 3, 9):
    attempt("to_bytes %r" % (n,), lambda: (258).to_bytes(n, "little"))
for b in (2**32 + 10, -(2**64), 37, 1, 0, 36):
    attempt("int base %r" % (b,), lambda: int("10", b))
print("{:.1100f}".format(5e-324)[-40:], len("{:.1500f}".format(5e-324)))
print("{:.1200e}".format(5e-324)[-40:], "{:.1200e}".format(1.5)[:6])
print("{:#.1200g}".format(5e-324)[-40:], len("{:#.1200g}".format(5e-324)))
print("{:.1200g}".format(5e-324)[-40:], "{:#.1200g}".format(1.5)[-6:], len("{:#.1200g}".format(1.5)))
print("{:.600f}".format(1.5)[-5:], len("%.2000f" % 1.0), ("%.1999e" % 2.5)[-8:], ("%#.1300g" % 1e300)[-10:])
print(len("{:.200f}".format(1e300)), "{:.300e}".format(1e300)[-8:], format(1e300, ".400%")[-6:])
print(round(1e300, 300) == 1e300, round(1.5e-300, 300), round(2.675, 2))
print("{:,.2000f}".format(1234.5)[:12], len(format(-1.0, "+030,.1000f")))
