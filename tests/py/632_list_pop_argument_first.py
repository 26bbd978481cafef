# list.pop converts its index before it looks at the list, as CPython's argument parsing does.
for xs, args in (([], (2**100,)), ([], ("x",)), ([], (0,)), ([], ()), ([1], (2**100,)), ([1], (-2**100,)), ([1, 2], (1.0,)), ([1, 2], (True,)), ([1, 2], (-3,))):
    try:
        print(xs.pop(*args))
    except (IndexError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
