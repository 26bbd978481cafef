# Stackless rule checked: tasklet state attributes (taskletobject.c getters; docs
# "tasklet.alive ... tasklet.next"):
# - alive: the tasklet has a frame (set up and not finished; the current tasklet is alive).
# - scheduled: it is in the ring of runnables OR blocked on a channel ("either in the
#   runnables list or blocked on a channel").
# - blocked: it waits on a channel. paused: alive and not scheduled.
# - is_main / is_current.
# - next / prev: its neighbours in the chain it is linked into: the ring of runnables
#   (circular: a lone runnable is its own next and prev) or the channel's queue of blocked
#   tasklets (not circular: None at the ends); None for a tasklet in no chain.
# - During stackless.run() the main tasklet is taken out of the runnables, so seen from a
#   tasklet it is paused, not scheduled, and its next is None (docs tasklet.paused: "...or by
#   the main tasklet, when it is acting as a watchdog").
import stackless

m = stackless.getmain()
out = []

def snap(t):
    return (t.alive, t.scheduled, t.blocked, t.paused)

def f():
    pass

out.append(("main outside run", snap(m), m.is_main, m.is_current))
out.append(("lone main ring", m.next is m, m.prev is m))
a = stackless.tasklet(f)()
b = stackless.tasklet(f)()
out.append(("ring main->a->b->main", m.next is a, a.next is b, b.next is m, m.prev is b, a.prev is m))
out.append(("a flags", snap(a), a.is_main, a.is_current))
stackless.run()
out.append(("a finished", snap(a), a.next is None, a.prev is None))
u = stackless.tasklet(f)
out.append(("bound only", snap(u), u.next is None))

def probe():
    me = stackless.getcurrent()
    out.append(("main during run", snap(m), m.is_current, m.next is None))
    out.append(("probe", snap(me), me.is_current, me.is_main, me.next is me))

stackless.tasklet(probe)()
stackless.run()

ch = stackless.channel()
def rcv():
    ch.receive()
r1 = stackless.tasklet(rcv)()
r2 = stackless.tasklet(rcv)()
r3 = stackless.tasklet(rcv)()
stackless.run()
out.append(("blocked r1", snap(r1), ch.balance))
out.append(("channel chain", ch.queue is r1, r1.next is r2, r2.next is r3, r3.next is None,
            r1.prev is None, r2.prev is r1, r3.prev is r2))
for t in [r1, r2, r3]:
    t.kill()
out.append(("killed", snap(r1), ch.balance, ch.queue is None))

for o in out:
    print(o)
assert out == [
    ("main outside run", (True, True, False, False), True, True),
    ("lone main ring", True, True),
    ("ring main->a->b->main", True, True, True, True, True),
    ("a flags", (True, True, False, False), False, False),
    ("a finished", (False, False, False, False), True, True),
    ("bound only", (False, False, False, False), True),
    ("main during run", (True, False, False, True), False, True),
    ("probe", (True, True, False, False), True, False, True),
    ("blocked r1", (True, True, True, False), -3),
    ("channel chain", True, True, True, True, True, True, True),
    ("killed", (False, False, False, False), 0, True),
], out
print("OK")
