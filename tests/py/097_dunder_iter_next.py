# __iter__ / __next__: iterator classes, iterables returning fresh iterators, StopIteration
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1

class Range2:
    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        return Range2Iter(self)

class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.i = r.lo
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.r.hi:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v

print(list(Countdown(5)))
c = Countdown(3)
for x in c:
    print("tick", x)
print(list(c))
r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), max(r))
it = iter(r)
print(next(it), next(it), next(it), next(it), next(it, "done"))
print([a * b for a in Range2(1, 4, 1) for b in Countdown(2)])
print(dict(zip(Range2(0, 3, 1), "abc")))
a, b, *rest = Countdown(6)
print(a, b, rest)
print(3 in Countdown(5), 9 in Range2(0, 10, 3))
print(sorted(Countdown(4)), tuple(Range2(5, 8, 1)))
e = iter(Countdown(1))
print(next(e))
try:
    next(e)
except StopIteration:
    print("exhausted")
