# Stackless rule checked: killing the current tasklet, and what TaskletExit is
# (taskletobject.c _impl_tasklet_throw_bomb: "raise it directly if target is ourselves";
# scheduling.c slp_tasklet_end; docs "Exceptions": TaskletExit "is derived from SystemExit",
# defined in the builtins):
# - stackless.getcurrent().kill() raises TaskletExit right there: the statements after it do
#   not run, finally clauses do, the tasklet ends silently and the scheduler goes on with the
#   next runnable tasklet. TaskletExit never propagates to main: run() returns None normally.
# - A tasklet that raises TaskletExit itself also just ends.
# - TaskletExit is a builtin name and the same class as stackless.TaskletExit; its instances
#   are SystemExit and BaseException instances, not Exception instances, so
#   "except SystemExit" catches a kill.
import stackless

log = []

def selfkill():
    try:
        log.append("selfkill before")
        stackless.getcurrent().kill()
        log.append("selfkill after kill (wrong)")
    finally:
        log.append("selfkill finally")

def other():
    log.append("other runs")

def catcher():
    try:
        stackless.current.kill()
    except TaskletExit as e:
        log.append("caught: SystemExit=%s BaseException=%s Exception=%s" % (
            isinstance(e, SystemExit), isinstance(e, BaseException), isinstance(e, Exception)))
        log.append("builtin is stackless.TaskletExit: %s" % (TaskletExit is stackless.TaskletExit))
        raise

def as_sysexit():
    try:
        stackless.current.kill()
    except SystemExit:
        log.append("caught as SystemExit")
    log.append("as_sysexit returns")

def raiser():
    log.append("raiser")
    raise TaskletExit("bye")

t = stackless.tasklet(selfkill)()
stackless.tasklet(other)()
stackless.tasklet(catcher)()
stackless.tasklet(as_sysexit)()
stackless.tasklet(raiser)()
stackless.tasklet(other)()
r = stackless.run()
log.append("run returned %s" % r)
assert not t.alive

for line in log:
    print(line)
assert log == [
    "selfkill before", "selfkill finally", "other runs",
    "caught: SystemExit=True BaseException=True Exception=False",
    "builtin is stackless.TaskletExit: True",
    "caught as SystemExit", "as_sysexit returns",
    "raiser", "other runs", "run returned None",
], log
assert stackless.getruncount() == 1
print("OK")
