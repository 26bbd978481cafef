# *args and **kwargs: collecting, forwarding, unpacking at call sites, ordering
def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)

print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, *[2, 3], x=4, **{"y": 5, "z": 6}))
def mix(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)
print(mix(1, c=3))
print(mix(1, 9, 8, 7, c=3, e=5))
print(mix(*range(4), **{"c": "C", "d": "D", "zz": 0}))
def forward(*a, **k):
    return show(*a, **k)
print(forward(*"ab", **dict(q=1)))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, 3, start=100), total())
args = (3, 4)
kw = {"sep": "-", "end": "!\n"}
print(*args, **kw)
print(*[1, 2], *(3,), *"45")
def kwnames(**kw):
    return list(kw)
print(kwnames(z=1, a=2, m=3))
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print(show(**d1, c=0), {**d1, **d2}, [*d2, *d1])
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(int, "ff", base=16))
def defaults(a, L=[]):
    L.append(a)
    return L
print(defaults(1), defaults(2), defaults(3, []))
