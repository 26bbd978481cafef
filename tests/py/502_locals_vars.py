# locals() and vars(): a snapshot dict of a function's locals (cell and free variables by value),
# the globals at module level, the namespace in a class body; vars(obj) is obj.__dict__.
import math

print(locals() is globals(), vars() is globals())


def outer(a, b=2, *rest, **named):
    total = a + b
    shared = [total]

    def inner(x):
        seen = locals()
        return sorted(seen.items())

    unbound_later = None
    del unbound_later
    snapshot = locals()
    snapshot["total"] = -1  # a copy: the local is unchanged
    return sorted(snapshot), total, inner(5)


print(outer(1, 3, 4, k=5))


def closure_reader():
    value = "outer"

    def reader():
        v = value  # a free variable: locals() shows it
        return sorted(locals())

    return reader()


print(closure_reader())


class Config:
    width = 3
    height = width * 2
    names = sorted(k for k in locals() if not k.startswith("__"))


print(Config.names)
print(vars(Config)["width"], "height" in vars(Config))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(vars(p))
vars(p)["z"] = 3
print(p.z)
print(vars(math)["pi"] == math.pi)
for bad in (1, "text", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    vars(p, 1)
except TypeError as e:
    print("TypeError")
