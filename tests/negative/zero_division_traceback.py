# An uncaught ZeroDivisionError raised three calls deep: exit status 1, a CPython-style
# traceback with one `File "...", line N, in NAME` entry per frame (outermost first),
# and the last line `ZeroDivisionError: division by zero`.
def level3(x):
    return 10 / x

def level2(x):
    return level3(x - 1) + 1

def level1(x):
    return level2(x) * 2

print("start")
print(level1(1))
print("unreachable")
