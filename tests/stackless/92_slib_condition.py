# stacklesslib.locks.Condition and NLCondition: wait() needs the lock (RuntimeError otherwise,
# as notify()); notify(n) wakes n waiters in the order they waited, notify_all() the rest; a
# woken waiter has the lock again when wait() returns (an RLock at the depth it had); wait_for
# loops until its predicate holds and returns the predicate's value. NLCondition has no lock.
import stackless
from stacklesslib.locks import Condition, NLCondition, Lock, RLock

cond = Condition()
for f in (cond.wait, cond.notify):
    try:
        f()
    except RuntimeError as e:
        print("unacquired:", e)

log = []


def waiter(name):
    with cond:
        with cond:      # the default lock is an RLock: depth 2 while waiting
            r = cond.wait()
            log.append((name, r, cond._is_owned()))


for name in "abcd":
    stackless.tasklet(waiter)(name)
stackless.run()
with cond:
    cond.notify(2)
    stackless.schedule()
    print("notified but the lock is ours:", log)
stackless.run()
print("two woken in order:", log)
with cond:
    cond.notify_all()
stackless.run()
print("all woken:", log)
assert [x[0] for x in log] == list("abcd") and all(x[1] and x[2] for x in log)
print("lock free:", cond.acquire(False))
cond.release()

# a Condition over a plain Lock, with wait_for
lock = Lock()
cond = Condition(lock)
items = []
taken = []


def consumer():
    with cond:
        v = cond.wait_for(lambda: len(items) >= 3)
        taken.append((v, list(items), lock.locked()))


def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
        stackless.schedule()


stackless.tasklet(consumer)()
stackless.tasklet(producer)()
stackless.run()
print("wait_for:", taken)
assert taken == [(True, [0, 1, 2], True)]
print("wait_for already true:", cond.acquire() and cond.wait_for(lambda: "yes"))
cond.release()

# NLCondition: no lock to hold
nl = NLCondition()
woke = []


def nl_waiter(i):
    woke.append((i, nl.wait()))


for i in range(3):
    stackless.tasklet(nl_waiter)(i)
stackless.run()
nl.notify()
stackless.run()
print("NLCondition one:", woke)
with nl:
    nl.notify_all()
stackless.run()
print("NLCondition all:", woke)
assert woke == [(0, True), (1, True), (2, True)]
