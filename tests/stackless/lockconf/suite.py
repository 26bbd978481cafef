# Lock conformance: stacklesslib.locks against the semantics of Python's threading primitives,
# checked by workers that run concurrently with the main one. How a worker starts is the caller's
# choice, given to run(spawn): spawn(fn) must start fn() concurrently and return at once. The
# tasklet variant is tests/stackless/99_lock_conformance.py; a variant on interpreter threads is a
# program of its own that passes a spawn starting fn with _thread.start_new_thread. Nothing else
# here depends on what a worker is.
#
# A check never relies on how long anything takes: a worker that must be waiting before the main
# one goes on shows it through state it set under the lock it waits on (a Condition's waiter
# counts itself before wait(), which releases the lock in the same step), or through a public
# count (Barrier.n_waiting). Timeouts are checked to return the timeout result and never early.
import time
from stacklesslib import main
from stacklesslib.locks import (Lock, RLock, Condition, Event, Semaphore, BoundedSemaphore,
                                Barrier, BrokenBarrierError)

_spawn = None


class Worker:
    # fn(*args) on a worker; its result, or the exception it raised, once done
    def __init__(self, fn, args):
        self.fn, self.args = fn, args
        self.done = False
        self.result = self.error = None

    def __call__(self):
        try:
            self.result = self.fn(*self.args)
        except Exception as e:
            self.error = e
        self.done = True


def start(fn, *args):
    w = Worker(fn, args)
    _spawn(w)
    return w


def pause():
    # lets the other workers run (and the timers that are due fire)
    main.sleep(0)


def wait_until(predicate):
    while not predicate():
        pause()



def join(*workers):
    wait_until(lambda: all(w.done for w in workers))
    for w in workers:
        if w.error is not None:
            raise w.error
    return [w.result for w in workers]


def hold_when(lock, predicate):
    # returns holding `lock`, at a moment when predicate() (read under the lock) is true
    while True:
        lock.acquire()
        if predicate():
            return
        lock.release()
        pause()


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    return False


def timed(fn, *args):
    # fn's result and whether the clock had moved at least `args[-1]` seconds (the timeout) by then
    t0 = time.monotonic()
    r = fn(*args)
    return r, time.monotonic() - t0 >= args[-1]


def acquire_within(lock, timeout):
    return lock.acquire(True, timeout)


# ---- Lock and RLock -------------------------------------------------------------------------

def check_acquire_release(make):
    lock = make()
    assert lock.acquire() is True
    lock.release()
    with lock:
        pass
    assert lock.acquire(False) is True
    lock.release()
    assert raises(ValueError, lock.acquire, False, 1.0), "a timeout needs blocking"
    assert raises(ValueError, lock.acquire, True, -2), "a negative timeout other than -1"
    assert lock.acquire(True, -1) is True
    lock.release()


def check_lock_states():
    lock = Lock()
    assert not lock.locked()
    lock.acquire()
    assert lock.locked()
    lock.release()
    assert not lock.locked()
    assert raises(RuntimeError, lock.release), "releasing an unlocked Lock"


def check_non_blocking(make):
    lock = make()
    lock.acquire()
    w = start(lambda: lock.acquire(False))
    assert join(w) == [False], "a held lock cannot be taken without blocking"
    lock.release()
    w = start(lambda: (lock.acquire(False), lock.release())[0])
    assert join(w) == [True]


def check_contended(make):
    # a blocked acquire goes on only after the release
    lock = make()
    log = []
    lock.acquire()

    def taker():
        log.append("try")
        lock.acquire()
        log.append("got")
        lock.release()
    w = start(taker)
    wait_until(lambda: log)
    for i in range(5):
        pause()
    assert log == ["try"], log
    log.append("release")
    lock.release()
    join(w)
    assert log == ["try", "release", "got"], log


def check_lock_other_releases():
    # a Lock has no owner: any worker may release it
    lock = Lock()
    lock.acquire()
    join(start(lock.release))
    assert not lock.locked()


