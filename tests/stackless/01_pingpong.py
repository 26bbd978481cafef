# Stackless rule checked: channels are rendezvous points (no buffering).
# - ch.send(v) with nobody waiting to receive blocks the sender (it leaves the runnables).
# - ch.receive() that finds a blocked sender takes its value at once and keeps running
#   (default preference -1: "prefer receiver"); the sender becomes runnable again and is
#   appended at the end of the runnables queue.
# - stackless.run() removes main and runs the runnables until none is left, then returns.
# Two tasklets play ping-pong over two channels; the event order is fully determined.
import stackless

log = []
to_pong = stackless.channel()
to_ping = stackless.channel()

def ping(n):
    for i in range(n):
        log.append("ping send %d" % i)
        to_pong.send(i)
        v = to_ping.receive()
        log.append("ping got %d" % v)
    to_pong.send(-1)
    log.append("ping done")

def pong():
    while True:
        v = to_pong.receive()
        if v < 0:
            log.append("pong stop")
            break
        log.append("pong got %d" % v)
        to_ping.send(v * 10)
    log.append("pong done")

stackless.tasklet(ping)(3)
stackless.tasklet(pong)()
stackless.run()
for line in log:
    print(line)
expected = [
    "ping send 0", "pong got 0", "ping got 0",
    "ping send 1", "pong got 1", "ping got 10",
    "ping send 2", "pong got 2", "ping got 20",
    "pong stop", "pong done", "ping done",
]
assert log == expected, log
assert stackless.getruncount() == 1
print("OK")
