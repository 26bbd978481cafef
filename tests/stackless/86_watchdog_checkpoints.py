# Stackless rule checked: a watchdog (run(N)) whose budget is used up interrupts a tasklet only at
# an interrupt point -- a jump, a call, a return or a yield -- as Stackless checks its tick counter
# at CPython's eval breaker; straight-line code runs to the next such point. So a tasklet resumed
# from schedule() finishes `self.done += 1` before a watchdog started by another tasklet takes
# over (stackless-testsuite's TestNewWatchdog.test_watchdog_on_tasklet_hard). Also: an exception
# in the schedule callback is reported through sys.stderr when a script replaced it (Stackless
# 3.7's test_defects TestExceptionInScheduleCallback reads the report from a captured stream),
# and sys.getcheckinterval/setcheckinterval exist (Stackless 3.7's sys; stored, no effect).
# References: Stackless 3.7 stacklessmodule.c run_watchdog (tick_watermark), Doc stackless.rst
# run(); scheduling.c slp_schedule_callback (the exception is written as unraisable).
import sys
import stackless

# 1. straight-line code after the budget runs out is not cut: the interrupt comes at the call
state = {}


def spin():
    state["spun"] = True


def straight():
    state["a"] = 1
    state["b"] = 2
    state["c"] = 3
    spin()


t = stackless.tasklet(straight)()
victim = stackless.run(2)
print("interrupted", victim is t, sorted(state.items()))
assert victim is t and "spun" not in state and state["c"] == 3
t.insert()
stackless.run()
print("resumed", state.get("spun"))

# 2. a loop without calls is interrupted at its backward jump
count = [0]


def loop():
    n = 0
    while True:
        n += 1
        count[0] = n


t = stackless.tasklet(loop)()
victim = stackless.run(100)
print("loop interrupted", victim is t, count[0] > 0)
t.kill()

# 3. the watchdog on a tasklet: the worker resumed from schedule() completes its increment
done = [0]


def worker():
    stackless.schedule()
    done[0] += 1


def task():
    while True:
        for i in range(1000):
            i = i
        stackless.schedule()


def runner():
    stackless.run(2, soft=False, totaltimeout=True, ignore_nesting=True)
    if stackless.getruncount():
        done[0] += 1  # the watchdog interrupted something
    t1.kill()
    t2.kill()


stackless.tasklet(worker)()
t1 = stackless.tasklet(task)()
t2 = stackless.tasklet(task)()
stackless.tasklet(runner)()
stackless.run()
print("watchdog on a tasklet", done[0])
assert done[0] == 2


# 4. the schedule callback's exception goes to the sys.stderr the script installed
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def callback(prev, nxt):
    if nxt.is_main:
        raise RuntimeError("from the schedule callback")


stackless.set_schedule_callback(callback)
cap = Capture()
sys.stderr = cap
stackless.tasklet(lambda: None)()
stackless.run()
sys.stderr = sys.__stderr__
stackless.set_schedule_callback(None)
text = "".join(cap.parts)
print(text.splitlines()[0])
print(text.splitlines()[-1])

# 5. Stackless 3.7's sys.getcheckinterval / setcheckinterval
old = sys.getcheckinterval()
sys.setcheckinterval(10)
print("checkinterval", old, sys.getcheckinterval())
sys.setcheckinterval(old)
