# Stackless rule checked: stackless.switch_trap(delta) (stacklessmodule.c
# PyStackless_AdjustSwitchTrap, scheduling.c slp_schedule_task; docs switch_trap):
# - switch_trap(delta) adds delta to the switch-trap level and returns the OLD level.
# - While the level is non-zero, any operation that would switch to ANOTHER tasklet raises
#   RuntimeError("switch_trap") and leaves the state as it was: schedule() with other
#   runnables, t.run(), a send that would switch to the waiting receiver (preference -1),
#   a receive that would block (channel balance back to 0, main runnable again).
# - Operations that do not switch are allowed: schedule() with nothing else runnable, and a
#   send with preference 1 (the sender keeps running, the receiver is only made runnable).
import stackless

log = []
ch = stackless.channel()

def receiver():
    v = ch.receive()
    log.append("receiver got " + v)

def f():
    log.append("f ran")

rt = stackless.tasklet(receiver)()
stackless.run()
t = stackless.tasklet(f)()
log.append("trap old level %d" % stackless.switch_trap(1))
log.append("trap level now %d" % stackless.switch_trap(0))
try:
    stackless.schedule()
except RuntimeError as e:
    log.append("schedule: RuntimeError " + str(e))
try:
    t.run()
except RuntimeError:
    log.append("t.run: RuntimeError")
assert t.scheduled and stackless.getruncount() == 2
try:
    ch.send("a")
except RuntimeError:
    log.append("send -1: RuntimeError")
assert rt.blocked and ch.balance == -1 and ch.queue is rt
ch2 = stackless.channel()
try:
    ch2.receive()
except RuntimeError:
    log.append("blocking receive: RuntimeError")
assert ch2.balance == 0 and stackless.getmain().scheduled and not stackless.getmain().blocked
ch.preference = 1
ch.send("b")
log.append("send with preference 1 allowed")
assert not rt.blocked and rt.scheduled and ch.balance == 0
log.append("untrap old level %d" % stackless.switch_trap(-1))
stackless.run()

stackless.switch_trap(2)
stackless.schedule()
log.append("lone schedule allowed")
log.append("old level %d" % stackless.switch_trap(-2))
log.append("level %d" % stackless.switch_trap(0))

for line in log:
    print(line)
assert log == [
    "trap old level 0", "trap level now 1",
    "schedule: RuntimeError switch_trap", "t.run: RuntimeError", "send -1: RuntimeError",
    "blocking receive: RuntimeError", "send with preference 1 allowed", "untrap old level 1",
    "f ran", "receiver got b",
    "lone schedule allowed", "old level 2", "level 0",
], log
assert stackless.getruncount() == 1
print("OK")
