# enumerate and zip over lists, strings, tuples and dicts
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, n in enumerate(names):
    print(i, n)
for n, a in zip(names, ages):
    print(n, "is", a)
print(list(enumerate("abc")))
print(list(zip([1, 2, 3], "xy")))
print(list(zip((1, 2), [3, 4], ["a", "b"])))
d = dict(zip(names, ages))
print(d)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
a = [1, 2, 3, 4]
diffs = [y - x for x, y in zip(a, a[1:])]
print(diffs)
dot = sum([x * y for x, y in zip([1, 2, 3], [4, 5, 6])])
print(dot)
rows = [[1, 2, 3], [4, 5, 6]]
cols = []
for i in range(3):
    cols.append([r[i] for r in rows])
print(cols)
idx = -1
for i, v in enumerate([5, 8, 13, 21]):
    if v > 10:
        idx = i
        break
print("first > 10 at", idx)
print(list(zip([], [1])), list(enumerate([])))
