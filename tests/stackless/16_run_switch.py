# Stackless rule checked: tasklet.run() and tasklet.switch()
# (docs tasklet.run / tasklet.switch; taskletobject.c impl_tasklet_run_remove):
# - t.run() inserts t at the end of the runnables if it is not there yet, then switches to it
#   at once; the caller stays runnable in its place. What runs after t follows the ring of
#   runnables from t: t1.run() on the first of t1, t2, t3 lets t1, t2 and t3 all run before
#   main resumes; t2.run() runs t2 and t3, then main, and t1 has still not run (the docs'
#   example).
# - t.run() of a blocked tasklet raises RuntimeError.
# - t.switch() is like run() but the caller is taken out of the runnables (paused) and only
#   continues when something makes it runnable again (here: the switched-to tasklet calls
#   main.insert() and then schedule()). A paused tasklet can be switched to as well: it is
#   inserted before the caller is removed. m.run() from another tasklet re-inserts main at the
#   end of the ring; when main then calls stackless.run(), the tasklet after main in the ring
#   (the one that ran m.run()) continues first.
import stackless

log = []

def f(name):
    log.append(name + "1")
    stackless.schedule()
    log.append(name + "2")

t1 = stackless.tasklet(f)("a")
t2 = stackless.tasklet(f)("b")
t3 = stackless.tasklet(f)("c")
t1.run()
log.append("main")
t3.run()
log.append("main")
stackless.run()
print("phase 1:", " ".join(log))
assert log == ["a1", "b1", "c1", "main", "c2", "main", "a2", "b2"], log

log = []
t4 = stackless.tasklet(f)("d")
t5 = stackless.tasklet(f)("e")
t6 = stackless.tasklet(f)("f")
t5.run()
log.append("main")
stackless.run()
print("phase 2:", " ".join(log))
assert log == ["e1", "f1", "main", "d1", "e2", "f2", "d2"], log

log = []
ch = stackless.channel()
def blocked():
    ch.receive()
bt = stackless.tasklet(blocked)()
stackless.run()
try:
    bt.run()
except RuntimeError:
    log.append("run blocked: RuntimeError")
bt.kill()

m = stackless.getmain()
def sw():
    log.append("sw start")
    log.append("main paused=%s scheduled=%s" % (m.paused, m.scheduled))
    m.insert()
    stackless.schedule()
    log.append("sw end")

s = stackless.tasklet(sw)()
s.switch()
log.append("main back, runcount %d" % stackless.getruncount())
stackless.run()

p = stackless.tasklet(f)
p.bind(f, ("p",))
assert p.paused
def resume_main():
    log.append("resumer")
    m.run()
    log.append("resumer end")
stackless.tasklet(resume_main)()
p.switch()
log.append("main back again")
stackless.run()
print("phase 3:", " | ".join(log))
assert log == [
    "run blocked: RuntimeError", "sw start", "main paused=True scheduled=False",
    "main back, runcount 2", "sw end",
    "p1", "resumer", "main back again", "resumer end", "p2",
], log
assert stackless.getruncount() == 1
print("OK")
