# gc.collect() on cyclic garbage returns a non-negative int; time.time() is positive
import gc
import time
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
for i in range(100):
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a
del a, b
print(gc.collect() >= 0)
print(time.time() > 0)
ring = [Node(str(i)) for i in range(10)]
for i, n in enumerate(ring):
    n.other = ring[(i + 1) % len(ring)]
print(ring[3].other.other.name)
del ring
print(gc.collect() >= 0, gc.collect() >= 0)
lst = []
lst.append(lst)
print(len(lst), lst[0] is lst, lst)
del lst
print(gc.collect() >= 0)
d = {}
d["self"] = d
print(d)
del d
gc.collect()
print("done")
