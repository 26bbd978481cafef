# CPython's limit on decimal int<->str conversions (sys.set_int_max_str_digits): past 4300
# digits str(), repr(), %d, format() and int(str) raise ValueError; power-of-two bases do not.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if len(str(r)) < 60 else len(r))
    except ValueError as e:
        print(label, "ValueError", e)


print(sys.get_int_max_str_digits())
big = 10 ** 4300          # 4301 digits
edge = big - 1            # 4300 digits: allowed
attempt("str edge", lambda: len(str(edge)))
attempt("str -edge", lambda: len(str(-edge)))
attempt("str big", lambda: str(big))
attempt("repr big", lambda: repr(big))
attempt("str -big", lambda: str(-big))
attempt("%d", lambda: "%d" % big)
attempt("%i", lambda: "%i" % big)
attempt("%s", lambda: "%s" % big)
attempt("fstring", lambda: f"{big}")
attempt("fstring spec", lambda: f"{big:,}")
attempt("format", lambda: format(big, "d"))
attempt("str.format", lambda: "{}".format(big))
attempt("list", lambda: str([1, big]))
attempt("huge", lambda: str(7 ** 100000))
attempt("hex", lambda: len(hex(big)))
attempt("%x", lambda: len("%x" % big))
attempt("bin", lambda: len(bin(big)))
attempt("oct", lambda: len(format(big, "o")))
attempt("int edge", lambda: int("9" * 4300) == edge)
attempt("int big", lambda: int("1" * 4301))
attempt("int zeros", lambda: int("0" * 5000))
attempt("int underscores", lambda: int("1_" * 4300 + "1"))
attempt("int spaces", lambda: int(" -" + "1" * 4301 + " "))
attempt("int base 7", lambda: int("1" * 4301, 7))
attempt("int base 36", lambda: int("z" * 4301, 36))
attempt("int base 0", lambda: int("1" * 4301, 0))
attempt("int hex", lambda: int("f" * 5000, 16) > 0)
attempt("int 0x", lambda: int("0x" + "f" * 5000, 0) > 0)
# the digit run is checked before what ends it (a bad character, a digit the base lacks) but
# after a misplaced underscore and the leading-zero rule of base 0
for text, base in (("1" * 5000 + "x", 10), ("1" * 5000 + " x", 10), ("1" * 5000 + "9", 7),
                   ("0" + "1" * 5000, 0), ("1" * 5000 + "_", 10), ("1__" + "1" * 5000, 10),
                   ("_" + "1" * 5000, 10), ("1" * 2000 + "__" + "1" * 3000, 10)):
    try:
        int(text, base)
    except ValueError as e:
        print(str(e)[:80])
try:
    print(big)
except ValueError as e:
    print("print", e)

for bad in (639, 1, -1, True):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, e)
for bad in ("a", 1.5):
    try:
        sys.set_int_max_str_digits(bad)
    except TypeError as e:
        print(bad, e)
try:
    sys.set_int_max_str_digits(2 ** 40)
except OverflowError as e:
    print("2**40", e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(e)
print(sys.get_int_max_str_digits())

sys.set_int_max_str_digits(maxdigits=641)
print(sys.get_int_max_str_digits())
attempt("641 ok", lambda: len(str(10 ** 640)))
attempt("642", lambda: str(10 ** 641))
attempt("int 642", lambda: int("9" * 642))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
attempt("unlimited", lambda: len(str(big * big)))
attempt("int unlimited", lambda: int("7" * 9000) % 1000)
sys.set_int_max_str_digits(4300)
attempt("back", lambda: str(big))
