# Nested containers as deep as CPython walks them (900) compare, hash and print alike; at
# 2000, == and < stop with CPython's RecursionError. except takes a flat tuple of classes only.
def nested(n, make):
    a = make(); b = make()
    for i in range(n):
        a = make(a); b = make(b)
    return a, b

def tup(*items): return tuple(items)
def lst(*items): return list(items)

t, u = nested(900, tup)
l, m = nested(900, lst)
print(t == u, t != u, t < u, t <= u, l == m, l > m, l >= m)
print(t in [u], l in [0, m], [m].index(l))
print(hash(t) == hash(u))
d = {t: "deep"}
print(d[u], u in d, len({t, u}))
print(len(repr(t)), repr(l)[:5], str(l)[-5:])
w, _ = nested(899, tup)
print((w, 1) < (w, 2), [w, 1] == [w, 1])

t, u = nested(2000, tup)
l, m = nested(2000, lst)
for name, check in [("==", lambda: t == u), ("!=", lambda: l != m), ("<", lambda: t < u),
                    ("in", lambda: l in [m]), ("count", lambda: [m].count(l))]:
    try:
        print(name, check())
    except RecursionError as e:
        print(name, "RecursionError:", e)
print(t == t, [l].count(l))

for handler in [(KeyError, (ValueError,)), (ValueError, 3), (ValueError, KeyError)]:
    try:
        try:
            raise ValueError("v")
        except handler:
            print("caught by", handler)
    except TypeError as e:
        print("TypeError:", e)
