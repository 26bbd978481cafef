# time.sleep(s) in a tasklet blocks only that tasklet, on the host's clock: the others run, and
# the sleepers wake in the order their time comes (equal times: in the order they slept). The main
# tasklet may sleep too, with nothing else runnable (a pending timer is no deadlock: the VM is
# idle until it is due). A sleeper counts as blocked; kill() and program exit end it (its finally
# runs) and its timer goes with it. sleep(0) only yields; a negative or non-number length is
# CPython's error. A program whose main returned waits for its sleepers before it ends.
import stackless
import time

woke = []


def napper(name, secs):
    time.sleep(secs)
    woke.append(name)


for name, secs in (("c", 0.06), ("a", 0.02), ("b", 0.04), ("a2", 0.02)):
    stackless.tasklet(napper)(name, secs)
stackless.schedule()
print("all asleep, main runs:", woke, stackless.getruncount())
t0 = time.monotonic()
time.sleep(0.08)  # main sleeps; the others wake meanwhile
print("main woke after its time:", time.monotonic() - t0 >= 0.08)
print("order:", woke)

# a sleeper is blocked; killing it runs its finally and drops its timer
log = []


def dreamer():
    try:
        time.sleep(100)
    finally:
        log.append("finally")


d = stackless.tasklet(dreamer)()
stackless.schedule()
print("blocked:", d.blocked, "alive:", d.alive)
d.kill()
print("killed:", log, d.alive)

# sleep(0) yields to the others and comes back
seen = []
stackless.tasklet(seen.append)("other ran")
time.sleep(0)
print(seen)

for bad in (-1, "1"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


# a tasklet still asleep when main returns is not blocked for good: the program (stackless run,
# Runtime.run) waits for it before it ends
def late():
    time.sleep(0.05)
    print("the late sleeper woke after main returned")


stackless.tasklet(late)()
stackless.schedule()
print("main returns")
