# A closure in __init__ that captures `self` (self becomes a cell variable): calling the class
# still returns the instance, for a plain class, a subclass of a builtin and a class whose
# __init__ is inherited.
class Plain:
    def __init__(self, n):
        self.n = n
        self.get = lambda: self.n


class Sub(list):
    def __init__(self):
        list.__init__(self, [1, 2])

        def size():
            return len(self)
        self.size = size


class Child(Plain):
    pass


p = Plain(3)
print(type(p).__name__, p.get(), p.n)
p.n = 4
print(p.get())
s = Sub()
print(type(s).__name__, s, s.size())
c = Child(5)
print(type(c).__name__, c.get())
