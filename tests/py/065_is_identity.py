# is / is not with None, True, False and shared references
a = None
print(a is None, a is not None)
xs = [1, 2]
ys = xs
zs = [1, 2]
print(xs is ys, xs is zs, xs == zs, xs is not zs)
def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            return i
    return None
r = find([3, 4], 4)
if r is not None:
    print("found", r)
r = find([3, 4], 9)
if r is None:
    print("missing")
flag = 1 < 2
print(flag is True, (1 > 2) is False)
d = {"k": xs}
d["k"].append(3)
print(xs, d["k"] is xs)
def ident(v):
    return v
print(ident(xs) is xs, ident(None) is None)
empty = []
other = empty
other.append("shared")
print(empty)
t = (xs, xs)
print(t[0] is t[1])
print(print is print, len is not print)
