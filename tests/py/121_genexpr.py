# Generator expressions: laziness, single pass, as sole call argument, nested and filtered
squares = (x * x for x in range(6))
print(type(squares).__name__, next(squares), next(squares))
print(list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
print(any(x > 3 for x in [1, 2, 5]), all(x % 2 == 0 for x in [2, 4, 7]))
log = []
def src(n):
    for i in range(n):
        log.append("src%d" % i)
        yield i
lazy = (v * 10 for v in src(3))
print(log)
print(next(lazy), log)
print(list(lazy), log)
pairs = list((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(pairs)
print(sorted((c for c in "generator"), reverse=True))
print("".join(ch.upper() for ch in "hello" if ch != "l"))
print(dict((k, len(k)) for k in ["ab", "c", "def"]))
print(tuple(i for i in range(5) if i % 2), set(x % 3 for x in range(10)))
nested = (sum(row) for row in ([1, 2], [3, 4], [5]))
print(list(nested))
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
total = 0
for v in (n for n in range(20) if n % 3 == 0):
    total += v
print(total, min((abs(v - 7), v) for v in [1, 5, 9, 12]))
print(list(zip((c for c in "abc"), (n for n in range(10)))))
