# enum: Enum, IntEnum, StrEnum, auto, unique (CPython 3.11's behaviour, reprs and messages).
#
# The metaclass EnumType turns the class body's plain values into members when the class is
# made; calling an enum class looks a member up by value (its __call__), Color["RED"] by name.
#
# Differences from CPython: IntEnum and StrEnum members are not int/str instances (a class cannot
# derive from int or str here): they compare, hash, format and compute like their value, but
# isinstance(member, int) is False. Redefining a name in the class body is not detected (no
# __prepare__), assigning to a member through the class is not refused (no metaclass
# __setattr__), __members__ is a dict copy, and Flag/IntFlag are absent.

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "auto", "unique"]


class auto:
    # a placeholder whose value _generate_next_value_ computes when the class is made
    def __repr__(self):
        return "auto()"


def _is_descriptor(v):
    return (hasattr(type(v), "__get__") or isinstance(v, (property, classmethod, staticmethod))
            or callable(v) and not isinstance(v, auto))


def _is_member_name(cls_name, k):
    if k[:2] == "__" and k[-2:] == "__":
        return False
    if len(k) > 2 and k[0] == "_" and k[-1] == "_" and k[1] != "_" and k[-2] != "_":
        return False  # _sunder_ names are the enum machinery's
    return not k.startswith("_" + cls_name + "__")  # private names stay attributes


class EnumType(type):
    def __new__(mcls, name, bases, ns):
        found = []
        for k, v in ns.items():
            if _is_member_name(name, k) and not _is_descriptor(v):
                found.append((k, v))
        for k, v in found:
            del ns[k]
        new_member = ns.get("__new__")
        # an enum's own __new__ makes its members; Enum.__new__ stays the lookup by value
        if new_member is not None and any(isinstance(b, EnumType) for b in bases):
            ns["_new_member_"] = new_member
            del ns["__new__"]
        cls = super().__new__(mcls, name, bases, ns)
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError(repr(cls) + " cannot extend " + repr(b))
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        values = []
        for k, v in found:
            if isinstance(v, auto):
                v = cls._generate_next_value_(k, 1, len(values), values[:])
            values.append(v)
            cls._add_member_(k, v)
        return cls

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        make = getattr(cls, "_new_member_", None)
        if make is None:
            member = object.__new__(cls)
            member._value_ = cls._value_type_(*args) if cls._value_type_ is not object else value
        else:
            member = make(cls, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value
        member._name_ = name
        member.__init__(*args)
        # a value seen before makes an alias of the first member with it
        for other in cls._member_map_.values():
            if other._value_ == member._value_:
                member = other
                break
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(member._value_, member)
        except TypeError:
            pass  # an unhashable value is found by a scan
        setattr(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, type, start)

    def _create_(cls, name, names, mixin, start):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, dict):
            names = list(names.items())
        names = list(names)
        ns = {}
        for i in range(len(names)):
            item = names[i]
            if isinstance(item, str):
                ns[item] = auto()
            else:
                ns[item[0]] = item[1]
        bases = (cls,) if mixin is None else (mixin, cls)
        return EnumType(name, bases, ns)

    def __iter__(cls):
        return iter([cls._member_map_[k] for k in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[k] for k in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '" + type(member).__name__
                            + "' and 'EnumType'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        # only reached for a name the class lacks: CPython's message is the bare name
        if name[:1] != "_":
            member = cls._member_map_.get(name)
            if member is not None:
                return member
        raise AttributeError(name)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum '" + cls.__name__ + "'>"


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    _value_type_ = object

    def __new__(cls, value):
        # Color(1): the member with that value (EnumType.__call__ comes here)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        message = repr(value) + " is not a valid " + cls.__qualname__
        if result is None:
            raise ValueError(message)
        raise TypeError("error in " + cls.__name__ + "._missing_: returned " + repr(result)
                        + " instead of None or a valid member")

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return (type(self), (self._value_,))


def _value_of(x):
    return x._value_ if isinstance(x, Enum) else x


class _ValueLike(Enum):
    # members that behave as their value in comparisons, hashing and arithmetic (IntEnum, StrEnum)
    def __eq__(self, other): return self._value_ == _value_of(other)
    def __ne__(self, other): return self._value_ != _value_of(other)
    def __lt__(self, other): return self._value_ < _value_of(other)
    def __le__(self, other): return self._value_ <= _value_of(other)
    def __gt__(self, other): return self._value_ > _value_of(other)
    def __ge__(self, other): return self._value_ >= _value_of(other)
    def __hash__(self): return hash(self._value_)
    def __str__(self): return str(self._value_)
    def __format__(self, spec): return format(self._value_, spec)
    def __add__(self, other): return self._value_ + _value_of(other)
    def __radd__(self, other): return _value_of(other) + self._value_
    def __mul__(self, other): return self._value_ * _value_of(other)
    def __rmul__(self, other): return _value_of(other) * self._value_
    def __mod__(self, other): return self._value_ % _value_of(other)
    def __len__(self): return len(self._value_)
    def __getitem__(self, i): return self._value_[i]
    def __iter__(self): return iter(self._value_)
    def __contains__(self, x): return x in self._value_


class IntEnum(_ValueLike):
    _value_type_ = int

    def __sub__(self, other): return self._value_ - _value_of(other)
    def __rsub__(self, other): return _value_of(other) - self._value_
    def __floordiv__(self, other): return self._value_ // _value_of(other)
    def __rfloordiv__(self, other): return _value_of(other) // self._value_
    def __truediv__(self, other): return self._value_ / _value_of(other)
    def __rtruediv__(self, other): return _value_of(other) / self._value_
    def __pow__(self, other): return self._value_ ** _value_of(other)
    def __and__(self, other): return self._value_ & _value_of(other)
    def __rand__(self, other): return _value_of(other) & self._value_
    def __or__(self, other): return self._value_ | _value_of(other)
    def __ror__(self, other): return _value_of(other) | self._value_
    def __xor__(self, other): return self._value_ ^ _value_of(other)
    def __lshift__(self, other): return self._value_ << _value_of(other)
    def __rshift__(self, other): return self._value_ >> _value_of(other)
    def __neg__(self): return -self._value_
    def __pos__(self): return self._value_
    def __abs__(self): return abs(self._value_)
    def __invert__(self): return ~self._value_
    def __int__(self): return self._value_
    def __index__(self): return self._value_
    def __float__(self): return float(self._value_)
    def __bool__(self): return self._value_ != 0


class StrEnum(_ValueLike):
    _value_type_ = str

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    dups = [name + " -> " + member._name_ for name, member in enumeration.__members__.items()
            if name != member._name_]
    if dups:
        raise ValueError("duplicate values found in " + repr(enumeration) + ": " + ", ".join(dups))
    return enumeration
