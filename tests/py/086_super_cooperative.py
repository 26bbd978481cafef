# Cooperative super() with **kwargs through a multiple-inheritance chain
log = []

class Base:
    def __init__(self, **kw):
        log.append("Base")
        self.extra = sorted(kw)

class Named(Base):
    def __init__(self, name="?", **kw):
        log.append("Named")
        self.name = name
        super().__init__(**kw)

class Sized(Base):
    def __init__(self, size=0, **kw):
        log.append("Sized")
        self.size = size
        super().__init__(**kw)

class Thing(Named, Sized):
    def __init__(self, **kw):
        log.append("Thing")
        super().__init__(**kw)

t = Thing(name="box", size=3, color="red")
print(log)
print(t.name, t.size, t.extra)
log.clear()
t2 = Thing(size=9)
print(log, t2.name, t2.size, t2.extra)

class Shape:
    def area(self):
        return 0
    def info(self):
        return "%s area=%d" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super(Square, self).__init__(s, s)
    def info(self):
        return "[" + super().info() + "]"
print(Rect(2, 3).info(), Square(4).info())
