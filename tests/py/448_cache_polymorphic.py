# Attribute, store and method sites that see instances of several classes (vm/caches.ts): an
# entry filled for one class serves another only when that class reads, stores and finds the
# method as the first did. Each site is warmed with one class, then given another that differs.

class Task:
    def __init__(self, name):
        self.name = name
        self.count = 0
    def run(self):
        return "Task.run " + self.name
    def step(self):
        return "Task.step"

class Plain(Task):
    pass

class Other(Task):
    def run(self):                       # an override: the method site must call it
        return "Other.run " + self.name

class WithProperty(Task):
    def __init__(self, name):
        self.name = name
        self.__dict__["count"] = "in the dict"  # where Task keeps it: the property still wins
    @property
    def count(self):                     # a property wins over the instance dict
        return "property count"
    @count.setter
    def count(self, v):
        self.__dict__["count_set"] = v

class WithSetattr(Task):
    def __setattr__(self, name, v):      # takes every store
        object.__setattr__(self, name, ("hooked", v) if name == "count" else v)

class Reordered(Task):
    def __init__(self, name):
        self.extra = "first"             # the attributes at other positions
        self.count = 5
        self.name = name

class StepValue(Task):
    step = "not a function"              # the method name holds a plain value

class StepStatic(Task):
    @staticmethod
    def step():                          # a staticmethod: called without self
        return "StepStatic.step"

def read(o):
    return o.count

def store(o, v):
    o.count = v

def call(o):
    return o.run()

def call_step(o):
    s = o.step
    return s if isinstance(s, str) else o.step()

warm = [Task("t%d" % i) for i in range(4)] + [Plain("p")]
for kind in (Plain, Other, WithProperty, WithSetattr, Reordered):
    for o in warm * 3:
        read(o); store(o, 1); call(o)
    x = kind(kind.__name__)
    store(x, 9)
    print(kind.__name__, read(x), call(x), sorted(k for k in vars(x)))

for kind in (StepValue, StepStatic, Plain):
    for o in warm * 3:
        call_step(o)
    print(kind.__name__, call_step(kind("s")))

# a class that gains a property after its sites were filled for a sibling
class Late(Task):
    pass

for o in warm * 3:
    read(o)
late = Late("late")
print(read(late))
Late.count = property(lambda self: "late property")
print(read(late), [read(o) for o in warm][:2])

# an instance whose class changes: the method site seen by its old class
class A(Task):
    def run(self):
        return "A.run"
class B(Task):
    def run(self):
        return "B.run"
a = A("a")
out = []
for i in range(6):
    if i == 3:
        a.__class__ = B
    out.append(call(a))
print(out)

# a function stored on the instance shadows the inherited method at a polymorphic site
p = Plain("shadowed")
for o in warm * 3:
    call(o)
p.run = lambda: "instance run"
print(call(p), call(warm[0]))

# methods called through a class (LOAD_METHOD on a class: plain, static and class methods)
class S:
    def plain(x):
        return "S.plain " + str(x)
    @staticmethod
    def st(x):
        return "S.st " + str(x)
    @classmethod
    def cm(cls, x):
        return cls.__name__ + ".cm " + str(x)

class T(S):
    pass

def through(c):
    return (c.plain(1), c.st(2), c.cm(3), c.st)

for i in range(7):
    if i == 2:
        S.st = staticmethod(lambda x: "new st " + str(x))
    if i == 3:
        S.cm = staticmethod(lambda x: "cm now static " + str(x))
    if i == 4:
        S.plain = classmethod(lambda cls, x: "plain now a classmethod of " + cls.__name__)
    if i == 5:
        T.st = staticmethod(abs)         # a builtin as a staticmethod, on the subclass
    r = through(S if i % 2 == 0 else T)
    print(i, r[:3], r[3] is abs)
T.st = "a plain value"
try:
    T.st(5)
except TypeError as e:
    print("TypeError:", e)

# stores that add the attribute (each new object's __init__): the entry inserts the name, until
# the class gains a __setattr__ or a property of the name
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

made = [Point(i, -i) for i in range(4)]
def hooked_setattr(self, name, v):
    object.__setattr__(self, name, ("set", v))
Point.__setattr__ = hooked_setattr
made.append(Point(8, 9))
del Point.__setattr__
made.append(Point(5, 6))
Point.y = property(lambda self: "y property", lambda self, v: object.__setattr__(self, "z", v))
made.append(Point(1, 2))
del Point.y
made.append(Point(3, 4))
print([sorted(vars(p).items()) for p in made])
