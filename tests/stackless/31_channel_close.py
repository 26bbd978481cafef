# Stackless rule checked: channel.close / open / closing / closed / balance / queue /
# preference (channelobject.c channel_close, channel_open, channel_get_closed,
# channel_set_preference, generic_channel_block; docs channel.close, channel.balance,
# channel.queue, channel.preference):
# - A new channel: balance 0, queue None, preference -1, not closing, not closed.
# - close() sets closing; closed is "closing and balance == 0"; open() clears closing.
# - On a closing channel any send()/receive() that would BLOCK raises ValueError (the queue
#   may not grow), while transfers with tasklets already waiting still work.
# - balance counts waiting senders (> 0) or receivers (< 0); queue is the first blocked
#   tasklet (FIFO) or None.
# - preference is clamped: any value > 0 becomes 1, < 0 becomes -1; schedule_all stores
#   1 for any true value and 0 otherwise.
import stackless

log = []
ch = stackless.channel()
log.append("new: balance=%d queue=%s pref=%d closing=%s closed=%s" % (
    ch.balance, ch.queue, ch.preference, ch.closing, ch.closed))
assert ch.schedule_all == 0
ch.close()
log.append("closed empty: closing=%s closed=%s" % (ch.closing, ch.closed))
try:
    ch.receive()
except ValueError:
    log.append("receive on closed: ValueError")
try:
    ch.send(1)
except ValueError:
    log.append("send on closed: ValueError")
assert ch.balance == 0 and stackless.getruncount() == 1
ch.open()
log.append("reopened: closing=%s closed=%s" % (ch.closing, ch.closed))

def snd(v):
    ch.send(v)
    log.append("sent %d" % v)

s1 = stackless.tasklet(snd)(1)
s2 = stackless.tasklet(snd)(2)
stackless.run()
log.append("two senders: balance=%d queue is s1: %s" % (ch.balance, ch.queue is s1))
ch.close()
log.append("close with senders: closing=%s closed=%s" % (ch.closing, ch.closed))
v = ch.receive()
log.append("got %d balance=%d closed=%s queue is s2: %s" % (v, ch.balance, ch.closed, ch.queue is s2))
v = ch.receive()
log.append("got %d balance=%d closed=%s queue=%s" % (v, ch.balance, ch.closed, ch.queue))
try:
    ch.receive()
except ValueError:
    log.append("receive on drained closing channel: ValueError")
stackless.run()

c2 = stackless.channel()
def rcv():
    log.append("rcv got %s" % c2.receive())
r1 = stackless.tasklet(rcv)()
r2 = stackless.tasklet(rcv)()
stackless.run()
c2.close()
log.append("receivers: balance=%d queue is r1: %s closing=%s closed=%s" % (
    c2.balance, c2.queue is r1, c2.closing, c2.closed))
c2.send("x")
c2.send("y")
log.append("after sends: balance=%d closed=%s" % (c2.balance, c2.closed))

prefs = []
for p in [5, -3, 0, 1, -1, 100]:
    c2.preference = p
    prefs.append(c2.preference)
log.append("preference clamped: %s" % prefs)
c2.schedule_all = 7
assert c2.schedule_all == 1
c2.schedule_all = 0
assert c2.schedule_all == 0

for line in log:
    print(line)
assert log == [
    "new: balance=0 queue=None pref=-1 closing=False closed=False",
    "closed empty: closing=True closed=True",
    "receive on closed: ValueError", "send on closed: ValueError",
    "reopened: closing=False closed=False",
    "two senders: balance=2 queue is s1: True",
    "close with senders: closing=True closed=False",
    "got 1 balance=1 closed=False queue is s2: True",
    "got 2 balance=0 closed=True queue=None",
    "receive on drained closing channel: ValueError",
    "sent 1", "sent 2",
    "receivers: balance=-2 queue is r1: True closing=True closed=False",
    "rcv got x", "rcv got y", "after sends: balance=0 closed=True",
    "preference clamped: [1, -1, 0, 1, -1, 1]",
], log
assert stackless.getruncount() == 1
print("OK")
