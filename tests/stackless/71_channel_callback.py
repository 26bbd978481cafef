# Stackless rule checked: stackless.set_channel_callback(cb) installs cb(channel, tasklet,
# sending, willblock), called before every channel action (send, receive, send_exception,
# send_throw, send_sequence's sends, `for x in channel`) with the channel, the acting tasklet
# (whose tempval is already the value being sent), 1/0 for a send/receive and 1/0 for whether
# the action will block; it returns the previous callback; None removes it.
# References: Stackless 3.7 channelobject.c generic_channel_action (the tempval is set before
# NOTIFY_CHANNEL; a channel action inside the callback raises "Recursive channel call due to
# callbacks!"), channel_callback, PyStackless_SetChannelCallback ("channel callback must be
# callable"); stacklessmodule.c set_channel_callback/get_channel_callback; scheduler.rst.
# Difference kept: an exception raised by the callback comes out of the channel operation, which
# is then not done (Stackless leaves it pending and goes on with the action).
import stackless

hist = []
main = stackless.getmain()


def monitor(channel, tasklet, sending, willblock):
    assert tasklet is stackless.current
    hist.append((sending, willblock, tasklet.tempval, channel.balance))


ch = stackless.channel()
assert stackless.get_channel_callback() is None
assert stackless.set_channel_callback(monitor) is None
assert stackless.get_channel_callback() is monitor
got = []
r = stackless.tasklet(lambda: got.append(ch.receive()))()
ch.send(42)            # blocks main (the receiver has not run yet)
print("send/receive:", hist, got)
assert hist == [(1, 1, 42, 0), (0, 0, None, 1)] and got == [42]

# a receiver waiting: the send does not block
hist.clear()
stackless.tasklet(lambda: got.append(ch.receive()))()
stackless.schedule()
ch.send("x")
print("waiting receiver:", hist)
assert hist == [(0, 1, None, 0), (1, 0, "x", -1)]

# send_exception, send_sequence and iteration all notify
hist.clear()


def catcher():
    try:
        ch.receive()
    except KeyError as e:
        got.append(("caught", str(e)))


stackless.tasklet(catcher)()
stackless.schedule()
ch.send_exception(KeyError, "k")
seq = []


def consumer():
    for x in ch:
        seq.append(x)
    seq.append("end")


c = stackless.tasklet(consumer)()
stackless.schedule()
n = ch.send_sequence([1, 2])
ch.send_exception(StopIteration)  # ends the consumer's loop
print("exception, sequence, iteration:", got[-1], n, seq, len(hist), c.alive)
assert got[-1] == ("caught", "'k'") and n == 2 and seq == [1, 2, "end"] and not c.alive
assert [h[:2] for h in hist] == [(0, 1), (1, 0), (0, 1), (1, 0), (0, 1), (1, 0), (0, 1), (1, 0)]

# a channel action inside the callback is refused
ch2 = stackless.channel()
ch2.preference = 1
refused = []


def nested(channel, tasklet, sending, willblock):
    try:
        ch2.send(1)
    except RuntimeError as e:
        refused.append(str(e))


assert stackless.set_channel_callback(nested) is monitor
stackless.tasklet(lambda: ch.send(9))()
print("received", ch.receive(), refused)
assert refused == ["Recursive channel call due to callbacks!"] * 2

# an exception in the callback comes out of the operation, which does not happen
def failing(channel, tasklet, sending, willblock):
    raise ValueError("monitor failed")


stackless.set_channel_callback(failing)
try:
    ch.send(1)
except ValueError as e:
    print("send raised:", e, ch.balance)
assert ch.balance == 0

# not callable
try:
    stackless.set_channel_callback(42)
except TypeError as e:
    print(e)
assert stackless.set_channel_callback(None) is failing
assert stackless.get_channel_callback() is None
hist.clear()
stackless.set_channel_callback(None)
stackless.tasklet(lambda: ch.send(1))()
ch.receive()
assert hist == []
print("done")
