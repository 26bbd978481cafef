# collections.namedtuple: repr, field access, indexing, unpacking, _replace, _asdict, tuple behaviour
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), isinstance(p, tuple))
q = p._replace(y=10)
print(q, p, q._asdict())
Person = namedtuple("Person", "name age city")
a = Person("ann", 30, "rome")
b = Person(name="bob", age=25, city="oslo")
print(a, b, a.city, b[1])
print(sorted([b, a, Person("cy", 20, "nyc")], key=lambda r: r.age))
print(b._asdict(), list(b._asdict().keys()))
try:
    p.x = 5
except AttributeError:
    print("namedtuple fields are read-only")
Card = namedtuple("Card", ["rank", "suit"])
hand = [Card("A", "S"), Card("10", "H"), Card("K", "S")]
print([c.rank for c in hand if c.suit == "S"], max(hand, key=lambda c: len(c.rank)))
print(type(p).__name__, hash(p) == hash((1, 2)), p < Point(1, 3), sorted([Point(2, 0), Point(1, 5)]))
counts = {}
for c in hand:
    counts[c.suit] = counts.get(c.suit, 0) + 1
print(counts, tuple(p), list(q), p + q)
moved = [pt._replace(x=pt.x + 1) for pt in [Point(0, 0), Point(5, 5)]]
print(moved, {Point(1, 1): "a"}[Point(1, 1)])
