# The cycle collector: 10,000 cyclic structures (instances pointing at each other, lists, tuples,
# closures, bound methods, a dict holding itself, a generator holding itself) fit in the default
# 1 MiB budget only because automatic collections free them; gc.collect() then returns the heap
# to exactly its baseline. Finalizers of cyclic garbage run once, and what they resurrect lives.
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
        self.items = []

    def hello(self):
        return self.name


def gen_holding_itself(box):
    box.append((yield 1))


def make(n):
    for i in range(n):
        a = Node(i)
        b = Node(-i)
        a.peer = b
        b.peer = a
        a.items.append(b)
        b.items.append((a, [a, b]))

        def closure():
            return a
        a.cb = closure
        b.m = b.hello
        d = {"self": None}
        d["self"] = d
        box = []
        g = gen_holding_itself(box)
        next(g)
        box.append(g)


# a cycle whose members have __del__: each finalizer runs once, then the memory goes
log = []
saved = []


class Finalized:
    def __init__(self, name, keep):
        self.name = name
        self.keep = keep
        self.other = None

    def __del__(self):
        log.append(self.name)
        if self.keep:
            saved.append(self)


def finalized_pair(keep):
    x = Finalized("x", keep)
    y = Finalized("y", False)
    x.other = y
    y.other = x


print("start")  # the first print makes the output buffer: before the baseline
make(3)
gc.collect()
base = sys.getallocatedblocks()
make(10000)
found = gc.collect()
print("after collect, blocks back to baseline:", sys.getallocatedblocks() == base)
print("second collect finds nothing:", gc.collect() == 0)

# automatic collection is off after gc.disable(); gc.collect() still works
gc.disable()
make(50)
print("disabled: garbage waits", sys.getallocatedblocks() > base)
print("collect finds it:", gc.collect() > 0)
print("baseline again:", sys.getallocatedblocks() == base)
gc.enable()

finalized_pair(False)
gc.collect()
print("finalizers ran:", sorted(log))
log.clear()
mark = sys.getallocatedblocks()  # the finalizer queue and log's buffer exist now
finalized_pair(False)
gc.collect()
log.clear()
print("freed:", sys.getallocatedblocks() == mark)
finalized_pair(True)
gc.collect()
print("resurrected:", [s.name for s in saved], "its peer:", saved[0].other.name)
saved[0].other = None
saved.clear()
gc.collect()
print("finalizers never run twice:", sorted(log))
print("threshold:", gc.get_threshold()[0] > 0, gc.isenabled())
print("OK")
