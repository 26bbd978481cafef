# sys.exit(n) ends the program with exit status n, as in CPython; output before it is kept.
import sys
print("before exit")
sys.exit(3)
print("never")
