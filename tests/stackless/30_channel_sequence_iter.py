# Stackless rule checked: channel.send_sequence and iteration over a channel
# (channelobject.c _channel_send_sequence / channel_iternext; docs channel.send_sequence,
# channel.__iter__; Stackless unittests TestClose.testSequence/testSequence2):
# - send_sequence(seq) sends the items one by one, exactly like send() in a loop (same
#   scheduling), and returns the number of items sent.
# - "for x in ch" receives until StopIteration: either the sender sends
#   send_exception(StopIteration), or the channel is closing and has no waiting sender
#   (channel_iternext: "closing && balance <= 0" -> StopIteration). A closing channel still
#   hands out the values of senders that were already waiting; when the last one is taken it
#   is closed.
# - close() does not wake a receiver that is already blocked: it stays blocked on the closing
#   channel (balance -1, closing but not closed) until something is sent to it.
import stackless

log = []
ch = stackless.channel()

def seq_sender():
    log.append("S start")
    n = ch.send_sequence([1, 2, 3])
    log.append("S sent %d" % n)
    ch.send_exception(StopIteration)
    log.append("S end")

def iter_receiver():
    for x in ch:
        log.append("r%d" % x)
    log.append("R end")

stackless.tasklet(seq_sender)()
stackless.tasklet(iter_receiver)()
stackless.run()
log.append("--")

def one_sender(i):
    ch.send(i * 10)
    log.append("sender %d resumed" % i)

for i in range(4):
    stackless.tasklet(one_sender)(i)
stackless.run()
assert ch.balance == 4
ch.close()
log.append("closing=%s closed=%s" % (ch.closing, ch.closed))
got = []
for x in ch:
    got.append(x)
log.append("main iterated %s" % got)
log.append("closing=%s closed=%s balance=%d" % (ch.closing, ch.closed, ch.balance))
stackless.run()
log.append("--")

ch2 = stackless.channel()
def str_sender():
    n = ch2.send_sequence("abc")
    log.append("sent %d" % n)
    ch2.close()
    log.append("closed the channel")

def receiver2():
    for x in ch2:
        log.append("got " + x)
    log.append("receiver2 loop ended")

stackless.tasklet(str_sender)()
stackless.tasklet(receiver2)()
stackless.run()
log.append("after run: closing=%s closed=%s balance=%d" % (ch2.closing, ch2.closed, ch2.balance))
ch2.send_exception(StopIteration)
log.append("main after send_exception")

for line in log:
    print(line)
assert log == [
    "S start", "r1", "r2", "r3", "S sent 3", "R end", "S end", "--",
    "closing=True closed=False", "main iterated [0, 10, 20, 30]",
    "closing=True closed=True balance=0",
    "sender 0 resumed", "sender 1 resumed", "sender 2 resumed", "sender 3 resumed", "--",
    "got a", "got b", "got c", "sent 3", "closed the channel",
    "after run: closing=True closed=False balance=-1",
    "receiver2 loop ended", "main after send_exception",
], log
assert stackless.getruncount() == 1
print("OK")
