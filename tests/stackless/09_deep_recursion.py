# Stackless rule checked: a tasklet owns its whole call stack. A tasklet can recurse 2000
# frames deep (with sys.setrecursionlimit raised), switch away at the bottom with
# schedule(), let another equally deep tasklet run, and later resume and unwind correctly.
# Main blocks in ch.receive(); each sender activates main immediately (preference -1).
import sys
import stackless

sys.setrecursionlimit(10000)
log = []
ch = stackless.channel()

def down(n, name):
    if n == 0:
        log.append(name + " bottom")
        stackless.schedule()
        log.append(name + " resumed at bottom")
        return 0
    return down(n - 1, name) + 1

def worker(name, depth):
    r = down(depth, name)
    ch.send((name, r))
    log.append(name + " finished")

def tri(n):
    if n == 0:
        return 0
    return n + tri(n - 1)

def summer():
    ch.send(("tri", tri(2000)))

stackless.tasklet(worker)("A", 2000)
stackless.tasklet(worker)("B", 2000)
results = [ch.receive(), ch.receive()]
print(results)
print("runcount", stackless.getruncount())
stackless.run()
stackless.tasklet(summer)()
results.append(ch.receive())
stackless.run()
for line in log:
    print(line)
print(results)
assert results == [("A", 2000), ("B", 2000), ("tri", 2001000)], results
assert log == ["A bottom", "B bottom", "A resumed at bottom", "B resumed at bottom",
               "A finished", "B finished"], log
print("OK")
