# Stackless rule checked: tasklet attributes about threads and the C stack, as Stackless 3.7
# gives them when no tasklet holds C state: bind_thread() (no id or -1: already bound, nothing to
# do; this thread's id: allowed unless the tasklet is runnable, "can't (re)bind a runnable
# tasklet"; another id: ValueError "bad thread"), nesting_level (always 0 here: every switch is
# soft), recursion_depth (the tasklet's Python call depth), ignore_nesting/set_ignore_nesting
# (the flag, returned by the setter as its old value), restorable (True, but False while the
# tasklet waits in stackless.run(), which is a C call in Stackless).
# References: Stackless 3.7 taskletobject.c tasklet_bind_thread/PyTasklet_BindThread,
# tasklet_restorable, tasklet_get_nesting_level, tasklet_get_recursion_depth,
# tasklet_set_ignore_nesting; tasklets.rst; stackless_testsuite v3_1 tasklet/test_functionality.py
# (the lifecycle states: a tasklet in run() is not restorable).
import stackless

main = stackless.getmain()
tid = main.thread_id
t = stackless.tasklet(lambda: None)
assert t.bind_thread() is None and t.bind_thread(-1) is None and t.bind_thread(tid) is None
try:
    t.bind_thread(tid + 1)
except ValueError as e:
    print("other thread:", e)
t()
try:
    t.bind_thread(tid)
except RuntimeError as e:
    print("runnable:", e)
t.remove()
assert t.bind_thread(tid) is None
t.kill()

print("nesting:", main.nesting_level, t.nesting_level)


def depth(n):
    if n == 0:
        return stackless.current.recursion_depth
    return depth(n - 1)


base = main.recursion_depth
assert depth(5) == base + 6, (depth(5), base)
inner = []
stackless.tasklet(lambda: inner.append((stackless.current.recursion_depth, depth(2))))()
stackless.run()
print("recursion depth in a tasklet:", inner)
assert inner[0][1] == inner[0][0] + 3

assert main.ignore_nesting is False
assert main.set_ignore_nesting(True) is False
assert main.ignore_nesting is True
assert main.set_ignore_nesting(0) is True and main.ignore_nesting is False

seen = []


def check():
    seen.append((main.restorable, stackless.current.restorable))


assert main.restorable is True
stackless.tasklet(check)()
stackless.run()
print("restorable while main is in run():", seen)
assert seen == [(False, True)] and main.restorable is True
print("done")
