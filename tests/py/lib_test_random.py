# random: CPython's exact Mersenne Twister sequences after seeding with ints
import random

def show(label):
    print(label, "random:", [random.random() for _ in range(12)])
    print(label, "randint:", [random.randint(1, 100) for _ in range(24)])
    print(label, "choice:", [random.choice("abcdefghij") for _ in range(12)],
          random.choice([10, 20, 30]), random.choice(range(1000)), random.choice((None, True)))
    deck = list(range(20))
    random.shuffle(deck)
    print(label, "shuffle:", deck)
    words = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu"]
    random.shuffle(words)
    print(label, "shuffle:", words)
    print(label, "sample:", random.sample(range(50), 8), random.sample(words, 3), random.sample("xyz", 3))
    print(label, "uniform:", random.uniform(0, 10), random.uniform(-1.5, 1.5), random.uniform(5, 5))
    print(label, "randrange:", random.randrange(10), random.randrange(5, 15), random.randrange(0, 100, 7),
          random.randrange(50, 0, -5), random.randrange(-20, -10), random.randrange(1))
    print(label, "bits:", [random.getrandbits(k) for k in (0, 1, 2, 7, 8, 16, 31, 32, 33, 48, 63)])

random.seed(12345)
show("s12345")
random.seed(0)
show("s0")
random.seed(1)
print("s1", random.random(), random.randint(0, 10 ** 12), random.randrange(10 ** 15))
random.seed(2 ** 32 - 1)
print("s2**32-1", random.random(), random.randint(-1000, 1000))
random.seed(2 ** 32)
print("s2**32", random.random(), random.randint(-1000, 1000))
random.seed(9876543210123)
print("s-big", random.random(), random.getrandbits(40))
random.seed(-12345)
a = random.random()
random.seed(12345)
print("negative seed same as abs:", a == random.random())

# reproducibility and state
random.seed(42)
first = [random.randint(1, 6) for _ in range(10)]
random.seed(42)
print(first, first == [random.randint(1, 6) for _ in range(10)])
state = random.getstate()
xs = [random.random() for _ in range(5)]
random.setstate(state)
print(xs == [random.random() for _ in range(5)], len(state[1]), state[0])

# independent generators
r1 = random.Random(7)
r2 = random.Random(7)
r3 = random.Random(8)
print([r1.randint(0, 9) for _ in range(10)], [r2.randint(0, 9) for _ in range(10)])
print(r3.random(), r1.random() == r2.random(), r3.choice("qwerty"))
r4 = random.Random(5)
r4.seed(12345)
random.seed(12345)
print(r4.random() == random.random())

# a long run crosses several regenerations of the 624-word state
random.seed(2024)
total = 0
for _ in range(1500):
    total += random.getrandbits(32)
print(total, random.random())
random.seed(31337)
hist = [0] * 6
for _ in range(600):
    hist[random.randint(1, 6) - 1] += 1
print(hist)

# large populations take sample's set-based path
random.seed(99)
print(random.sample(range(10000), 10), random.sample(range(100), 30)[:10])

# errors
for bad in (lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(0, 10, 0), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3),
            lambda: random.getrandbits(-1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
