# frozenset: immutability, hashability (dict keys, set of sets), mixed ops with set
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g)
print(type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__)
print(f == {1, 2, 3}, f <= {1, 2, 3, 4}, f.issubset(range(5)), f.union([7]))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
groups = {frozenset(["a", "b"]): "ab", frozenset(["c"]): "c"}
print(groups[frozenset(["b", "a"])], frozenset("c") in groups)
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s), frozenset([1, 2]) in s)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(frozenset(), frozenset() == set(), bool(frozenset()), repr(frozenset([5])))
def subsets(items):
    out = [frozenset()]
    for x in items:
        out += [s | {x} for s in out]
    return out
subs = subsets([1, 2, 3])
print(len(subs), sorted(sorted(s) for s in subs))
anag = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat"]:
    anag.setdefault(frozenset(sorted(w)), []).append(w)
print(list(anag.values()))
print(f.copy() is f or f.copy() == f, frozenset(range(3)).isdisjoint({5}))
