# collections: container datatypes written in the script language, with CPython 3.11's behaviour
# and output (reprs, error messages) for deque, namedtuple, defaultdict, OrderedDict and Counter.
#
# A namedtuple class is a subclass of tuple with a read-only property per field; a deque wraps a
# list, and defaultdict / OrderedDict / Counter wrap a dict (`_data`). Programs see the same
# operations, printing and errors, except that isinstance(x, dict) is False for the dict
# wrappers, a namedtuple instance accepts new non-field attributes, a deque does not detect
# mutation during iteration, and OrderedDict.keys()/values()/items() return plain dict views
# (dict_keys, not odict_keys).

import sys

__all__ = ['Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

class _Marker:
    pass


_marker = _Marker()   # a unique sentinel (object() instances may not exist in the VM yet)


################################################################################
### deque
################################################################################

def _check_index(n, i, message):
    if not isinstance(i, int):
        raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError(message)
    return i


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def append(self, x):
        """Add an element to the right side of the deque."""
        items = self._items
        items.append(x)
        if self._maxlen is not None and len(items) > self._maxlen:
            del items[0]

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        items = self._items
        items.insert(0, x)
        if self._maxlen is not None and len(items) > self._maxlen:
            items.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(self._items)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(self._items)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        items = self._items
        size = len(items)
        if size <= 1:
            return
        n = n % size
        if n:
            items[:] = items[size - n:] + items[:size - n]

    def clear(self):
        """Remove all elements from the deque."""
        self._items.clear()

    def copy(self):
        """Return a shallow copy of a deque."""
        return deque(self._items, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, value):
        """Return number of occurrences of value."""
        return self._items.count(value)

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        items = self._items
        n = len(items)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
        i = start
        while i < stop:
            if items[i] is value or items[i] == value:
                return i
            i += 1
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items
        for i in range(len(items)):
            if items[i] is value or items[i] == value:
                del items[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._items.reverse()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        items = self._items
        return items[_check_index(len(items), index, "deque index out of range")]

    def __setitem__(self, index, value):
        items = self._items
        items[_check_index(len(items), index, "deque index out of range")] = value

    def __delitem__(self, index):
        items = self._items
        del items[_check_index(len(items), index, "deque index out of range")]

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self._maxlen)

    __hash__ = None

    def __eq__(self, other):
        if isinstance(other, deque):
            return self._items == other._items
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, deque):
            return self._items != other._items
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, deque):
            return self._items < other._items
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, deque):
            return self._items <= other._items
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, deque):
            return self._items > other._items
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, deque):
            return self._items >= other._items
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = deque(self._items, self._maxlen)
        result.extend(other._items)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items * n, self._maxlen)

    def __rmul__(self, n):
        return deque(self._items * n, self._maxlen)

    def __imul__(self, n):
        self._items = deque(self._items * n, self._maxlen)._items
        return self


################################################################################
### namedtuple
################################################################################

_kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
           'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',
           'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
           'raise', 'return', 'try', 'while', 'with', 'yield']


def _isidentifier(name):
    if not name:
        return False
    first = True
    for ch in name:
        if ch == '_' or ch.isalpha() or ord(ch) > 127:
            pass
        elif first or not ch.isdigit():
            return False
        first = False
    return True


def _names_list(names):
    # 'x' / 'x' and 'y' / 'x', 'y', and 'z' (CPython's format_missing)
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _nt_bind(qualname, fields, defaults, args, kwargs):
    # The values of a namedtuple call, with CPython's argument errors for `T.__new__(_cls, ...)`
    n = len(fields)
    nargs = len(args)
    values = list(args[:n])
    while len(values) < n:
        values.append(_marker)
    for k in kwargs:
        i = 0
        while i < n and fields[i] != k:
            i += 1
        if i == n:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, k))
        if values[i] is not _marker:
            raise TypeError("%s() got multiple values for argument '%s'" % (qualname, k))
        values[i] = kwargs[k]
    if nargs > n:
        if defaults:
            sig = "from %d to %d" % (n + 1 - len(defaults), n + 1)
            plural = "s"
        else:
            sig = "%d" % (n + 1)
            plural = "s" if n + 1 != 1 else ""
        raise TypeError("%s() takes %s positional argument%s but %d were given"
                        % (qualname, sig, plural, nargs + 1))
    required = n - len(defaults)
    missing = []
    for i in range(required):
        if values[i] is _marker:
            missing.append(fields[i])
    if missing:
        raise TypeError("%s() missing %d required positional argument%s: %s"
                        % (qualname, len(missing), "s" if len(missing) != 1 else "", _names_list(missing)))
    for i in range(required, n):
        if values[i] is _marker:
            values[i] = defaults[i - required]
    return tuple(values)


