# repr() of builtins and bound methods, as CPython writes them (addresses cut off).
import math, time


def cut(x):
    return repr(x).split(" at 0x")[0]


print(repr(len), len, print, str.upper, abs, math.sqrt, time.monotonic, list.append, int.bit_length)
print(str(len), [len, max], {"f": min}, f"{abs}", "%s" % sorted, "%r" % (repr,))
print(cut([].append), cut("a".upper), cut({}.get), cut(dict.fromkeys), len.__name__, dict.fromkeys.__name__)


class A:
    def f(self):
        pass

    @classmethod
    def c(cls):
        pass

    @staticmethod
    def s():
        pass


class B(A):
    def __repr__(self):
        return "B!"


print(cut(A().f), A.c, A.s.__qualname__, A.f.__qualname__, cut(A.f))
print(B().f, [B().f], {"k": B().c}, str(B().f), f"{B().f}", "%s" % B().f, "%r" % (B().f,))
print(B.c, (lambda: 0).__qualname__, [B().f] == [B().f], B().f in [A().f])
