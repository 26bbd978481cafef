# operator: the operators as functions, with CPython 3.11's names, results and messages.
#
# Differences from CPython: the functions are Python functions (type() is function, not
# builtin_function_or_method); itemgetter/attrgetter/methodcaller are plain classes.
import builtins as _builtins

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem',
           'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv',
           'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior',
           'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg',
           'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _builtins.abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def contains(a, b): return b in a
def getitem(a, b): return a[b]
def call(obj, *args, **kwargs): return obj(*args, **kwargs)


def index(a):
    if isinstance(a, int):
        return a if type(a) is int else int(a)  # an exact int, as CPython's PyNumber_Index gives
    if not hasattr(type(a), "__index__"):
        raise TypeError("'" + type(a).__name__ + "' object cannot be interpreted as an integer")
    r = type(a).__index__(a)
    if not isinstance(r, int):
        raise TypeError("__index__ returned non-int (type " + type(r).__name__ + ")")
    return r


def _need_sequence(a):
    # CPython asks for a sequence: builtin ones, or a class (not a dict) with __getitem__
    if isinstance(a, dict) or not (isinstance(a, (str, list, tuple, bytes, bytearray, range))
                                   or hasattr(type(a), "__getitem__")):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")


def concat(a, b):
    _need_sequence(a)
    return a + b


def iconcat(a, b):
    _need_sequence(a)
    a += b
    return a


def countOf(a, b):
    n = 0
    for x in a:
        if x is b or x == b:
            n += 1
    return n


def indexOf(a, b):
    i = 0
    for x in a:
        if x is b or x == b:
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError("'" + type(default).__name__ + "' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    r = hint(obj)
    if r is NotImplemented:
        return default
    if not isinstance(r, int):
        raise TypeError("__length_hint__ must be an integer, not " + type(r).__name__)
    if r < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return r


def iadd(a, b):
    a += b
    return a
def iand(a, b):
    a &= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def imod(a, b):
    a %= b
    return a
def imul(a, b):
    a *= b
    return a
def imatmul(a, b):
    a @= b
    return a
def ior(a, b):
    a |= b
    return a
def ipow(a, b):
    a **= b
    return a
def irshift(a, b):
    a >>= b
    return a
def isub(a, b):
    a -= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ixor(a, b):
    a ^= b
    return a


def _args_repr(args, kwargs):
    parts = [repr(a) for a in args]
    for k, v in kwargs.items():
        parts.append(k + "=" + repr(v))
    return ", ".join(parts)


class itemgetter:
    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, obj):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return "operator.itemgetter(" + _args_repr(self._items, {}) + ")"


class attrgetter:
    def __init__(self, *attrs):
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return _resolve(obj, self._attrs[0])
        return tuple([_resolve(obj, a) for a in self._attrs])

    def __repr__(self):
        return "operator.attrgetter(" + _args_repr(self._attrs, {}) + ")"


def _resolve(obj, dotted):
    for name in dotted.split("."):
        obj = getattr(obj, name)
    return obj


class methodcaller:
    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        if not isinstance(args[0], str):
            raise TypeError("method name must be a string")
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        return "operator.methodcaller(" + _args_repr((self._name,) + self._args, self._kwargs) + ")"


__lt__ = lt; __le__ = le; __eq__ = eq; __ne__ = ne; __ge__ = ge; __gt__ = gt
__not__ = not_; __abs__ = abs; __add__ = add; __and__ = and_; __floordiv__ = floordiv
__index__ = index; __inv__ = inv; __invert__ = inv; __lshift__ = lshift; __mod__ = mod
__mul__ = mul; __matmul__ = matmul; __neg__ = neg; __or__ = or_; __pos__ = pos; __pow__ = pow
__rshift__ = rshift; __sub__ = sub; __truediv__ = truediv; __xor__ = xor; __concat__ = concat
__contains__ = contains; __delitem__ = delitem; __getitem__ = getitem; __setitem__ = setitem
__iadd__ = iadd; __iand__ = iand; __iconcat__ = iconcat; __ifloordiv__ = ifloordiv
__ilshift__ = ilshift; __imod__ = imod; __imul__ = imul; __imatmul__ = imatmul; __ior__ = ior
__ipow__ = ipow; __irshift__ = irshift; __isub__ = isub; __itruediv__ = itruediv; __ixor__ = ixor
__call__ = call
