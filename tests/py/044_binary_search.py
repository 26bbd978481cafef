# Binary search (iterative and recursive), lower bound
def bsearch(xs, target):
    lo = 0
    hi = len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def bsearch_rec(xs, t, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    if xs[mid] < t:
        return bsearch_rec(xs, t, mid + 1, hi)
    return bsearch_rec(xs, t, lo, mid - 1)
def lower_bound(xs, t):
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo
xs = [i * 3 for i in range(40)]
for t in [0, 3, 57, 58, 117, 120, -1]:
    print(t, bsearch(xs, t), bsearch_rec(xs, t, 0, len(xs) - 1), lower_bound(xs, t))
words = sorted(["kiwi", "apple", "mango", "fig", "banana"])
print(words, bsearch(words, "mango"), lower_bound(words, "cherry"))
