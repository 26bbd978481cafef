# A 2D vector class combining many dunders: arithmetic, comparison, iteration, indexing, hash
class Vec:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __abs__(self):
        return self.x * self.x + self.y * self.y
    def dot(self, o):
        return self.x * o.x + self.y * o.y

a, b = Vec(1, 2), Vec(3, -1)
print(a + b, a - b, a * 3, 2 * b, -a)
print(a == Vec(1, 2), a != b, a.dot(b), abs(b))
x, y = a
print(x, y, list(b), a[0], b[-1], len(a), tuple(a + b))
print(bool(Vec()), bool(a))
seen = {a, b, Vec(1, 2), Vec(0, 0)}
print(len(seen))
path = [Vec(0, 0), Vec(1, 0), Vec(1, 1), Vec(0, 1)]
total = Vec()
for p in path:
    total = total + p
print(total, sorted(path, key=lambda v: (-v.y, v.x)))
print(max(path, key=abs), [p for p in path if p])
print(sum((p.dot(Vec(2, 3)) for p in path)), dict.fromkeys(path[:2], 0))
