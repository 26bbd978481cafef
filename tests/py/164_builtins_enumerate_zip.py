# enumerate with start=, zip with several iterables, dict/list built from them
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(enumerate("abc", 10)), list(enumerate([])))
print(list(zip(names, ages)), list(zip()), list(zip("ab")))
print(list(zip(names, ages, "xyz", range(100))))
print(dict(zip(names, ages)), dict(enumerate(names)))
print(list(zip(names, names[1:])))
cols = list(zip(*[(1, 2, 3), (4, 5, 6)]))
print(cols, list(zip(*cols)))
for idx, (name, age) in enumerate(zip(names, ages), start=100):
    print(idx, name, age)
def index_of_max(xs):
    best_i, best = 0, xs[0]
    for i, x in enumerate(xs):
        if x > best:
            best_i, best = i, x
    return best_i
print(index_of_max([3, 9, 2, 9, 1]))
e = enumerate("xy")
print(next(e), list(e))
print([i * v for i, v in enumerate(range(5, 0, -1))])
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
