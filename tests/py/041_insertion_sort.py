# Insertion sort and selection sort by hand
def insertion_sort(xs):
    a = xs[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def selection_sort(xs):
    a = xs[:]
    n = len(a)
    for i in range(n):
        m = i
        for j in range(i + 1, n):
            if a[j] < a[m]:
                m = j
        a[i], a[m] = a[m], a[i]
    return a
tests = [[3, 1, 2], [], [1], [5, 5, 1, 5], [10, -3, 7, 0, -3, 22, 4], [2.5, 1.25, 3.0]]
for t in tests:
    r1 = insertion_sort(t)
    r2 = selection_sort(t)
    print(t, "->", r1, r1 == r2, r1 == sorted(t))
letters = list("insertion")
print("".join(insertion_sort(letters)))
seed = 7
data = []
for i in range(30):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100)
print(insertion_sort(data))
print(insertion_sort(data) == selection_sort(data))
