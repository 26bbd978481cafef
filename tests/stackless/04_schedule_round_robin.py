# Stackless rule checked: stackless.schedule() moves the current tasklet to the end of the
# runnables queue and switches to the next one (round robin). New tasklets are appended to
# the end of the queue. When main is not inside run() it is an ordinary member of the queue:
# main calling schedule() lets every other runnable tasklet run once before main resumes.
# schedule() with nothing else runnable returns immediately.
import stackless

log = []

def worker(name, n):
    for i in range(n):
        log.append(name + str(i))
        stackless.schedule()
    log.append(name + " end")

for name in ["A", "B", "C"]:
    stackless.tasklet(worker)(name, 3)
stackless.run()
print(" ".join(log))
assert log == ["A0", "B0", "C0", "A1", "B1", "C1", "A2", "B2", "C2",
               "A end", "B end", "C end"], log

log = []
stackless.tasklet(worker)("X", 2)
stackless.tasklet(worker)("Y", 2)
while stackless.getruncount() > 1:
    log.append("M")
    stackless.schedule()
print(" ".join(log))
assert log == ["M", "X0", "Y0", "M", "X1", "Y1", "M", "X end", "Y end"], log

log = []
stackless.schedule()
log.append("alone")
print(" ".join(log))
assert log == ["alone"]

log = []
def spawner():
    log.append("spawner")
    stackless.tasklet(worker)("S", 1)
    stackless.schedule()
    log.append("spawner again")
stackless.tasklet(spawner)()
stackless.tasklet(worker)("T", 1)
stackless.run()
print(" ".join(log))
assert log == ["spawner", "T0", "S0", "spawner again", "T end", "S end"], log
print("OK")
