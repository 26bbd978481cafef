# getattr with default, hasattr, setattr, dynamic dispatch tables on objects and modules
import math

class Calculator:
    def __init__(self):
        self.memory = 0
    def op_add(self, a, b):
        return a + b
    def op_mul(self, a, b):
        return a * b
    def op_sub(self, a, b):
        return a - b
    def run(self, name, a, b):
        fn = getattr(self, "op_" + name, None)
        if fn is None:
            return "unknown op " + name
        self.memory = fn(a, b)
        return self.memory

c = Calculator()
for name in ["add", "mul", "sub", "div"]:
    print(name, c.run(name, 6, 3))
print(hasattr(c, "memory"), hasattr(c, "op_div"), getattr(c, "memory"))
print(getattr(math, "sqrt")(16), hasattr(math, "pi"), getattr(math, "nonexistent", "none"))
print(getattr("abc", "upper")(), getattr([3, 1], "index")(1), getattr(5, "real"))
class Settings:
    pass
s = Settings()
for k, v in [("width", 80), ("height", 24), ("title", "term")]:
    setattr(s, k, v)
print(s.width * s.height, s.title, [n for n in dir(s) if not n.startswith("_")])
print(getattr(s, "depth", 1), hasattr(s, "depth"))
class Lazy:
    def __getattr__(self, name):
        if name == "computed":
            self.computed = 99
            return 99
        raise AttributeError(name)
lz = Lazy()
print(hasattr(lz, "computed"), lz.computed, lz.computed, hasattr(lz, "other"))
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
