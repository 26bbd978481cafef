# The tasklet's and channel's attributes seen on their classes, as introspecting code expects:
# properties are descriptors (Stackless defines them as getsets: taskletobject.c tasklet_getsetlist,
# channelobject.c channel_getsetlist; in CPython their type is getset_descriptor, with __get__
# and __set__), and methods taken from the class are unbound (stackless.tasklet.insert(t)).
import stackless

for name in ("alive", "blocked", "scheduled", "paused", "atomic", "is_main", "is_current",
             "tempval", "block_trap", "next", "prev"):
    assert hasattr(stackless.tasklet, name), name
for name in ("balance", "preference", "closing", "closed", "queue", "schedule_all"):
    assert hasattr(stackless.channel, name), name
d = stackless.tasklet.__dict__["alive"]
print(type(d).__name__, type(stackless.channel.balance).__name__)
print(callable(d), callable(stackless.tasklet.insert), "balance" in dir(stackless.channel), "__next__" in dir(stackless.channel))
print(stackless.tasklet.alive is d, getattr(stackless.channel, "closed") is stackless.channel.__dict__["closed"])

def f(ch):
    ch.receive()

ch = stackless.channel()
t = stackless.tasklet(f)(ch)
print(stackless.tasklet.alive.__get__(t), stackless.tasklet.scheduled.__get__(t, stackless.tasklet))
print(stackless.tasklet.alive.__get__(None, stackless.tasklet) is stackless.tasklet.alive)
stackless.channel.preference.__set__(ch, 1)
print(ch.preference)
try:
    stackless.channel.balance.__set__(ch, 3)
except AttributeError as e:
    print("AttributeError")

# methods from the class, called with the object first
t.remove()
print(t.scheduled, stackless.tasklet.insert(t) is t, t.scheduled)
stackless.schedule()
print(ch.balance, stackless.channel.send(ch, "x"), ch.balance, t.alive)
t2 = stackless.tasklet(f)
stackless.tasklet.setup(t2, ch)
stackless.tasklet.run(t2)
print(t2.blocked, stackless.tasklet.kill(t2), t2.alive)
# the module's own functions are unaffected (schedule(retval) is not a method)
print(stackless.schedule("retval"))
try:
    stackless.tasklet.insert(ch)
except TypeError as e:
    print("TypeError")
print("OK")
