# __call__ makes instances callable; callable(); stateful function objects
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

add5 = Adder(5)
print(add5(10), add5(-5), list(map(add5, [1, 2, 3])))
print(callable(add5), callable(Adder), callable(3), callable(len), callable("x"))

def mul(a, b=2):
    return a * b
cm = CallCounter(mul)
print(cm(3), cm(3, b=4), cm(a=5, b=5), cm.calls)

class Poly:
    def __init__(self, *coeffs):
        self.c = coeffs
    def __call__(self, x):
        r = 0
        for k in self.c:
            r = r * x + k
        return r
    def __repr__(self):
        return "Poly%r" % (self.c,)
p = Poly(1, 0, -2)  # x^2 - 2
print(p, [p(x) for x in range(-2, 3)])
print(sorted([3, -1, 2, -4], key=Poly(1, 0, 0)))
class Compose:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x
h = Compose(Adder(1), Poly(2, 0), abs)
print(h(-3), h(4))
