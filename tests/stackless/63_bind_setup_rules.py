# Stackless rule checked: tasklet.bind() and tasklet.setup() (taskletobject.c
# PyTasklet_BindEx, tasklet_bind, tasklet_setup, impl_tasklet_setup):
# - bind(func) first checks that func is callable (TypeError); then bind() is refused for the
#   current tasklet ("can't (re)bind the current tasklet"), a
#   scheduled or blocked one ("tasklet is scheduled") and main.
# - bind(None) / bind() on a paused tasklet drops its frames: it is no longer alive (no
#   TaskletExit runs in it) and has no function; bind(func) on a tasklet that was set up and
#   removed before it ever ran replaces its function, and setup() then runs the new one.
# - bind(func, args) / bind(args=..., kwargs=...) builds the frame without scheduling: the
#   tasklet is alive and paused; bind(None, args) uses the function already bound, and
#   without one raises RuntimeError "the tasklet was not bound to a function".
# - setup() (and calling the tasklet) on an alive tasklet raises RuntimeError
#   "tasklet is alive"; with no function bound, "the tasklet was not bound to a function".
# - bind() and setup() return the tasklet.
import stackless

log = []

def err(label, f, *a, **k):
    try:
        f(*a, **k)
        log.append(label + ": no error")
    except Exception as e:
        log.append("%s: %s %s" % (label, type(e).__name__, e))

def f(*args, **kw):
    log.append("f%r%r" % (args, sorted(kw.items())))
def g(*args):
    log.append("g%r" % (args,))

def selfbind():
    err("bind current to a non-callable", stackless.getcurrent().bind, 42)
    err("bind current", stackless.getcurrent().bind, f)
stackless.tasklet(selfbind)()
stackless.run()
t = stackless.tasklet(f)(1)
err("bind scheduled", t.bind, g)
t.remove()
log.append("bind(g) on a removed, never run tasklet returns it: %s" % (t.bind(g) is t))
log.append("alive after bind: %s" % t.alive)
log.append("setup returns it: %s" % (t.setup(2) is t))
stackless.run()

ch = stackless.channel()
def waits():
    try:
        ch.receive()
    finally:
        log.append("finally in waits")
w = stackless.tasklet(waits)()
stackless.run()
err("bind blocked", w.bind, None)
ch.send_exception(TaskletExit)
w2 = stackless.tasklet(lambda: stackless.schedule_remove())()
stackless.run()
log.append("paused: alive=%s paused=%s" % (w2.alive, w2.paused))
w2.bind(None)
log.append("after bind(None): alive=%s paused=%s" % (w2.alive, w2.paused))
err("setup without function", w2.setup)
err("bind args without function", w2.bind, None, (1,))
w2.bind(f, (3,), {"k": 4})
log.append("bound with args: alive=%s paused=%s scheduled=%s" % (w2.alive, w2.paused, w2.scheduled))
err("setup on alive", w2.setup)
err("call on alive", w2)
w2.insert()
stackless.run()
w3 = stackless.tasklet(g)
w3.bind(args=(5,))
w3.insert()
stackless.run()
w4 = stackless.tasklet(f)
w4.bind(kwargs={"only": "kw"})
w4.run()
err("bind main", stackless.getmain().bind, None, ())
def bind_main():
    err("bind main from a tasklet", stackless.getmain().bind, None)
stackless.tasklet(bind_main)()
stackless.run()

for line in log:
    print(line)
assert log == [
    "bind current to a non-callable: TypeError tasklet function must be a callable or None",
    "bind current: RuntimeError can't (re)bind the current tasklet",
    "bind scheduled: RuntimeError tasklet is scheduled",
    "bind(g) on a removed, never run tasklet returns it: True",
    "alive after bind: False", "setup returns it: True", "g(2,)",
    "bind blocked: RuntimeError tasklet is scheduled",
    "finally in waits",
    "paused: alive=True paused=True", "after bind(None): alive=False paused=False",
    "setup without function: RuntimeError the tasklet was not bound to a function",
    "bind args without function: RuntimeError the tasklet was not bound to a function",
    "bound with args: alive=True paused=True scheduled=False",
    "setup on alive: RuntimeError tasklet is alive",
    "call on alive: RuntimeError tasklet is alive",
    "f(3,)[('k', 4)]", "g(5,)", "f()[('only', 'kw')]",
    "bind main: RuntimeError can't (re)bind the current tasklet",
    "bind main from a tasklet: RuntimeError can't unbind the main tasklet",
], log
assert stackless.getruncount() == 1
print("OK")
