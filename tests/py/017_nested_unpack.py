# Nested tuple/list unpacking in assignment and for loops
(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, z]] = [4, [5, 6]]
print(x, y, z)
points = [((0, 0), "origin"), ((1, 2), "p"), ((-3, 4), "q")]
for (px, py), label in points:
    print(label, px, py, px * px + py * py)
d = {"a": (1, 2), "b": (3, 4)}
for k, (u, v) in d.items():
    print(k, u + v)
m, n = "xy"
print(m, n)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
try:
    e, f = (1, 2, 3)
except ValueError:
    print("too many values")
try:
    g, h, j = [1, 2]
except ValueError:
    print("not enough values")
rows = [[1, 2, 3], [4, 5, 6]]
for r1, r2, r3 in rows:
    print(r1 + r2 + r3)
first, second = sorted([9, 1])
print(first, second)
