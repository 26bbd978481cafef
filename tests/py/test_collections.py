# collections: deque, namedtuple, defaultdict, OrderedDict, Counter
from collections import deque, namedtuple, defaultdict, OrderedDict, Counter
import collections

# -- deque --
d = deque([1, 2, 3])
print(d, repr(d), len(d), d[0], d[-1], d[1])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend(range(4, 7))
d.extendleft("ab")
print(d)
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d, list(d), list(reversed(d)), 5 in d, "z" in d)
print(d.count(5), d.index(5), d.index("a"), bool(d), bool(deque()))
d[0] = "first"
d[-1] = "last"
del d[1]
print(d)
d.insert(1, "ins")
d.remove("ins")
d.reverse()
print(d)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: d[100], lambda: d[-100],
            lambda: d.remove("nope"), lambda: d.index("nope"), lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque(maxlen=-1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
print(w, w.maxlen, list(w))
w.appendleft("L")
print(w)
w.extend([10, 11])
print(w)
w.extendleft([20, 21])
print(w)
print(deque(range(10), maxlen=4), deque("abc", 2), deque(maxlen=0), deque(), deque(()))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1, 2]) == [1, 2])
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
e = deque([1, 2]) + deque([3])
print(e, deque([1, 2], maxlen=3) + deque([3, 4]), deque("ab") * 2, 2 * deque([0]))
e += [4, 5]
print(e, e.copy(), e.copy() == e, e.copy() is e)
e.clear()
print(e, len(e))
s = deque([1, 2, 3])
s.extend(s)
print(s)
queue = deque()
for job in ["a", "b", "c", "d"]:
    queue.append(job)
done = []
while queue:
    job = queue.popleft()
    done.append(job)
    if job == "b":
        queue.append("b2")
print(done)
def tail(seq, n):
    return list(deque(seq, maxlen=n))
print(tail(range(100), 3), tail("hello", 10))
def moving_average(xs, n=3):
    win = deque(maxlen=n)
    out = []
    for x in xs:
        win.append(x)
        out.append(sum(win) / len(win))
    return out
print(moving_average([3, 6, 9, 12, 15]))

# -- namedtuple --
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, repr(p), p.x, p.y, p[0], p[1], p[-1], len(p), p[:1], p[::-1])
x, y = p
print(x * y, list(p), tuple(p), sum(p), 3 in p, 5 in p, p.count(3), p.index(4))
print(p == (3, 4), p == Point(3, 4), p != Point(4, 3), (3, 4) == p, p == [3, 4])
print(p < Point(3, 5), p > (3, 3), sorted([Point(2, 1), Point(1, 9), Point(1, 2)]))
print(hash(p) == hash((3, 4)), len({p: 1, Point(3, 4): 2}), p + (5,), (0,) + p, p * 2)
print(Point._fields, Point._field_defaults, Point.__name__, type(p).__name__)
print(Point(y=1, x=2), Point(5, y=6), Point._make([7, 8]), Point._make(iter("ab")))
q = p._replace(x=100)
print(q, p, q._asdict(), p._asdict() == {"x": 3, "y": 4})
P3 = namedtuple("P3", "a, b c")
print(P3(1, 2, 3), P3._fields)
Emp = namedtuple("Emp", "name dept salary", defaults=["eng", 100])
print(Emp("ann"), Emp("bob", "ops"), Emp("cy", salary=5), Emp._field_defaults)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x", "2y"], rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4, 5))
Empty = namedtuple("Empty", [])
print(Empty(), len(Empty()), Empty() == ())
for bad in (lambda: Point(1), lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2),
            lambda: Point(1, 2, z=3), lambda: Emp(), lambda: Emp(1, 2, 3, 4),
            lambda: P3(1), lambda: Point._make([1]), lambda: p._replace(z=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in (lambda: setattr(p, "x", 10), lambda: delattr(p, "y")):
    try:
        bad()
    except AttributeError as e:
        print("AttributeError:", e)
for args in (("T", "a _b"), ("T", "a a"), ("T", "a class"), ("T", "a 1b"), ("9T", "a"),
             ("T", "a b", False, [1, 2, 3])):
    try:
        namedtuple(*args[:2], defaults=args[3] if len(args) > 3 else None)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    p[2]
except IndexError as e:
    print("IndexError:", e)
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), v._replace(y=0), Vec._make((5, 6)).norm2())
Card = namedtuple("Card", "rank suit")
hand = [Card(r, s) for r, s in [("Q", "H"), ("2", "S"), ("K", "H")]]
print([c.rank for c in hand if c.suit == "H"], max(hand, key=lambda c: c.rank))
print({c.suit for c in hand} == {"H", "S"}, dict(Card("A", "S")._asdict()))

