# Stackless rule checked: run(N, soft=True) (stacklessmodule.c interrupt_timeout_return:
# with PY_WATCHDOG_SOFT the timeout only marks an interrupt as pending; scheduling.c
# slp_schedule_soft_irq: at the tasklet's next switch, main is inserted before the tasklet
# that would have run and run() returns None; docs stackless.run: "the scheduler exits at the
# next convenient scheduling moment", run_watchdog docstring: "run will return (with a None)").
# - A hog that never switches cannot be interrupted in soft mode: it runs to its end and
#   run(N, soft=True) returns None when nothing is left.
# - Two cooperative tasklets whose slices each take more than N opcodes: every
#   run(N, soft=True) call runs exactly one slice and returns None at the tasklet's
#   schedule(); nobody is removed: both stay alive and scheduled, and the next run continues
#   with the tasklet that would have run next. A plain run() then finishes.
import stackless

N = 500
log = []
count = [0]

def hog():
    for i in range(5000):
        count[0] += 1
    log.append("hog end %d" % count[0])

stackless.tasklet(hog)()
r = stackless.run(N, soft=True)
log.append("soft run with hog returned %s" % r)

def slices(name):
    for k in range(2):
        x = 0
        for i in range(2000):
            x += 1
        log.append("%s%d" % (name, k))
        stackless.schedule()
    log.append(name + " end")

a = stackless.tasklet(slices)("A")
b = stackless.tasklet(slices)("B")
r = stackless.run(N, soft=True)
log.append("soft run 1 returned %s; A scheduled=%s B scheduled=%s runcount=%d" % (
    r, a.scheduled, b.scheduled, stackless.getruncount()))
r = stackless.run(N, soft=True)
log.append("soft run 2 returned %s; runcount=%d" % (r, stackless.getruncount()))
r = stackless.run()
log.append("plain run returned %s" % r)

for line in log:
    print(line)
assert log == [
    "hog end 5000", "soft run with hog returned None",
    "A0", "soft run 1 returned None; A scheduled=True B scheduled=True runcount=3",
    "B0", "soft run 2 returned None; runcount=3",
    "A1", "B1", "A end", "B end", "plain run returned None",
], log
assert stackless.getruncount() == 1
print("OK")
