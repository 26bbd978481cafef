# Subclassing list, dict and tuple: inherited methods, super().__init__, instance attributes,
# __missing__, overridden __getitem__/__setitem__, tuple.__new__, namedtuple as a real tuple
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(isinstance(ml, list), type(ml).__name__, ml.total(), len(ml), ml, ml[1:], ml + [5], 3 in ml)
for x in ml:
    print(x, end=" ")
print(sorted(ml, reverse=True), list(reversed(ml)))
class Stack(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.push = self.append
    def peek(self):
        return self[-1]
s = Stack("s", (x * x for x in range(4)))
print(s, s.peek(), len(s))
class Defaulting(dict):
    def __missing__(self, key):
        return "no " + str(key)
d = Defaulting(a=1)
d["b"] = 2
print(d["a"], d["zz"], d, "zz" in d, d.get("zz"), len(d), isinstance(d, dict))
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lw = Lower()
lw["ABC"] = 1
print(lw["abc"], lw["AbC"], list(lw), dict(lw))
class P(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def norm(self):
        return abs(self[0]) + abs(self[1])
p = P(3, -4)
a, b = p
print(p, p.norm(), a, b, isinstance(p, tuple), p == (3, -4), hash(p) == hash((3, -4)), len(p), p[0])
print({p: 1}[(3, -4)], type(p).__name__, p + (1,), sorted([P(2, 0), P(1, 5)]))
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
q = Pt(1, y=2)
print(q, isinstance(q, tuple), tuple(q), list(q), q._replace(x=5), q._asdict(), q == (1, 2), q[-1], max(q))
s2 = Stack("t", [1])
s2.push(2)
s2.label = "named"
print(s2, s2.label, len(s2))
