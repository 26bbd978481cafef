# Stackless rule checked: schedule(retval), schedule_remove(retval), tasklet.tempval and the
# module attributes (stacklessmodule.c schedule / schedule_remove / PyStackless_Schedule;
# docs stackless.schedule / schedule_remove, "Attributes"):
# - schedule(retval) stores retval in the current tasklet's tempval and switches to the next
#   runnable; when the tasklet is resumed the call returns its tempval: schedule(x) returns x,
#   schedule() returns the current tasklet (the default retval is stackless.current).
#   schedule() with nothing else runnable returns at once, with the same value.
# - schedule_remove(retval) also takes the tasklet out of the runnables (paused, tempval ==
#   retval). Another tasklet may write t.tempval and t.insert() it: schedule_remove() then
#   returns the written value (the docs' wait_for_result / event_callback example).
# - A tasklet blocked in send(v) holds v in its tempval (channelobject.c
#   generic_channel_action: TASKLET_SETVAL(source, arg) before blocking).
# - stackless.current / stackless.main / stackless.runcount equal getcurrent() / getmain() /
#   getruncount(), in main and in tasklets.
import stackless

log = []

def a():
    r = stackless.schedule(42)
    log.append("a got %s" % r)
    r = stackless.schedule()
    log.append("a default is current: %s" % (r is stackless.getcurrent()))
    log.append("attrs in tasklet: %s %s %s" % (stackless.current is stackless.getcurrent(),
               stackless.main is stackless.getmain(), stackless.runcount == stackless.getruncount()))

def b():
    log.append("b")
    stackless.schedule()
    log.append("b again")

stackless.tasklet(a)()
stackless.tasklet(b)()
stackless.run()
r = stackless.schedule("alone")
log.append("alone got %s" % r)
log.append("alone default is main: %s" % (stackless.schedule() is stackless.getmain()))
log.append("attrs in main: %s %s %s" % (stackless.current is stackless.getmain(),
           stackless.main is stackless.getmain(), stackless.runcount == 1))

waiting = []
def waiter(name):
    waiting.append(stackless.getcurrent())
    r = stackless.schedule_remove("unused")
    log.append("%s woke with %s" % (name, r))

def waker():
    for i in range(len(waiting)):
        t = waiting[i]
        log.append("waker sees paused=%s tempval=%s" % (t.paused, t.tempval))
        t.tempval = "result-" + str(i + 1)
        t.insert()

stackless.tasklet(waiter)("W1")
stackless.tasklet(waiter)("W2")
stackless.tasklet(waker)()
stackless.run()

ch = stackless.channel()
def sender():
    ch.send("payload")
s = stackless.tasklet(sender)()
stackless.run()
log.append("blocked sender tempval=%s" % s.tempval)
log.append("received %s" % ch.receive())
stackless.run()

for line in log:
    print(line)
assert log == [
    "b", "a got 42", "b again", "a default is current: True",
    "attrs in tasklet: True True True",
    "alone got alone", "alone default is main: True", "attrs in main: True True True",
    "waker sees paused=True tempval=unused", "waker sees paused=True tempval=unused",
    "W1 woke with result-1", "W2 woke with result-2",
    "blocked sender tempval=payload", "received payload",
], log
assert stackless.getruncount() == 1
print("OK")
