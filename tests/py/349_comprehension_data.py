# Comprehension-heavy data processing: nested, conditional, dict/set comprehensions, zip/enumerate.
scores = {
    "ana": [88, 92, 79, 95],
    "bo": [65, 70, 58, 81],
    "cy": [90, 90, 90, 90],
    "di": [100, 45, 77, 62],
}
averages = {name: sum(s) / len(s) for name, s in scores.items()}
print({n: round(a, 2) for n, a in averages.items()})
grades = {n: ("A" if a >= 90 else "B" if a >= 80 else "C" if a >= 70 else "D") for n, a in averages.items()}
print(grades)
print(sorted({g for g in grades.values()}), [n for n, g in grades.items() if g in "AB"])
transposed = [list(col) for col in zip(*scores.values())]
print(transposed)
print([max(col) for col in transposed], [round(sum(c) / len(c), 1) for c in transposed])
best_round = {n: s.index(max(s)) + 1 for n, s in scores.items()}
print(best_round)
pairs = [(a, b) for a in scores for b in scores if a < b]
print(len(pairs), pairs[:3])
diffs = {f"{a}-{b}": sum(x - y for x, y in zip(scores[a], scores[b])) for a, b in pairs}
print(diffs)
flat = [x for s in scores.values() for x in s]
print(len(flat), sum(flat), sorted(set(x // 10 * 10 for x in flat)))
hist = {d: sum(1 for x in flat if x // 10 == d) for d in range(4, 11)}
print(hist)
print("\n".join(f"{d * 10:>3}: {'#' * n}" for d, n in hist.items() if n))
matrix = [[i * j for j in range(1, 5)] for i in range(1, 5)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [matrix[i][3 - i] for i in range(4)])
evens_by_row = [[x for x in row if x % 2 == 0] for row in matrix]
print(evens_by_row)
words = ["level", "stack", "noon", "tasklet", "radar", "channel"]
print({w: w == w[::-1] for w in words}, sorted({len(w) for w in words}))
index = {}
for i, w in enumerate(words):
    for ch in set(w):
        index.setdefault(ch, []).append(i)
print({k: index[k] for k in sorted(index) if len(index[k]) > 2})
print(any(len(w) > 6 for w in words), all(w.islower() for w in words), sum(len(w) for w in words))
print(list(enumerate(words[:3], start=10)), dict(zip(words[:3], map(len, words[:3]))))