def check_timeouts(make):
    lock = make()
    lock.acquire()
    w = start(timed, acquire_within, lock, 0.02)
    assert join(w) == [(False, True)], "a timed-out acquire returns False, not before its time"
    assert join(start(acquire_within, lock, 0)) == [False]
    log = []

    def in_time():
        log.append("waiting")
        return lock.acquire(True, 60)
    w = start(in_time)
    wait_until(lambda: log)
    lock.release()
    assert join(w) == [True]


def check_mutual_exclusion(make):
    # read-modify-write with switches in between: the lock keeps every update
    lock = make()
    state = {"count": 0, "inside": 0, "most": 0}

    def worker():
        for i in range(10):
            with lock:
                state["inside"] += 1
                state["most"] = max(state["most"], state["inside"])
                value = state["count"]
                pause()
                state["count"] = value + 1
                state["inside"] -= 1
    join(*[start(worker) for i in range(5)])
    assert state["count"] == 50 and state["most"] == 1, state


def check_rlock_reentrant():
    lock = RLock()
    for i in range(3):
        assert lock.acquire() is True
    assert join(start(lambda: lock.acquire(False))) == [False], "another worker while owned"
    for i in range(3):
        lock.release()
    assert raises(RuntimeError, lock.release), "one release more than acquires"
    assert join(start(lambda: (lock.acquire(False), lock.release())[0])) == [True]


def check_rlock_ownership():
    lock = RLock()
    assert raises(RuntimeError, lock.release), "releasing an un-acquired RLock"
    lock.acquire()
    w = start(lock.release)
    wait_until(lambda: w.done)
    assert isinstance(w.error, RuntimeError), "a worker released an RLock it does not own"
    lock.release()
    got = []

    def owner():
        lock.acquire()
        lock.acquire()
        got.append(True)
        wait_until(lambda: len(got) == 2)
        lock.release()
        lock.release()
    w = start(owner)
    wait_until(lambda: got)
    assert raises(RuntimeError, lock.release), "main releasing the worker's RLock"
    assert lock.acquire(False) is False
    got.append(True)
    join(w)
    assert lock.acquire(False) is True
    lock.release()


# ---- Condition ------------------------------------------------------------------------------

def check_condition_needs_lock(make_lock):
    cond = Condition(make_lock())
    assert raises(RuntimeError, cond.wait), "wait without the lock"
    assert raises(RuntimeError, cond.notify), "notify without the lock"
    assert raises(RuntimeError, cond.notify_all)
    with cond:
        cond.notify()           # nobody waits: nothing happens
        cond.notify_all()


def check_notify(make_lock):
    cond = Condition(make_lock())
    state = {"waiting": 0, "woken": 0}

    def waiter():
        with cond:
            state["waiting"] += 1
            assert cond.wait() is True
            state["woken"] += 1

    def woken_become(n):
        wait_until(lambda: state["woken"] >= n)
        for i in range(5):
            pause()
        assert state["woken"] == n, (n, state)
    workers = [start(waiter) for i in range(6)]
    hold_when(cond, lambda: state["waiting"] == 6)
    cond.notify()
    cond.release()
    woken_become(1)
    with cond:
        cond.notify(2)
    woken_become(3)
    with cond:
        cond.notify_all()
    join(*workers)
    assert state["woken"] == 6


def check_condition_wait_timeout(make_lock):
    cond = Condition(make_lock())
    with cond:
        assert timed(cond.wait, 0.02) == (False, True), "a timed-out wait returns False"
        # the lock is ours again: another worker cannot take it
        assert join(start(lambda: cond.acquire(False))) == [False]
        assert timed(cond.wait_for, lambda: False, 0.02) == (False, True)
        assert cond.wait_for(lambda: "already", 0) == "already"


def check_wait_for(make_lock):
    cond = Condition(make_lock())
    state = {"value": 0}

    def waiter():
        with cond:
            return cond.wait_for(lambda: state["value"] >= 3 and state["value"])
    w = start(waiter)
    for i in range(5):
        with cond:
            state["value"] += 1
            cond.notify_all()
        pause()
    assert join(w)[0] >= 3, "wait_for returns the predicate's (true) value"
    # a notify that leaves the predicate false does not end wait_for
    state["value"] = 0
    w = start(waiter)
    with cond:
        cond.notify_all()
    for i in range(5):
        pause()
    assert not w.done
    with cond:
        state["value"] = 7
        cond.notify_all()
    assert join(w) == [7]