# -- defaultdict --
dd = defaultdict(list)
for word in "one two three four five six".split():
    dd[len(word)].append(word)
print(dd, dict(dd), len(dd), 3 in dd, 7 in dd, dd.get(7), 7 in dd)
print(dd[7], 7 in dd, dd.default_factory is list, sorted(dd), sorted(dd.keys()))
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(counts, repr(counts), counts["zz"], counts.items(), list(counts.values()))
print(counts == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1, "zz": 0}, counts.pop("zz"), counts.pop("q", None))
print(counts.setdefault("a", 99), counts.setdefault("n", 7), counts)
del counts["n"]
counts.update({"x": 1}, y=2)
print(counts, counts.copy(), type(counts.copy()).__name__)
none_dd = defaultdict()
print(none_dd, none_dd.default_factory)
try:
    none_dd["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
init = defaultdict(str, {"a": "x"}, b="y")
print(init, init["c"], init)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
print({k: dict(v) for k, v in nested.items()})
print({**counts}, [k for k in counts], list(reversed(list(counts))))
print(defaultdict(set, {1: {2}}) == defaultdict(list, {1: {2}}))

# -- OrderedDict --
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
od.move_to_end("c", last=True)
od.move_to_end("a", False)
print(od, od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]), OrderedDict(z=0), OrderedDict({"k": "v"}))
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 == {"b": 2, "a": 1}, o1 != o2, o1 == o1.copy(), dict(o1) == dict(o2))
o1["a"] = 10
o1.setdefault("c", 3)
print(o1, o1.pop("b"), o1, o1.get("b", "gone"), len(o1))
print(OrderedDict.fromkeys("xyz", 0), list(reversed(OrderedDict.fromkeys("abc"))))
lru = OrderedDict()
for key in "abcabdbe":
    if key in lru:
        lru.move_to_end(key)
    lru[key] = key * 2
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru)

# -- Counter --
c = Counter("mississippi")
print(c, c["s"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), "".join(c.elements()), c.total())
c.update("sip")
c.update({"m": 2, "q": 1})
print(c)
c.subtract("ssss")
c.subtract({"q": 3})
print(c, +c, -c)
del c["nothing"]
del c["q"]
print(c)
a = Counter(a=3, b=1, c=0)
b = Counter({"a": 1, "b": 2, "d": 4})
print(a + b, a - b, b - a, a | b, a & b)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == Counter(a=2), Counter() == Counter(x=0))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=3), Counter(a=3) >= Counter(a=2))
print(Counter(), Counter([]), Counter(x=-2), Counter({"a": 0}))
ca = Counter(a=2, b=-1)
ca += Counter(b=2, c=1)
print(ca)
ca -= Counter(a=5)
print(ca)
ca |= Counter(b=4)
print(ca)
ca &= Counter(b=3, c=9)
print(ca)
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], sum(wc.values()))
print(Counter(words[:3]) + Counter(words[:2]), dict(Counter("aab")), list(Counter("zyzx")))
print(Counter({"x": 2, "y": 2, "z": 3}), Counter("aabbcc").most_common(2))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter(["a", "b"]) == {"a": 1, "b": 1}, Counter("ab").copy(), Counter("abc").keys())
print(sorted(collections.Counter([3, 1, 3, 2, 3, 1]).items()))
