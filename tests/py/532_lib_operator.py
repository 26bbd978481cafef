# operator: every function against CPython, the getter classes, their reprs and error messages.
import operator
from operator import itemgetter, attrgetter, methodcaller


def err(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.abs(-3), operator.add(2, 3), operator.and_(6, 3), operator.floordiv(7, 2), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 5), operator.mod(7, 3), operator.mul("ab", 2), operator.neg(4), operator.or_(4, 1), operator.pos(-2))
print(operator.pow(2, 10), operator.rshift(64, 3), operator.sub(5, 8), operator.truediv(7, 2), operator.xor(5, 3))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("abc", "c"), operator.getitem({"k": 9}, "k"), operator.index(7), operator.index(True))
print(operator.length_hint([1, 2, 3]), operator.length_hint(object(), 5), operator.call(max, 3, 9))
print(operator.__add__(1, 2), operator.__getitem__([5, 6], 1), operator.__not__(1))

d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)

a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.iconcat([1], (2,)), operator.isub(5, 2), operator.imul([0], 3), operator.ipow(3, 3))
print(operator.iand(7, 3), operator.ior(1, 2), operator.ixor(3, 1), operator.ilshift(1, 2), operator.irshift(8, 1))
print(operator.imod(9, 4), operator.ifloordiv(9, 4), operator.itruediv(9, 4))


class Idx:
    def __index__(self):
        return 3


class BadIdx:
    def __index__(self):
        return "x"


class Hinted:
    def __length_hint__(self):
        return 4


print(operator.index(Idx()), operator.length_hint(Hinted()))
err(operator.index, 1.5)
err(operator.index, BadIdx())
err(operator.concat, 1, 2)
err(operator.iconcat, 1, 2)
err(operator.concat, {}, {})
err(operator.indexOf, [1, 2], 3)
err(operator.truediv, 1, 0)
err(operator.add, 1, "a")
err(operator.getitem, [1], 5)
err(operator.length_hint, [], "x")

# itemgetter / attrgetter / methodcaller
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 1}))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self if x == 0 else None

    def move(self, dx, dy=0):
        return (self.x + dx, self.y + dy)


p = P(0, 5)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("inner.inner.y")(p))
print(methodcaller("move", 2)(p), methodcaller("move", 1, dy=4)(p), methodcaller("upper")("ab"))
print(repr(itemgetter(1, "a")), repr(attrgetter("a.b", "c")), repr(methodcaller("f", 1, k=2)))
err(itemgetter)
err(attrgetter)
err(attrgetter, 1)
err(methodcaller)
err(methodcaller, 3)
err(itemgetter(5), [1])
err(attrgetter("zz"), p)
err(methodcaller("nope"), p)
print(sorted(operator.__all__))
