# Single inheritance: overriding, inherited methods, super().__init__, isinstance
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (puppy, %d months)" % self.age

class Cat(Animal):
    sound = "meow"

zoo = [Animal("thing"), Dog("rex"), Puppy("bit", 3), Cat("tom")]
for a in zoo:
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
for a in zoo:
    print(type(a).__name__, isinstance(a, Animal), isinstance(a, Dog), isinstance(a, Puppy))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog))
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__)
print([k.__name__ for k in Puppy.__mro__])
