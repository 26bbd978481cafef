# The same 100000-deep recursion (limit raised to 200000) with a 16 MiB memory budget:
# the frames fit, so the program completes with exit status 0 and prints the depth.
import sys
sys.setrecursionlimit(200000)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(100000))
