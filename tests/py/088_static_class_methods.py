# @staticmethod and @classmethod, alternate constructors, cls in subclasses
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def kind(cls):
        return cls.__name__

    def show(self):
        return "%04d-%02d-%02d" % (self.y, self.m, self.d)

class EuroDate(Date):
    def show(self):
        return "%02d.%02d.%04d" % (self.d, self.m, self.y)

a = Date.from_string("2024-02-29")
b = EuroDate.from_string("1999-12-31")
print(a.show(), b.show(), type(b).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), a.is_leap(2024), EuroDate.is_leap(2023))
print(Date.kind(), EuroDate.kind(), b.kind())
print(Date.created)

class MathUtil:
    @staticmethod
    def clamp(v, lo, hi):
        return max(lo, min(hi, v))
    @classmethod
    def clamp_all(cls, vs, lo, hi):
        return [cls.clamp(v, lo, hi) for v in vs]
print(MathUtil.clamp(15, 0, 10), MathUtil.clamp_all([-5, 5, 50], 0, 10))
f = MathUtil.clamp
print(f(3, 4, 5))
