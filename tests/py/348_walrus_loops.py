# while/for-else, walrus in conditions and comprehensions, break/continue, nested loop search.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    else:
        return None


print(find_pair([3, 8, 1, 6, 4], 10), find_pair([1, 2], 99))


def smallest_factor(n):
    # while-else: the else runs only when no divisor broke the loop
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        d = n
    return d


print([(n, smallest_factor(n)) for n in (15, 49, 97, 221, 1024)])
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * x) % 2 == 0])
stream = iter([5, 3, 0, 7, 1])
total = 0
while (v := next(stream, None)) is not None:
    if v == 0:
        continue
    total += v
print(total)
queue = ["a", "b", "stop", "c"]
while queue:
    item = queue.pop(0)
    if item == "stop":
        print("stopped, left:", queue)
        break
    print("item", item)
else:
    print("never printed")
count = 0
while count < 3:
    count += 1
else:
    print("while finished normally", count)
for i in range(3):
    pass
else:
    print("for finished normally", i)
for i in []:
    print("empty")
else:
    print("empty for-else runs")
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
negatives = []
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v < 0:
            negatives.append((r, c))
            if len(negatives) == 1:
                continue
            break
print(negatives)
chunks = []
buf = "abcdefghij"
while chunk := buf[:3]:
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
