# Starred assignment targets, nested unpacking, unpacking in literals and loops, errors
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = (9,)
print(head, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
print([*range(3), *"ab", *(7, 8)], (*[1, 2], 3), {*[1, 2], 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
x, y = y, x = 1, 2
print(x, y)
m = [[1, 2], [3, 4]]
(i, j), (k, l) = m
print(i + l, j * k)
def stats(*vals):
    lo, *_, hi = sorted(vals)
    return lo, hi
print(stats(5, 3, 9, 1))
d = {"x": 1, "y": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
s = "key=value=more"
k, _, v = s.partition("=")
print(k, v)
[aa, bb] = "xy"
print(aa, bb)
