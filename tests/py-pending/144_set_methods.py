# set methods: add, remove, discard, pop, clear, update, union, intersection, difference, etc.
s = set()
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    s.add(x)
print(s, len(s))
s.remove(9)
s.discard(9)
s.discard(4)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
t = {10}
t.update([1, 2], (3,), "")
print(sorted(t))
print(s.union({7}, [8]), s.intersection([1, 2, 3], {2, 3}), s.difference({1}, [2]))
print(sorted(s.symmetric_difference([1, 100])), s.issubset(range(10)), s.issuperset([1, 2]))
print(s.isdisjoint({7, 8}), s.isdisjoint([1]))
u = s.copy()
u.add(50)
print(sorted(u), sorted(s), u is s)
v = {1, 2, 3, 4}
v.intersection_update({2, 3, 9})
print(v)
v.difference_update([3])
print(v)
v.symmetric_difference_update({2, 5})
print(v)
w = {7}
print(w.pop(), w)
try:
    w.pop()
except KeyError as e:
    print("KeyError:", e)
big = set(range(6))
big.clear()
print(big, len(big))
seen = set()
dups = []
for ch in "programming":
    if ch in seen:
        dups.append(ch)
    seen.add(ch)
print(dups, sorted(seen))
print(sorted({"b", "a"}.union(["c"])), sorted(set("abc").difference("b")))
