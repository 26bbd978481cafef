# random.choice / random.shuffle after seeding: exact CPython sequences
import random
random.seed(42)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.choice("abcdefg"), random.choice(range(100)), random.choice((1, 2)))
random.seed(1)
names = ["ann", "bob", "cy", "dee", "eve"]
print([random.choice(names) for _ in range(8)])
nums = list(range(10))
random.shuffle(nums)
print(nums)
random.shuffle(nums)
print(nums)
random.seed(123)
winners = []
pool = list(range(1, 50))
for _ in range(6):
    w = random.choice(pool)
    pool.remove(w)
    winners.append(w)
print(sorted(winners), winners)
random.seed(77)
letters = list("stackless")
random.shuffle(letters)
print("".join(letters), random.choice(letters))
random.seed(5)
grid = [[random.choice(".#") for _ in range(8)] for _ in range(4)]
print("\n".join("".join(r) for r in grid))
random.seed(42)
big = list(range(200))
random.shuffle(big)
print(big[:10], sum(i * v for i, v in enumerate(big)))
