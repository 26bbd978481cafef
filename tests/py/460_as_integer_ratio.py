# float.as_integer_ratio() and int.as_integer_ratio(): exact fractions in lowest terms
# (found by the program fuzzer).
for x in [0.5, -0.0, 0.0, 1.25, -3.0, 0.1, 2.5e10, 1e-7, 1e300, 5e-324, 2.0**0.5, 7.0, -1e16]:
    n, d = x.as_integer_ratio()
    print(x, n, d, n / d == x)
for i in [0, 7, -13, 2**100, True]:
    print(i, i.as_integer_ratio())
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
