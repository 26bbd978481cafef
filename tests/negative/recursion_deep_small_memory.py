# Recursion 100000 frames deep with the limit raised to 200000, under a 1 MiB memory
# budget: the frames cannot fit, so the VM must fail cleanly with MemoryError (or
# RecursionError), exit status 1, never a host crash or trap.
import sys
sys.setrecursionlimit(200000)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(100000))
