# The type attribute cache (vm/classes.ts, mroLookup): every lookup along an MRO, dunders
# included, warm before the change that must invalidate it; an answer "not found" is cached too.

class A:
    pass

class B(A):
    pass

b = B()
for i in range(6):
    if i == 1:
        A.__bool__ = lambda self: False       # found now where it was not
    if i == 2:
        B.__bool__ = lambda self: True        # the derived class shadows it
    if i == 3:
        del B.__bool__
    if i == 4:
        A.__len__ = lambda self: 3            # __bool__ still wins
        del A.__bool__
    if i == 5:
        A.__len__ = lambda self: 0            # a value replaced: the same keys
    print(i, bool(b), "yes" if b else "no")

# comparison and hashing dunders added to a base after the default ones were found
class C:
    def __init__(self, v):
        self.v = v

class D(C):
    pass

x, y = D(1), D(1)
for i in range(4):
    if i == 1:
        C.__eq__ = lambda self, o: self.v == o.v
        C.__hash__ = lambda self: self.v
    if i == 2:
        C.__lt__ = lambda self, o: self.v < o.v
    if i == 3:
        D.__eq__ = lambda self, o: False
    try:
        lt = x < y
    except TypeError as e:
        lt = "TypeError"
    print(i, x == y, lt)

# names built at run time (not the program's own strings) and __getattr__ added later
class E:
    colour = "red"

e = E()
for i in range(4):
    if i == 1:
        E.colour = "blue"
    if i == 2:
        E.__getattr__ = lambda self, name: "missing " + name
    name = "".join(["col", "our"]) if i < 3 else "".join(["sha", "pe"])
    print(i, getattr(e, name), getattr(e, "".join(["si", "ze"]), "no size"))

# a subclass of a builtin type: a method added to it after the builtin's was found
class L(list):
    pass

lst = L([3, 1, 2])
for i in range(3):
    if i == 1:
        L.append = lambda self, v: list.append(self, v * 10)
    if i == 2:
        del L.append
    lst.append(i)
    print(i, lst)
