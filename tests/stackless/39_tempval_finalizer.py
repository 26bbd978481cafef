# The tempval guarantee (the seed's war story): nothing that runs while a switch completes may
# change the value the receiver gets. Here a sender delivers a string and, as the switch
# completes, the last reference to a dead tasklet is released; the object it held has a
# finalizer that recurses deep enough to spill frames out of the arena. The receiver must get
# the string, never None. (Run at the default and the stress configuration, on both engines.)
import stackless

log = []


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


class Finalized:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(("finalizer", self.name, deep(400)))


ch = stackless.channel()
ch.preference = 1  # the sender continues after the rendezvous, then ends
got = []


def receiver():
    got.append(ch.receive())
    got.append(ch.receive())


def holder():
    pass


# a dead tasklet whose tempval holds the object with the finalizer
dead = stackless.tasklet(holder)()
stackless.run()
dead.tempval = Finalized("held by a dead tasklet")


def sender(payload):
    global dead
    keep = dead
    dead = None
    ch.send(payload)          # the receiver becomes runnable; we continue (preference 1)
    del keep                  # the last reference to the dead tasklet goes: its finalizer runs
    ch.send(payload + "!")    # and a second delivery after the finalizer's deep recursion


def sender2(payload):
    local = Finalized("local of a finishing sender")
    ch.send(payload)
    # returning releases `local` while the switch to the receiver completes


stackless.tasklet(receiver)()
stackless.tasklet(sender)("payload")
stackless.run()
stackless.tasklet(receiver)()
stackless.tasklet(sender2)("second")
stackless.tasklet(sender2)("third")
stackless.run()

for entry in got:
    print(repr(entry))
for entry in log:
    print(entry)
assert got == ["payload", "payload!", "second", "third"], got
assert None not in got
assert log == [("finalizer", "held by a dead tasklet", 400),
               ("finalizer", "local of a finishing sender", 400),
               ("finalizer", "local of a finishing sender", 400)], log
print("OK")
