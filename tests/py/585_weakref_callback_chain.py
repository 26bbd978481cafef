# Callbacks that raise (reported on stderr, ignored: the program and the other callbacks go on),
# callbacks whose work releases more weakly referenced objects (those callbacks follow), and
# callbacks when a container holding many referents is released.
import weakref

log = []


class A:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


def bad(r):
    log.append("bad runs")
    raise ValueError("in callback")


a = A("a")
r1 = weakref.ref(a, lambda r: log.append("first"))
r2 = weakref.ref(a, bad)
r3 = weakref.ref(a, lambda r: log.append("last"))
del a
print(log)
log.clear()

# a parent's death releases its child: the parent's callback first, then the child's
child = A("child")
parent = A("parent", child)
rc = weakref.ref(child, lambda r: log.append("child cb"))
rp = weakref.ref(parent, lambda r: log.append("parent cb"))
del child
del parent
print(log)
log.clear()

# a callback that drops the last reference to another referent
holder = {"x": A("x")}
rx = weakref.ref(holder["x"], lambda r: log.append("x cb"))
y = A("y")
ry = weakref.ref(y, lambda r: (log.append("y cb"), holder.clear()))
del y
print(log, rx())
log.clear()

# a list of referents released at once: CPython releases a list's items last first
objs = [A(str(i)) for i in range(4)]
refs = [weakref.ref(o, lambda r, i=i: log.append(i)) for i, o in enumerate(objs)]
del objs
print(log)
log.clear()

# a dict of referents
objs = {i: A(str(i)) for i in range(3)}
refs = [weakref.ref(o, lambda r, i=i: log.append(i)) for i, o in objs.items()]
objs = None
print(log)
print("done")
