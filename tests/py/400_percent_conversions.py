# %-formatting: what each conversion accepts (%c a code point or one character, %x/%o only
# ints, %d any real number) and how '*' widths and precisions at the edges of 64 and 32 bits
# convert, with CPython's errors.
def attempt(label, fmt, args):
    try:
        print(label, repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


for c in (65, 233, 0x20AC, 0x1F600, 0x10FFFF, 0, True):
    attempt("c", "[%c]", c)
for c in (-7, -1, 0x110000, 2**31, -(2**31), 2**64, -(2**70)):
    attempt("c range", "%c", c)
for x in (2.5, "ab", "", None, [1]):
    attempt("c type", "%c", (x,))
attempt("c one char", "%c|%-4c|%4c|%04c", ("é", "x", 0x20AC, 65))
s = "%c" % 0x1F600 + "%c" % 233
print(len(s), [hex(ord(ch)) for ch in s], s.encode("utf-8"), s + "tail")
for conv in ("x", "X", "o", "d", "i", "u"):
    for x in (1.5, -3.75, True, 255, "7"):
        attempt(conv, "%" + conv, (x,))
attempt("alt", "%#x %#X %#o %#.5x %#8.3o|", (255, 255, 8, 255, 8))
attempt("prec", "%.5d|%-8.3d|%+.4i|%08.3f|%.0f", (42, -7, 3, 3.14159, 2.5))
for w in (-(2**63), 3, -3, 0):
    attempt("star width %d" % w, "%*d|", (w, 5))
for w in (2**63, 2**64, -(2**63) - 1, 1.5, "3"):
    attempt("star width bad", "%*d|", (w, 5))
for p in (-5, 0, 3, 2**31, -(2**31) - 1, 2**63):
    attempt("star prec %d" % p, "%.*f|%.*s|", (p, 1.25, p, "abcdef"))
attempt("width too big", "%99999999999999999999d", (5,))
attempt("prec too big", "%.2147483648d", (5,))
attempt("prec too big f", "%.99999999999999999999f", (1.5,))
attempt("unsupported", "ab%yc", (1,))
attempt("unsupported wide", "é%é", (1,))
attempt("unsupported index", "%d %s %k", (1, 2, 3))
attempt("missing", "%d %d", (1,))
attempt("extra", "%d", (1, 2))
