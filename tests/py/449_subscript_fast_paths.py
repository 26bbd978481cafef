# The interpreter's fast paths (list/tuple[small int], dict[str], small int * // %, unpacking an
# exact tuple or list, same-length slice assignment) against the cases they must leave to the
# generic path: subclasses, negative and out-of-range indexes, missing keys, other key types.

xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[0], xs[-1], xs[-3], t[1], t[-2])
for bad in (3, -4, 1 << 40):
    for seq in (xs, t):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad, "IndexError:", e)
try:
    xs[3] = 0
except IndexError as e:
    print("store IndexError:", e)
xs[-1] = "last"
xs[True] = "bool index"
print(xs, xs[False])

class Doubling(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1)
d = Doubling([1, 2, 3])
d[0] = 5
print(d[0], d[-1], list(d))

class Plain(list):
    pass
p = Plain([4, 5])
p[1] = 6
print(p[1], p[-2])

# a list item released by a store: its __del__ runs after the statement
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
ys = [Noisy(1), Noisy(2)]
ys[0] = "replaced"
print("after store")
ys[-1] = None
print(ys)

# dict[str]
counts = {"a": 1}
counts["a"] += 1
counts["b"] = 5
print(counts["a"], counts["b"], counts)
try:
    counts["missing"]
except KeyError as e:
    print("KeyError:", e)

class WithMissing(dict):
    def __missing__(self, k):
        return "missing " + k
print(WithMissing(x=1)["y"], WithMissing(x=1)["x"])


# small int * // %
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-(1 << 30), -1), ((1 << 30) - 1, 3)):
    print(a, b, a * b, a // b, a % b)
big = 46341
print(big * big, -big * big, (1 << 29) * 4, -(1 << 30) // -1)
zero = 0
try:
    print(5 // zero)
except ZeroDivisionError as e:
    print("// ZeroDivisionError:", e)
try:
    print(5 % zero)
except ZeroDivisionError as e:
    print("% ZeroDivisionError:", e)
n = 7
n //= 2
n %= 2
n *= 9
print(n)

# unpacking
a, b = (1, 2)
c, d2, e = [3, 4, 5]
print(a, b, c, d2, e)
for src in ((1, 2, 3), [1], ()):
    try:
        f, g = src
    except ValueError as err:
        print("ValueError:", err)
class Pair(tuple):
    def __iter__(self):
        return iter(("sub", "class"))
h, i = Pair((1, 2))
print(h, i)

# same-length slice assignment
perm = [0, 1, 2, 3, 4]
perm[:3] = perm[2::-1]
print(perm)
perm[1:3] = (9, 8)
print(perm)
perm[::2] = [7, 7, 7]
print(perm)
perm[:] = perm
print(perm)
perm[1:4] = perm[1:4]
print(perm)
try:
    perm[::2] = (1, 2)
except ValueError as err:
    print("ValueError:", err)
zs = [Noisy(3), Noisy(4), 5]
zs[:2] = ("x", "y")                      # released last first, as CPython does
print("after slice store", zs)
zs = [Noisy(5), 0, Noisy(6)]
zs[::2] = ["x", "y"]                     # released in step order
print("after extended slice store", zs)
zs = [Noisy(7), 0, Noisy(8)]
zs[::-2] = ["x", "y"]
print("after reversed slice store", zs)
