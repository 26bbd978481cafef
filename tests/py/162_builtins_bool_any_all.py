# bool, any, all over various iterables including generators and short-circuit behaviour
for v in [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), {}, {0: 0}, set(), None, range(0), range(1)]:
    print(repr(v), bool(v))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any("0"), all([[]]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(x) for x in [0, 3, 0, 5]))
print(all(noisy(x) for x in [1, 2, 0, 4]))
nums = [4, 8, 15, 16, 23, 42]
print(all(n > 0 for n in nums), any(n % 2 for n in nums), all(n % 2 == 0 for n in nums))
print(any(x > 40 for x in nums), not any(x < 0 for x in nums))
print(bool(), bool(bool), True + True, True * 10, False - 1, True == 1, False is False)
print(isinstance(True, int), str(True), repr(False), int(True), True and 0, 0 or False)
matrix = [[1, 2], [3, 0], [5, 6]]
print([all(row) for row in matrix], any(all(row) for row in matrix))
print(sum(1 for row in matrix if any(v > 4 for v in row)))
