# enum: Enum/IntEnum/StrEnum members (repr, str, format, name/value), lookup by value and by name,
# iteration without aliases, __members__, auto(), unique, the functional API, tuple values with
# __init__, a custom __new__, _missing_, and CPython 3.11's messages for the errors.
from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED), "%s" % Color.RED, Color.RED.name, Color.RED.value)
print(repr(Color), str(Color), list(Color), len(Color), Color.__members__)
print(Color(1), Color["GREEN"], Color.ALIAS is Color.RED, Color.RED in Color)
try: Color(7)
except ValueError as e: print("VE", e)
try: Color["X"]
except KeyError as e: print("KE", e)
try: Color.RED < Color.GREEN
except TypeError as e: print("TE", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(repr(Num.ONE), str(Num.ONE), f"{Num.ONE}", Num.ONE + 1, Num.ONE == 1, Num.TWO > Num.ONE, [0,1,2][Num.TWO], hash(Num.ONE) == hash(1))
print(repr(Num), list(Num))
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print("VE", e)
try:
    class Sub(Color): pass
except TypeError as e: print("TE", e)
print(Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash("RED"), bool(Color.RED), type(Color.RED))
C2 = Enum("C2", "A B C")
print(list(C2), C2.A.value)
C3 = Enum("C3", ["X", "Y"])
print(list(C3))
C4 = Enum("C4", [("P", 5), ("Q", 6)])
print(list(C4))
print(list(reversed(Color)))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density(self):
        return self.mass / self.radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
    def describe(self):
        return self.name.lower()
print(Shape(99), Shape.CIRCLE.describe())
print(Color.RED.__class__, Color.__name__, Color.RED._name_, Color.RED._value_)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
print(dict([(Color.RED, 1)]), {Color.RED: "r"}[Color.RED])
print(Num.ONE * 3, -Num.TWO, Num.ONE | 2, int(Num.TWO), Num(2), Num.TWO // 2, 5 - Num.ONE)
print(max(Num), sorted([Num.TWO, Num.ONE]))
class S(StrEnum):
    A = auto()
    B = "bee"
print(list(S), str(S.A), S.B == "bee", S("bee"), f"{S.B:>5}")


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    def __new__(cls, cents):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = str(cents) + "c"
        return obj


print(Coin.NICKEL.label, Coin(5), list(Coin))


class Mood(Enum):
    HAPPY = "h"
    SAD = "s"
    _private_helper = 3  # a _sunder_ name: not a member

    def flip(self):
        return Mood.SAD if self is Mood.HAPPY else Mood.HAPPY

    @classmethod
    def default(cls):
        return cls.HAPPY


print(list(Mood), Mood.HAPPY.flip(), Mood.default(), Mood._private_helper, len(Mood), bool(Mood))
print(Mood("s"), Mood["SAD"].value, [m.name for m in Mood], Mood.SAD in Mood, Color.RED in Mood)
print(isinstance(Mood.SAD, Mood), isinstance(Mood.SAD, Enum), issubclass(Mood, Enum), type(Mood).__name__)
seen = {}
for m in Color:
    seen[m] = m.value
print(seen, Color.__members__["ALIAS"], list(Color.__members__))
for bad in [lambda: Mood("x"), lambda: Mood["HAPPY "], lambda: 1 in Color, lambda: Color.RED > Color.BLUE,
            lambda: Mood([1]), lambda: Enum("E", "A B").C]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Bad(2)
except TypeError as e:
    print("TypeError:", e)
