# Stackless rule checked: stackless.tasklet(func)(*args, **kwargs) binds positional AND keyword
# arguments and makes the tasklet runnable; when it runs, func is called with exactly those
# arguments (docs, Tasklets: "stackless.tasklet(func)(1, 2, 3, string="test")" calls
# func(1, 2, 3, string="test")). Keyword arguments may come in any order, defaults of func
# fill the parameters not given. Calling a tasklet (tasklet.__call__ == tasklet.setup) returns
# the tasklet itself (taskletobject.c tasklet_setup: "return (PyObject*) task").
# New tasklets are appended to the end of the runnables, so they start in creation order.
import stackless

log = []

def f(a, b=2, c=3):
    log.append(("f", a, b, c))

def g(x, y):
    log.append(("g", x, y))

def make(prefix):
    def h(n, sep="-"):
        log.append(("h", prefix + sep + str(n)))
    return h

t1 = stackless.tasklet(f)(1)
t2 = stackless.tasklet(f)(1, c=30)
t3 = stackless.tasklet(f)(a=5, c=7, b=6)
t4 = stackless.tasklet(g)(y="why", x="ex")
t5 = stackless.tasklet(make("p"))(4, sep="+")
t6 = stackless.tasklet(lambda k=0, m=1: log.append(("lambda", k, m)))(m=9)
handles = [t1, t2, t3, t4, t5, t6]
assert isinstance(t1, stackless.tasklet)
assert len([t for t in handles if t.alive and t.scheduled]) == 6
print("runcount before run", stackless.getruncount())
assert stackless.getruncount() == 7
stackless.run()
for entry in log:
    print(entry)
assert log == [
    ("f", 1, 2, 3), ("f", 1, 2, 30), ("f", 5, 6, 7), ("g", "ex", "why"),
    ("h", "p+4"), ("lambda", 0, 9),
], log
assert [t.alive for t in handles] == [False] * 6
assert stackless.getruncount() == 1
print("OK")
