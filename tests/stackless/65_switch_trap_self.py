# Stackless rule checked: switch_trap and the tasklet methods that switch
# (scheduling.c slp_schedule_task: with the trap set, a switch to ANOTHER tasklet raises
# RuntimeError("switch_trap"); prev == next is no switch and returns the caller's tempval;
# taskletobject.c impl_tasklet_run_remove undoes its insertion when the switch fails;
# _impl_tasklet_throw_bomb: a throw to the current tasklet raises at once, a pending one only
# inserts the target and does not switch):
# - under the trap, t.run(), t.switch(), t.kill(), t.throw() and t.raise_exception() of
#   another tasklet raise RuntimeError and leave it as it was (a paused tasklet is not
#   inserted, the exception is not delivered); kill(pending=True) and
#   throw(..., pending=True) are allowed.
# - switching to oneself (current.run(), current.switch(), twice) is allowed under the trap,
#   returns the tempval and leaves the current tasklet runnable.
# - the current tasklet's throw()/kill() raise in it at once, trap or not.
import stackless

log = []
me = stackless.getcurrent()

def body(name):
    try:
        stackless.schedule_remove()
        log.append(name + " resumed normally")
    except Exception as e:
        log.append("%s got %s" % (name, type(e).__name__))

p = stackless.tasklet(body)("p")
q = stackless.tasklet(body)("q")
stackless.run()

stackless.switch_trap(1)
for label, op in [("run", p.run), ("switch", p.switch), ("kill", p.kill),
                  ("throw", lambda: p.throw(KeyError)), ("raise_exception", lambda: p.raise_exception(KeyError))]:
    try:
        op()
        log.append(label + ": no error")
    except RuntimeError as e:
        log.append("%s: RuntimeError %s, paused=%s" % (label, e, p.paused))
me.tempval = "t1"
log.append("current.run() -> %r" % me.run())
me.tempval = "t2"
log.append("current.switch() -> %r" % me.switch())
me.switch()
log.append("still scheduled: %s, runcount %d" % (me.scheduled, stackless.getruncount()))
p.throw(ValueError, pending=True)
q.kill(pending=True)
log.append("pending: p scheduled=%s q scheduled=%s" % (p.scheduled, q.scheduled))
try:
    me.throw(IndexError)
except IndexError:
    log.append("throw to current raised at once")
stackless.switch_trap(-1)
stackless.run()
log.append("q alive after its kill: %s" % q.alive)
try:
    me.kill()
except TaskletExit:
    log.append("kill of current raised TaskletExit")

for line in log:
    print(line)
assert log == [
    "run: RuntimeError switch_trap, paused=True", "switch: RuntimeError switch_trap, paused=True",
    "kill: RuntimeError switch_trap, paused=True", "throw: RuntimeError switch_trap, paused=True",
    "raise_exception: RuntimeError switch_trap, paused=True",
    "current.run() -> 't1'", "current.switch() -> 't2'", "still scheduled: True, runcount 1",
    "pending: p scheduled=True q scheduled=True", "throw to current raised at once",
    "p got ValueError", "q alive after its kill: False", "kill of current raised TaskletExit",
], log
assert stackless.getruncount() == 1
print("OK")
