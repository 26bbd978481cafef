# The TypeErrors of the numeric builtins and math functions for operands that are not numbers:
# CPython quotes the type name in some messages and not in others.
import math


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for bad in ("x", [], None, (1,), {}, b"1"):
    print(attempt(math.floor, bad), attempt(math.ceil, bad), attempt(math.trunc, bad), attempt(math.sqrt, bad))
    print(attempt(math.log, bad), attempt(math.log, 2, bad), attempt(math.atan2, 1, bad), attempt(math.copysign, 1, bad))
    print(attempt(math.ldexp, bad, 1), attempt(math.isnan, bad), attempt(math.hypot, bad), attempt(math.fabs, bad))
    print(attempt(round, bad), attempt(round, bad, 1), attempt(abs, bad), attempt(pow, bad, 2), attempt(divmod, bad, 1))
    print(attempt(math.gcd, bad, 1), attempt(math.isqrt, bad), attempt(math.factorial, bad), attempt(math.comb, bad, 1))
print(attempt(math.isqrt, 1.5), attempt(math.factorial, 1.5), attempt(round, 1.5, 1.5), attempt(math.trunc, 2.5), attempt(math.floor, True))
print(round(2.5, True), round(2.675, 2), round(7, None), round(1.5, None))
try:
    round("x", 1.5)
except TypeError as e:
    print(e)
