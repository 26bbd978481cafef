# Containers nested 5000 and 50000 deep: comparing, hashing, `in` and dict keys walk them in
# native code, which must raise RecursionError (a bounded walk), never exhaust the wasm stack
# and trap; the program catches each error and goes on.
def nested(n, make):
    a = make(); b = make()
    for i in range(n):
        a = make(a); b = make(b)
    return a, b

def tup(*items): return tuple(items)
def lst(*items): return list(items)

for n in (5000, 50000):
    t, u = nested(n, tup)
    l, m = nested(n, lst)
    checks = [("t == u", lambda: t == u), ("t < u", lambda: t < u), ("hash(t)", lambda: hash(t)),
              ("t in [u]", lambda: t in [u]), ("d[t] = 1", lambda: {}.__setitem__(t, 1)),
              ("l == m", lambda: l == m), ("l <= m", lambda: l <= m), ("l in [m]", lambda: l in [m]),
              ("repr(l)", lambda: repr(l))]
    for name, check in checks:
        try:
            check()
            print(n, name, "no error")
        except RecursionError as e:
            print(n, name, "RecursionError:", e)
    print(n, "t == t", t == t)
del t, u, l, m, checks
it = iter([1])
for i in range(50000):
    it = enumerate(it)
try:
    next(it)
    print("next(enumerate chain) no error")
except RecursionError as e:
    print("next(enumerate chain) RecursionError:", e)
print("the program goes on")
