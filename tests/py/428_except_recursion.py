# Recursion left by an exception: every frame's locals wait for the handler, innermost first.
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("release", self.n)

def down(n):
    r = Res(n)
    if n == 0:
        raise RuntimeError("bottom")
    down(n - 1)

try:
    down(5)
except RuntimeError as e:
    print("caught", e)
print("after")
