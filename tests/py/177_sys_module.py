# sys module: argv exists, recursion limit get/set, RecursionError on deep recursion
import sys
print(len(sys.argv) >= 0)
old = sys.getrecursionlimit()
print(old > 0)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(300))
try:
    depth(10000)
except RecursionError as e:
    print("RecursionError caught:", "recursion" in str(e))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), depth(1500))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.intern("abc") == "abc", sys.intern("x" * 3) == "xxx")
from sys import getrecursionlimit as grl
print(grl() == old)
