# Chained comparisons: short-circuit, single evaluation of middle operand, mixed operators
def v(x, tag):
    print("eval", tag)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(5, "a") < v(2, "b") < v(3, "c"))
print(0 <= 5 < 10, 0 <= 10 < 10, -1 < 0 <= 0 < 1)
print(1 < 2 > 0, 2 > 1 < 3, 1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
x = 7
print(1 <= x <= 10 and x != 8, "a" < "b" < "c", [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[1]])
a = b = [1]
print(a is b is not None, None is None is None)
def between(lo, val, hi):
    return lo <= val < hi
print([between(0, i, 3) for i in range(-1, 5)])
print(v(1, "p") == v(2, "q") == v(3, "r"))
class Tracer:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
t1, t2, t3 = Tracer(1), Tracer(2), Tracer(0)
print(t1 < t2 < t3)
print(sorted([3, 1, 2]) == [1, 2, 3] == list(range(1, 4)))
print(not 1 < 2 < 3, (1 < 2) < 3, 1 < (2 < 3))
