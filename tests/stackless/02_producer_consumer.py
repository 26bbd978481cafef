# Stackless rule checked: channel send/receive scheduling with the default preference -1.
# - A send that finds a blocked receiver hands over the value and the RECEIVER runs
#   immediately; the sender is put at the end of the runnables list (Stackless docs,
#   channel.send: "the receiver will be activated immediately, and the sender is put at
#   the end of the runnables list").
# - A receive that finds blocked senders takes the value of the FIRST one (FIFO) and keeps
#   running; that sender is appended to the end of the runnables.
# - New tasklets are appended to the end of the runnables queue, so they start in
#   creation order.
import stackless

ch = stackless.channel()
log = []

def producer(name, items):
    for it in items:
        log.append("%s produce %d" % (name, it))
        ch.send(it)
    log.append(name + " done")

def consumer(n):
    total = 0
    for i in range(n):
        v = ch.receive()
        log.append("consume %d" % v)
        total += v
    log.append("consumer total %d" % total)

# Phase 1: the consumer blocks first; every send wakes it immediately.
stackless.tasklet(consumer)(5)
stackless.tasklet(producer)("P1", [1, 2, 3])
stackless.tasklet(producer)("P2", [10, 20])
stackless.run()
phase1 = [
    "P1 produce 1", "consume 1", "P2 produce 10", "consume 10",
    "P1 produce 2", "consume 2", "P2 produce 20", "consume 20",
    "P1 produce 3", "consume 3", "consumer total 36", "P2 done", "P1 done",
]
for line in log:
    print(line)
assert log == phase1, log
print("--")
# Phase 2: the producers block first; the consumer drains the waiting senders in order.
log = []
stackless.tasklet(producer)("Q1", [1, 2])
stackless.tasklet(producer)("Q2", [5])
stackless.tasklet(consumer)(3)
stackless.run()
phase2 = [
    "Q1 produce 1", "Q2 produce 5", "consume 1", "consume 5",
    "Q1 produce 2", "consume 2", "consumer total 8", "Q2 done", "Q1 done",
]
for line in log:
    print(line)
assert log == phase2, log
print("OK")
