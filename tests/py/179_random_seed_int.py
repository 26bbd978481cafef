# random.seed(42) then random.randint: CPython's exact Mersenne Twister outputs
import random
random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(0, 1000000) for _ in range(5)])
print([random.randint(-50, 50) for _ in range(8)], random.randint(0, 1))
random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(200)]
counts = {}
for r in rolls:
    counts[r] = counts.get(r, 0) + 1
print(sorted(counts.items()))
random.seed(42)
a = [random.randint(1, 100) for _ in range(5)]
random.seed(42)
b = [random.randint(1, 100) for _ in range(5)]
print(a, a == b)
random.seed(7)
print(random.randint(10 ** 9, 2 * 10 ** 9), random.randint(-5, 5), random.randint(3, 3))
print([random.randint(0, 2 ** 31) for _ in range(3)], random.randint(1, 255))
random.seed(0)
walk, pos = [], 0
for _ in range(15):
    pos += 1 if random.randint(0, 1) else -1
    walk.append(pos)
print(walk)
random.seed(99)
hist = [0] * 10
for _ in range(1000):
    hist[random.randint(0, 9)] += 1
print(hist, sum(hist))
