# Stackless rule checked: killing a tasklet blocked on a channel, with pending=False and True
# (scheduling.c slp_schedule_task "unblock from channel"; taskletobject.c
# _impl_tasklet_throw_bomb; docs tasklet.kill: "Terminates the tasklet and unblocks it, if the
# tasklet was blocked on a channel").
# - kill() first removes the target from the channel (balance back to 0, queue empty,
#   blocked False), inserts it before the killer (at the end of the ring) and switches to it:
#   TaskletExit is raised at its receive()/send() call, its finally clauses run, and because
#   the killer is the next in the ring, the killer resumes right after it (before other
#   runnable tasklets such as X below).
# - TaskletExit derives from SystemExit, not from Exception: "except Exception" does not catch
#   it, "except TaskletExit" does; a tasklet that catches it and returns just ends.
# - kill(pending=True): the target is unblocked and made runnable at once (appended to the
#   runnables; a runnable target keeps its place), the killer continues, and TaskletExit is
#   raised when the target next runs.
import stackless

log = []
ch = stackless.channel()
ch2 = stackless.channel()

def receiver():
    try:
        try:
            ch.receive()
            log.append("receiver received (wrong)")
        except Exception:
            log.append("receiver caught as Exception (wrong)")
    finally:
        log.append("receiver finally")

def sender():
    try:
        ch2.send("never")
    except TaskletExit:
        log.append("sender caught TaskletExit")
    log.append("sender returns")

def other():
    log.append("X runs")

r = stackless.tasklet(receiver)()
s = stackless.tasklet(sender)()
stackless.run()
assert r.blocked and s.blocked and ch.balance == -1 and ch2.balance == 1
assert ch.queue is r and ch2.queue is s
x = stackless.tasklet(other)()
r.kill()
log.append("main resumed after killing receiver")
assert not r.alive and not r.blocked and not r.scheduled
assert ch.balance == 0 and ch.queue is None
s.kill()
log.append("main resumed after killing sender")
assert not s.alive and ch2.balance == 0 and ch2.queue is None
stackless.run()
log.append("--")

def waiter():
    try:
        ch.receive()
    finally:
        log.append("waiter finally")

def looper():
    try:
        for i in range(100):
            log.append("looper step %d" % i)
            stackless.schedule()
    finally:
        log.append("looper finally")

w = stackless.tasklet(waiter)()
lp = stackless.tasklet(looper)()
stackless.schedule()
assert w.blocked and ch.balance == -1 and lp.scheduled
w.kill(pending=True)
log.append("main continues after pending kill of waiter")
assert w.alive and not w.blocked and w.scheduled and ch.balance == 0 and ch.queue is None
lp.kill(pending=True)
log.append("main continues after pending kill of looper")
assert lp.alive and lp.scheduled and stackless.getruncount() == 3
stackless.run()
assert not w.alive and not lp.alive

for line in log:
    print(line)
assert log == [
    "receiver finally", "main resumed after killing receiver",
    "sender caught TaskletExit", "sender returns", "main resumed after killing sender",
    "X runs", "--",
    "looper step 0", "main continues after pending kill of waiter",
    "main continues after pending kill of looper",
    "looper finally", "waiter finally",
], log
assert stackless.getruncount() == 1
print("OK")
