# The math module at IEEE 754 special values: CPython's domain errors (ValueError), range errors
# (OverflowError) and C99 results, function by function. Finite results print to 12 digits: the
# last bit of sin, atan2, sinh... depends on the C library (docs/language.md).
import math

inf = float("inf")
nan = float("nan")
VALUES = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3, -7, 710.0, -710.0, 1e308, -1e308, 5e-324, inf, -inf, nan, True, 10**400]


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, args, type(e).__name__, e)
        return
    if type(r) is float and r == r and r not in (inf, -inf):
        r = "%.12g" % r
    print(label, args, r)


ONE = ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos",
       "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "floor", "ceil", "trunc",
       "degrees", "radians", "isnan", "isinf", "isfinite", "frexp", "modf"]
for name in ONE:
    for x in VALUES:
        show(name, getattr(math, name), x)

TWO = ["pow", "atan2", "fmod", "copysign", "hypot", "log"]
PAIRS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 2.5, 1e308, inf, -inf, nan]
for name in TWO:
    for x in PAIRS:
        for y in PAIRS:
            show(name, getattr(math, name), x, y)

for e in [0, 1, -1, 1023, 1024, -1074, -1075, 2000, -2000, 10**30, -10**30]:
    for x in [1.0, -1.0, 0.75, 0.0, inf, nan, 5e-324]:
        show("ldexp", math.ldexp, x, e)
show("ldexp", math.ldexp, 1.0, 2.0)
show("hypot", math.hypot)
show("hypot", math.hypot, 3, 4, 12)
show("hypot", math.hypot, -5)
show("hypot", math.hypot, 1e-320, 1e-320)
show("hypot", math.hypot, inf, nan, 1)
show("log", math.log, 2**1000 * 3**700)
show("log", math.log, 10**400, 10)
show("log", math.log, 10, 10**400)
show("log2", math.log2, 2**5000)
show("log10", math.log10, 10**999)
show("log", math.log, -(10**400))
show("log", math.log, 0)
show("log", math.log, False)
show("log", math.log, 1, 1)
show("log", math.log, 8, 2)
show("exp", math.exp, 10**400)
show("sqrt", math.sqrt, 10**400)
show("frexp", math.frexp, 2.0**-1070)
show("frexp", math.frexp, 1e308)
