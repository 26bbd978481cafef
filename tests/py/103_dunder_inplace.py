# In-place operators: __iadd__ mutating vs fallback to __add__ creating a new object
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __add__(self, other):
        return Bag(self.items + list(other))
    def __isub__(self, other):
        for x in other:
            if x in self.items:
                self.items.remove(x)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __repr__(self):
        return "Bag(%r)" % (self.items,)

b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
b -= [1, 9]
print(b)
b *= 2
print(b, alias is b)
c = b + [7]
print(c, b, c is b)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __repr__(self):
        return "Num(%d)" % self.v
n = Num(1)
keep = n
n += 5
print(n, keep, n is keep)
lst = [1, 2]
same = lst
lst += [3]
print(same, lst is same)
t = (1, 2)
tt = t
t += (3,)
print(t, tt, t is tt)
class Holder:
    def __init__(self):
        self.bag = Bag()
h = Holder()
h.bag += "ab"
d = {"k": Bag([0])}
d["k"] += [1]
print(h.bag, d)
