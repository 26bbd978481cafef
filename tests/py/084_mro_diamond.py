# Diamond inheritance and the C3 MRO; method resolution follows __mro__
class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from A"

class B(A):
    def who(self):
        return "B"

class C(A):
    def who(self):
        return "C"
    def hello(self):
        return "hello from C"

class D(B, C):
    pass

class E(C, B):
    pass

print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
d = D()
e = E()
print(d.who(), d.hello())
print(e.who(), e.hello())
print(isinstance(d, C), issubclass(D, A), issubclass(E, B))
print(D.__bases__ == (B, C), len(E.__bases__))
try:
    class F(D, E):
        pass
except TypeError as ex:
    print("MRO conflict:", type(ex).__name__)
