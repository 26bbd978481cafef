# Tuples as records: comparison, hashing as dict keys, unpacking in loops, zip(*), enumerate, count/index.
p1 = ("ana", 3, 99.5)
p2 = ("ana", 3, 100.0)
print(p1 < p2, max(p1, p2), p1[1:], p1[::-1], len(p1), p1 + ("x",), p1 * 0, (1,) * 3)
coords = {(0, 0): "origin", (1, 2): "tree", (-1, 5): "rock"}
print(coords[(1, 2)], (0, 0) in coords, sorted(coords), coords.get((9, 9), "empty"))
moves = [(1, 0), (0, 1), (-1, 0), (0, -1)]
pos = (0, 0)
trail = [pos]
for dx, dy in moves * 2:
    pos = (pos[0] + dx * 2, pos[1] + dy)
    trail.append(pos)
print(trail, len(set(trail)))
names, levels, scores = zip(*[("ana", 3, 10), ("bo", 1, 30), ("cy", 2, 20)])
print(names, levels, scores)
for i, (name, level) in enumerate(zip(names, levels), 1):
    print(i, name, level)
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.index(4), t.index(5, 5), sorted(t), tuple(sorted(set(t))), min(t), sum(t))
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a + b + c + d + e, nested[1][1][0], hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2))
single = (42,)
empty = ()
print(single, empty, len(empty), type(single).__name__, bool(empty), tuple("abc"), tuple([1, [2]]))
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
try:
    t[0] = 99
except TypeError as e:
    print("TypeError:", e)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = (1, 2)
except ValueError as e:
    print("ValueError:", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), [(i, i * i) for i in range(4)])