# ---- Event ----------------------------------------------------------------------------------

def check_event():
    ev = Event()
    assert not ev.is_set()
    assert timed(ev.wait, 0.02) == (False, True)
    ev.set()
    assert ev.is_set() and ev.wait() is True and ev.wait(0) is True
    ev.clear()
    assert not ev.is_set() and ev.wait(0) is False
    waiters = [start(ev.wait) for i in range(4)]
    for i in range(5):
        pause()
    assert not any(w.done for w in waiters)
    ev.set()
    assert join(*waiters) == [True] * 4


def check_event_set_then_clear():
    # a waiter released by set() returns True even when clear() came before it ran
    ev = Event()
    started = []

    def waiter():
        started.append(True)
        return ev.wait(60)
    waiters = [start(waiter) for i in range(3)]
    wait_until(lambda: len(started) == 3)
    for i in range(5):
        pause()
    ev.set()
    ev.clear()
    assert join(*waiters) == [True] * 3


# ---- Semaphore and BoundedSemaphore ---------------------------------------------------------

def check_semaphore_bounds(make):
    assert raises(ValueError, make, -1)
    sem = make(2)
    assert sem.acquire(False) and sem.acquire(False)
    assert sem.acquire(False) is False
    assert timed(sem.acquire, True, 0.02) == (False, True)
    sem.release()
    assert sem.acquire(False) is True
    sem.release()
    sem.release()


def check_semaphore_concurrency(make):
    sem = make(3)
    state = {"inside": 0, "most": 0}

    def worker():
        with sem:
            state["inside"] += 1
            state["most"] = max(state["most"], state["inside"])
            for i in range(5):
                pause()
            state["inside"] -= 1
    join(*[start(worker) for i in range(8)])
    assert state["most"] == 3 and state["inside"] == 0, state


def check_semaphore_release_n():
    sem = Semaphore(0)
    waiters = [start(sem.acquire) for i in range(3)]
    for i in range(5):
        pause()
    assert not any(w.done for w in waiters)
    sem.release(2)
    wait_until(lambda: sum(w.done for w in waiters) >= 2)
    for i in range(5):
        pause()
    assert sum(w.done for w in waiters) == 2
    sem.release()
    assert join(*waiters) == [True] * 3
    assert sem.acquire(False) is False


def check_bounded_release():
    sem = BoundedSemaphore(2)
    assert raises(ValueError, sem.release), "a release above the initial value"
    sem.acquire()
    sem.release()
    assert raises(ValueError, sem.release)
    # the failed releases changed nothing: still exactly two units
    assert sem.acquire(False) and sem.acquire(False) and not sem.acquire(False)
    sem.release()
    sem.release()


# ---- Barrier --------------------------------------------------------------------------------

def check_barrier_rounds():
    actions = []
    b = Barrier(3, action=lambda: actions.append(b.n_waiting))
    assert b.parties == 3 and b.n_waiting == 0 and not b.broken
    for round_ in range(2):
        workers = [start(b.wait) for i in range(2)]
        wait_until(lambda: b.n_waiting == 2)
        index = b.wait()
        results = join(*workers) + [index]
        assert sorted(results) == [0, 1, 2], results
    assert len(actions) == 2, "the action runs once per round"
    assert b.n_waiting == 0 and not b.broken


def expect_broken(b, timeout=None):
    try:
        b.wait(timeout)
    except BrokenBarrierError:
        return "broken"
    return "passed"


