# Floor division and modulo follow Python floor semantics for negative operands
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for p in pairs:
    a, b = p
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
print(-13 // 4, -13 % 4)
print(13 // -4, 13 % -4)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(7.0 // 2, 7 % 2.5)
print(-1 // 3, -1 % 3)
i = -10
out = []
while i <= 10:
    out.append(i % 3)
    i = i + 5
print(out)
print([k // 2 for k in range(-4, 5)])
