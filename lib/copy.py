# copy: shallow and deep copies (CPython 3.11's rules and results).
#
# An instance of a user class is copied as CPython's default reduction does it: cls.__new__(cls)
# (with __getnewargs__() when defined), then its state (__getstate__() when defined, else its
# __dict__) through __setstate__ or into the new __dict__, then the items of a list or dict
# subclass. __copy__, __deepcopy__, __reduce_ex__ and __reduce__ of a class are honoured.
#
# Differences from CPython: objects of the VM's other types that CPython pickles by reduction
# (tasklets, channels) cannot be copied (TypeError "cannot pickle 'tasklet' object", which CPython
# gives for generators and modules); there is no copyreg module.
import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, types.FunctionType,
           types.BuiltinFunctionType, type(...), type(NotImplemented), property)


def copy(x):
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x, cls))


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a tuple reached again through its own items has been copied meanwhile
        if d in memo:
            return memo[d]
        for i in range(len(x)):
            if items[i] is not x[i]:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x, cls))
    if y is not x:
        memo[d] = y
        # as CPython: the memo keeps every original alive, so ids stay unique while it lives
        memo.setdefault(id(memo), []).append(x)
    return y


def _reduce(x, cls):
    # (callable, args, state, listitems, dictitems): the class's own reduction, else the default
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, "__reduce__", None)
        if reductor is not None:
            rv = reductor(x)
        else:
            rv = _default_reduce(x, cls)
    if isinstance(rv, str):
        return (_same, (x,))
    return rv


def _same(x):
    return x


def _default_reduce(x, cls):
    if cls is set or cls is frozenset:
        return (cls, (list(x),))
    if cls is bytearray:
        return (cls, (bytes(x),))
    if isinstance(x, BaseException):
        return (cls, x.args, _state(x, cls))
    if getattr(cls, "__module__", "builtins") == "builtins":
        raise TypeError("cannot pickle '" + cls.__name__ + "' object")
    getnewargs = getattr(cls, "__getnewargs__", None)
    args = getnewargs(x) if getnewargs is not None else ()
    return (_new, (cls,) + tuple(args), _state(x, cls),
            iter(x) if isinstance(x, list) else None,
            iter(x.items()) if isinstance(x, dict) else None)


def _new(cls, *args):
    return cls.__new__(cls, *args)


def _state(x, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    d = getattr(x, "__dict__", None)
    return d if d else None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for k, v in slots.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    return y
