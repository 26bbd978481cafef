# sys.exit(n) runs the exit finalizers too, and keeps the status n.
import sys

class Log:
    def __init__(self, what):
        self.what = what
    def __del__(self):
        print("closing", self.what)

log = Log("log")
def work():
    try:
        yield "working"
    finally:
        print("work cleaned up")
w = work()
print(next(w))
sys.exit(3)
