# Reflected operators, NotImplemented fallbacks, subclass priority, in-place operators,
# comparison reflection and containers of objects compared by Python dunders
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(*[a * k for a in self.c])
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __sub__(self, o):
        return self + (-1) * o
    def __rsub__(self, o):
        return (-1) * self + o
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    __hash__ = None
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return sum(self.c) < sum(o.c)

v = V(1, 2)
print(v + 1, 1 + v, v + v, 2 * v, v * 2, 10 - v, v - V(1, 1))
print(sum([V(1, 1), V(2, 2)]), sum([V(1, 0)], V(0, 5)))
for expr in (lambda: v + "s", lambda: "s" + v, lambda: v * v, lambda: v < 3, lambda: 3 > v, lambda: v @ v):
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
print(v == V(1, 2), v != V(1, 2), v == 5, v != 5, V(0, 1) < v, v > V(0, 1), sorted([V(5), V(1), V(3)]))
print(max([V(1, 9), V(3), V(2, 2)]), min(V(4), V(2)), V(1) in [V(0), V(1)], [V(2), V(1)].index(V(1)))
class Base:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
    def __gt__(self, o):
        return "Derived.gt"
print(Base(1) + Derived(2), Derived(1) + Base(2), Base(1) + Base(2), Base(1) < Derived(2), Derived(1) < Base(1))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return "plain add"
a = Acc()
a += 1
a += 2
print(a.items, a + 3)
class OnlyAdd:
    def __add__(self, o):
        return NotImplemented
x = OnlyAdd()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
class Ne:
    def __eq__(self, o):
        print("eq", type(o).__name__)
        return NotImplemented
print(Ne() != 1, Ne() == Ne())
print((1, V(1)) == (1, V(1)), [V(2)] != [V(2)], (V(1), 2) < (V(2), 0), {1: V(3)} == {1: V(3)})
