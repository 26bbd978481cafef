# __repr__ and __str__: print, str(), repr(), containers use repr, f-string !r / !s
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "<OnlyRepr %r>" % (self.v,)

class OnlyStr:
    def __str__(self):
        return "only-str"

m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print((m,), {"k": m})
print(f"{m} {m!r} {m!s}")
print("%s and %r" % (m, m))
o = OnlyRepr("hi")
print(o, str(o), [o])
print(OnlyRepr([1, "a"]))
s = OnlyStr()
print(s, str(s))
print(repr(s).startswith("<__main__.OnlyStr object at "))
print("{} | {!r}".format(m, m))
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __repr__(self):
        if not self.kids:
            return "T(%r)" % self.v
        return "T(%r, %r)" % (self.v, self.kids)
print(Tree(1, [Tree(2), Tree(3, [Tree("x")])]))
