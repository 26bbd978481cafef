# range objects: len, indexing, slicing, membership, equality, reversed, negative steps
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2], list(r), 11 in r, 12 in r)
print(range(5) == range(0, 5), range(0) == range(2, 2), range(1, 10, 2) == range(1, 11, 2))
print(list(range(10, 0, -3)), len(range(10, 0, -3)), list(range(0, -5, -1)), list(range(3, 3)))
print(r.index(14), r.count(8), range(100)[50:55], range(0, 30, 5)[::-1])
print(sum(range(1, 11)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(len(range(0, 10 ** 12, 7)), range(0, 10 ** 12, 7)[10 ** 9], 10 ** 11 in range(0, 10 ** 12, 10))
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(0, 5, 0)
except ValueError as e:
    print("ValueError:", e)
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)))
print(len("hello"), len([1, [2, 3]]), len({}), len({"a": 1}), len(()), len(set("aab")), len(b"xy"))
print([i for i in range(20) if i % 4 == 1], tuple(range(-3, 3)), list(range(-10, -30, -7)))
