# while...else and for...else: else runs when the loop was not broken out of
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i

find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
for i in range(3):
    if i == 10:
        break
    continue
else:
    print("continue does not skip else")
for outer in range(3):
    for inner in range(3):
        if outer * inner == 2:
            print("break inner at", outer, inner)
            break
    else:
        print("inner completed for", outer)
        continue
    print("outer broke out at", outer)
    break
count = 0
while True:
    count += 1
    if count > 4:
        break
else:
    print("never")
print("count", count)
for x in []:
    pass
else:
    print("empty for runs else")
