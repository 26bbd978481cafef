# Stackless rule checked: the tasklet life cycle through bind/setup/insert
# (taskletobject.c PyTasklet_BindEx, tasklet_setup; docs, tasklet.bind / tasklet.setup):
# - stackless.tasklet(func) (or tasklet() then t.bind(func)) only binds the callable: the
#   tasklet is not alive (no frame yet), not scheduled, not paused.
# - t.bind(func, args, kwargs) with arguments gives it its frame WITHOUT making it runnable:
#   alive and paused, not scheduled, runcount unchanged; t.insert() then makes it runnable.
#   The constructor tasklet(func, args, kwargs) does the same (tasklet.__init__ calls bind).
# - t.setup(*args, **kwargs) (== t(*args, **kwargs)) binds the arguments and inserts the
#   tasklet at the end of the runnables; bind() and setup() return the tasklet.
# - setup() on an alive tasklet raises RuntimeError ("tasklet is alive"); bind() on a
#   scheduled tasklet raises RuntimeError ("tasklet is scheduled").
# - A finished tasklet is dead again and can be re-bound and re-run, keeping its identity.
import stackless

log = []
states = []

def f(a, b=0, c=0):
    log.append((a, b, c))

def state(name, t):
    states.append((name, t.alive, t.scheduled, t.paused))

t = stackless.tasklet(f)
state("bound only", t)
t.bind(f, (1,), {"c": 3})
state("bind with args", t)
assert stackless.getruncount() == 1
t.insert()
state("inserted", t)
assert stackless.getruncount() == 2

t2 = stackless.tasklet()
state("empty", t2)
assert t2.bind(f) is t2
state("bind(f)", t2)
assert t2.setup(10, b=20) is t2
state("setup", t2)
assert stackless.getruncount() == 3

errors = []
try:
    t2.setup(1)
except RuntimeError:
    errors.append("setup on alive: RuntimeError")
try:
    t2.bind(f)
except RuntimeError:
    errors.append("bind on scheduled: RuntimeError")

t3 = stackless.tasklet(f, (7,), {"b": 8})
state("constructor with args", t3)
assert stackless.getruncount() == 3
t3.insert()

stackless.run()
state("t after run", t)
t.bind(f, (100,))
state("rebound", t)
t.insert()
stackless.run()

for s in states:
    print(s)
for e in errors:
    print(e)
print(log)
assert states == [
    ("bound only", False, False, False),
    ("bind with args", True, False, True),
    ("inserted", True, True, False),
    ("empty", False, False, False),
    ("bind(f)", False, False, False),
    ("setup", True, True, False),
    ("constructor with args", True, False, True),
    ("t after run", False, False, False),
    ("rebound", True, False, True),
], states
assert errors == ["setup on alive: RuntimeError", "bind on scheduled: RuntimeError"], errors
assert log == [(1, 0, 3), (10, 20, 0), (7, 8, 0), (100, 0, 0)], log
assert stackless.getruncount() == 1
print("OK")
