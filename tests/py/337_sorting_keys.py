# Sorting with keys: multi-key tuples, reverse, stability, itemgetter-like lambdas, min/max keys.
players = [
    ("ana", 3, 1200, 0.61),
    ("bo", 5, 980, 0.55),
    ("cy", 3, 1500, 0.72),
    ("di", 7, 1500, 0.49),
    ("ed", 5, 1100, 0.55),
    ("flo", 1, 700, 0.80),
]
print([p[0] for p in sorted(players, key=lambda p: p[2])])
print([p[0] for p in sorted(players, key=lambda p: (-p[2], p[0]))])
print([p[0] for p in sorted(players, key=lambda p: p[3], reverse=True)])
print([p[0] for p in sorted(players, key=lambda p: (p[1], -p[3]))])

by_level = sorted(players, key=lambda p: p[1])
print([(p[0], p[1]) for p in by_level])  # stable: ties keep input order

words = "The quick brown Fox jumps over the lazy dog And runs".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[::-1]))

scores = {"ana": 31, "bo": 45, "cy": 45, "di": 12}
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (name, score) in enumerate(ranking, 1):
    print(f"{place}. {name:<4}{score:>4}")
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print(max(words, key=len), min(words, key=lambda w: w.lower()))

grid = [[3, 1, 2], [9, 8, 7], [1, 1, 1], [2, 9, 0]]
print(sorted(grid), sorted(grid, key=sum), sorted(grid, key=lambda r: r[-1], reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello world"), sorted(set("mississippi")))
print(sorted([3.5, 1, 2.25, -1, 0]), sorted([True, False, 2, 0.5]))
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
print(sorted(versions, key=lambda v: [int(x) for x in v.split(".")]))
records = [{"n": "x", "t": 3}, {"n": "y", "t": 1}, {"n": "z", "t": 2}]
records.sort(key=lambda r: r["t"])
print([r["n"] for r in records])
