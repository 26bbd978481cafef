# List comprehensions: mapping, filtering, nested loops, conditional expressions
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([c.upper() for c in "abc"])
print([(i, j) for i in range(3) for j in range(3) if i != j])
print([x if x % 2 == 0 else -x for x in range(8)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
words = ["apple", "Bob", "cat", "Dog"]
print([w for w in words if w[0] == w[0].upper()])
print([len(w) for w in words])
print([k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()])
x = "outer"
squares = [x for x in range(3)]
print(squares, x)
print(sum([i for i in range(101)]))
print([n for n in range(2, 40) if [d for d in range(2, n) if n % d == 0] == []])
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(pairs)
print([[0] * 3 for i in range(2)])
print([])
