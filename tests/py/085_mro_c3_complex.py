# The classic C3 linearization example with six levels of classes
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
for k in (A, B, C, D, E, F, O):
    print(k.__name__, [c.__name__ for c in k.__mro__])

class X: pass
class Y: pass
class Z: pass
class K1(X, Y, Z): pass
class K2(Y, Z): pass
class K3(Z, X): pass  # fine on its own
class M(K1, K2): pass
print([c.__name__ for c in M.__mro__])
class Base:
    def tag(self):
        return ["Base"]
class L(Base):
    def tag(self):
        return ["L"] + super().tag()
class R(Base):
    def tag(self):
        return ["R"] + super().tag()
class Both(L, R):
    def tag(self):
        return ["Both"] + super().tag()
print(Both().tag())
try:
    class Bad(X, K1): pass
except TypeError as e:
    print("MRO conflict:", type(e).__name__)
