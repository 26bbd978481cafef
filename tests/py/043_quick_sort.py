# Quick sort: functional version with comprehensions and in-place Lomuto version
def qsort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[0]
    less = [x for x in xs[1:] if x < pivot]
    more = [x for x in xs[1:] if x >= pivot]
    return qsort(less) + [pivot] + qsort(more)
def partition(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i
def qsort_inplace(a, lo, hi):
    if lo < hi:
        p = partition(a, lo, hi)
        qsort_inplace(a, lo, p - 1)
        qsort_inplace(a, p + 1, hi)
data = [33, 10, 55, 71, 29, 3, 18, 42, 10, 0, -5]
print(qsort(data))
b = data[:]
qsort_inplace(b, 0, len(b) - 1)
print(b)
print(qsort(list("quicksort")))
print(qsort([]), qsort([2, 1]))
c = [5, 4, 3, 2, 1]
qsort_inplace(c, 0, 4)
print(c, data)
