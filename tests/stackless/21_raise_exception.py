# Stackless rule checked: tasklet.raise_exception(exc_class, *args)
# (taskletobject.c impl_tasklet_raise_exception: slp_make_bomb(klass, args) then
# _impl_tasklet_throw_bomb(pending=0); docs tasklet.raise_exception):
# - exc_class(*args) is raised inside the target, which is switched to at once (never
#   pending). A target blocked on a channel is unblocked first.
# - If the target catches it and blocks again, the caller (next in the ring) resumes.
# - If the target does not catch it, the target ends and the exception is re-raised in the
#   main tasklet: here from the raise_exception() call itself.
# - A runnable tasklet (waiting in schedule()) gets it from its schedule() call; a tasklet set
#   up but never run gets it before its function starts (the body never runs), so uncaught it
#   reaches main at once.
# - raise_exception() on a dead tasklet raises RuntimeError.
import stackless

log = []
ch = stackless.channel()

def server():
    while True:
        try:
            v = ch.receive()
            log.append("server got " + v)
        except IndexError as e:
            log.append("server caught IndexError %s" % (e.args,))

srv = stackless.tasklet(server)()
stackless.run()
assert srv.blocked and ch.balance == -1
srv.raise_exception(IndexError, 1, 2)
log.append("main resumed, server blocked again: %s" % srv.blocked)
ch.send("hello")
log.append("main after send")
try:
    srv.raise_exception(ValueError, "fatal")
    log.append("no exception (wrong)")
except ValueError as e:
    log.append("main caught ValueError %s" % (e.args,))
assert not srv.alive and ch.balance == 0
try:
    srv.raise_exception(IndexError)
except RuntimeError:
    log.append("raise_exception on dead: RuntimeError")

def sched():
    try:
        stackless.schedule()
        log.append("sched resumed (wrong)")
    except KeyError as e:
        log.append("sched caught KeyError %s" % (e.args,))
    log.append("sched ends")

sc = stackless.tasklet(sched)()
stackless.schedule()
sc.raise_exception(KeyError, "r")
log.append("main after raise_exception on runnable")
assert not sc.alive

def never():
    log.append("never runs (wrong)")

nt = stackless.tasklet(never)()
try:
    nt.raise_exception(ZeroDivisionError, "new")
except ZeroDivisionError as e:
    log.append("main got ZeroDivisionError %s from the new tasklet" % (e.args,))
assert not nt.alive

for line in log:
    print(line)
assert log == [
    "server caught IndexError (1, 2)",
    "main resumed, server blocked again: True",
    "server got hello", "main after send",
    "main caught ValueError ('fatal',)",
    "raise_exception on dead: RuntimeError",
    "sched caught KeyError ('r',)", "sched ends", "main after raise_exception on runnable",
    "main got ZeroDivisionError ('new',) from the new tasklet",
], log
assert stackless.getruncount() == 1
print("OK")
