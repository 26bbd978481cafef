# CALL of a plain function with exactly its positional parameters enters the frame directly
# (vm/call.ts, pushExact); every other call goes through pushFrame. Both must look the same.
import math

def add(a, b):
    return a + b

def late(flag):
    if flag:
        value = 1
    return value                     # a local the call left unbound

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def moved(self, dx, dy):
        return Point(add(self.x, dx), self.y + dy)
    @staticmethod
    def origin():
        return Point(0, 0)

def outer(k):
    def inner(v):
        return v * k                 # a free variable: the frame's cells
    return inner

def with_default(a, b=10):
    return a + b

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def fails(n):
    if n == 0:
        raise ValueError("bottom")
    return fails(n - 1)

p = Point(1, 2).moved(3, 4)
print(p.x, p.y, Point.origin().x, add("a", "b"), outer(3)(5), with_default(1), with_default(1, 2))
print(math.floor(2.5), depth(50))
try:
    late(False)
except UnboundLocalError as e:
    print("UnboundLocalError")
print(late(True))
try:
    fails(20)
except ValueError as e:
    print("ValueError:", e)
try:
    add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    add(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError:
    print("RecursionError")
print(depth(100))                    # the depth count came back down
