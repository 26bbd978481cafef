# Stackless rule checked: who runs next after a channel transfer, with the default
# preference -1 ("prefer receiver"):
#  A. send() finding a blocked receiver: the receiver is activated immediately; the sender
#     is put at the END of the runnables (after tasklets that were already runnable).
#  B. receive() finding a blocked sender: the receiver keeps running; the sender becomes
#     runnable again at the end of the runnables.
#  C. main (outside run()) sending to a blocked receiver: the receiver runs at once, main
#     continues when the receiver finishes or blocks.
#  D. main receiving from a blocked sender: main keeps running; the sender only resumes
#     when main lets the scheduler run (here: stackless.run()).
import stackless

ch = stackless.channel()
log = []

def receiver(name):
    log.append(name + " waits")
    v = ch.receive()
    log.append(name + " got " + v)

def sender(name):
    log.append(name + " sends")
    ch.send(name)
    log.append(name + " resumed")

def other(name):
    log.append(name + " runs")

stackless.tasklet(receiver)("R")
stackless.tasklet(sender)("S")
stackless.tasklet(other)("X")
stackless.run()
print("A:", log)
assert log == ["R waits", "S sends", "R got S", "X runs", "S resumed"], log

log = []
stackless.tasklet(sender)("S2")
stackless.tasklet(receiver)("R2")
stackless.tasklet(other)("X2")
stackless.run()
print("B:", log)
assert log == ["S2 sends", "R2 waits", "R2 got S2", "X2 runs", "S2 resumed"], log

log = []
stackless.tasklet(receiver)("R3")
stackless.run()
log.append("main sends")
ch.send("M")
log.append("main resumed")
print("C:", log)
assert log == ["R3 waits", "main sends", "R3 got M", "main resumed"], log

log = []
stackless.tasklet(sender)("S4")
stackless.run()
v = ch.receive()
log.append("main got " + v)
log.append("runcount %d" % stackless.getruncount())
stackless.run()
print("D:", log)
assert log == ["S4 sends", "main got S4", "runcount 2", "S4 resumed"], log
print("OK")
