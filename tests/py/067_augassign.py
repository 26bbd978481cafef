# Augmented assignment on ints, floats, strings, lists, subscripts
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 3
print(n)
f = 1.0
f += 0.5
f *= 3
f /= 2
f -= 0.25
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
xs = [1]
ys = xs
xs += [2, 3]
print(xs, ys, xs is ys)
xs *= 2
print(ys)
d = {"a": 1}
d["a"] += 10
d["b"] = 0
d["b"] -= 1
print(d)
grid = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        grid[i][j] += i * 2 + j
grid[1][1] *= 10
print(grid)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
b = 0b1111
b &= 0b1010
b |= 0b0100
b ^= 0b0001
b <<= 2
b >>= 1
print(b)
