# List creation, indexing, slicing, mutation, nesting, aliasing
xs = [10, 20, 30, 40, 50]
print(xs, len(xs), xs[0], xs[-1], xs[1:3], xs[::-1], xs[::2])
xs[1] = 21
xs[-1] = 55
print(xs)
ys = xs
ys[0] = 11
print(xs[0], ys is xs)
zs = xs[:]
zs[0] = 0
print(xs[0], zs[0], zs is xs, zs == [0, 21, 30, 40, 55])
grid = [[0, 0, 0], [0, 0, 0]]
grid[1][2] = 5
print(grid)
print([1, 2] + [3], [0] * 4, [[1]] * 2)
print(30 in xs, 31 in xs, 31 not in xs)
empty = []
print(empty, len(empty), not empty)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0])
total = 0
for v in xs:
    total += v
print(total)
m = list("abc")
print(m, list((1, 2)), list(range(3)))
print(list({"k": 1, "j": 2}))
