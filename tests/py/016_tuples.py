# Tuples: creation, indexing, slicing, unpacking, swapping, comparison
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
single = (5,)
empty = ()
print(single, empty, len(empty))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x = y = 0
x, y = 10, 20
x, y = y, x + y
print(x, y)
print((1, 2) + (3,), (0,) * 3)
print(2 in t, 9 in t, t == (1, 2, 3), t < (1, 2, 4))
def minmax(xs):
    lo = xs[0]
    hi = xs[0]
    for v in xs:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi
lo, hi = minmax([4, -2, 9, 0])
print(lo, hi, minmax([7]))
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
print(tuple([1, 2]), tuple("ab"), tuple())
try:
    t[5]
except IndexError:
    print("tuple index error")
