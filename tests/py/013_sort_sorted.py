# sort() and sorted() without key, on ints, floats, strings, tuples
xs = [5, 3, 8, 1, 9, 2, 7]
ys = sorted(xs)
print(ys, xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
print(sorted(["pear", "apple", "fig", "Banana"]))
print(sorted([2.5, -1.0, 0.5, 2]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted("hello"))
print(sorted([3, 1, 2], reverse=True))
print(sorted({"b": 1, "a": 2, "c": 0}))
words = "the cat sat on the mat".split()
words.sort()
print(words)
print(sorted([]), sorted((3, 2)))
big = []
v = 17
for i in range(20):
    v = (v * 31 + 7) % 101
    big.append(v)
print(sorted(big))
print(sorted(big) == sorted(sorted(big)))
