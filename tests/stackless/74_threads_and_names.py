# Stackless rule checked: the module-level API of Stackless 3.7 beyond tasklets and channels.
# One thread exists (no interpreter threads): stackless.threads and getthreads() list its id,
# every tasklet's thread_id is it, get_thread_info(id) gives (main, current, runcount) (None or
# -1 mean this thread; an unknown id raises RuntimeError "Thread id not found");
# getcurrentid() is the thread's id in main and the tasklet's own id elsewhere; the module is
# also stackless.stackless; enable_softswitch(flag) returns the previous flag (None only asks;
# switching is soft whatever it says); getdebug() is False; getuncollectables() and
# stackless.uncollectables are [] (no tasklet holds a native stack); tasklet.restorable is True
# for the same reason.
# References: Stackless 3.7 stacklessmodule.c stackless_methods (the module's function table),
# get_thread_info, getcurrentid/PyStackless_GetCurrentId, enable_softswitch, slp_getthreads,
# slpmodule_getuncollectables; taskletobject.c tasklet_thread_id, tasklet_restorable;
# stackless.rst (Attributes: threads, uncollectables); stackless_testsuite v3_1 test_content.py
# (the names a module must have).
import stackless

assert stackless.stackless is stackless
for name in ("atomic", "getmain", "get_thread_info", "tasklet", "stackless", "run", "schedule",
             "getruncount", "schedule_remove", "getcurrent", "channel", "current", "main",
             "runcount", "threads", "bomb", "set_error_handler", "switch_trap", "enable_softswitch",
             "getcurrentid", "set_channel_callback", "get_channel_callback",
             "set_schedule_callback", "get_schedule_callback", "getdebug", "getuncollectables",
             "getthreads", "uncollectables"):
    assert hasattr(stackless, name), name
assert isinstance(stackless.atomic, type) and isinstance(stackless.threads, list)

tid = stackless.getcurrent().thread_id
print("threads:", stackless.threads == [tid], stackless.getthreads() == [tid])
main = stackless.getmain()
info = stackless.get_thread_info(tid)
assert info == (main, main, 1), info
assert stackless.get_thread_info(None) == info and stackless.get_thread_info(-1) == info
assert stackless.get_thread_info() == info
try:
    stackless.get_thread_info(tid + 12345)
except RuntimeError as e:
    print("unknown thread:", e)

seen = []


def worker():
    t = stackless.getcurrent()
    m, c, n = stackless.get_thread_info(tid)
    seen.append((t.thread_id == tid, m is main and c is t, n == stackless.getruncount()))


w = stackless.tasklet(worker)()
assert w.thread_id == tid
ids = []
stackless.tasklet(lambda: ids.append(stackless.getcurrentid()))()
stackless.tasklet(lambda: ids.append(stackless.getcurrentid()))()
stackless.run()
assert seen == [(True, True, True)]
assert len(set(ids)) == 2 and tid not in ids
assert stackless.getcurrentid() == tid
print("ids: main has the thread's, tasklets their own")

assert stackless.enable_softswitch(None) is True
assert stackless.enable_softswitch(False) is True
assert stackless.enable_softswitch(None) is False
assert stackless.enable_softswitch(True) is False
assert stackless.getdebug() is False
assert stackless.getuncollectables() == [] and stackless.uncollectables == []
t = stackless.tasklet(lambda: None)
assert t.restorable is True and main.restorable is True
try:
    t.restorable = False
except AttributeError as e:
    print("restorable:", e)
print("done")
