# Generator send ping-pong: 100,000 round trips (a value in by send, one out by yield). It is
# also CPython's reference for the channel ping-pong: the same exchange, as CPython has no channels.
N = 100000


def ponger():
    value = yield
    while True:
        value = yield value + 1


def pinger():
    g = ponger()
    next(g)
    total = 0
    for i in range(N):
        total += g.send(i)
    return total


print(pinger())
