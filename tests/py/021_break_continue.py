# break and continue in nested loops
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        print(i, j)
evens = []
n = 0
while n < 20:
    n += 1
    if n % 2:
        continue
    if n > 12:
        break
    evens.append(n)
print(evens)
found = None
for row in [[1, 3], [5, 8, 9], [10]]:
    for v in row:
        if v % 2 == 0:
            found = v
            break
    if found is not None:
        break
print("first even", found)
total = 0
for ch in "a1b2c3d":
    if ch < "0" or ch > "9":
        continue
    total += int(ch)
print("digit total", total)
for i in range(3):
    pass
print("after pass loop", i)
