# Bubble sort by hand with swap counting and early exit
def bubble(xs):
    xs = xs[:]
    n = len(xs)
    swaps = 0
    passes = 0
    while True:
        swapped = False
        passes += 1
        for i in range(n - 1):
            if xs[i] > xs[i + 1]:
                xs[i], xs[i + 1] = xs[i + 1], xs[i]
                swaps += 1
                swapped = True
        n -= 1
        if not swapped:
            break
    return xs, swaps, passes
data = [5, 1, 4, 2, 8, 0, 2]
print(bubble(data))
print(bubble([1, 2, 3]))
print(bubble([3, 2, 1]))
print(bubble([]))
print(bubble(["pear", "fig", "apple"]))
r, s, p = bubble([9, 8, 7, 6, 5, 4, 3, 2, 1])
print(r, s, p, r == sorted(r))
