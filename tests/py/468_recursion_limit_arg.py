# sys.setrecursionlimit takes a C int: past it OverflowError, as CPython.
import sys
old = sys.getrecursionlimit()
for n in (2**70, -2**70, 2**40, 2**31, 0, -1, 'x', 2.0):
    try:
        sys.setrecursionlimit(n)
        print(n, 'set')
    except (OverflowError, ValueError, TypeError) as e:
        print(n, type(e).__name__, e)
sys.setrecursionlimit(2**31 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
