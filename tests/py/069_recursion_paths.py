# Recursive enumeration: permutations, subsets, combinations, partitions
def perms(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in perms(rest):
            out.append([xs[i]] + p)
    return out
print(perms([1, 2, 3]))
print(len(perms([1, 2, 3, 4, 5])))
def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + s for s in rest]
print(subsets(["a", "b", "c"]))
def combos(xs, k):
    if k == 0:
        return [[]]
    if len(xs) < k:
        return []
    return [[xs[0]] + c for c in combos(xs[1:], k - 1)] + combos(xs[1:], k)
print(combos([1, 2, 3, 4], 2))
def partitions(n, maxpart):
    if n == 0:
        return 1
    total = 0
    for p in range(min(n, maxpart), 0, -1):
        total += partitions(n - p, p)
    return total
print([partitions(n, n) for n in range(1, 16)])
def strings_of(alpha, n):
    if n == 0:
        return [""]
    return [c + s for c in alpha for s in strings_of(alpha, n - 1)]
print(strings_of("ab", 3))
