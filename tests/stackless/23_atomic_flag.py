# Stackless rule checked: the per-tasklet atomic flag (taskletobject.c PyTasklet_SetAtomic,
# tasklet_get_atomic, tasklet_new; docs tasklet.set_atomic / tasklet.atomic; seed text on
# atomic):
# - t.set_atomic(flag) stores bool(flag) and returns the OLD value as a bool; t.atomic
#   reflects the current value. The flag belongs to one tasklet: setting it on one tasklet
#   does not change another's.
# - New tasklets start non-atomic, even when created by an atomic tasklet. (The set_atomic
#   docstring says "the atomic flag is initialized with the atomic flag of the current
#   tasklet", but tasklet_new in taskletobject.c clears all flags with memset; we follow the
#   C code.)
# - atomic only inhibits involuntary switches (the watchdog); voluntary ones still happen:
#   an atomic tasklet that calls schedule() or blocks on a channel still switches away, and
#   keeps its flag when it comes back.
import stackless

cur = stackless.getcurrent()
r = []
r.append(cur.atomic)
r.append(cur.set_atomic(True))
r.append(cur.atomic)
r.append(cur.set_atomic(1))
r.append(cur.set_atomic(0))
r.append(cur.atomic)
r.append(cur.set_atomic(False))
r.append(cur.set_atomic(5))
r.append(cur.atomic)
print(r)
assert r == [False, False, True, True, True, False, False, False, True], r
assert cur.atomic is True and cur.set_atomic(True) is True

log = []

def worker(name):
    me = stackless.getcurrent()
    log.append("%s starts atomic=%s" % (name, me.atomic))
    old = me.set_atomic(True)
    log.append("%s set_atomic returned %s, main atomic=%s" % (name, old, stackless.getmain().atomic))
    stackless.schedule()
    log.append("%s back atomic=%s" % (name, me.atomic))
    me.set_atomic(old)

def other():
    log.append("other atomic=%s" % stackless.getcurrent().atomic)

t = stackless.tasklet(worker)("T")
o = stackless.tasklet(other)()
assert t.atomic is False and o.atomic is False
stackless.run()
assert cur.atomic is True
cur.set_atomic(False)
assert stackless.getmain().atomic is False

ch = stackless.channel()
def atomic_receiver():
    stackless.getcurrent().set_atomic(True)
    v = ch.receive()
    log.append("atomic receiver got %s atomic=%s" % (v, stackless.getcurrent().atomic))

ar = stackless.tasklet(atomic_receiver)()
stackless.run()
log.append("receiver blocked=%s atomic=%s" % (ar.blocked, ar.atomic))
ch.send("x")

for line in log:
    print(line)
assert log == [
    "T starts atomic=False", "T set_atomic returned False, main atomic=True",
    "other atomic=False", "T back atomic=True",
    "receiver blocked=True atomic=True", "atomic receiver got x atomic=True",
], log
print("OK")
