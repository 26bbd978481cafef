# The cycle collector and tasklets: cyclic structures held only by blocked tasklets' frames,
# by a channel's queued values, by suspended generators and by tempval stay alive through
# collections; once the tasklets finish, the same structures are garbage and are freed.
import gc
import stackless
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
        self.kids = [self]


def keeper(ch, name):
    node = Node(name)            # a cycle only this frame holds
    ring = [node]
    ring.append(ring)
    got = ch.receive()           # blocked here during the collections
    assert node.me is node and ring[1] is ring and got.kids[0] is got
    return node.name


def counter(node):
    while True:
        yield node.name          # a suspended generator holding a cycle


print("start")
ch = stackless.channel()
gens = []
for i in range(200):
    stackless.tasklet(keeper)(ch, "k%d" % i)
    g = counter(Node("g%d" % i))
    next(g)
    gens.append(g)
stackless.schedule()             # every keeper runs to its receive() and blocks
base = gc.collect()
for _ in range(3):
    gc.collect()
print("blocked:", ch.balance)
print("generators intact:", [next(g) for g in gens[:3]])

finished = []


def sender():
    for i in range(200):
        ch.send(Node("m%d" % i))  # the values are cycles too
    finished.append(True)


stackless.tasklet(sender)()
stackless.run()
print("delivered:", finished == [True], ch.balance)
gens = None
before = sys.getallocatedblocks()
freed = gc.collect()
print("garbage found after the tasklets ended:", freed > 0)
print("fewer blocks:", sys.getallocatedblocks() < before)
print("OK")
