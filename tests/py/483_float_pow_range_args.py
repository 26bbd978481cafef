try:
    1e300 ** 2
except OverflowError as e:
    print(e.args, e.args[0] + 1, str(e))
try:
    (-1e300) ** 3
except OverflowError as e:
    print(repr(e))
