# random.random after seeding: exact CPython doubles (53 bits from two 32-bit draws), mixed with randint
import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
xs = [random.random() for _ in range(1000)]
print(f"{sum(xs):.10f} {min(xs):.12f} {max(xs):.12f}")
print(sum(1 for x in xs if x < 0.5), sum(1 for x in xs if x < 0.1))
random.seed(3)
print(random.random(), random.randint(1, 10), random.random())
random.seed(12345)
inside = 0
N = 2000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, f"{4 * inside / N:.4f}")
random.seed(8)
first = [random.random() for _ in range(3)]
random.seed(8)
second = [random.random() for _ in range(3)]
print(first == second, first)
random.seed(2)
vals = [round(random.random() * 100, 2) for _ in range(6)]
print(vals, max(vals) > min(vals))
random.seed(11)
picks = [random.choice("abc") if random.random() < 0.5 else random.randint(0, 9) for _ in range(10)]
print(picks)
