# Stackless rule checked: stackless.bomb(type, value, traceback) -- or bomb(exc_info_tuple), the
# "sloppy" form -- holds an exception as a value (attributes type, value, traceback). Handed to a
# tasklet by a switch it explodes: a bomb sent through a channel raises in the receiver, a bomb
# given to schedule() as retval raises when the caller resumes, and a bomb set as a tasklet's
# tempval raises in that tasklet when it runs. bomb.raise_() raises it by hand (PyPy's API).
# References: Stackless 3.7 scheduling.c bomb_new, slp_bomb_explode and bomb__doc__ (the
# tempval example), slp_schedule_task_prepared (a bomb claimed as the result explodes);
# channelobject.c generic_channel_action; PyPy stackless.py bomb.raise_.
import stackless

try:
    1 / 0
except ZeroDivisionError as e:
    b = stackless.bomb(type(e), e)
print(b.type.__name__, b.value, b.traceback)
assert b.type is ZeroDivisionError and isinstance(b.value, ZeroDivisionError) and b.traceback is None

b2 = stackless.bomb((KeyError, KeyError("k"), None))  # one tuple: unpacked
assert b2.type is KeyError and str(b2.value) == "'k'"
empty = stackless.bomb()
assert empty.type is None and empty.value is None and empty.traceback is None

# through a channel: the receiver raises
ch = stackless.channel()
log = []


def receiver():
    try:
        ch.receive()
        log.append("no error")
    except ZeroDivisionError as e:
        log.append(("receiver raised", str(e)))


stackless.tasklet(receiver)()
stackless.schedule()
ch.send(b)
# the receiver blocked first, the sender waits: the bomb explodes in the receiver all the same
stackless.tasklet(lambda: ch.send(stackless.bomb(ValueError, "late")))()
stackless.schedule()
try:
    ch.receive()
except ValueError as e:
    log.append(("main raised", str(e)))
print(log)
assert log == [("receiver raised", "division by zero"), ("main raised", "late")]

# schedule(bomb): the caller raises when it resumes
try:
    stackless.schedule(b2)
    print("no error")
except KeyError as e:
    print("schedule raised", repr(e))

# a bomb as the tempval of a tasklet not yet run: it raises there, the error reaches main
t = stackless.tasklet(lambda: log.append("body ran"))()
t.tempval = stackless.bomb(RuntimeError, ("from the tempval",))
try:
    t.run()
except RuntimeError as e:
    print("run raised", e, t.alive, "body ran" in log)

# value forms: args tuple, single value, class only, instance as type
for bb in (stackless.bomb(ValueError, ("a", 1)), stackless.bomb(ValueError, "m"),
           stackless.bomb(ValueError), stackless.bomb(ValueError("inst"))):
    try:
        bb.raise_()
    except ValueError as e:
        print("raise_", repr(e))
