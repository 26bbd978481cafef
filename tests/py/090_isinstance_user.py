# isinstance/issubclass with user classes, tuples of classes, and builtin bases
class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
class Unit(Square): pass
class Other: pass

items = [Circle(), Square(), Unit(), Other(), 3, "x"]
for it in items:
    print(type(it).__name__, isinstance(it, Shape), isinstance(it, (Circle, Other)),
          isinstance(it, (int, str)))
print(issubclass(Unit, Shape), issubclass(Unit, (Circle, Square)), issubclass(Other, Shape))
print(issubclass(bool, int), issubclass(int, object), issubclass(Shape, object))
print(isinstance(Shape, type), isinstance(Circle(), object), isinstance(3, object))

class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(isinstance(ml, list), type(ml).__name__, ml.total(), len(ml), ml)

class MyErr(ValueError): pass
print(issubclass(MyErr, Exception), issubclass(MyErr, LookupError))
print(isinstance(MyErr("x"), ValueError))
print(type(ml) is MyList, type(ml) is list, type(3) is int, type(True) is int)
