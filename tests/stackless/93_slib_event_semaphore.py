# stacklesslib.locks Event, Semaphore, BoundedSemaphore: Event.wait blocks until set() and
# returns True, at once while set, and clear() makes it block again; a Semaphore lets `value`
# holders in and queues the rest FIFO, release(n) lets n more in, an unbounded release past the
# initial value is allowed; BoundedSemaphore raises ValueError for it; a negative initial value
# is ValueError.
import stackless
from stacklesslib.locks import Event, Semaphore, BoundedSemaphore

ev = Event()
seen = []


def watcher(i):
    seen.append((i, ev.wait()))


for i in range(3):
    stackless.tasklet(watcher)(i)
stackless.run()
print("before set:", seen, ev.is_set())
ev.set()
stackless.run()
print("after set:", seen, ev.is_set(), ev.wait())
ev.clear()
stackless.tasklet(watcher)(9)
stackless.run()
print("cleared, waits again:", len(seen), ev.isSet())
ev.set()
stackless.run()
print("woken:", seen[-1])
assert seen == [(0, True), (1, True), (2, True), (9, True)]

for cls in (Semaphore, BoundedSemaphore):
    try:
        cls(-1)
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)

sem = Semaphore(2)
inside = []


def holder(i):
    with sem:
        inside.append(i)
        stackless.schedule_remove()     # hold it until woken


ts = [stackless.tasklet(holder)(i) for i in range(5)]
stackless.run()
print("two in:", inside, sem.acquire(False))
sem.release(2)          # two more, in the order they came
stackless.run()
print("two more in FIFO:", inside)
assert inside == [0, 1, 2, 3]
for t in ts[:4]:
    t.insert()
stackless.run()
print("all in:", inside)
assert inside == [0, 1, 2, 3, 4]
ts[4].insert()
stackless.run()
free = [sem.acquire(False) for i in range(5)]
print("release(2) added two: four free:", free)
assert free == [True] * 4 + [False]
sem.release(4)
sem.release()
free = [sem.acquire(False) for i in range(6)]
print("unbounded release past the initial value:", free)
assert free == [True] * 5 + [False]

bs = BoundedSemaphore(2)
try:
    bs.release()
except ValueError as e:
    print("BoundedSemaphore ValueError:", e)
bs.acquire()
bs.acquire()
bs.release(2)
try:
    bs.release()
except ValueError as e:
    print("still bounded:", e)
try:
    bs.release(0)
except ValueError as e:
    print("release(0):", e)
