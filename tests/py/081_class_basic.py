# Basic classes: __init__, instance attributes, methods calling methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy

    def describe(self):
        return "Point(%d, %d)" % (self.x, self.y)

p = Point(1, 2)
q = p.moved(3, 4)
print(p.describe(), q.describe())
print(p.dist2(q), q.dist2(p))
p.x = 10
print(p.describe(), p.x + p.y)
p.label = "origin-ish"
print(p.label)
print(hasattr(q, "label"), hasattr(p, "label"))

class Empty:
    pass

e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
print(type(e).__name__, type(p).__name__)

class Counter:
    def __init__(self, start=0):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self
c = Counter(5)
c.inc().inc(10).inc()
print(c.n)
pts = [Point(i, i * i) for i in range(5)]
print([pt.describe() for pt in pts])
print(sum(pt.y for pt in pts))
