# gc.freeze(): what exists after loading goes to a list collections skip; garbage made later is
# still collected, frozen garbage waits for gc.unfreeze(). Frozen objects freed by reference
# counting leave the frozen list cleanly.
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self


def level(n):
    return [Node("level%d" % i) for i in range(n)]


print("start")
gc.collect()
loaded = level(50)                    # the level: long-lived, cyclic nodes
gc.freeze()
print("frozen:", gc.get_freeze_count() > 50)
base = sys.getallocatedblocks()

for frame in range(100):              # play: per-frame cyclic garbage
    Node("temp")
print("play garbage collected:", gc.collect() > 0, sys.getallocatedblocks() == base)

loaded = None                         # the level's nodes are cyclic garbage now, but frozen
print("frozen garbage waits:", gc.collect() == 0)
acyclic = [1, 2, 3]
gc.freeze()
acyclic = None                        # freed by reference counting while frozen
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count(), gc.collect() >= 50)
print("OK")
