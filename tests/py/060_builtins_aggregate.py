# min, max, sum, len, abs on lists and multiple arguments
xs = [4, -7, 12, 0, 3]
print(min(xs), max(xs), sum(xs), len(xs))
print(min(3, 9), max(3, 9), min(2, -1, 5), max(1.5, 2, 0.5))
print(min("pear", "apple"), max(["b", "c", "a"]))
print(sum([0.5, 0.25, 0.125]), sum([]), sum([1, 2], 10))
print(abs(-7), abs(3.25), abs(-0.5))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "x"), (1, "z")]))
print(len("hello"), len([]), len({"a": 1, "b": 2}), len((1,)), len(range(5)))
print(sum(range(1, 101)), max(range(7)), min(range(3, 10)))
def mean(vals):
    return sum(vals) / len(vals)
print(mean([1, 2, 3, 4]), mean([2.5, 3.5]))
def median(vals):
    s = sorted(vals)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2
print(median([5, 1, 3]), median([4, 1, 3, 2]))
scores = {"ann": 81, "bob": 95, "cy": 67}
best = max(scores.values())
for k, v in scores.items():
    if v == best:
        print("best", k, v)
print(min(scores), max(scores))
try:
    max([])
except ValueError:
    print("max of empty -> ValueError")
