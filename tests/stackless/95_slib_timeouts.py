# stacklesslib timeouts (all on the VM's timers, through stacklesslib.main): an acquire or
# wait whose time runs out returns False (channel_wait raises TimeoutError) and leaves no trace
# in the lock's queue; one that is satisfied in time returns True and cancels its timer (the
# queue is empty after, so nothing keeps the program waiting); timeout 0 never blocks; sleep()
# wakes sleepers in the order of their due times and never early; call_later takes an
# argument-less callable or (function, *args); a cancelled call never runs; ValueEvent times out.
import stackless
from stacklesslib import main, util
from stacklesslib.locks import Lock, RLock, Semaphore, Condition, Event
from stacklesslib.errors import TimeoutError

log = []


def attempt(name, f):
    log.append((name, f()))


def settle():
    # run the others, and sleep until every pending timer has fired (main's own sleep is due
    # after the head's, so it wakes after that timer ran)
    stackless.run()
    while len(main.event_queue):
        main.sleep(main.event_queue.due_delay())
        stackless.run()
    out = list(log)
    del log[:]
    return out


# expiring: the holder never lets go
for name, lk in (("Lock", Lock()), ("RLock", RLock()), ("Semaphore", Semaphore(1))):
    lk.acquire()
    stackless.tasklet(attempt)(name, lambda: lk.acquire(timeout=0.02))
    stackless.tasklet(attempt)(name + " later", lambda: lk.acquire(timeout=0.04))
    print(name, "expired:", settle(), "timers left:", len(main.event_queue))
    # the timed-out waiters left the queue: the next release frees the lock, a fresh acquire gets it
    lk.release()
    print(name, "free after:", lk.acquire(False))

# not expiring: released long before the timeout; the timer is cancelled at once
lock = Lock()
lock.acquire()
stackless.tasklet(attempt)("in time", lambda: lock.acquire(timeout=30))
stackless.schedule()
print("timer pending while it waits:", len(main.event_queue))
lock.release()
print("in time:", settle(), "timers left:", len(main.event_queue))

# timeout 0 never blocks; blocking=False neither (the lock is the "in time" waiter's now)
print("timeout 0 on a held lock:", lock.acquire(timeout=0), Event().wait(0), lock.acquire(False))
lock.release()
print("timeout 0 on a free lock:", lock.acquire(timeout=0))
lock.release()

# Condition: a wait that times out returns False with the lock held again; wait_for too
cond = Condition(Lock())
with cond:
    print("cond.wait expired:", cond.wait(0.01), "lock held:", cond._is_owned())
    print("wait_for expired:", cond.wait_for(lambda: False, 0.01))


def notifier():
    with cond:
        cond.notify()


with cond:
    stackless.tasklet(notifier)()
    print("cond.wait in time:", cond.wait(30), "timers left:", len(main.event_queue))

ev = Event()
stackless.tasklet(attempt)("event expired", lambda: ev.wait(0.01))
print(settle())
stackless.tasklet(attempt)("event in time", lambda: ev.wait(30))
stackless.schedule()
ev.set()
print(settle(), "timers left:", len(main.event_queue))

# channel_wait
ch = stackless.channel()
try:
    util.channel_wait(ch, 0.01)
except TimeoutError as e:
    print("channel_wait:", type(e).__name__, isinstance(e, RuntimeError), util.WaitTimeoutError is TimeoutError)
print("nothing left blocked on it:", ch.balance)
stackless.tasklet(ch.send)("sent")
print("channel_wait in time:", util.channel_wait(ch, 30), "timers left:", len(main.event_queue))
stackless.tasklet(ch.send)("waiting sender")
stackless.schedule()
print("timeout 0 with a sender:", util.channel_wait(ch, 0))

# sleep: wake order follows the due times, never before them
woke = []


def sleeper(d):
    due = main.elapsed_time() + d
    main.sleep(d)
    woke.append((d, main.elapsed_time() >= due))


for d in (0.03, 0.01, 0.02):
    stackless.tasklet(sleeper)(d)
settle()
print("sleep order:", woke)
assert woke == [(0.01, True), (0.02, True), (0.03, True)]

# call_at/call_later: argument-less callables (a bound method, a lambda), (function, *args);
# push_at/push_after: stacklesslib's older (callable, time) order; a cancelled call never runs
calls = []


class Npc:
    def think(self):
        calls.append("npc.think")


# (one base time: the clock moves while these lines run; call_soon's time is before it)
main.event_queue.call_soon(calls.append, "soon")
t0 = main.elapsed_time()
main.event_queue.call_at(t0 + 0.025, Npc().think)
main.event_queue.call_at(t0 + 0.02, lambda: calls.append("lambda"))
main.event_queue.call_at(t0 + 0.01, calls.append, "with args")
h = main.event_queue.call_at(t0 + 0.005, calls.append, "cancelled")
main.event_queue.push_at(lambda: calls.append("push_at"), t0 + 0.015)
main.event_queue.push_after(lambda: calls.append("push_after"), 0.05)
main.event_queue.call_later(0.04, calls.append, "call_later")
print("cancel:", h.cancel(), h.cancel())
settle()
# the last two are due at least 0.04 after t0, in an order the clock decides
print("call_later:", calls[:5], sorted(calls[5:]), "timers left:", len(main.event_queue))
assert calls[:5] == ["soon", "with args", "push_at", "lambda", "npc.think"]

# ValueEvent with a timeout
ve = util.ValueEvent(timeout=0.01)
try:
    ve.wait()
except TimeoutError as e:
    print("ValueEvent timed out:", e)
ve2 = util.ValueEvent(timeout=30)
stackless.tasklet(attempt)("ValueEvent in time", ve2.wait)
stackless.schedule()
ve2.set("value")
print(settle(), "timers left:", len(main.event_queue))
