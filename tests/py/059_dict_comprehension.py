# Dict comprehensions
squares = {n: n * n for n in range(6)}
print(squares)
words = ["alpha", "beta", "gamma", "delta"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
inv = {v: k for k, v in squares.items()}
print(inv)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({i: [j for j in range(i)] for i in range(4)})
prices = {"apple": 1.25, "pear": 0.5, "kiwi": 2.0}
doubled = {k: v * 2 for k, v in prices.items()}
print(doubled)
print({k: ("cheap" if v < 1 else "dear") for k, v in prices.items()})
chars = {c: ord(c) for c in "hello"}
print(chars)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print(grid[(1, 2)], len(grid))
print({})
