# list/dict/set comprehensions: nesting, conditions, multiple for clauses, scoping
m = [[r * 3 + c for c in range(3)] for r in range(3)]
print(m)
print([row[i] for i, row in enumerate(m)])
print([[m[r][c] for r in range(3)] for c in range(3)])
print([x for row in m for x in row if x % 2])
print({x: x * x for x in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({n % 4 for n in range(20)})
words = ["apple", "bob", "cat", "anna", "level", "xyz"]
print([w for w in words if w == w[::-1]])
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print([(i, j) for i in range(4) for j in range(i + 1, 4) if (i + j) % 2 == 1])
print(["even" if x % 2 == 0 else "odd" for x in range(5)])
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
print([y for y in [[1, 2], [3]] for y in y])
funcs = [lambda n=i: n * 10 for i in range(3)]
print([f() for f in funcs])
grid = {(r, c): "#" if (r + c) % 2 else "." for r in range(2) for c in range(3)}
print(grid)
print(sum([i for i in range(100) if i % 7 == 0]), len({i % 10 for i in range(1000)}))
print([[0] * 3 for _ in range(2)], [c * n for c, n in zip("abc", [1, 2, 3])])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
