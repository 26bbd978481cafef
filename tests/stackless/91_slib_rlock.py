# stacklesslib.locks.RLock: its owner may acquire it again and must release it as often; a
# tasklet that does not own it gets RuntimeError from release(); a release to depth 0 hands it
# to the first waiter (FIFO), which then owns it with depth 1; _is_owned() and the
# _release_save/_acquire_restore pair Condition uses keep the depth.
import stackless
from stacklesslib.locks import RLock

r = RLock()
try:
    r.release()
except RuntimeError as e:
    print("unowned release:", e)
print(r.acquire(), r.acquire(), r.acquire(False), r._is_owned())
r.release()
r.release()
print("still owned at depth 1:", r._is_owned())

errors = []
order = []


def intruder():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
    print("intruder owns it:", r._is_owned())


def waiter(name):
    with r:
        with r:
            order.append(name)
            stackless.schedule()


stackless.tasklet(intruder)()
for name in "xyz":
    stackless.tasklet(waiter)(name)
stackless.schedule()
print("non-owner release:", errors)
r.release()
stackless.run()
print("FIFO:", order, "owned:", r._is_owned())
assert order == ["x", "y", "z"] and errors == ["cannot release un-acquired lock"]

r.acquire()
r.acquire()
saved = r._release_save()
print("saved depth:", saved, "owned:", r._is_owned())
r._acquire_restore(saved)
r.release()
print("depth restored, one release left:", r._is_owned())
r.release()
print("free:", r._is_owned(), r.acquire(False))
