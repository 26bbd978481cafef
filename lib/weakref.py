# weakref: weak references (the native _weakref: ref, getweakrefcount, getweakrefs) and, over
# them, the containers that forget what dies (WeakValueDictionary, WeakKeyDictionary, WeakSet),
# finalize, WeakMethod and proxy. A callback runs in a frame at the interpreter's next safe point
# after its referent dies (objects/weakref.ts); a ref itself is cleared at once, so every lookup
# here asks the ref, never only whether an entry is still present. Iteration walks a snapshot:
# an entry may die (and its callback remove it) while the loop body runs.
from _weakref import ref, getweakrefs
import atexit

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


ReferenceType = ref


def getweakrefcount(obj):
    return len(getweakrefs(obj))


# The callback of a container's entry: drops the entry (under `key`) if it still is that ref and
# the container is alive. The container is held weakly, so entries never keep it alive.
def _remover(container_ref, key):
    def remove(wr):
        container = container_ref()
        if container is not None and container.data.get(key) is wr:
            del container.data[key]
    return remove


class _WeakMapping:
    # What the two dictionaries share. self._self_ref: the container held weakly by its entries'
    # callbacks.
    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, "keys"):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))


class WeakValueDictionary(_WeakMapping):
    def __init__(self, other=None, **kwargs):
        self.data = {}
        self._self_ref = ref(self)
        self.update(other, **kwargs)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value, _remover(self._self_ref, key))

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        n = 0
        for wr in list(self.data.values()):
            if wr() is not None:
                n += 1
        return n

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield key, o

    def keys(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    __iter__ = keys

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def itervaluerefs(self):
        for wr in list(self.data.values()):
            yield wr

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        o = None if wr is None else wr()
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        o = None if wr is None else wr()
        if o is None:
            self[key] = default
            return default
        return o



class WeakKeyDictionary(_WeakMapping):
    def __init__(self, dict=None):
        self.data = {}
        self._self_ref = ref(self)
        if dict is not None:
            self.update(dict)

    def _remove(self):
        container_ref = self._self_ref

        def remove(wr):
            container = container_ref()
            if container is not None:
                container.data.pop(wr, None)
        return remove

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove())] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        n = 0
        for wr in list(self.data.keys()):
            if wr() is not None:
                n += 1
        return n

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data.keys()):
            key = wr()
            if key is not None:
                yield key

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data.keys())

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        wr = ref(key)
        if wr in self.data:
            return self.data[wr]
        self[key] = default
        return default


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._self_ref = ref(self)
        if data is not None:
            self.update(data)

    def _remove(self):
        container_ref = self._self_ref

        def remove(wr):
            container = container_ref()
            if container is not None:
                container.data.discard(wr)
        return remove

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        n = 0
        for wr in list(self.data):
            if wr() is not None:
                n += 1
        return n

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s(%r)}" % (type(self).__name__, list(self))

    def add(self, item):
        self.data.add(ref(item, self._remove()))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        for item in list(other):
            self.discard(item)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection_update(self, other):
        keep = [item for item in other if item in self]
        self.clear()
        self.update(keep)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def symmetric_difference_update(self, other):
        for item in list(other):
            if item in self:
                self.discard(item)
            else:
                self.add(item)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def issubset(self, other):
        for item in self:
            if item not in other:
                return False
        return True

    __le__ = issubset

    def __lt__(self, other):
        return self.issubset(other) and len(self) < len(other)

    def issuperset(self, other):
        for item in other:
            if item not in self:
                return False
        return True

    __ge__ = issuperset

    def __gt__(self, other):
        return self.issuperset(other) and len(self) > len(other)

    def isdisjoint(self, other):
        for item in other:
            if item in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.issubset(other) and other.issubset(self)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None


class WeakMethod:
    # A weak reference to a bound method: it lives while both the object and the function do
    # (a bound method itself dies as soon as it is made). Not a subclass of ref here.
    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not %s" % type(meth).__name__) from None
        self._self_ref = ref(self)
        self._alive = True
        self._callback = callback
        notify = self._notifier()
        self._obj_ref = ref(obj, notify)
        self._func_ref = ref(func, notify)
        self._hash = None

    def _notifier(self):
        self_ref = self._self_ref

        def notify(wr):
            wm = self_ref()
            if wm is not None and wm._alive:
                wm._alive = False
                if wm._callback is not None:
                    wm._callback(wm)
        return notify

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        # the method bound anew (methods are made by attribute lookup here)
        meth = getattr(obj, func.__name__, None)
        if meth is not None and getattr(meth, "__func__", None) is func:
            return meth
        return None

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._func_ref)
        return self._hash


class ProxyType:
    # proxy(obj): stands for obj while it lives (attributes, calls, len, iteration, item access
    # and comparisons go to it); once obj is gone, using the proxy raises ReferenceError.
    # (its own state is written to __dict__ directly: __setattr__ forwards to the object)
    def __init__(self, obj, callback=None):
        if callback is None:
            self.__dict__["_ProxyType__ref"] = ref(obj)
        else:
            self_ref = ref(self)

            def forward(wr):
                p = self_ref()
                if p is not None:
                    callback(p)
            self.__dict__["_ProxyType__ref"] = ref(obj, forward)

    def __target(self):
        o = self.__dict__["_ProxyType__ref"]()
        if o is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return o

    def __getattr__(self, name):
        return getattr(self.__target(), name)

    def __setattr__(self, name, value):
        setattr(self.__target(), name, value)

    def __delattr__(self, name):
        delattr(self.__target(), name)

    def __call__(self, *args, **kwargs):
        return self.__target()(*args, **kwargs)

    def __len__(self):
        return len(self.__target())

    def __iter__(self):
        return iter(self.__target())

    def __getitem__(self, key):
        return self.__target()[key]

    def __setitem__(self, key, value):
        self.__target()[key] = value

    def __delitem__(self, key):
        del self.__target()[key]

    def __contains__(self, item):
        return item in self.__target()

    def __bool__(self):
        return bool(self.__target())

    def __str__(self):
        return str(self.__target())

    def __eq__(self, other):
        return self.__target() == other

    def __ne__(self, other):
        return self.__target() != other

    def __lt__(self, other):
        return self.__target() < other

    def __le__(self, other):
        return self.__target() <= other

    def __gt__(self, other):
        return self.__target() > other

    def __ge__(self, other):
        return self.__target() >= other

    __hash__ = None


CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


class _FinalizeInfo:
    pass


class finalize:
    # finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies, when
    # the finalizer is called, or at program exit (while .atexit is true), whichever comes first.
    _registry = {}
    _shutdown = False
    _counter = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, *args, **kwargs):
        if not finalize._registered_with_atexit:
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs
        info.atexit = True
        info.index = finalize._counter
        finalize._counter += 1
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info.func(*info.args, **info.kwargs)

    def detach(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return (obj, info.func, info.args, info.kwargs)

    def peek(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs)

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return info is not None and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info is not None:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _exitfunc():
        # at exit: the pending finalizers that asked for it, the newest first; then none at all
        try:
            pending = [(info.index, f) for f, info in finalize._registry.items() if info.atexit]
            pending.sort(reverse=True)
            for index, f in pending:
                f()
        finally:
            finalize._shutdown = True