class _NamedTuple(tuple):
    # The behaviour every namedtuple class shares; namedtuple() makes a subclass per type with
    # _fields, _field_defaults and the name __new__ errors use (_nt_new_name). Instances are
    # tuples: indexing, unpacking, comparisons, hashing and + are tuple's own.
    _fields = ()
    _field_defaults = {}
    _nt_defaults = ()
    _nt_new_name = '__new__'

    def __new__(cls, *args, **kwargs):
        values = _nt_bind(cls._nt_new_name, cls._fields, cls._nt_defaults, args, kwargs)
        return tuple.__new__(cls, values)

    @classmethod
    def _make(cls, iterable):
        """Make a new object from a sequence or iterable"""
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError("Expected %d arguments, got %d" % (len(cls._fields), len(values)))
        return cls(*values)

    def _replace(self, **kwds):
        """Return a new object replacing specified fields with new values"""
        values = []
        fields = self._fields
        for i in range(len(fields)):
            name = fields[i]
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(self[i])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return self._make(values)

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        d = {}
        fields = self._fields
        for i in range(len(fields)):
            d[fields[i]] = self[i]
        return d

    def __repr__(self):
        """Return a nicely formatted representation string"""
        fields = self._fields
        parts = []
        for i in range(len(fields)):
            parts.append("%s=%r" % (fields[i], self[i]))
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    def count(self, value):
        return list(self).count(value)  # tuples have no count method here

    def index(self, value, start=0, stop=None):
        size = len(self)
        if stop is None or stop > size:
            stop = size
        elif stop < 0:
            stop += size
        if start < 0:
            start += size
            if start < 0:
                start = 0
        i = start
        while i < stop:
            if self[i] is value or self[i] == value:
                return i
            i += 1
        raise ValueError("tuple.index(x): x not in tuple")


def _field_property(index):
    # a read-only field: CPython's _tuplegetter, with its "can't set/delete attribute" errors
    def fget(self):
        return self[index]

    def fset(self, value):
        raise AttributeError("can't set attribute")

    def fdel(self):
        raise AttributeError("can't delete attribute")
    return property(fget, fset, fdel)


def namedtuple(typename, field_names, rename=False, defaults=None, module=None):
    """Returns a new class with named fields: Point = namedtuple('Point', ['x', 'y'])"""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = {}
        for index in range(len(field_names)):
            name = field_names[index]
            if (not _isidentifier(name) or name in _kwlist or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen[name] = True

    for name in [typename] + field_names:
        if not _isidentifier(name):
            raise ValueError("Type names and field names must be valid identifiers: %r" % (name,))
        if name in _kwlist:
            raise ValueError("Type names and field names cannot be a keyword: %r" % (name,))

    seen = {}
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen[name] = True

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        first = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[first + i]] = defaults[i]
    else:
        defaults = ()

    class _NT(_NamedTuple):
        pass

    _NT.__name__ = typename
    _NT.__qualname__ = typename
    _NT.__doc__ = "%s(%s)" % (typename, ", ".join(field_names))
    _NT._fields = tuple(field_names)
    _NT._field_defaults = field_defaults
    _NT._nt_defaults = defaults
    _NT._nt_new_name = typename + ".__new__"
    for index in range(len(field_names)):
        setattr(_NT, field_names[index], _field_property(index))
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    _NT.__module__ = module
    return _NT


################################################################################
### dict-wrapping base for defaultdict, OrderedDict, Counter
################################################################################

