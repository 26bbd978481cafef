# Slice assignment and deletion: growing, shrinking, extended slices, strings via lists
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:3] = []
print(a)
a[-2:] = "QR"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
b = list(range(10))
b[1::3] = ["a", "b", "c"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[:0] = [0]
print(c)
c[:] = reversed(c)
print(c)
d = list(range(10))
del d[::3]
print(d)
d[2:5] = (i * i for i in range(2))
print(d)
alias = d
d[:] = [9, 9]
print(alias, alias is d)
chars = list("hello world")
chars[0:5] = "HELLO"
chars[6:] = "there!"
print("".join(chars), len(chars))
chars[::2] = "-" * len(chars[::2])
print("".join(chars))
grid = [[0] * 4 for _ in range(3)]
grid[1][1:3] = [7, 7]
grid[0:1] = [[1, 1, 1, 1]]
print(grid)
s = [5, 4, 3, 2, 1]
s[1:4] = sorted(s[1:4])
print(s)
