# `ch.receive()` on a global is one fused dispatch when the name is a stackless channel and its
# method the builtin receive; anything else there (a subclass overriding receive, another object,
# the global rebound between calls, a receive that blocks, a bomb) runs as the three instructions.
import stackless


class Counting(stackless.channel):
    def receive(self):
        return "own " + str(stackless.channel.receive(self))


class Plain(stackless.channel):
    pass


class Box:
    def receive(self):
        return "box"


ch = stackless.channel()
log = []


def taker(n):
    for _ in range(n):
        log.append(ch.receive())


def giver(values):
    for v in values:
        ch.send(v)


# a receive that blocks (nobody sending yet), then ones that find a sender waiting
stackless.tasklet(taker)(3)
stackless.tasklet(giver)([1, 2, 3])
stackless.run()
print(log)

# the same site with the global rebound: a subclass, a subclass overriding receive, another object
for make in (Plain, Counting):
    ch = make()
    log = []
    stackless.tasklet(taker)(2)
    stackless.tasklet(giver)(["a", "b"])
    stackless.run()
    print(make.__name__, log)
ch = Box()
log = []
taker(2)
print(log)

# a bomb through the fused receive raises in the receiver
ch = stackless.channel()


def failing():
    try:
        ch.receive()
    except ValueError as e:
        print("caught", e)


stackless.tasklet(failing)()
stackless.run()
ch.send_exception(ValueError, "boom")
stackless.run()

# preference 1 (sender favoured): the receiver's partner runs on, and the balance is kept
ch = stackless.channel()
ch.preference = 1
log = []
stackless.tasklet(giver)([7, 8])
stackless.run()
print(ch.balance)
taker(2)
print(log, ch.balance)
