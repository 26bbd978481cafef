# Properties and classmethods under inheritance: overriding, super() inside properties, cls-specific state
class Base:
    _count = 0
    def __init__(self, w, h):
        self._w = w
        self._h = h
        type(self)._count += 1
    @property
    def area(self):
        return self._w * self._h
    @property
    def label(self):
        return "%s(%dx%d)" % (type(self).__name__, self._w, self._h)
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v
    @classmethod
    def count(cls):
        return cls._count
    @classmethod
    def square(cls, s):
        return cls(s, s)

class Framed(Base):
    _count = 0
    border = 1
    @property
    def area(self):
        inner = super().area
        return (self._w + 2 * self.border) * (self._h + 2 * self.border) - inner
    @property
    def label(self):
        return "[" + super().label + "]"

class Thick(Framed):
    border = 3

shapes = [Base(2, 3), Framed(2, 3), Thick(2, 3), Base.square(4), Thick.square(1)]
for s in shapes:
    print(s.label, s.area)
print(Base.count(), Framed.count(), Thick.count(), Thick._count)
f = shapes[1]
f.width = 10
print(f.label, f.area, f.width)
try:
    f.width = 0
except ValueError as e:
    print("ValueError:", e)
print(hasattr(Framed, "width"), Framed.width is Base.width)
print(isinstance(Thick.square(2), Framed), Thick.square(2).label)
class ReadOnly(Base):
    @property
    def width(self):
        return -1
r = ReadOnly(5, 5)
print(r.width, r.area)
try:
    r.width = 3
except AttributeError:
    print("AttributeError: read-only width in subclass")
