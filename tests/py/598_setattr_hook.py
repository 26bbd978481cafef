# A class's own __setattr__ and __delattr__ take every assignment and deletion on its instances
# (attribute statements and the setattr/delattr builtins, inherited too); object.__setattr__ /
# super().__setattr__ do the plain store, property setters included; a weakref.proxy forwards
# assignments to its object.
import weakref


class Logged:
    def __init__(self):
        self.log = []               # goes through __setattr__ as well

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)


o = Logged()
o.x = 1
setattr(o, "y", 2)
del o.x
delattr(o, "y")
print(o.log, sorted(o.__dict__))


class Child(Logged):
    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, v):
        object.__setattr__(self, "_p", v * 10)


c = Child()
c.p = 4
print(c.p, c.log)


class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)


r = ReadOnly()
try:
    r.a = 1
except AttributeError as e:
    print(e, r.__dict__)


class Counter:
    def __setattr__(self, name, value):
        super().__setattr__(name, value + 1)


k = Counter()
k.n = 1
k.n += 1
print(k.n)
try:
    object.__setattr__(k, 5, 1)
except TypeError as e:
    print(e)


class Target:
    pass


t = Target()
p = weakref.proxy(t)
p.z = 9
print(t.z)


# setattr()/delattr() whose store runs Python (a property's setter or deleter, a __setattr__) are
# expressions with one value, None, like any call: the stack around them is intact
class Prop:
    @property
    def q(self):
        return self._q

    @q.setter
    def q(self, v):
        self._q = v

    @q.deleter
    def q(self):
        print("deleter")


pr = Prop()
print(setattr(pr, "q", 5), pr.q, [setattr(pr, "q", i) for i in range(3)], pr.q)
print(delattr(pr, "q"), (1, 2))
print([setattr(o, "w", i) for i in range(2)], delattr(o, "w"), o.log[-3:])


class After(Prop):
    pass


print(After.__mro__[1].__name__)
