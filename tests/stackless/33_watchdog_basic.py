# Stackless rule checked: the watchdog, stackless.run(N) (stacklessmodule.c
# PyStackless_RunWatchdogEx / interrupt_timeout_return; docs stackless.run, scheduler
# "Pre-emptive scheduling" / "Detecting uncooperative tasklets"):
# - run(N) runs the scheduler; a tasklet that executes N opcodes without switching is
#   interrupted and run() returns it. The interrupted tasklet is removed from the runnables:
#   alive, paused, not scheduled, not blocked (Stackless unittest test_aliveness3). Main is
#   current again and runcount counts only the tasklets still runnable.
# - run(N) with nothing runnable returns None at once (a paused tasklet is not run).
# - t.insert() then run(N) / run() resumes the tasklet exactly where it stopped.
# - The budget is per tasklet slice (reset at every switch; "until any subsequently scheduled
#   tasklet runs for at least that many instructions"): a cooperative tasklet that switches
#   often (A) is never interrupted, only the hog (B) is returned, and run() returns None when
#   everything finished without an interruption.
# Opcode counts are implementation specific: only WHICH tasklet is returned and that it did
# not finish are asserted, not how far it got.
import stackless

N = 1000
count = [0]
done = []

def hog(n):
    for i in range(n):
        count[0] += 1
    done.append("hog")

h = stackless.tasklet(hog)(20000)
r = stackless.run(N)
c1 = count[0]
print("run(N) returned the hog:", r is h)
print("interrupted mid-loop:", 0 < c1 < 20000, done == [])
print("state alive/paused/scheduled/blocked:", h.alive, h.paused, h.scheduled, h.blocked)
print("main current again:", stackless.getcurrent() is stackless.getmain(), "runcount", stackless.getruncount())
assert r is h and 0 < c1 < 20000 and done == []
assert h.alive and h.paused and not h.scheduled and not h.blocked
assert stackless.getcurrent() is stackless.getmain() and stackless.getruncount() == 1

r2 = stackless.run(N)
print("nothing runnable:", r2 is None, count[0] == c1)
assert r2 is None and count[0] == c1

h.insert()
r3 = stackless.run(N)
c3 = count[0]
print("second slice returned the hog again, progressed:", r3 is h, c1 < c3 < 20000)
assert r3 is h and c1 < c3 < 20000
h.insert()
r4 = stackless.run()
print("plain run finished it:", r4 is None, count[0], done, h.alive)
assert r4 is None and count[0] == 20000 and done == ["hog"] and not h.alive

log = []
def coop():
    for i in range(3):
        log.append("A%d" % i)
        stackless.schedule()
    log.append("A end")

bcount = [0]
def busy():
    log.append("B start")
    for i in range(20000):
        bcount[0] += 1
    log.append("B end")

a = stackless.tasklet(coop)()
b = stackless.tasklet(busy)()
r = stackless.run(N)
log.append("main: interrupted B=%s, A scheduled=%s, runcount=%d" % (
    r is b, a.scheduled, stackless.getruncount()))
assert 0 < bcount[0] < 20000
b.insert()
r = stackless.run()
log.append("main: run returned %s" % r)
print(" | ".join(log))
assert log == [
    "A0", "B start", "main: interrupted B=True, A scheduled=True, runcount=2",
    "A1", "B end", "A2", "A end", "main: run returned None",
], log
assert bcount[0] == 20000

def cooperative(n):
    for i in range(n):
        stackless.schedule()
    done.append("coop")
for i in range(3):
    stackless.tasklet(cooperative)(300)
r = stackless.run(N)
print("only cooperative tasklets: run(N) returned", r, done)
assert r is None and done == ["hog", "coop", "coop", "coop"]
assert stackless.getruncount() == 1
print("OK")