def check_barrier_abort_reset():
    b = Barrier(3)
    workers = [start(expect_broken, b) for i in range(2)]
    wait_until(lambda: b.n_waiting == 2)
    b.abort()
    assert join(*workers) == ["broken", "broken"] and b.broken
    assert expect_broken(b) == "broken", "a broken barrier breaks later waits at once"
    b.reset()
    assert not b.broken
    workers = [start(b.wait) for i in range(2)]
    wait_until(lambda: b.n_waiting == 2)
    index = b.wait()
    assert sorted(join(*workers) + [index]) == [0, 1, 2], "usable again after reset()"
    # reset() with waiters breaks them, and leaves the barrier usable
    workers = [start(expect_broken, b) for i in range(2)]
    wait_until(lambda: b.n_waiting == 2)
    b.reset()
    assert join(*workers) == ["broken", "broken"] and not b.broken


def check_barrier_timeout():
    assert raises(ValueError, Barrier, 0)
    b = Barrier(3)
    w = start(expect_broken, b)
    wait_until(lambda: b.n_waiting == 1)
    assert timed(expect_broken, b, 0.02) == ("broken", True), "a timed-out wait breaks the barrier"
    assert join(w) == ["broken"] and b.broken
    b = Barrier(2, timeout=0.02)
    assert timed(lambda t: expect_broken(b), 0.02) == ("broken", True), "the barrier's own timeout"


def check_barrier_failing_action():
    def fail():
        raise KeyError("action")
    b = Barrier(2, action=fail)
    w = start(expect_broken, b)
    wait_until(lambda: b.n_waiting == 1)
    assert raises(KeyError, b.wait), "the last arrival gets the action's exception"
    assert join(w) == ["broken"] and b.broken


CHECKS = [
    ("Lock acquire/release", check_acquire_release, (Lock,)),
    ("RLock acquire/release", check_acquire_release, (RLock,)),
    ("Lock locked(), release unlocked", check_lock_states, ()),
    ("Lock non-blocking", check_non_blocking, (Lock,)),
    ("RLock non-blocking", check_non_blocking, (RLock,)),
    ("Lock contended", check_contended, (Lock,)),
    ("RLock contended", check_contended, (RLock,)),
    ("Lock released by another worker", check_lock_other_releases, ()),
    ("Lock timeouts", check_timeouts, (Lock,)),
    ("RLock timeouts", check_timeouts, (RLock,)),
    ("Lock mutual exclusion", check_mutual_exclusion, (Lock,)),
    ("RLock mutual exclusion", check_mutual_exclusion, (RLock,)),
    ("RLock re-entrancy", check_rlock_reentrant, ()),
    ("RLock ownership", check_rlock_ownership, ()),
    ("Condition(Lock) needs the lock", check_condition_needs_lock, (Lock,)),
    ("Condition(RLock) needs the lock", check_condition_needs_lock, (RLock,)),
    ("Condition(Lock) notify/notify_all", check_notify, (Lock,)),
    ("Condition(RLock) notify/notify_all", check_notify, (RLock,)),
    ("Condition(Lock) wait timeout", check_condition_wait_timeout, (Lock,)),
    ("Condition(RLock) wait timeout", check_condition_wait_timeout, (RLock,)),
    ("Condition wait_for", check_wait_for, (RLock,)),
    ("Event set/clear/wait", check_event, ()),
    ("Event set then clear", check_event_set_then_clear, ()),
    ("Semaphore bounds", check_semaphore_bounds, (Semaphore,)),
    ("BoundedSemaphore bounds", check_semaphore_bounds, (BoundedSemaphore,)),
    ("Semaphore concurrency", check_semaphore_concurrency, (Semaphore,)),
    ("BoundedSemaphore concurrency", check_semaphore_concurrency, (BoundedSemaphore,)),
    ("Semaphore release(n)", check_semaphore_release_n, ()),
    ("BoundedSemaphore extra release", check_bounded_release, ()),
    ("Barrier rounds", check_barrier_rounds, ()),
    ("Barrier abort/reset", check_barrier_abort_reset, ()),
    ("Barrier timeout", check_barrier_timeout, ()),
    ("Barrier failing action", check_barrier_failing_action, ()),
]


def run(spawn):
    # every check, in order; a failing one stops the program with its assertion
    global _spawn
    _spawn = spawn
    for name, check, args in CHECKS:
        check(*args)
        print("ok", name)
    print(len(CHECKS), "checks passed")
