# format() specs: a bool with a spec is an int, 'n' on floats, which types take grouping and
# precision, 'c' and its range, any one character as the fill, and widths/precisions written
# with too many digits.
def attempt(label, value, spec):
    try:
        print(label, repr(format(value, spec)))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


for spec in ("", ">8", "<6", "^7", "5", "+", "#x", "c", "f", "08", "s", "d", ",", "=5", "b", "e"):
    attempt("bool " + spec, True, spec)
    attempt("bool " + spec, False, spec)
print(f"{False:>8}|{True:<4}|{True!s:6}|{True}|{False!r:>7}")
for x in (-1.5, 1.5, 1234567.5, 1e16, 1.5e20, 0.0001234, -0.0, float("inf"), float("nan"), 2.0):
    attempt("n", x, "n")
    attempt("#n", x, "#n")
    attempt(".3n", x, ".3n")
    attempt("10n", x, "10n")
for v, spec in ((12345, "n"), (12345, "8n"), (2, ".3n"), (2, ".3d"), (5, ".2x"), (5, ",x"), (5, "_x"),
                (5, ",b"), (5, "_o"), (5, ",n"), (1.5, ",n"), (1.5, "_n"), ("x", ","), ("x", "_"),
                (1.5, ",e"), (1.5, ",.1%"), (5, ",%"), (10**20, ","), (-(10**20), "_"), (5, "s"),
                (1.5, "d"), (1.5, "c"), ("ab", "d"), ("ab", "=5"), ("ab", "+"), ("ab", ".1"),
                (1234, "08,"), (1234, "020,"), (-1234, "020_"), (255, "#012_x"), (1.5, "020,.2f"),
                (-1.5, "=+10.2f"), (3, "=^5")):
    attempt("spec %r %r" % (v, spec), v, spec)
for c in (65, 233, 0x20AC, 0x10FFFF, 0, -1, 0x110000, 2**63, -(2**63) - 1):
    attempt("c %d" % c, c, "c")
for spec in ("5c", "<5c", "^5c", "=5c", "05c", "+c", "#c", ",c", ".2c", "x>4c"):
    attempt("c spec " + spec, 0x20AC, spec)
for spec in ("é>5", "€^7", "\U0001F600<4", "é=+6", "\t>3", "}>3", "0>4", "é<"):
    attempt("fill " + spec, 5, spec)
    attempt("fill " + spec, "ab", spec)
attempt("width digits", 1, "99999999999999999999")
attempt("prec digits", 1.5, ".99999999999999999999f")
attempt("prec too big", 1.5, ".2147483648f")
attempt("missing prec", 1.5, ".f")
attempt("invalid", 1, "5q5")
print("{:>{}}|{:.{}f}|{:{}^{}}".format(7, 4, 2.5, 3, "m", "*", 5))
