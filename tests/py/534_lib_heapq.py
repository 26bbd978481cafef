# heapq: the heap's list after each operation (CPython's sift order), pops in order, merge's
# stability, nlargest/nsmallest with key, and the messages.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge


def err(f, *args):
    try:
        print("ok", f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4]:
    heappush(h, x)
    print(h)
print([heappop(h) for i in range(len(h))], h)
data = [9, 7, 5, 3, 1, 8, 6, 4, 2, 0, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 12), data)
print(heappushpop(data, -1), heappushpop(data, 13), data)
print(heappushpop([], 4))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
heapify(pairs)
print([heappop(pairs) for i in range(4)])


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return self.name


jobs = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]:
    heappush(jobs, Job(p, n))
print(jobs, [heappop(jobs) for i in range(5)])

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(nlargest(3, [1, 5, 3, 9, 2]), nsmallest(2, [1, 5, 3, 9, 2]), nlargest(10, [2, 1]), nsmallest(0, [1]))
print(nlargest(2, words, key=len), nsmallest(3, words, key=len), nsmallest(-1, words), nlargest(1, iter([4, 6])))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge()), list(merge([], [1])))
print(list(merge([(1, "a"), (3, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(merge([7, 4, 1], [8, 5, 2], reverse=True)), list(merge(["b", "cc"], ["a", "dd"], key=len)))
print(heapq.__all__)

err(heappop, [])
err(heapreplace, [], 1)
err(heappush, 1, 1)
err(heappop, ())
err(heapify, (1, 2))
err(heapreplace, 1, 2)
err(heappushpop, "ab", 1)
err(heappush, [1, "a"], 0)
err(heappush, [1, "a"], 2)
