# Metaclasses (class X(metaclass=M), inherited by subclasses): M.__new__/__init__ with
# super().__new__, dunders of the metaclass on the class (iter, len, [], in, repr, properties),
# type(name, bases, ns) (routed to the bases' metaclass), a function as metaclass, conflicts.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, k):
        return cls.registry[k]
    def __contains__(cls, x):
        return x in cls.registry
    def __repr__(cls):
        return "<Meta " + cls.__name__ + ">"
    @property
    def count(cls):
        return len(cls.registry)
    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Meta):
    x = 1
    def hello(self):
        return "hello"

class Sub(Base):
    y = 2

print(type(Base).__name__, type(Sub) is Meta, isinstance(Sub, Meta), isinstance(Sub, type))
Sub.registry.extend([3, 4])
print(list(Sub), len(Sub), Sub[0], 4 in Sub, 5 in Sub, Sub.count, Sub.describe(), repr(Sub), Sub)
print(Sub().hello(), Sub.x, Sub.y, Sub.__name__, bool(Base))
for i in Sub: print(i)
X = type("X", (Base,), {"z": 3})
print(X.z, type(X) is Meta)
Y = type("Y", (), {"w": 1})
print(Y.w, Y().w, type(Y), Y.__name__)
def fmeta(name, bases, ns):
    print("fmeta", name)
    return 42
class Z(metaclass=fmeta):
    pass
print(Z)
class M2(type): pass
class A2(metaclass=M2): pass
try:
    class C2(Base, A2): pass
except TypeError as e:
    print(e)
class Plain(type):
    pass
class P(metaclass=Plain):
    a = 5
print(type(P).__name__, P.a, type(P()).__name__)
print([c.__name__ for c in Meta.__mro__])


# a metaclass's __call__ replaces type's for calls of its classes; super().__call__ makes the instance
class Single(type):
    def __call__(cls, *args, **kw):
        if "instance" not in cls.__dict_cache__:
            print("creating", cls.__name__, args, kw)
            cls.__dict_cache__["instance"] = super().__call__(*args, **kw)
        return cls.__dict_cache__["instance"]


class Config(metaclass=Single):
    __dict_cache__ = {}

    def __init__(self, path, mode="r"):
        self.path = path
        self.mode = mode


a = Config("a.ini", mode="w")
b = Config("b.ini")
print(a is b, a.path, a.mode, type(a).__name__)
print(type.__call__(Config, "direct").path)


class Base2:
    @classmethod
    def make(cls):
        return cls.__name__

    def who(self):
        return "Base2"


class Derived2(Base2):
    @classmethod
    def make(cls):
        return "D:" + super().make()

    def who(self):
        return "Derived2>" + super().who()


print(Derived2.make(), Derived2().who())
