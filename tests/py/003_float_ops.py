# Float arithmetic, int/float mixing and float repr
x = 1.5
y = 0.25
print(x + y, x - y, x * y, x / y)
print(x ** 2, 2 ** -1, 4 ** 0.5)
print(1 + 2.0, 3 * 0.5, 10 - 0.5)
print(0.1 + 0.2)
print(1.0, 2.5, -0.75, 100.0)
print(7 / 2, 8 / 2, -9 / 4)
print(1e3, 1.5e2, 2.5e-1)
print(float(3), float("2.5"), float(-1))
print(int(3.7), int(-3.7), int(2.0))
print(3.0 == 3, 0.5 < 1, 2.5 > 2)
total = 0.0
for i in range(8):
    total = total + 0.125
print(total)
print(abs(-2.5), min(1.5, 0.5), max(2.25, 2))
print(str(0.5), repr(0.75))
print(1 / 3, 2 / 7)
print(-0.0 == 0.0, 1.5 // 0.5, 5.5 % 2)
