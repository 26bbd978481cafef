# Basic integer arithmetic and precedence
a = 7
b = 3
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(-a, +a, -(-a))
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 10, 2 ** 3 ** 2)
print(100 - 7 * 3 + 8 // 3)
x = 0
for i in range(1, 11):
    x = x + i * i
print("sum of squares", x)
print(10 / 4, 9 / 3, 1 / 8)
print(1 / 3, 2 / 3)
print(abs(-15), abs(15), abs(0))
n = 12345
digits = 0
while n > 0:
    digits = digits + n % 10
    n = n // 10
print("digit sum", digits)
print(0 * 5, 5 - 5, -0)
print(17 % 5, 17 // 5, 5 * (17 // 5) + 17 % 5)
