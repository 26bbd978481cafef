# min/max with key=, default=, several arguments, ties (first wins), errors on empty
print(max(3, 1, 4), min(3, 1, 4), max([1, 5, 2]), min("hello"), max("apple", "pear"))
words = ["kiwi", "banana", "fig", "cherry", "date"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="empty"), max([], default=None), max([7], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(2, 1), (1, 2)], key=lambda t: t[1]))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min(["bb", "aa", "c"], key=len))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
scores = {"ann": 90, "bob": 72, "cy": 90, "dee": 85}
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print(max(scores.values()), sorted(scores, key=lambda k: (-scores[k], k)))
points = [(1, 5), (-3, 2), (4, -4), (0, 0)]
print(max(points, key=lambda p: p[0] ** 2 + p[1] ** 2), min(points, key=lambda p: abs(p[0] + p[1])))
print(max(range(10), key=lambda x: (x % 4, -x)), min(iter([5, 3, 8])), max(x * x for x in range(-5, 3)))
print(max(2.5, 2), min(True, 0), max("a", "B", key=str.lower))
