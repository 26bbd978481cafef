# Stackless rule checked: control comes back to main when nothing else can run, whatever took
# main out of the run queue (scheduling.c slp_tasklet_end: with no runnable tasklet left, the
# innermost run() waiter or main is woken -- slp_get_watchdog -- and slp_schedule_task puts a
# floating target back in the queue; schedule_task_block "revive_main"; stacklessmodule.c
# PyStackless_Schedule, PyStackless_RunWatchdogEx):
# - main calls t.switch() (main is paused) and t ends: main is revived and switch() returns
#   main's tempval. t runs at once; when it ends while other tasklets are runnable, main
#   stays paused and they run first.
# - main inside stackless.run(): the last runnable tasklet calls schedule_remove(), or is
#   removed by another tasklet that then ends: run() returns None; the removed tasklet stays
#   alive and paused.
# - main calls schedule_remove(): main leaves the queue like any tasklet and comes back when
#   the others are done; alone, schedule_remove(x) returns x at once.
# - main paused by switch() and the last runnable tasklet blocks on a channel: main is
#   revived, the tasklet stays blocked.
import stackless

log = []
m = stackless.getmain()

def note(name):
    log.append(name)

t = stackless.tasklet(note)("t")
m.tempval = "main's tempval"
r = t.switch()
log.append("switch returned %r" % r)

def worker(name, n):
    for i in range(n):
        log.append("%s%d paused=%s" % (name, i, m.paused))
        stackless.schedule()
stackless.tasklet(worker)("a", 2)
stackless.tasklet(worker)("b", 2)
t = stackless.tasklet(note)("t2")
t.switch()
log.append("main back, runcount %d" % stackless.getruncount())

def removes_itself():
    log.append("removes itself")
    stackless.schedule_remove()
    log.append("resumed later")
rt = stackless.tasklet(removes_itself)()
r = stackless.run()
log.append("run returned %r, paused=%s alive=%s" % (r, rt.paused, rt.alive))
rt.insert()
stackless.run()

def sleeper():
    stackless.schedule()
    log.append("sleeper resumed (wrong)")
def remover(victim):
    victim.remove()
    log.append("removed the other one")
st = stackless.tasklet(sleeper)()
stackless.tasklet(remover)(st)
r = stackless.run()
log.append("run returned %r, sleeper paused=%s" % (r, st.paused))
st.kill()

stackless.tasklet(note)("before main comes back")
r = stackless.schedule_remove("x")
log.append("schedule_remove returned %r, main scheduled=%s" % (r, m.scheduled))
log.append("lone schedule_remove returned %r" % stackless.schedule_remove("y"))

ch = stackless.channel()
def blocker():
    log.append("blocker receives")
    log.append("blocker got %r" % ch.receive())
bt = stackless.tasklet(blocker)()
bt.switch()
log.append("main revived, blocker blocked=%s balance=%d" % (bt.blocked, ch.balance))
ch.send("late")

for line in log:
    print(line)
assert log == [
    "t", "switch returned \"main's tempval\"",
    "t2", "a0 paused=True", "b0 paused=True", "a1 paused=True", "b1 paused=True",
    "main back, runcount 1",
    "removes itself", "run returned None, paused=True alive=True", "resumed later",
    "removed the other one", "run returned None, sleeper paused=True",
    "before main comes back", "schedule_remove returned 'x', main scheduled=True",
    "lone schedule_remove returned 'y'",
    "blocker receives", "main revived, blocker blocked=True balance=-1", "blocker got 'late'",
], log
assert stackless.getruncount() == 1
print("OK")
