# Rich comparisons: __eq__, __ne__, __lt__, __le__, __gt__, __ge__, sorting, NotImplemented
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts

a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a == c, a != c, a == b, a != b)
print(a < b, a <= c, b > a, a >= b)
vs = [Version(s) for s in ["2.0", "1.9.9", "1.10", "1.2", "10.0.1", "1.2.0"]]
print(sorted(vs))
print(max(vs), min(vs))
print(sorted(vs, reverse=True))
print(a == "1.2.0", a != 5)
print(a in [b, c], vs.index(Version("1.10")))

class OnlyEq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print("eq called", self.k, other.k)
        return self.k == other.k
x, y = OnlyEq(1), OnlyEq(1)
print(x == y)
print(x != y)
try:
    x < y
except TypeError as e:
    print("TypeError:", e)

class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("Rev.__gt__")
        return self.v > other
print(3 < Rev(5))
