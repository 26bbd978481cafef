# Stackless rule checked: nested stackless.run() calls (stacklessmodule.c
# PyStackless_RunWatchdogEx / push_watchdog / slp_get_watchdog; docs stackless.run: "This
# function can be called from any tasklet. When called without arguments, the calls nest so
# that the innermost call will return once the run-queue is emptied. Calls with a timeout
# argument however stack so that only the first one has any effect. Subsequent calls with
# timeout behave as though timeout were omitted."):
# - main calls run(N). Tasklet A calls stackless.run(5): that timeout is ignored (only the
#   outermost run with a timeout is the watchdog), so worker B, which runs far more than 5
#   opcodes without switching, is not interrupted; A's inner run() returns None when the run
#   queue is empty (A, the innermost runner, is woken), and A continues.
# - The outer watchdog still works: the hog started afterwards is interrupted after N
#   opcodes and returned by main's run(N), not by A's run.
import stackless

N = 20000
log = []
count = [0]
hogs = []

def worker(n):
    x = 0
    for i in range(n):
        x += 1
    log.append("B done %d" % x)

def hog():
    log.append("hog start")
    for i in range(30000):
        count[0] += 1
    log.append("hog end")

def inner():
    log.append("A start")
    stackless.tasklet(worker)(500)
    r = stackless.run(5)
    log.append("A inner run returned %s" % r)
    hogs.append(stackless.tasklet(hog)())
    log.append("A end")

a = stackless.tasklet(inner)()
r = stackless.run(N)
log.append("outer run returned the hog: %s, A finished: %s" % (r is hogs[0], not a.alive))
assert 0 < count[0] < 30000
r.insert()
r2 = stackless.run()
log.append("final run returned %s" % r2)

for line in log:
    print(line)
assert log == [
    "A start", "B done 500", "A inner run returned None", "A end", "hog start",
    "outer run returned the hog: True, A finished: True", "hog end", "final run returned None",
], log
assert count[0] == 30000 and stackless.getruncount() == 1
print("OK")