class _DictWrapper:
    # The dict protocol over self._data (a real dict, whose order is the insertion order).

    def __getitem__(self, key):
        data = self._data
        if key in data:
            return data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(list(self._data))

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, default=_marker):
        data = self._data
        if key in data:
            return data.pop(key)
        if default is _marker:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        return self._data.popitem()

    def setdefault(self, key, default=None):
        data = self._data
        if key in data:
            return data[key]
        data[key] = default
        return default

    def update(self, other=(), **kwds):
        data = self._data
        if isinstance(other, dict):
            for key in other:
                data[key] = other[key]
        elif isinstance(other, _DictWrapper):
            for key in other._data:
                data[key] = other._data[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                data[key] = other[key]
        else:
            for key, value in other:
                data[key] = value
        for key in kwds:
            data[key] = kwds[key]

    def clear(self):
        self._data.clear()

    __hash__ = None

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __or__(self, other):
        if not (isinstance(other, dict) or isinstance(other, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not (isinstance(other, dict) or isinstance(other, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new._data = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### defaultdict
################################################################################

class defaultdict(_DictWrapper):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._data = {}
        if len(args) > 1:
            raise TypeError("dict expected at most 1 argument, got %d" % len(args))
        if args:
            self.update(args[0], **kwds)
        elif kwds:
            self.update(kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self._data)

    def __copy__(self):
        return self.copy()

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.default_factory, self._data)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d._data[key] = value
        return d


################################################################################
### OrderedDict
################################################################################

class OrderedDict(_DictWrapper):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), **kwds):
        self._data = {}
        self.update(other, **kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        data = self._data
        if not data:
            raise KeyError("dictionary is empty")
        if last:
            return data.popitem()
        for key in data:
            break
        value = data.pop(key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        data = self._data
        if key not in data:
            raise KeyError(key)
        value = data.pop(key)
        if last:
            data[key] = value
        else:
            rest = list(data.items())
            data.clear()
            data[key] = value
            for k, v in rest:
                data[k] = v

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    def __copy__(self):
        return self.copy()

    def __repr__(self):
        if not self._data:
            return "%s()" % (type(self).__name__,)
        return "%s(%r)" % (type(self).__name__, list(self._data.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._data == other._data and list(self._data) == list(other._data)
        return _DictWrapper.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self._data[key] = value
        return self


################################################################################
### Counter
################################################################################

class Counter(_DictWrapper):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self._data.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least."""
        # sorted(items, key=count, reverse=True), stable: by count descending, then insertion order
        items = list(self._data.items())
        decorated = [(items[i][1], -i) for i in range(len(items))]
        decorated.sort(reverse=True)
        ordered = [items[-i] for count, i in decorated]
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in list(self._data.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        data = self._data
        if iterable is not None:
            if isinstance(iterable, dict) or isinstance(iterable, _DictWrapper):
                if data:
                    for elem, count in iterable.items():
                        data[elem] = count + data.get(elem, 0)
                else:
                    for elem, count in iterable.items():
                        data[elem] = count
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        data = self._data
        if iterable is not None:
            if isinstance(iterable, dict) or isinstance(iterable, _DictWrapper):
                for elem, count in iterable.items():
                    data[elem] = data.get(elem, 0) - count
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    def __copy__(self):
        return self.copy()

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self._data:
            del self._data[elem]

    def __repr__(self):
        if not self._data:
            return "%s()" % (type(self).__name__,)
        try:
            d = {}
            for elem, count in self.most_common():
                d[elem] = count
        except TypeError:
            d = dict(self._data)
        return "%s(%r)" % (type(self).__name__, d)

    # -- comparisons: missing elements count as zero -------------------------------------------

    def _all_counts(self, other, op):
        for c in (self, other):
            for e in c._data:
                if not op(self[e], other[e]):
                    return False
        return True

    def __eq__(self, other):
        if isinstance(other, Counter):
            return self._all_counts(other, _op_eq)
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        if isinstance(other, dict):
            return self._data != other
        return NotImplemented

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _op_le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _op_ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # -- multiset arithmetic -------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            newcount = count + other[elem]
            if newcount > 0:
                result._data[elem] = newcount
        for elem, count in other._data.items():
            if elem not in self._data and count > 0:
                result._data[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            newcount = count - other[elem]
            if newcount > 0:
                result._data[elem] = newcount
        for elem, count in other._data.items():
            if elem not in self._data and count < 0:
                result._data[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result._data[elem] = newcount
        for elem, count in other._data.items():
            if elem not in self._data and count > 0:
                result._data[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result._data[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self._data.items():
            if count > 0:
                result._data[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts, and flips the sign."""
        result = Counter()
        for elem, count in self._data.items():
            if count < 0:
                result._data[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        data = self._data
        nonpositive = [elem for elem, count in data.items() if not count > 0]
        for elem in nonpositive:
            del data[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other._data.items():
            self._data[elem] = self[elem] + count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other._data.items():
            self._data[elem] = self[elem] - count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other._data.items():
            count = self[elem]
            if other_count > count:
                self._data[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self._data.items()):
            other_count = other[elem]
            if other_count < count:
                self._data[elem] = other_count
        return self._keep_positive()


def _op_eq(a, b):
    return a == b


def _op_le(a, b):
    return a <= b


def _op_ge(a, b):
    return a >= b
