# Stackless rule checked: tasklet.throw(exc, val=None, tb=None, pending=False)
# (taskletobject.c tasklet_throw / _impl_tasklet_throw_bomb, scheduling.c slp_exc_to_bomb;
# docs tasklet.throw):
# - exc/val follow "raise" semantics: throw(ValueError("x")) or throw(ValueError, "x").
# - pending=False: the target is switched to at once and the exception is raised where it
#   waits (a blocked target is removed from its channel first; a runnable one is resumed in
#   its schedule() call). After the target ends, the thrower (next in the ring) resumes.
# - pending=True: the target is only made runnable (unblocked if needed); the thrower
#   continues; the exception is raised when the target next runs.
# - An exception the target does not catch ends it and is re-raised in the main tasklet
#   (slp_tasklet_end passes it to main): main is the thrower here, so throw() raises it.
# - A tasklet that was set up but never ran gets the exception before its function starts
#   (Stackless unittests test_new / test_early_hrow).
# - throw() to a dead tasklet raises RuntimeError, except throw(TaskletExit) which does
#   nothing.
import stackless

log = []
ch = stackless.channel()

def catcher(name):
    try:
        ch.receive()
        log.append(name + " received (wrong)")
    except ValueError as e:
        log.append(name + " caught ValueError " + str(e))
    log.append(name + " ends")

def scheduler_waiter():
    try:
        stackless.schedule()
        log.append("S resumed (wrong)")
    except ValueError as e:
        log.append("S caught ValueError " + str(e))

def plain():
    ch.receive()
    log.append("plain received (wrong)")

def never():
    log.append("never runs (wrong)")

a = stackless.tasklet(catcher)("A")
stackless.run()
assert a.blocked and ch.balance == -1
a.throw(ValueError("one"))
log.append("main after throw to A")
assert not a.alive and ch.balance == 0

b = stackless.tasklet(catcher)("B")
stackless.run()
b.throw(ValueError, "two", None, True)
log.append("main after pending throw to B")
assert b.alive and b.scheduled and not b.blocked and ch.balance == 0
stackless.run()
assert not b.alive

s = stackless.tasklet(scheduler_waiter)()
stackless.schedule()
s.throw(ValueError, "three")
log.append("main after throw to S")
assert not s.alive

p = stackless.tasklet(plain)()
stackless.run()
try:
    p.throw(KeyError("k"))
    log.append("throw returned (wrong)")
except KeyError:
    log.append("main got the KeyError p did not catch")
assert not p.alive and ch.balance == 0

nt = stackless.tasklet(never)()
try:
    nt.throw(IndexError, "early")
except IndexError as e:
    log.append("main got IndexError " + str(e) + " from the new tasklet")
assert not nt.alive and stackless.getruncount() == 1

try:
    nt.throw(ValueError("dead"))
except RuntimeError:
    log.append("throw to dead: RuntimeError")
nt.throw(TaskletExit)
log.append("throw TaskletExit to dead: no-op")

for line in log:
    print(line)
assert log == [
    "A caught ValueError one", "A ends", "main after throw to A",
    "main after pending throw to B", "B caught ValueError two", "B ends",
    "S caught ValueError three", "main after throw to S",
    "main got the KeyError p did not catch",
    "main got IndexError early from the new tasklet",
    "throw to dead: RuntimeError", "throw TaskletExit to dead: no-op",
], log
print("OK")
