# A weakly referenced tasklet: the ref answers the tasklet while something holds it (the run
# queue, a channel it blocks on, a name), and is cleared - its callback called with it - once the
# tasklet has ended and its last reference is gone. Stackless 3.7: Stackless/unittests/
# test_weakref.py (testSimpleTaskletWeakRef: a tasklet made, its name deleted, run(): the ref is
# dead and its callback ran once; testSimpleChannelWeakRef the same for a channel), and
# taskletobject.c (tasklet_dealloc clears the weak references: PyObject_ClearWeakRefs).
import stackless
import weakref

class Counter:
    def __init__(self):
        self.calls = []
    def __call__(self, r):
        self.calls.append(r)

# made and scheduled, its name deleted: the run queue holds it until it has run
counter = Counter()
t = stackless.tasklet(lambda: None)()
r = weakref.ref(t, counter)
assert r() is t and weakref.getweakrefcount(t) == 1
del t
assert r() is not None, "the run queue holds the tasklet"
stackless.run()
assert r() is None
assert counter.calls == [r], counter.calls
print("ended tasklet: ref cleared, callback once")

# blocked on a channel: alive; killed: gone
ch = stackless.channel()
log = []
def worker():
    log.append(ch.receive())
t = stackless.tasklet(worker)()
r = weakref.ref(t, lambda ref: log.append("cb"))
del t
stackless.run()
assert r() is not None and r().blocked, "the channel holds the blocked tasklet"
ch.send("x")
assert log == ["x", "cb"], log
assert r() is None
print("blocked then fed:", log)

# a tasklet that is still named keeps its ref after it ended
t = stackless.tasklet(lambda: None)()
r = weakref.ref(t)
stackless.run()
assert r() is t and not t.alive
del t
assert r() is None
print("named dead tasklet: ref alive until the name goes")

# the current tasklet refers to itself weakly
seen = []
def me():
    seen.append(weakref.ref(stackless.getcurrent())() is stackless.getcurrent())
stackless.tasklet(me)()
stackless.run()
print("self ref:", seen)

# the main tasklet and channels are weakly referenceable
rm = weakref.ref(stackless.getmain())
assert rm() is stackless.getmain() and rm() is stackless.getcurrent()
counter = Counter()
c = stackless.channel()
rc = weakref.ref(c, counter)
assert rc() is c
del c
stackless.run()
assert rc() is None and counter.calls == [rc]
print("channel ref cleared")

# refs to tasklets as dict keys: a ref hashes and compares like its tasklet while it lives
a = stackless.tasklet(lambda: None)()
ra = weakref.ref(a)
d = {ra: "a"}
assert d[weakref.ref(a)] == "a" and hash(ra) == hash(a)
stackless.run()
del a
assert ra() is None and d[ra] == "a"
print("dead ref keeps its hash:", d[ra])
