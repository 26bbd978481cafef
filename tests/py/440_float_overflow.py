# Float arithmetic at its edges, against CPython: ** overflows raise OverflowError (the errno
# text), * + / overflow to inf silently, int -> float conversions overflow, and ** follows C99's
# special values. A negative base to a fractional power has no complex result here: the
# ValueError is printed only as its type (docs/language.md: CPython 3 returns a complex).
inf = float("inf")
nan = float("nan")


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    print(label, repr(r))


show("3 ** 123456789.125", lambda: 3 ** 123456789.125)
show("10.0 ** 400", lambda: 10.0 ** 400)
show("10 ** 400.0", lambda: 10 ** 400.0)
show("(-10.0) ** 401", lambda: (-10.0) ** 401)
show("2.0 ** 10**30", lambda: 2.0 ** 10**30)
show("0.5 ** 10**30", lambda: 0.5 ** 10**30)
show("1.5 ** 10**400", lambda: 1.5 ** 10**400)
show("10.0 ** -400", lambda: 10.0 ** -400)
show("10.0 ** -310", lambda: 10.0 ** -310)
show("pow(10.0, 400)", lambda: pow(10.0, 400))
show("1e308 * 10", lambda: 1e308 * 10)
show("1e308 + 1e308", lambda: 1e308 + 1e308)
show("-1e308 - 1e308", lambda: -1e308 - 1e308)
show("1e308 / 1e-308", lambda: 1e308 / 1e-308)
show("float(10**400)", lambda: float(10**400))
show("10**400 / 1", lambda: 10**400 / 1)
show("1 / 10**400", lambda: 1 / 10**400)
show("10**400 / 10**399", lambda: 10**400 / 10**399)
show("10**400 + 1.0", lambda: 10**400 + 1.0)
show("10**400 < inf", lambda: 10**400 < inf)
show("2 ** -2", lambda: 2 ** -2)
show("2 ** -2000", lambda: 2 ** -2000)
show("(-2) ** -3", lambda: (-2) ** -3)
show("0 ** -1", lambda: 0 ** -1)
show("0.0 ** -1.5", lambda: 0.0 ** -1.5)
show("(-0.0) ** -3", lambda: (-0.0) ** -3)

POW = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, inf, -inf, nan]
for x in POW:
    for y in POW:
        try:
            r = x ** y
            if type(r).__name__ == "complex":
                r = "complex"  # CPython 3
        except ValueError as e:
            r = "complex"  # here: a ValueError
        except Exception as e:
            r = type(e).__name__ + " " + str(e)
        print(x, "**", y, r)

for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (-7.5, 2), (7.5, -2), (1.0, inf), (-1.0, inf),
             (inf, 1.0), (5, nan), (-0.0, 3.0), (10**400, 1), (2.5, 10**30)]:
    show("divmod" + str((a, b)), lambda: divmod(a, b))
    show(str(a) + " % " + str(b), lambda: a % b)
    show(str(a) + " // " + str(b), lambda: a // b)
    show(str(a) + " / " + str(b), lambda: a / b)

show("int(nan)", lambda: int(nan))
show("int(-inf)", lambda: int(-inf))
show("round(inf)", lambda: round(inf))
show("round(nan)", lambda: round(nan))
show("round(inf, 2)", lambda: round(inf, 2))
show("int(1e300) % 1000", lambda: int(1e300) % 1000)
show("1 << -1", lambda: 1 << -1)
show("0 << 10**20", lambda: 0 << 10**20)
show("1 >> 10**20", lambda: 1 >> 10**20)
show("-1 >> 10**20", lambda: -1 >> 10**20)
show("(1 << 10**5).bit_length()", lambda: (1 << 10**5).bit_length())
show("pow(2, 10, 7)", lambda: pow(2, 10, 7))
show("pow(2, -1, 7)", lambda: pow(2, -1, 7))
show("pow(2, -1, 4)", lambda: pow(2, -1, 4))
show("pow(2, 3, 0)", lambda: pow(2, 3, 0))
show("pow(2, 3, 1)", lambda: pow(2, 3, 1))
show("pow(2, 3, -7)", lambda: pow(2, 3, -7))
show("pow(-3, 3, 7)", lambda: pow(-3, 3, 7))
show("pow(2.0, 3, 7)", lambda: pow(2.0, 3, 7))
show("pow(3, 10**30, 10**9 + 7)", lambda: pow(3, 10**30, 10**9 + 7))
show("1 ** 10**30", lambda: 1 ** 10**30)
show("(-1) ** (10**30 + 1)", lambda: (-1) ** (10**30 + 1))
show("0 ** 10**30", lambda: 0 ** 10**30)
# CPython: MemoryError until the result would have more 30-bit digits than a size can count
M = (2**63 - 25) // 4
for n in [2**62, 2**63, 2**64, 10**19, 30 * (M - 1), 30 * (M - 1) + 1, 30 * (M - 4), 30 * (M - 4) + 1, 10**20, 10**100]:
    for a in [0, 1, -1, 2**100]:
        show(str(a) + " << " + str(n), lambda: a << n)
