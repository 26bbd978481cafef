# Stackless rule checked: a three-stage pipeline of tasklets connected by channels, ended
# by a None sentinel. Channel transfers are synchronous rendezvous (a sender blocks until a
# receiver takes the value; with preference -1 a send to a blocked receiver switches to
# the receiver at once and the sender is appended to the runnables). The order in which
# each stage sees the values is fixed; the interleaving of the stages follows from the
# scheduling rules and is checked through the event log.
import stackless

src_ch = stackless.channel()
sq_ch = stackless.channel()
out_ch = stackless.channel()
log = []

def source(n):
    for i in range(1, n + 1):
        log.append("src %d" % i)
        src_ch.send(i)
    src_ch.send(None)
    log.append("src end")

def squarer():
    while True:
        v = src_ch.receive()
        if v is None:
            sq_ch.send(None)
            break
        log.append("sq %d" % (v * v))
        sq_ch.send(v * v)
    log.append("sq end")

def summer():
    total = 0
    while True:
        v = sq_ch.receive()
        if v is None:
            break
        total += v
        log.append("sum %d" % total)
    out_ch.send(total)

stackless.tasklet(summer)()
stackless.tasklet(squarer)()
stackless.tasklet(source)(3)
result = out_ch.receive()
print("result", result)
stackless.run()
for line in log:
    print(line)
assert result == 14
assert log == ["src 1", "sq 1", "sum 1", "src 2", "sq 4", "sum 5", "src 3", "sq 9",
               "sum 14", "src end", "sq end"], log
print("OK")
