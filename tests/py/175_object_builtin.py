# object(): bare instances, default __repr__/__eq__/__hash__ identity semantics, sentinels
MISSING = object()
def lookup(d, k, default=MISSING):
    if k in d:
        return d[k]
    if default is MISSING:
        raise KeyError(k)
    return default
print(lookup({"a": 1}, "a"), lookup({}, "b", None))
try:
    lookup({}, "c")
except KeyError as e:
    print("KeyError:", e)
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, o1 is o1, type(o1).__name__)
print(hash(o1) == hash(o1), repr(o1).startswith("<object object at "))
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, len({p, q, p}), isinstance(p, object))
print(str(p) == repr(p), repr(p).startswith("<__main__.Plain object at 0x"))
print(Plain.__bases__ == (object,), object.__bases__, issubclass(type, object))
print([k.__name__ for k in Plain.__mro__], object.__name__)
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, WithEq) and self.v == o.v
a, b = WithEq(1), WithEq(1)
print(a == b, a != b, a is b, a == 1)
class WithNe(WithEq):
    def __ne__(self, o):
        return "custom ne"
print(WithNe(1) != WithNe(2), WithNe(1) == WithNe(1), WithNe(1) == WithNe(2))
