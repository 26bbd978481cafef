# The host's time slices with a schedule callback (one opcode per tick, main returned): each
# slice's switch runs the callback, which takes ticks of its own; the tasklet switched in as a
# tick ends has run nothing and keeps its turn. It was sent to the back of the queue at once,
# so no tasklet ever ran again (the callbacks used every tick).
import stackless

calls = [0]


def cb(prev, next):
    calls[0] += 1


def busy(name):
    n = 0
    while n < 300:
        n += 1
    print(name, "done")


stackless.tasklet(busy)("a")
stackless.tasklet(busy)("b")
stackless.set_schedule_callback(cb)
