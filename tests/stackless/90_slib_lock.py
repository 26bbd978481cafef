# stacklesslib.locks.Lock (threading.Lock's semantics for tasklets): waiters get the lock in the
# order they blocked (a release hands it to the first, FIFO); locked(); acquire(False) and the
# argument errors; any tasklet may release a locked Lock, releasing an unlocked one is
# RuntimeError; `with` returns acquire()'s True; a waiter killed after it was handed the lock but
# before it ran passes the lock on instead of losing it.
import stackless
from stacklesslib.locks import Lock

lock = Lock()
order = []


def worker(name):
    with lock as got:
        order.append((name, got, lock.locked()))
        stackless.schedule()        # others run meanwhile and find the lock taken


lock.acquire()
for name in "abcde":
    stackless.tasklet(worker)(name)
stackless.schedule()
print("all blocked, none ran:", order, stackless.getruncount())
lock.release()
stackless.run()
print("FIFO:", order)
assert [o[0] for o in order] == list("abcde") and all(o[1] and o[2] for o in order)
print("unlocked after:", lock.locked())

print("acquire(False):", lock.acquire(False), lock.acquire(False), lock.locked())
for args, kwargs in (((False, 1), {}), ((), {"timeout": -2})):
    try:
        lock.acquire(*args, **kwargs)
    except ValueError as e:
        print("ValueError:", e)


def other_releases():
    lock.release()


stackless.tasklet(other_releases)()
stackless.run()
print("released by another tasklet:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# a waiter handed the lock, then killed before it ran: the next waiter gets it
lock.acquire()
got = []


def waiter(name):
    lock.acquire()
    got.append(name)


a = stackless.tasklet(waiter)("a")
b = stackless.tasklet(waiter)("b")
stackless.schedule()
lock.release()          # handed to a, which has not run yet
a.kill()
stackless.run()
print("after the kill:", got, lock.locked(), a.alive)
assert got == ["b"] and lock.locked()
lock.release()
print("free again:", lock.acquire(False))
