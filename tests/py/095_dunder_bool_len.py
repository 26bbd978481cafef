# __bool__ and __len__ drive truthiness in if/while/and/or/not and bool()
class Box:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool?", self.on)
        return self.on

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10

empty, full = Box([]), Box([1, 2])
print(len(empty), len(full), bool(empty), bool(full))
if full:
    print("full is truthy")
if not empty:
    print("empty is falsy")
print(bool(Both()), len(Both()))
print(Flag(True) and "yes")
r = Flag(False) or "fallback"
print(r)
print(not Flag(True))
b = Box([1, 2, 3])
while b:
    print("pop", b.items.pop())
print([bool(x) for x in [Box("ab"), Box(""), Flag(1 == 1)]])

class Plain:
    pass
print(bool(Plain()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
print(Box("xyz") and 42, Box("") or "empty")
