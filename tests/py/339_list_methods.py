# list method coverage, slicing with steps, slice assignment and deletion, starred unpacking.
xs = [5, 3, 8]
xs.append(1)
xs.extend([9, 2])
xs.insert(0, 7)
xs.insert(-1, 4)
xs.insert(100, 6)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(8)
print(xs, xs.index(9), xs.count(3), xs.count(42))
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    xs.index(42)
except ValueError as e:
    print("ValueError:", e)
xs.reverse()
print(xs)
xs.sort()
print(xs, xs[::-1], xs[::2], xs[1::2], xs[-2:], xs[:-2])
ys = list(range(10))
ys[2:5] = ["a", "b"]
print(ys)
ys[::3] = [0, 0, 0]
print(ys)
del ys[::2]
print(ys)
ys[1:1] = [100, 200]
print(ys)
ys[:] = []
print(ys)
zs = list(range(20))
print(zs[3:17:4], zs[17:3:-4], zs[::-5], zs[-3:-8:-1], zs[100:], zs[-100:2])
first, *middle, last = zs[:6]
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
merged = [*range(3), *"xy", *[None]]
print(merged)
copy = zs[:5]
alias = copy
alias += [99]
print(copy is alias, copy)
copy = copy + [100]
print(copy is alias, alias)
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
shared = [[0] * 3] * 3
shared[1][1] = 5
print(matrix, shared)
print([1, 2] * 3, [[1]] * 2, [] * 5, 3 * [0])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2])
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(min(nums), max(nums), sum(nums), sorted(nums)[len(nums) // 2], nums.copy() == nums)
nums.clear()
print(nums, list("abc"), list((1, 2)), list({"k": 1}))
