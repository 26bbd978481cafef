# Stackless rule checked: tasklet.block_trap and deadlock detection
# (channelobject.c generic_channel_block: block_trap -> RuntimeError "this tasklet does not
# like to be blocked."; scheduling.c schedule_task_block / make_deadlock_bomb /
# slp_tasklet_end; docs tasklet.block_trap, channel.preference example; Stackless unittests
# testBlockTrapSend/Recv, TestDeadlock):
# - block_trap is read/write, False by default. A tasklet with block_trap set that would
#   block on a channel gets RuntimeError instead and nothing changes (balance stays 0);
#   transfers that do not block still work. It can be set on another tasklet before it runs.
# - Outside run(), blocking the last runnable tasklet raises RuntimeError("Deadlock: the
#   last runnable tasklet cannot be blocked.") in it; the channel is left as it was. A
#   tasklet that is the last runnable one while main is blocked on another channel gets the
#   same error (and may then wake main).
# - Inside run(), a tasklet that blocks when nothing else is runnable makes run() return
#   (main is woken); it stays blocked (Stackless unittest test_lone_receive).
# - If main is blocked in receive() and the last other runnable tasklet ENDS, main's receive
#   raises RuntimeError("the main tasklet is receiving without a sender available.").
import stackless

log = []
m = stackless.getmain()
ch = stackless.channel()
log.append("default block_trap=%s" % m.block_trap)
m.block_trap = True
log.append("set block_trap=%s" % m.block_trap)
try:
    ch.receive()
except RuntimeError:
    log.append("main receive with block_trap: RuntimeError, balance=%d" % ch.balance)
try:
    ch.send(1)
except RuntimeError:
    log.append("main send with block_trap: RuntimeError, balance=%d" % ch.balance)

def snd(v):
    ch.send(v)
stackless.tasklet(snd)(5)
stackless.run()
log.append("non-blocking receive under block_trap got %d" % ch.receive())
m.block_trap = False
stackless.run()

def trapped():
    try:
        ch.receive()
    except RuntimeError:
        log.append("trapped tasklet: RuntimeError, balance=%d" % ch.balance)
t = stackless.tasklet(trapped)()
t.block_trap = True
stackless.run()

try:
    ch.receive()
except RuntimeError as e:
    log.append("main deadlock: Deadlock in message: %s" % ("Deadlock" in str(e)))
log.append("after deadlock: balance=%d blocked=%s runcount=%d" % (
    ch.balance, m.blocked, stackless.getruncount()))
try:
    ch.send(1)
except RuntimeError as e:
    log.append("main send deadlock: %s" % ("Deadlock" in str(e)))

def lone():
    v = ch.receive()
    log.append("lone got " + v)
lt = stackless.tasklet(lone)()
r = stackless.run()
log.append("run returned %s, lone blocked=%s balance=%d" % (r, lt.blocked, ch.balance))
ch.send("late")

def ends():
    log.append("ends runs")
stackless.tasklet(ends)()
try:
    ch.receive()
except RuntimeError as e:
    log.append("main receive after last tasklet ended: 'receiving' in message: %s" % ("receiving" in str(e)))
assert ch.balance == 0

mc = stackless.channel()
def task_deadlock():
    c = stackless.channel()
    try:
        c.receive()
    except RuntimeError as e:
        log.append("tasklet deadlock: %s, c.balance=%d" % ("Deadlock" in str(e), c.balance))
    mc.send("wake")
    log.append("task_deadlock ends")
stackless.tasklet(task_deadlock)()
log.append("main got " + mc.receive())
stackless.run()

for line in log:
    print(line)
assert log == [
    "default block_trap=False", "set block_trap=True",
    "main receive with block_trap: RuntimeError, balance=0",
    "main send with block_trap: RuntimeError, balance=0",
    "non-blocking receive under block_trap got 5",
    "trapped tasklet: RuntimeError, balance=0",
    "main deadlock: Deadlock in message: True",
    "after deadlock: balance=0 blocked=False runcount=1",
    "main send deadlock: True",
    "run returned None, lone blocked=True balance=-1",
    "lone got late",
    "ends runs", "main receive after last tasklet ended: 'receiving' in message: True",
    "tasklet deadlock: True, c.balance=0", "main got wake", "task_deadlock ends",
], log
assert stackless.getruncount() == 1
print("OK")
