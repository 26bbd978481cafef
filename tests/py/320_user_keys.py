# User __hash__/__eq__ objects as dict keys and set members: lookups, updates, literals,
# comprehensions, set operators, tuples holding them, unhashable classes, mutated keys
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)

d = {P(1, 2): "a", P(3, 4): "b"}
print(d[P(1, 2)], P(3, 4) in d, P(5, 5) in d, P(5, 5) not in d)
print(d.get(P(3, 4)), d.get(P(0, 0), "none"), d.setdefault(P(1, 2), "x"), d.setdefault(P(9, 9), "new"))
print(d.pop(P(9, 9)), len(d))
del d[P(3, 4)]
print(list(d.items()))
s = set()
for i in range(5):
    s.add(P(i % 2, 0))
print(len(s), P(1, 0) in s, sorted(p.x for p in s))
s.discard(P(0, 0))
s.remove(P(1, 0))
print(len(s))
try:
    s.remove(P(7, 7))
except KeyError as e:
    print("KeyError", e.args[0])
pts = [P(1, 1), P(2, 2), P(1, 1)]
print(len(set(pts)), len(frozenset(pts)), len({p: 0 for p in pts}), len({p for p in pts}))
grid = {(P(0, 0), 1): "t"}
print(grid[(P(0, 0), 1)], (P(0, 0), 2) in grid, hash((P(1, 1), 2)) == hash((P(1, 1), 2)))
e = dict([(P(1, 1), 1), (P(1, 1), 2)])
print(e)
e.update([(P(2, 2), 3)])
print(sorted(v for v in e.values()), e == {P(1, 1): 2, P(2, 2): 3})
a, b = {P(1, 1), P(2, 2)}, {P(2, 2), P(3, 3)}
print(len(a | b), len(a & b), len(a - b), len(a ^ b), a.copy() == a)
counts = {}
for w in [P(1, 0), P(0, 1), P(1, 0)]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
class Mut:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self.v == o.v
m = Mut(1)
t = {m: "one"}
m.v = 2
print(Mut(1) in t, Mut(2) in t, m in t)
class Eq:
    def __eq__(self, o):
        return True
for bad in ([1], {}, Eq()):
    try:
        {bad: 1}
    except TypeError as ex:
        print("TypeError:", ex)
print(Eq.__hash__ is None, hash(7) == hash(7.0), hash(-1))
