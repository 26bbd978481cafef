# The seed's claim across threads: a read-modify-write of a shared counter loses updates when the
# GIL may change hands in the middle (switch interval 1), and never inside `atomic` or under any
# lock, whether the lock is stacklesslib's (Python on atomic alone, blocking the tasklet) or
# threading's (blocking the thread). Workers are tasklets spread over 3 threads; a threading lock
# blocks its whole thread, so there each thread has one worker (two tasklets of one thread
# contending for it deadlock, as with an OS lock: that is detected and reported).
import sys
import threading
import stackless
from stacklesslib import locks

sys.setswitchinterval(1)
THREADS = 3
TASKLETS = 2     # per thread
N = 30           # increments per tasklet
counter = 0


def pause():
    pass


def bump():
    global counter
    v = counter
    pause()          # a checkpoint: the GIL may go to another thread here
    counter = v + 1


def run_threads(body, tasklets=TASKLETS):
    # THREADS threads, each running `tasklets` tasklets of body, joined
    global counter
    counter = 0
    go = threading.Event()
    def thread_main():
        go.wait()      # all threads start their work together
        ts = [stackless.tasklet(body)() for i in range(tasklets)]
        while any(t.alive for t in ts):
            stackless.schedule()
    threads = [threading.Thread(target=thread_main) for i in range(THREADS)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()
    return counter


def unguarded():
    for i in range(N):
        bump()


def atomically():
    for i in range(N):
        with stackless.atomic():
            bump()


def under(lock):
    def body():
        for i in range(N):
            with lock:
                bump()
    return body


total = THREADS * TASKLETS * N
per_thread = THREADS * N
print("unguarded loses updates:", run_threads(unguarded) < total)
print("atomic:", run_threads(atomically) == total)
for name, lock in [("stacklesslib Lock", locks.Lock()), ("stacklesslib RLock", locks.RLock()),
                   ("stacklesslib Semaphore", locks.Semaphore(1)),
                   ("stacklesslib BoundedSemaphore", locks.BoundedSemaphore(1)),
                   ("stacklesslib Condition", locks.Condition())]:
    print(name + ":", run_threads(under(lock)) == total)
for name, lock in [("threading Lock", threading.Lock()), ("threading RLock", threading.RLock()),
                   ("threading Semaphore", threading.Semaphore(1)), ("threading Condition", threading.Condition())]:
    print(name + ":", run_threads(under(lock), 1) == per_thread)
print("one thread's tasklets unguarded:", run_threads(unguarded, 1) < per_thread)

# two tasklets of one thread contending for a threading lock: the thread waits for itself
lock = threading.Lock()
def holder():
    with lock:
        stackless.schedule()
def taker():
    lock.acquire()
stackless.tasklet(holder)()
stackless.tasklet(taker)()
try:
    stackless.run()
except RuntimeError as e:
    print("self-deadlock:", e)
