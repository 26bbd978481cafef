# Reflected operators (__radd__, __rsub__, __rmul__) and NotImplemented fallbacks
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "%dm" % self.v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return self.__add__(o)
    def __sub__(self, o):
        return Meters(self.v - (o.v if isinstance(o, Meters) else o))
    def __rsub__(self, o):
        return Meters(o - self.v)
    def __mul__(self, k):
        if isinstance(k, int):
            return Meters(self.v * k)
        return NotImplemented
    __rmul__ = __mul__

a = Meters(5)
print(a + 2, 2 + a, a + a)
print(10 - a, a - 3)
print(a * 3, 3 * a)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(sum([Meters(1), Meters(2)], Meters(100)))
try:
    a * 2.5
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)

class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ got " + type(o).__name__
print(Left() + Right())
class Sub(Meters):
    def __radd__(self, o):
        return "Sub radd wins"
print(Meters(1) + Sub(2))
