# Stackless rule checked: run(N) vs run(N, totaltimeout=True) (stacklessmodule.c
# PyStackless_RunWatchdogEx; scheduling.c slp_schedule_task_prepared: "if (!(runflags &
# PY_WATCHDOG_TOTALTIMEOUT)) tick_watermark = tick_counter + interval" - the budget is reset
# at every switch only without totaltimeout; docs stackless.run: "If a value is given for
# totaltimeout, instead the scheduler is interrupted when it has run for totaltimeout
# instructions"; scheduler "Running the scheduler for n instructions").
# Three cooperative tasklets switch after a few opcodes each, for far more than N opcodes in
# total:
# - run(N): no slice reaches N, nothing is interrupted, run() returns None once all are done.
# - run(N, totaltimeout=True): run() returns after about N opcodes in total with the tasklet
#   that was running (removed from the runnables); the usual pumping loop (insert it, run
#   again) finishes the work.
# Which tasklet is interrupted and how often depends on opcode counts, so only "at least
# once", "one of the three", and the final results are asserted.
import stackless

N = 1000

def make_work(log, counts):
    def work(idx, n):
        for i in range(n):
            counts[idx] += 1
            log.append(idx)
            stackless.schedule()
    return work

log1 = []
counts1 = [0, 0, 0]
w1 = make_work(log1, counts1)
for i in range(3):
    stackless.tasklet(w1)(i, 200)
r = stackless.run(N)
print("per-slice run(N) returned", r, "counts", counts1)
assert r is None and counts1 == [200, 200, 200]

log2 = []
counts2 = [0, 0, 0]
w2 = make_work(log2, counts2)
ts = [stackless.tasklet(w2)(i, 200) for i in range(3)]
interrupts = 0
first = stackless.run(N, totaltimeout=True)
print("totaltimeout: first run returned one of the workers:", first in ts)
assert first in ts
assert sum(counts2) < 600
r = first
while r is not None:
    interrupts += 1
    assert r in ts and r.alive and not r.scheduled
    r.insert()
    r = stackless.run(N, totaltimeout=True)
print("totaltimeout: interrupted at least once:", interrupts >= 1, "counts", counts2)
assert interrupts >= 1 and counts2 == [200, 200, 200]
assert log1 == [0, 1, 2] * 200
assert sorted(log2) == sorted(log1)
assert stackless.getruncount() == 1
print("OK")
