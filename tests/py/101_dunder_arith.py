# Arithmetic dunders: __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__ __neg__ __abs__
class Frac:
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = Frac.gcd(abs(n), d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)
    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o):
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        return Frac(self.n * o.d, self.d * o.n)
    def __floordiv__(self, o):
        q = self / o
        return q.n // q.d
    def __mod__(self, o):
        return self - Frac(self // o) * o
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __pos__(self):
        return self
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        return self.n == o.n and self.d == o.d

a, b = Frac(1, 2), Frac(1, 3)
print(a + b, a - b, a * b, a / b)
print(Frac(7, 2) // Frac(1, 1), Frac(7, 2) % Frac(1, 1), Frac(-7, 3) // Frac(1, 2))
print(a ** 3, -a, +b, abs(Frac(-3, 4)), Frac(6, -8))
s = Frac(0)
for k in range(1, 7):
    s = s + Frac(1, k * (k + 1))
print(s, s == Frac(6, 7))
try:
    a @ b
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, k): return Bits(self.v << k)
    def __rshift__(self, k): return Bits(self.v >> k)
    def __invert__(self): return Bits(~self.v & 0xFF)
    def __repr__(self): return format(self.v, "08b")
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 1, ~x)
