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
