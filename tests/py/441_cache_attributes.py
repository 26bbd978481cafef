# Inline caches of attribute and method lookups (vm/caches.ts): every lookup runs in a loop so its
# cache is warm before the change that must invalidate it.

class Base:
    kind = "base"
    def greet(self):
        return "Base.greet"

class Child(Base):
    def __init__(self, v):
        self.v = v

def read(o):
    return (o.v, o.kind, o.greet())

c = Child(1)
for i in range(8):
    if i == 1:
        Child.kind = "child"             # a class attribute assigned on the class
    if i == 2:
        Base.greet = lambda self: "new Base.greet"   # a base class's method replaced
    if i == 3:
        Child.greet = lambda self: "Child.greet"     # the derived class now shadows it
    if i == 4:
        del Child.greet                  # ...and no longer does
    if i == 5:
        c.kind = "instance kind"         # the instance dict shadows the class attribute
    if i == 6:
        c.greet = lambda: "instance greet"  # a function in the instance dict: called without self
    if i == 7:
        del c.kind
        c.v = 7
    print(i, read(c))

# the instance dict's positions: attributes added in different orders, deleted, re-added
class P:
    pass

def get_b(o):
    return o.b

objs = []
for order in ("ab", "ba", "b", "cab"):
    o = P()
    for ch in order:
        setattr(o, ch, order + "." + ch)
    objs.append(o)
print([get_b(o) for o in objs * 3])
q = objs[0]
for i in range(4):
    if i == 2:
        del q.a
        q.a = "a again"
    if i == 3:
        del q.b
        try:
            get_b(q)
        except AttributeError as e:
            print("AttributeError:", e)
        q.b = "b again"
    print(get_b(q))

# __class__ assignment: caches keyed by the old class must miss
class Cat:
    def speak(self):
        return "meow"
    sound = "purr"
class Dog:
    def speak(self):
        return "woof"
    sound = "bark"

pet = Cat()
for i in range(4):
    if i == 2:
        pet.__class__ = Dog
    print(pet.speak(), pet.sound, type(pet).__name__)
for bad in (5, int):
    try:
        pet.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)

# properties and descriptors added after the cache is warm
class Shape:
    def __init__(self):
        self.area = 1

def area(s):
    return s.area

s = Shape()
for i in range(5):
    if i == 2:
        Shape.area = property(lambda self: "property area")  # a data descriptor wins over the dict
    if i == 4:
        del Shape.area
    print(area(s))

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v * 2
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls):
        return cls.__name__

t = Temp()
for i in range(4):
    t.c = i
    print(t.c, t.unit(), t.make(), Temp.unit(), Temp.make())

# __getattr__ only for what is missing; it may appear after the cache is warm
class Lazy:
    present = "present"
def look(o, name_is_missing):
    return o.missing if name_is_missing else o.present

lz = Lazy()
for i in range(4):
    if i == 2:
        Lazy.__getattr__ = lambda self, name: "computed " + name
    try:
        print(look(lz, True))
    except AttributeError as e:
        print("AttributeError:", e)
    print(look(lz, False))

class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        return getattr(self.target, name)

px = Proxy(c)
for i in range(3):
    print(px.v, px.target.v)

# class attributes read through the class, changed on a base
class Config:
    LEVEL = 1
class Sub(Config):
    pass
def level():
    return Sub.LEVEL
for i in range(5):
    if i == 2:
        Config.LEVEL = 2
    if i == 3:
        Sub.LEVEL = 3
    if i == 4:
        del Sub.LEVEL
    print(level())

# methods of builtin types (native methods cached by type)
items = []
for i in range(3):
    items.append(i)
class MyList(list):
    def append(self, v):
        list.append(self, v * 10)
ml = MyList()
for i in range(3):
    for target in (items, ml):
        target.append(i)
print(items, ml)

# polymorphic call sites
class A1:
    def f(self): return "A1"
class A2(A1):
    def f(self): return "A2"
class A3(A1):
    pass
print([o.f() for o in [A1(), A2(), A3(), A2(), A1()] * 2])

# attribute stores: a warm store must notice __setattr__, a property, a __class__ change
class Point:
    def __init__(self):
        self.x = 0

def move(p, v):
    p.x = v

pt = Point()
log = []
for i in range(8):
    if i == 2:
        Point.__setattr__ = lambda self, name, value: log.append((name, value))
    if i == 4:
        del Point.__setattr__
    if i == 5:
        Point.x = property(lambda self: "read x", lambda self, v: log.append(("prop", v)))
    if i == 6:
        del Point.x
        pt.__class__ = Shape     # now stored on a Shape
    move(pt, i)
    print(i, pt.x, type(pt).__name__)
print(log)
