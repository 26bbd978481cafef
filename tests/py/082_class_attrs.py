# Class attributes vs instance attributes, shadowing, and shared mutable class state
class Dog:
    kind = "canine"
    count = 0
    tricks_shared = []

    def __init__(self, name):
        self.name = name
        self.tricks = []
        Dog.count += 1

    def add_trick(self, t):
        self.tricks.append(t)
        self.tricks_shared.append(t)

a = Dog("rex")
b = Dog("fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.kind, b.kind, Dog.kind)
print(a.tricks, b.tricks, Dog.tricks_shared)
print(Dog.count)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
Dog.kind = "dog"
print(a.kind, b.kind, Dog.kind)
del a.kind
print(a.kind)
print(hasattr(Dog, "kind"), hasattr(a, "name"), hasattr(Dog, "name"))

class Config:
    debug = False
    level = 1
    def bump(self):
        self.level = self.level + 1
        return self.level
c1 = Config()
c2 = Config()
print(c1.bump(), c1.bump(), c2.level, Config.level)
Config.level = 100
print(c1.level, c2.level)
setattr(Config, "debug", True)
print(c2.debug, getattr(c1, "debug"))
