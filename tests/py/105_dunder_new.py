# __new__ (simple): allocation hooks, singletons, caching, and __init__ interplay
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v

t = Tracked(3)
print(t.created, t.v)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
s1 = Singleton()
s2 = Singleton()
print(s1 is s2, s1.count)

class Interned:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = object.__new__(cls)
        obj.key = key
        cls._cache[key] = obj
        return obj
a, b, c = Interned("x"), Interned("y"), Interned("x")
print(a is c, a is b, sorted(Interned._cache))

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())

class Point:
    def __new__(cls, x, y):
        self = super().__new__(cls)
        self.norm1 = abs(x) + abs(y)
        return self
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(-3, 4)
print(p.norm1, p.x, p.y, type(p).__name__)
class Sub(Tracked):
    pass
s = Sub("sub")
print(type(s).__name__, s.v)
