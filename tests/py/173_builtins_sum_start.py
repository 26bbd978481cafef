# sum with start= for numbers, lists, tuples; accumulation patterns and errors
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(1, 101)), sum([], start=7))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([0.5, 0.25, 0.125]))
print(sum(x * x for x in range(10)), sum([True, True, False]), sum([1, 2.5]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
grades = {"ann": [90, 80, 70], "bob": [60, 75], "cy": []}
for name, gs in grades.items():
    avg = sum(gs) // len(gs) if gs else None
    print(name, sum(gs), avg)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(map(sum, matrix)), [sum(col) for col in zip(*matrix)], sum(matrix[i][i] for i in range(3)))
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return "Money(%d)" % self.c
print(sum([Money(1), Money(2), Money(3)]), sum([Money(5)], Money(100)))
print(sum(range(0, 1000000, 7)), sum([-1] * 50), sum(i % 3 == 0 for i in range(30)))
