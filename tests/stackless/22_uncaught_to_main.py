# Stackless rule checked: an exception not caught in a (non-main) tasklet ends that tasklet
# and is raised in the main tasklet (scheduling.c slp_tasklet_end: the exception becomes a
# "bomb" handed to main; docs, scheduler "Exceptions": "Exceptions that occur within tasklets
# and are uncaught are raised out of the stackless.run() call"):
# - main inside run(): run() raises it. The other tasklets stay runnable; main was put back
#   into the ring just before the tasklet that would have run next, so a later run()
#   continues with that one (M below, which had not started yet) and then the rest (L).
# - main blocked outside run() (in ch.receive()): that receive() raises it, and main is no
#   longer blocked (balance back to 0) (Stackless unittest test_main_gets_exception).
# - main runnable outside run() (it called schedule()): schedule() raises it.
import stackless

log = []

def loop(name, n):
    for i in range(n):
        log.append(name + str(i))
        stackless.schedule()

def bad():
    log.append("bad")
    raise ValueError("bad tasklet")

stackless.tasklet(loop)("L", 3)
stackless.tasklet(bad)()
stackless.tasklet(loop)("M", 2)
try:
    stackless.run()
    log.append("run returned (wrong)")
except ValueError as e:
    log.append("run raised " + str(e))
log.append("runcount %d" % stackless.getruncount())
stackless.run()
log.append("--")

ch = stackless.channel()
def bad2():
    raise KeyError("x")
stackless.tasklet(bad2)()
try:
    ch.receive()
except KeyError:
    log.append("receive raised KeyError")
assert ch.balance == 0 and not stackless.getmain().blocked

def bad3():
    raise IndexError("y")
stackless.tasklet(bad3)()
try:
    stackless.schedule()
except IndexError as e:
    log.append("schedule raised IndexError " + str(e))

for line in log:
    print(line)
assert log == [
    "L0", "bad", "run raised bad tasklet", "runcount 3",
    "M0", "L1", "M1", "L2", "--",
    "receive raised KeyError", "schedule raised IndexError y",
], log
assert stackless.getruncount() == 1
print("OK")
