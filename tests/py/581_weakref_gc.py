# Weak references to cyclic garbage, in CPython's order: the collector clears every ref to the
# garbage first, then calls the callbacks of the refs that survive it, then the __del__ methods;
# a ref that is itself part of the garbage gets no callback.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return "Node(%s)" % self.name


class Fin(Node):
    def __del__(self):
        log.append(("del", self.name, r_fin() is None))


gc.disable()

# a two-node cycle: refs cleared at collection, callbacks in the order of the refs
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: log.append(("cb a", r() is None)))
rb = weakref.ref(b, lambda r: log.append(("cb b", r() is None)))
del a, b
print(ra() is not None, rb() is not None, log)
gc.collect()
print(ra(), rb(), log)
log.clear()

# callback before __del__ (CPython's handle_weakrefs before finalize_garbage)
f = Fin("f")
f.other = f
r_fin = weakref.ref(f, lambda r: log.append(("cb f", r())))
del f
gc.collect()
print(log)
log.clear()

# the ref lives in the garbage (an attribute of the cycle): no callback, but it is cleared
c = Node("c")
c.other = c
c.ref = weakref.ref(c, lambda r: log.append("never"))
outside = weakref.ref(c)
del c
gc.collect()
print(outside(), log)

# a WeakValueDictionary forgets values that die in a cycle once the collector runs
d = weakref.WeakValueDictionary()
for name in "xyz":
    n = Node(name)
    n.other = n
    d[name] = n
del n
print(sorted(d.keys()))
gc.collect()
print(sorted(d.keys()), len(d))

# a WeakKeyDictionary and a WeakSet, the same
k = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
p = Node("p")
p.other = p
k[p] = 1
s.add(p)
del p
gc.collect()
print(len(k), len(s), list(k.items()), list(s))

# a callback may make new objects and refs; the collection is finished when it runs
made = []


def remake(r):
    n = Node("new")
    made.append(weakref.ref(n))
    made.append(n)


q = Node("q")
q.other = q
rq = weakref.ref(q, remake)
del q
gc.collect()
print(made[0]() is made[1], rq())
print(weakref.getweakrefcount(made[1]))
gc.enable()
