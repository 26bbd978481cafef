# Stackless rule checked: atomic defers the watchdog's interrupt (stacklessmodule.c
# interrupt_timeout_return: when the current tasklet is atomic the interrupt only becomes
# "pending"; taskletobject.c PyTasklet_SetAtomic -> stackless_util.c slp_check_pending_irq:
# when atomic is cleared with an interrupt pending, the interrupt fires at the next opcode;
# seed text: atomic "would inhibit this involuntary switching in sensitive areas").
# The hog sets atomic, runs far more than N opcodes, clears atomic, and would then go on
# with a second long loop:
# - the atomic section is never interrupted: when run(N) returns, its loop has completed;
# - the interrupt fires right after atomic is cleared: nothing after set_atomic(old) has run
#   yet (not even the next log statement), and run(N) returned the hog;
# - after insert() + run() the hog continues from there and finishes.
# A second tasklet that never goes atomic is interrupted in its first slice (control case).
import stackless

N = 500
log = []
count = [0]

def hog():
    me = stackless.getcurrent()
    old = me.set_atomic(True)
    for i in range(5000):
        count[0] += 1
    log.append("atomic loop done %d" % count[0])
    me.set_atomic(old)
    log.append("after atomic")
    for i in range(5000):
        count[0] += 1
    log.append("hog end %d" % count[0])

h = stackless.tasklet(hog)()
r = stackless.run(N)
log.append("run returned hog: %s, atomic=%s, alive=%s, scheduled=%s" % (
    r is h, h.atomic, h.alive, h.scheduled))
assert count[0] == 5000
h.insert()
r = stackless.run()
log.append("final run returned %s" % r)

plain_count = [0]
def plain():
    for i in range(5000):
        plain_count[0] += 1
    log.append("plain end (wrong)")
p = stackless.tasklet(plain)()
r = stackless.run(N)
log.append("control: returned plain=%s, stopped early=%s" % (r is p, 0 < plain_count[0] < 5000))
p.kill()

for line in log:
    print(line)
assert log == [
    "atomic loop done 5000",
    "run returned hog: True, atomic=False, alive=True, scheduled=False",
    "after atomic", "hog end 10000", "final run returned None",
    "control: returned plain=True, stopped early=True",
], log
assert not p.alive and stackless.getruncount() == 1
print("OK")
