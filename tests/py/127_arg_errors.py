# Argument-binding errors caught and printed with CPython's exact messages
def f(a, b):
    return a + b
def g(a, b=1, *, k):
    return a
def h(x, y=2, z=3):
    return x
def one(q):
    return q
def none():
    return 0
def kwonly2(*, p, q):
    return p
class C:
    def m(self, v):
        return v

calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3, k=0),
    lambda: h(),
    lambda: h(1, 2, 3, 4),
    lambda: none(1),
    lambda: none(x=1),
    lambda: kwonly2(),
    lambda: kwonly2(p=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: one(),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1, "z": 2}),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
def ok(a, b=2, *args, c, **kw):
    return a, b, args, c, kw
print(ok(1, c=3), ok(1, 2, 3, 4, c=5, d=6))
