# Channel ping-pong: 100,000 round trips (a send and a receive each way) between two tasklets.
import stackless

N = 100000
ping = stackless.channel()
pong = stackless.channel()


def ponger():
    while True:
        pong.send(ping.receive() + 1)


def pinger():
    total = 0
    for i in range(N):
        ping.send(i)
        total += pong.receive()
    print(total)


stackless.tasklet(ponger)()
stackless.tasklet(pinger)()
stackless.run()
