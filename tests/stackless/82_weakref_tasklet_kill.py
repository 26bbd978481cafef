# Weak references to tasklets that are killed, removed or finished, and weakref.finalize on a
# tasklet: the finalizer runs when the tasklet is released (its end, once nothing names it), not
# before. Stackless 3.7: taskletobject.c (tasklet_dealloc clears weak references; a tasklet
# removed from the run queue is held only by its names; kill() raises TaskletExit in it and it
# ends), Stackless/unittests/test_weakref.py.
import stackless
import weakref

log = []

def forever():
    try:
        while True:
            stackless.schedule()
    finally:
        log.append("finally")

t = stackless.tasklet(forever)()
fin = weakref.finalize(t, log.append, "finalized")
r = weakref.ref(t)
stackless.schedule()
assert fin.alive and r() is t
t.kill()
assert log == ["finally"], log
assert not t.alive and fin.alive, "still named"
del t
assert log == ["finally", "finalized"] and not fin.alive and r() is None, log
print("killed:", log)
log.clear()

# removed from the run queue: only its name holds it; dropping the name releases it unrun
t = stackless.tasklet(lambda: log.append("never runs"))()
r = weakref.ref(t, lambda ref: log.append("cb"))
t.remove()
del t
assert r() is None
stackless.run()
print("removed:", log)
log.clear()

# a tasklet that refers to itself weakly through a WeakSet of workers
workers = weakref.WeakSet()
def work(n):
    workers.add(stackless.getcurrent())
    for i in range(n):
        stackless.schedule()
    log.append(("done", n, len(workers)))
for n in (1, 2, 3):
    stackless.tasklet(work)(n)
stackless.schedule()
print("working:", len(workers))
stackless.run()
print(log, len(workers))
