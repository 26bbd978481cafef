# threading: Thread start/join/names, Lock, Condition.wait_for, Event, BoundedSemaphore, Barrier,
# local, RLock, an exception in a thread (stderr), Timer: what CPython prints whatever the interleaving.
import threading, sys, time
results = {}
def work(n):
    s = 0
    for i in range(n):
        s += i
    results[threading.current_thread().name] = s
ts = [threading.Thread(target=work, args=(1000 * (i + 1),), name="w%d" % i) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(all(not t.is_alive() for t in ts), all(t.ident is not None for t in ts))
lock = threading.Lock()
print(lock.acquire(), lock.acquire(False), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        items.append("done")
c = threading.Thread(target=consumer); c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print(items)
ev = threading.Event()
def setter():
    ev.set()
print(ev.wait(0.01))
threading.Thread(target=setter).start()
print(ev.wait())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)
b = threading.Barrier(3)
order = []
def party(i):
    r = b.wait()
    order.append(r)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print(sorted(order), b.broken)
loc = threading.local()
loc.x = 1
def seer():
    print("thread sees x:", hasattr(loc, "x"))
    loc.x = 2
t = threading.Thread(target=seer); t.start(); t.join()
print(loc.x)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
def bad():
    raise ValueError("boom")
t = threading.Thread(target=bad, name="bad"); t.start(); t.join()
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
print("end")
