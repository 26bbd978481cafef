# Stackless rule checked: stackless.set_schedule_callback(cb) installs cb(prev, next), called at
# every switch between two tasklets (a schedule(), a channel action that blocks or hands over, a
# tasklet starting or ending, a watchdog interruption), and returns the previous callback (None
# at first); None removes it; get_schedule_callback() gives the current one.
# References: Stackless 3.7 stacklessmodule.c set_schedule_callback/get_schedule_callback,
# scheduling.c slp_schedule_callback and slp_call_schedule_fasthook (during the call
# stackless.current is prev; an exception in the callback is written as unraisable and the
# switch happens all the same), scheduler.rst (set_schedule_callback).
# Here the callback runs as a frame on prev's stack; while it runs, a switch or a channel action
# raises RuntimeError (Stackless aborts the process with "Recursive scheduler call due to
# callbacks!"; channel actions raise "Recursive channel call due to callbacks!").
import stackless

main = stackless.getmain()
log = []
names = {}


def name(t):
    if t is None:
        return None
    return names.get(id(t), "?")


def cb(prev, next):
    # stackless.current is the tasklet switching away
    assert stackless.current is prev, (prev, next)
    log.append((name(prev), name(next)))


def worker(n):
    for i in range(n):
        stackless.schedule()


names[id(main)] = "main"
assert stackless.get_schedule_callback() is None
assert stackless.set_schedule_callback(cb) is None
assert stackless.get_schedule_callback() is cb
a = stackless.tasklet(worker)(2)
b = stackless.tasklet(worker)(1)
names[id(a)] = "a"
names[id(b)] = "b"
assert log == []  # creating tasklets switches nothing
stackless.run()
print("schedule:", log)
assert log == [("main", "a"), ("a", "b"), ("b", "a"), ("a", "b"), ("b", "a"), ("a", "main")]

# channels: blocking and handing over are switches
log.clear()
ch = stackless.channel()


def receiver():
    x = ch.receive()
    log.append(("got", x))


r = stackless.tasklet(receiver)()
names[id(r)] = "r"
ch.send(5)
print("channel:", log)
assert log == [("main", "r"), ("got", 5), ("r", "main")]

# an ended tasklet is prev once more: dead, it has nothing left to run
log.clear()
states = []


def cb_alive(prev, next):
    states.append((name(prev), prev.alive))


stackless.set_schedule_callback(cb_alive)
d = stackless.tasklet(lambda: None)()
names[id(d)] = "d"
stackless.run()
print("end:", states)
assert states == [("main", True), ("d", False)]

# the callback may not switch nor use channels
seen = []


def cb_switching(prev, next):
    for attempt in (stackless.schedule, lambda: stackless.channel().send(1), lambda: next.run(),
                    lambda: stackless.tasklet(worker)(1)):
        try:
            attempt()
            seen.append("switched")
        except RuntimeError as e:
            seen.append(str(e))


stackless.set_schedule_callback(cb_switching)
stackless.tasklet(worker)(0)
stackless.run()
stackless.set_schedule_callback(None)
print("switching in the callback:", seen[:4])
assert seen[:4] == ["Recursive scheduler call due to callbacks!", "Recursive channel call due to callbacks!",
                    "Recursive scheduler call due to callbacks!", "Recursive scheduler call due to callbacks!"]
assert len(seen) == 8  # two switches: main -> worker, worker -> main

# an exception in the callback is reported (on stderr) and the switch happens anyway
ran = []


def cb_failing(prev, next):
    raise ValueError("from the callback")


assert stackless.set_schedule_callback(cb_failing) is None
stackless.tasklet(lambda: ran.append(1))()
stackless.run()
print("after a failing callback:", ran)
assert ran == [1]

# a watchdog interruption is a switch too
log.clear()
stackless.set_schedule_callback(cb)


def busy():
    n = 0
    while n < 100000:
        n += 1


bz = stackless.tasklet(busy)()
names[id(bz)] = "busy"
t = stackless.run(50)
print("watchdog:", t is bz, log)
assert t is bz and log == [("main", "busy"), ("busy", "main")]
assert stackless.set_schedule_callback(None) is cb
assert stackless.get_schedule_callback() is None
t.kill()
# no callback once removed
log.clear()
stackless.tasklet(worker)(2)
stackless.run()
assert log == []
print("done")
