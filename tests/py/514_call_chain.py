# A __call__ that is itself an object (not a function) is called as it is, with the arguments;
# a chain of them that never reaches a function is a RecursionError (Stackless's test_defects
# TestInfiniteRecursion: it must not crash the interpreter).
class Greeter:
    def __call__(self, name):
        return "hello " + name


class Front:
    pass


Front.__call__ = Greeter()
print(Front()("world"))


class A:
    pass


class B:
    pass


A.__call__ = B()
B.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)


class Loop:
    pass


Loop.__call__ = Loop()
try:
    Loop()()
except RuntimeError as e:
    print(type(e).__name__)


class C:
    pass


C.__call__ = 5
try:
    C()()
except TypeError as e:
    print("TypeError", e)


class D:
    pass


D.__call__ = len
print(D()([1, 2, 3]))
