# type(x).__name__ for builtins and user classes, type() comparisons, __class__
class Foo: pass
class Bar(Foo): pass
def f(): pass
def g():
    yield 1
values = [1, 2.0, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset([1]), None, True,
          Foo(), Bar(), f, g(), range(3), bytearray(b"x"), object()]
print([type(v).__name__ for v in values])
print(type(Foo).__name__, type(type).__name__, type(Bar()).__name__)
b = Bar()
print(b.__class__.__name__, b.__class__ is Bar, type(b) == Bar, type(b) != Foo)
print(Foo.__name__, Bar.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(type(zip()).__name__, type(range(2)).__name__)
print(type(map(abs, [])).__name__, type(enumerate([])).__name__)
print(type(x for x in []).__name__, type(lambda: 0).__name__)
class M:
    def m(self): pass
print(type(M().m).__name__, type(M.m).__name__)
def classify(x):
    return {int: "integer", str: "text", list: "list"}.get(type(x), "other:" + type(x).__name__)
print([classify(x) for x in [1, "a", [], True, 1.5]])
