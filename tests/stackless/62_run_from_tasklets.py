# Stackless rule checked: stackless.run() called from tasklets other than main
# (stacklessmodule.c PyStackless_RunWatchdogEx, push_watchdog / pop_watchdog / check_watchdog,
# slp_get_watchdog; scheduling.c interrupt_timeout_return):
# - run(N) from a non-main tasklet, when no run(N) is active, is the watchdog: the tasklet
#   that runs N opcodes without switching is interrupted, taken out of the queue and returned
#   by that run(); main is not involved.
# - a run() returns as soon as its tasklet runs again, however it is woken (here: another
#   tasklet switches to it); the runs nested above it end with it and their tasklets become
#   runnable again; each of those returns None when it next runs (the waker, paused by its
#   own switch(), is never resumed).
# - run() with nothing else runnable returns None at once, from any tasklet.
import stackless

log = []

def hog():
    n = 0
    while True:
        n += 1

def watcher():
    h = stackless.tasklet(hog)()
    r = stackless.run(1000)
    log.append("watcher's run returned the hog: %s, hog scheduled=%s alive=%s" % (r is h, h.scheduled, h.alive))
    h.kill()
stackless.tasklet(watcher)()
log.append("main run returned %r" % (stackless.run(),))

waiters = []
def outer():
    waiters.append(stackless.getcurrent())
    stackless.tasklet(inner)()
    r = stackless.run()
    log.append("outer run returned %r" % (r,))
def inner():
    waiters.append(stackless.getcurrent())
    stackless.tasklet(waker)()
    r = stackless.run()
    log.append("inner run returned %r" % (r,))
def waker():
    log.append("waker switches to outer; inner scheduled=%s" % waiters[1].scheduled)
    waiters[0].switch()
    log.append("waker resumed")
stackless.tasklet(outer)()
stackless.run()

def lone():
    log.append("lone run returned %r" % (stackless.run(),))
stackless.tasklet(lone)()
stackless.run()

for line in log:
    print(line)
assert log == [
    "watcher's run returned the hog: True, hog scheduled=False alive=True",
    "main run returned None",
    "waker switches to outer; inner scheduled=False",
    "outer run returned None", "inner run returned None",
    "lone run returned None",
], log
assert stackless.getruncount() == 1
print("OK")
