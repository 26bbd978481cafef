# Stackless rule checked: tasklet.kill() on new, runnable and dead tasklets
# (taskletobject.c impl_tasklet_kill -> _impl_tasklet_throw_bomb; scheduling.c slp_tasklet_end):
# - kill() (pending=False) raises TaskletExit inside the target and switches to it at once.
# - A tasklet that was set up but never ran is alive; kill() ends it before its function
#   starts: no line of the body runs, not even its finally clause (Stackless unittest
#   test_kill_new: "should not run this").
# - A started, runnable tasklet gets TaskletExit where it stopped (inside schedule()): its
#   finally clauses run, and TaskletExit does not reach the killer (slp_tasklet_end treats
#   TaskletExit in a non-main tasklet as a normal end).
# - The target keeps its place in the ring of runnables and so does the killer: when the
#   killed tasklet ends, the scheduler continues with the tasklet AFTER it in the ring, so
#   the tasklets between the target and the killer run before the killer resumes (the same
#   rule as tasklet.run(), see the docs' run() example).
# - kill() of a dead tasklet, or of one that was only bound (never set up), does nothing.
import stackless

log = []

def body(name):
    try:
        log.append(name + " start")
        stackless.schedule()
        log.append(name + " resumed")
    finally:
        log.append(name + " finally")

n = stackless.tasklet(body)("N")
assert n.alive and n.scheduled and stackless.getruncount() == 2
n.kill()
assert not n.alive and not n.scheduled
assert log == [], log
assert stackless.getruncount() == 1
log.append("new tasklet killed, body never ran")

a = stackless.tasklet(body)("A")
b = stackless.tasklet(body)("B")
c = stackless.tasklet(body)("C")
stackless.schedule()
log.append("main")
b.kill()
log.append("main after kill")
assert not b.alive and not c.alive and a.alive and a.scheduled
assert stackless.getruncount() == 2
stackless.run()
assert not a.alive

b.kill()
u = stackless.tasklet(body)
u.kill()
assert not u.alive and not u.scheduled
log.append("kill of dead/unbound: no-op")

for line in log:
    print(line)
assert log == [
    "new tasklet killed, body never ran",
    "A start", "B start", "C start", "main",
    "B finally", "C resumed", "C finally", "main after kill",
    "A resumed", "A finally",
    "kill of dead/unbound: no-op",
], log
assert stackless.getruncount() == 1
print("OK")
