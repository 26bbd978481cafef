# collections: container datatypes written in the script language, with CPython 3.11's behaviour
# and output (reprs, error messages) for deque, namedtuple, defaultdict, OrderedDict and Counter.
#
# A namedtuple class is a subclass of tuple with a read-only property per field; a deque wraps a
# list; defaultdict, OrderedDict and Counter are dict subclasses (an OrderedDict's order is the
# dict's, re-inserting items to move one). Programs see the same operations, printing and
# errors, except that a namedtuple instance accepts new non-field attributes, a deque does not
# detect mutation during iteration, and OrderedDict.keys()/values()/items() return plain dict
# views (dict_keys, not odict_keys).

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
### defaultdict
################################################################################

def _dict_or(self, other, copy):
    # d | other for the dict subclasses below: a copy of the left operand's kind, updated
    if not isinstance(other, dict):
        return NotImplemented
    new = copy()
    new.update(other)
    return new


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        if len(args) > 1:
            raise TypeError("dict expected at most 1 argument, got %d" % len(args))
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.default_factory, dict(self))

    def __or__(self, other):
        return _dict_or(self, other, self.copy)

    def __ror__(self, other):
        return _dict_or(self, other, lambda: type(self)(self.default_factory, other))


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""
    # A dict keeps insertion order; moving a key to an end re-inserts items.

    def __init__(self, other=(), /, **kwds):
        dict.update(self, other, **kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    def __repr__(self):
        if not self:
            return "%s()" % (self.__class__.__name__,)
        return "%s(%r)" % (self.__class__.__name__, list(self.items()))

    def __eq__(self, other):
        # order matters between two OrderedDicts only
        if not isinstance(other, dict):
            return NotImplemented
        if isinstance(other, OrderedDict) and list(self) != list(other):
            return False
        return dict(self) == dict(other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __or__(self, other):
        return _dict_or(self, other, self.copy)

    def __ror__(self, other):
        return _dict_or(self, other, lambda: self.__class__(other))


################################################################################
### Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least."""
        # by count descending, ties in insertion order (what CPython's stable sort gives)
        items = list(self.items())
        decorated = [(items[i][1], -i) for i in range(len(items))]
        decorated.sort(reverse=True)
        ordered = [items[-i] for count, i in decorated]
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in list(self.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return "%s()" % (self.__class__.__name__,)
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (self.__class__.__name__, d)

    # -- comparisons: missing elements count as zero -------------------------------------------

    def _all_counts(self, other, op):
        for c in (self, other):
            for e in c:
                if not op(self[e], other[e]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _op_eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

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

    def _merged(self, other, pick, keep_other):
        # the positive counts of pick(count, other's count) over self's elements, then other's
        # elements missing from self whose count keep_other(count) turns positive
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = pick(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        if keep_other is not None:
            for elem, count in other.items():
                if elem not in self and keep_other(count) > 0:
                    result[elem] = keep_other(count)
        return result

    def __add__(self, other):
        return self._merged(other, _op_add, _same)

    def __sub__(self, other):
        return self._merged(other, _op_sub, _negated)

    def __or__(self, other):
        return self._merged(other, max, _same)

    def __and__(self, other):
        return self._merged(other, min, None)

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        return self._merged(Counter(), _op_add, None)

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts, and flips the sign."""
        return Counter() - self

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _op_eq(a, b):
    return a == b


def _op_le(a, b):
    return a <= b


def _op_ge(a, b):
    return a >= b


def _op_add(a, b):
    return a + b


def _op_sub(a, b):
    return a - b


def _same(a):
    return a


def _negated(a):
    return 0 - a
