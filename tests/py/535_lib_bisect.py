# bisect: left/right searches with lo/hi and key=, insort into lists and a user sequence, messages.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right


def err(f, *args, **kw):
    try:
        print("ok", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 5, hi=3), bisect_right(a, 2, hi=-1))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]), bisect_left(recs, 9, key=lambda r: r[1]))
s = []
for x in [5, 1, 4, 1, 3]:
    insort_right(s, x)
insort_left(s, 4)
bisect.insort(s, 0)
print(s)
people = []
for p in [("ann", 30), ("bob", 25), ("cy", 30), ("di", 20)]:
    insort_right(people, p, key=lambda r: r[1])
insort_left(people, ("ed", 30), key=lambda r: r[1])
print(people)


class Seq:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


q = Seq()
for x in [3, 1, 2]:
    bisect.insort(q, x)
print(q.items)
err(bisect_left, a, 1, -1)
err(bisect_right, a, 1, 0, 50)
err(bisect.bisect, [1, 2], "a")
err(bisect.insort, 1, 1)
err(bisect_left, a, 1, lo=-3)
