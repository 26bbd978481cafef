# @property with getter, setter and deleter, computed attributes, validation
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 20
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError:
    print("fahrenheit is read-only")

class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full(self):
        return self.first + " " + self.last
    @full.setter
    def full(self, v):
        self.first, self.last = v.split(" ")
    @full.deleter
    def full(self):
        print("deleting", self.full)
        self.first = self.last = ""

p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Hopper"
print(p.first, "/", p.last)
del p.full
print(repr(p.full))
