# while loops, while/else, break skipping else
i = 0
while i < 5:
    i += 1
else:
    print("while finished normally, i =", i)
n = 0
while True:
    n += 3
    if n > 10:
        break
print("n =", n)
def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
k = 10
while k:
    k -= 4
    if k == 6:
        continue
    print("k", k)
    if k < 0:
        break
else:
    print("never")
count = 0
while count < 3:
    count += 1
else:
    count += 100
print(count)
