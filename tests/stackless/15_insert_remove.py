# Stackless rule checked: tasklet.insert() / tasklet.remove()
# (taskletobject.c impl_tasklet_insert / impl_tasklet_remove; docs tasklet.insert/remove):
# - t.remove() takes a runnable tasklet out of the runnables: it is paused (alive, not
#   scheduled), runcount drops by one, and stackless.run() does not run it. remove() returns
#   the tasklet; removing a tasklet that is not in the runnables does nothing.
# - t.insert() appends the tasklet at the END of the runnables; inserting a tasklet that is
#   already runnable does nothing (it keeps its place, runcount unchanged).
# - Errors (RuntimeError): remove() of the current tasklet (main included), remove() of a
#   tasklet blocked on a channel, insert() of a blocked tasklet (blocked tasklets must be
#   reactivated by channels), insert() of a dead tasklet.
import stackless

log = []
errors = []

def w(name):
    log.append(name)

a = stackless.tasklet(w)("A")
b = stackless.tasklet(w)("B")
c = stackless.tasklet(w)("C")
assert stackless.getruncount() == 4
assert b.remove() is b
assert stackless.getruncount() == 3
assert b.alive and b.paused and not b.scheduled
b.remove()
assert stackless.getruncount() == 3
stackless.run()
log.append("|")
assert b.alive and b.paused
b.insert()
assert b.scheduled and not b.paused and stackless.getruncount() == 2
try:
    a.insert()
except RuntimeError:
    errors.append("insert dead: RuntimeError")
stackless.run()
log.append("|")

x = stackless.tasklet(w)("X")
y = stackless.tasklet(w)("Y")
z = stackless.tasklet(w)("Z")
x.remove()
x.insert()
y.insert()
assert stackless.getruncount() == 4
stackless.run()
log.append("|")

def selfremove():
    try:
        stackless.getcurrent().remove()
    except RuntimeError:
        errors.append("remove current: RuntimeError")
    log.append("selfremove still running")

stackless.tasklet(selfremove)()
stackless.run()
try:
    stackless.getmain().remove()
except RuntimeError:
    errors.append("remove main from main: RuntimeError")

ch = stackless.channel()
def blocker():
    v = ch.receive()
    log.append("blocker got " + v)

bt = stackless.tasklet(blocker)()
stackless.run()
assert bt.blocked and ch.balance == -1
try:
    bt.remove()
except RuntimeError:
    errors.append("remove blocked: RuntimeError")
try:
    bt.insert()
except RuntimeError:
    errors.append("insert blocked: RuntimeError")
assert bt.blocked and ch.balance == -1 and stackless.getruncount() == 1
ch.send("go")

print(" ".join(log))
for e in errors:
    print(e)
assert log == ["A", "C", "|", "B", "|", "Y", "Z", "X", "|",
               "selfremove still running", "blocker got go"], log
assert errors == [
    "insert dead: RuntimeError", "remove current: RuntimeError",
    "remove main from main: RuntimeError", "remove blocked: RuntimeError",
    "insert blocked: RuntimeError",
], errors
assert stackless.getruncount() == 1
print("OK")
