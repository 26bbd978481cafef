# WeakValueDictionary, WeakKeyDictionary and WeakSet: the mapping and set API, entries that go
# when their object dies (at once under reference counting), iteration while entries die.
import weakref


class E:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "E%d" % self.n


# -- WeakValueDictionary --
es = [E(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for e in es:
    d[e.n] = e
del e
print(len(d), 2 in d, 9 in d, d[3], d.get(4), d.get(9, "none"))
del es[0]
print(len(d), 0 in d, sorted(d.keys()))
try:
    d[0]
except KeyError as exc:
    print("KeyError", exc)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(d.values(), key=lambda e: e.n), sorted(d))
print(d.pop(1), d.pop(1, "gone"), len(d))
try:
    d.pop(1)
except KeyError:
    print("pop KeyError")
extra = E(10)
print(d.setdefault(10, extra), d.setdefault(10, E(11)))
del d[10]
print(10 in d, len(d.valuerefs()))
key, value = d.popitem()
print(key == value.n, len(d))
d2 = weakref.WeakValueDictionary({"a": es[0]}, b=es[1])
print(sorted(d2.keys()), d2["a"], d2["b"])
d2.update([("c", es[2])])
c = d2.copy()
print(type(c).__name__, sorted(c.keys()))
es.clear()
print(len(d), len(d2), len(c), list(d2.items()))
# replaced values: the old value's death does not remove the new entry
one, two = E(1), E(2)
d["k"] = one
d["k"] = two
del one
print(d["k"])
d.clear()
print(len(d))

# -- iteration while values die --
keep = [E(i) for i in range(5)]
d = weakref.WeakValueDictionary((e.n, e) for e in keep)
seen = []
for k in d.keys():
    seen.append(k)
    if k == 0:
        del keep[1:4]
print(seen, len(d))

# -- WeakKeyDictionary --
ks = [E(i) for i in range(4)]
w = weakref.WeakKeyDictionary()
for e in ks:
    w[e] = e.n * 10
del e
print(len(w), w[ks[1]], ks[2] in w, E(9) in w, 5 in w, w.get(ks[3]), w.get(E(9), "no"))
del ks[0]
print(len(w), sorted(w.values()), sorted(k.n for k in w))
w[ks[0]] = "new"
print(w[ks[0]], len(w))
print(w.pop(ks[0]), w.pop(ks[0], "gone"), w.setdefault(ks[1], "x"), w.setdefault(E(7), "y"))
del w[ks[1]]
print(len(w), sorted((k.n, v) for k, v in w.items()), len(w.keyrefs()))
w2 = weakref.WeakKeyDictionary({ks[2]: "z"})
print(list(w2.values()), type(w2.copy()).__name__)
ks.clear()
print(len(w), len(w2))

# -- WeakSet --
items = [E(i) for i in range(5)]
s = weakref.WeakSet(items[:3])
print(len(s), items[0] in s, items[4] in s, 3 in s, "x" in s)
s.add(items[3])
s.discard(items[0])
s.discard(items[4])
try:
    s.remove(items[4])
except KeyError:
    print("remove KeyError")
print(sorted(e.n for e in s))
t = weakref.WeakSet(items[2:])
print(sorted(e.n for e in s | t), sorted(e.n for e in s & t), sorted(e.n for e in s - t), sorted(e.n for e in s ^ t))
print(s.issubset(t), weakref.WeakSet(items[3:4]) <= s, s.isdisjoint(weakref.WeakSet([items[0]])))
print(s == weakref.WeakSet([items[1], items[2], items[3]]), s != t)
u = s.copy()
del items[1]
print(len(s), len(u), sorted(e.n for e in u))
x = u.pop()
print(len(u), x in s)
del x
items.clear()
print(len(s), len(t), list(s))
try:
    weakref.WeakSet().pop()
except KeyError as exc:
    print("KeyError", exc)
