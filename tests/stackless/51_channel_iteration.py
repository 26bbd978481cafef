# A channel is an iterator: iter(ch) is ch, next(ch) / ch.__next__() receive (blocking like
# receive()), and iteration ends with StopIteration once the channel is closing and no sender
# waits (channelobject.c: channel_getiter returns the channel, channel_iternext checks
# `closing && balance <= 0` before receiving). Natives taking an iterable (list, tuple, sorted,
# unpacking, `in`, str.join) receive through the same protocol.
import stackless

ch = stackless.channel()
print(iter(ch) is ch, ch.__iter__() is ch)


def sender(ch, value):
    ch.send(value)


def senders(ch, values):
    # each sender blocks on ch (balance > 0), then the channel is closed behind them
    for v in values:
        stackless.tasklet(sender)(ch, v)
    stackless.schedule()
    assert ch.balance == len(values), ch.balance
    ch.close()
    assert ch.closing and not ch.closed


# next() and __next__ block like receive until a sender comes
def producer():
    for i in range(3):
        ch.send(i)
stackless.tasklet(producer)()
print(next(ch), ch.__next__(), next(ch, "default"))

senders(ch, ["a", "b", "c"])
print(list(ch), ch.closed)
print(list(ch), tuple(ch), next(ch, "default"))
try:
    next(ch)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    ch.__next__()
except StopIteration:
    print("StopIteration from __next__")

# a waiting sender's StopIteration: next(ch, default) gives the default, next(ch) raises it
c = stackless.channel()
def stopper(ch):
    ch.send_exception(StopIteration)
stackless.tasklet(stopper)(c)
stackless.tasklet(stopper)(c)
stackless.schedule()
print(c.balance, next(c, "default"), c.balance)
try:
    next(c)
except StopIteration:
    print("StopIteration from a sender")

# for x in ch: the loop ends at the same point
for maker in (list, tuple, sorted, "-".join, lambda c: [x * 2 for x in c]):
    c = stackless.channel()
    senders(c, ["x", "y"])
    print(maker(c))

c = stackless.channel()
senders(c, [1, 2])
a, b = c
print(a, b, c.closed)

# a closing channel with a waiting receiver (balance < 0) ends iteration too
c = stackless.channel()
got = []
def receiver():
    got.append(c.receive())
t = stackless.tasklet(receiver)()
stackless.schedule()
c.close()
print(c.balance, c.closing, c.closed, list(c))
c.open()
c.send("late")
print(got)

# the iteration of a for loop receives across switches: a consumer tasklet sums what it gets
# until the producer sends StopIteration (the idiom of Stackless's own tests)
c = stackless.channel()
total = []
def consumer():
    s = 0
    for x in c:
        s += x
    total.append(s)
def feeder():
    c.send_sequence(range(10))
    c.send_exception(StopIteration)
stackless.tasklet(consumer)()
stackless.tasklet(feeder)()
stackless.run()
print(total)

# channel's methods are reachable from the class too
c = stackless.channel()
print(stackless.channel.__iter__(c) is c)
c.close()
try:
    stackless.channel.__next__(c)
except StopIteration:
    print("StopIteration from channel.__next__")
print("OK")
