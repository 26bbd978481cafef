# Stackless rule checked: channel.send_exception and channel.send_throw (channelobject.c
# impl_channel_send_exception / impl_channel_send_throw, scheduling.c slp_make_bomb /
# slp_exc_to_bomb; docs channel.send_exception / send_throw; Stackless unittests
# testSendException / testSendThrow):
# - send_exception(cls, *args) sends cls(*args); the receiver gets it raised from its
#   receive() instead of a value. send_throw(exc, val=None, tb=None) has "raise" semantics:
#   an exception instance, or a class plus a value. Both return None.
# - Scheduling is exactly that of send(): with preference -1 a waiting receiver runs at once
#   and the sender continues afterwards; if nobody waits, the sender blocks, and the
#   receiver that comes later gets the exception from its receive() (main included) while the
#   sender is appended to the runnables.
# - Ordinary values still flow afterwards.
# (The exception-sender is started with t.run() from main, not inside stackless.run(): in the
# C code, when the last runnable tasklet inside run() blocks while its tempval holds an
# exception, schedule_task_block passes that exception to main ("emulate old revive_main
# behavior"), so run() would raise it. That quirk is deliberately not tested here.)
import stackless

log = []
ch = stackless.channel()

def rcv(name):
    try:
        v = ch.receive()
        log.append(name + " value " + str(v))
    except ValueError as e:
        log.append(name + " ValueError " + str(e.args))
    except IndexError as e:
        log.append(name + " IndexError " + str(e.args))

stackless.tasklet(rcv)("R1")
stackless.run()
r = ch.send_exception(ValueError, "a", 1)
log.append("main after send_exception, returned %s" % r)

stackless.tasklet(rcv)("R2")
stackless.run()
r = ch.send_throw(ValueError("inst"))
log.append("main after send_throw(instance), returned %s" % r)

stackless.tasklet(rcv)("R3")
stackless.run()
ch.send_throw(IndexError, "cls+val")
log.append("main after send_throw(class, value)")

def exc_sender():
    r = ch.send_exception(IndexError, 5)
    log.append("sender resumed, returned %s" % r)

st = stackless.tasklet(exc_sender)()
st.run()
assert ch.balance == 1 and st.blocked
try:
    ch.receive()
    log.append("main received a value (wrong)")
except IndexError as e:
    log.append("main receive raised IndexError " + str(e.args))
assert ch.balance == 0 and stackless.getruncount() == 2
stackless.run()

stackless.tasklet(rcv)("R4")
stackless.run()
ch.send(7)
log.append("main after plain send")

for line in log:
    print(line)
assert log == [
    "R1 ValueError ('a', 1)", "main after send_exception, returned None",
    "R2 ValueError ('inst',)", "main after send_throw(instance), returned None",
    "R3 IndexError ('cls+val',)", "main after send_throw(class, value)",
    "main receive raised IndexError (5,)", "sender resumed, returned None",
    "R4 value 7", "main after plain send",
], log
assert stackless.getruncount() == 1
print("OK")
