# A bomb sent while a channel callback runs, the host ticking one opcode at a time: the sender's
# tempval holds the bomb during the callback (Stackless sets it before notifying), and each tick
# reloads the sender. It exploded in the sender, as if the sender had been switched a bomb
# (the check meant for tasklets not started yet); it must explode in the receiver only.
import stackless

events = []
stackless.set_channel_callback(lambda ch, t, sending, willblock: events.append((sending, willblock)))
ch = stackless.channel()


def sender():
    ch.send(stackless.bomb(KeyError, "k"))
    events.append("sender resumed")


stackless.tasklet(sender)()
try:
    ch.receive()
except KeyError as e:
    events.append("receiver raised " + repr(e))
stackless.schedule()
stackless.set_channel_callback(None)
print(events)
