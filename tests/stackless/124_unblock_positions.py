# Stackless rule checked: a tasklet blocked on a channel can be taken out of the channel's queue
# from any position (kill, throw, remove by killing its channel's partner side), and the queue,
# its balance and the neighbours' next/prev stay consistent (channelobject.c
# slp_channel_remove_specific): the others still receive, in their order. Also for a channel
# subclass, and for senders (balance > 0). The queue's first tasklet has prev None.
import stackless


class MyChannel(stackless.channel):
    pass


NAMES = {}


def chain(ch):
    names = []
    t = ch.queue
    prev = None
    while t is not None:
        assert t.prev is prev, (NAMES[id(t)], prev)
        names.append(NAMES[id(t)])
        prev, t = t, t.next
    return names


def check(ch, remove_order, senders):
    log = []

    def rcv(name):
        try:
            log.append((name, "got", ch.receive()))
        except ValueError as e:
            log.append((name, "raised", str(e)))

    def snd(name):
        try:
            ch.send(name)
            log.append((name, "sent"))
        except ValueError as e:
            log.append((name, "raised", str(e)))

    ts = {}
    for name in "abcd":
        t = stackless.tasklet(snd if senders else rcv)(name)
        NAMES[id(t)] = name
        ts[name] = t
    stackless.run()
    print(type(ch).__name__, "queue", chain(ch), "balance", ch.balance)
    for name, how in remove_order:
        t = ts[name]
        if how == "kill":
            t.kill()
        else:
            t.throw(ValueError(name + " thrown"))
            stackless.run()
        print(" ", how, name, "->", chain(ch), "balance", ch.balance, "blocked", t.blocked,
              "prev", t.prev, "next", t.next)
    # the rest still exchange values in queue order
    while ch.balance:
        if senders:
            log.append(("main", "got", ch.receive()))
        else:
            ch.send("v" + str(-ch.balance))
    stackless.run()
    print("  log", log)


for cls in (stackless.channel, MyChannel):
    for senders in (False, True):
        check(cls(), [("b", "kill"), ("d", "throw"), ("a", "kill")], senders)
        check(cls(), [("c", "throw"), ("a", "throw"), ("d", "kill")], senders)
