# Recursive merge sort with merge counting
merges = 0
def merge(a, b):
    global merges
    merges += 1
    out = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))
print(merge_sort([38, 27, 43, 3, 9, 82, 10]))
print(merges)
print(merge_sort(["d", "a", "c", "b"]))
print(merge_sort([]), merge_sort([1]))
seq = []
v = 1
for i in range(50):
    v = (v * 75 + 74) % 65537
    seq.append(v % 1000)
r = merge_sort(seq)
print(r[:10], r[-5:])
print(r == sorted(seq), len(r))
