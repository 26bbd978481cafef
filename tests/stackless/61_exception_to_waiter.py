# Stackless rule checked: where an uncaught exception of a tasklet is raised
# (scheduling.c slp_tasklet_end: the exception becomes a bomb handed to slp_get_watchdog(ts, 0),
# the innermost tasklet waiting in run(), else main; schedule_task_block: when the last
# runnable tasklet blocks, the run() waiter or a paused main is revived and, if that tasklet's
# tempval is a bomb -- send_exception/send_throw -- the same exception is raised there too;
# stacklessmodule.c PyStackless_RunWatchdogEx: run() raises it):
# - a tasklet running a nested run() gets the exception of a tasklet dying under it; main's
#   run() goes on.
# - main paused by switch(): switch() raises the exception of the tasklet that died.
# - the last runnable tasklet blocks in send_exception (send_throw): run() raises that
#   exception in main, and the sender stays blocked, its exception still on the way: a later
#   receive() raises it too.
# - an exception raised in main while a tasklet waits in a nested run(): that run() is over
#   too; its tasklet is runnable again and its run() returns None when it next runs.
import stackless

log = []

def bad(exc):
    raise exc

def nested():
    stackless.tasklet(bad)(KeyError("inner"))
    try:
        stackless.run()
        log.append("nested run returned (wrong)")
    except KeyError as e:
        log.append("nested run raised KeyError %s" % e)
stackless.tasklet(nested)()
stackless.run()
log.append("main run returned")

t = stackless.tasklet(bad)(IndexError("paused main"))
try:
    t.switch()
except IndexError as e:
    log.append("switch raised IndexError %s" % e)

ch = stackless.channel()
def sender(kind):
    if kind == "exception":
        ch.send_exception(ValueError, "sent", 1)
    else:
        ch.send_throw(TypeError, TypeError("thrown"))
    log.append("sender resumed")
for kind in ("exception", "throw"):
    st = stackless.tasklet(sender)(kind)
    try:
        stackless.run()
        log.append("run returned (wrong)")
    except (ValueError, TypeError) as e:
        log.append("run raised %s %r, sender blocked=%s balance=%d" % (type(e).__name__, e.args, st.blocked, ch.balance))
    try:
        ch.receive()
    except (ValueError, TypeError) as e:
        log.append("receive raised %s %r" % (type(e).__name__, e.args))
    stackless.run()

c2 = stackless.channel()
def inner_runner():
    stackless.tasklet(lambda: c2.receive())()
    r = stackless.run()
    log.append("inner run returned %r" % (r,))
def raiser():
    stackless.getmain().raise_exception(RuntimeError, "to main")
ir = stackless.tasklet(inner_runner)()
stackless.tasklet(raiser)()
try:
    stackless.run()
except RuntimeError as e:
    log.append("main run raised %s, inner runner scheduled=%s" % (e, ir.scheduled))
stackless.run()
c2.send(None)

for line in log:
    print(line)
assert log == [
    "nested run raised KeyError 'inner'", "main run returned",
    "switch raised IndexError paused main",
    "run raised ValueError ('sent', 1), sender blocked=True balance=1",
    "receive raised ValueError ('sent', 1)", "sender resumed",
    "run raised TypeError ('thrown',), sender blocked=True balance=1",
    "receive raised TypeError ('thrown',)", "sender resumed",
    "main run raised to main, inner runner scheduled=True", "inner run returned None",
], log
assert stackless.getruncount() == 1
print("OK")
