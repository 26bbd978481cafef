# stacklesslib.locks: threading's primitives for tasklets, in plain Python. Each one changes its
# state only inside `with atomic()`, where no involuntary switch can come, so a test of the state
# and the change that follows are one step as far as every other tasklet can see: atomic alone
# makes them correct. Blocking is voluntary and allowed inside atomic (the flag is the tasklet's
# own). Waiters queue in FIFO order and a release hands the lock straight to the first of them, so
# a lock cannot be taken from under a woken waiter before it runs.
import stackless
import _thread
from . import main
from .util import atomic, ValueEvent
from .errors import TimeoutError


class _Waiter:
    # one blocked tasklet: its own channel, which prefers the sender, so that waking it never
    # switches away from the waker (the woken tasklet runs at its turn in the run queue)
    def __init__(self):
        self.tasklet = stackless.getcurrent()
        self.chan = stackless.channel()
        self.chan.preference = 1
        self.woken = False


class _Waiters:
    # A FIFO of tasklets blocked in wait(). The caller is atomic.
    def __init__(self):
        self._queue = []

    def __len__(self):
        return len(self._queue)

    def wait(self, timeout, lost=None):
        # Block until wake() (returns the value it gave, True by default) or until `timeout`
        # seconds (None: forever) have passed (returns False). A tasklet that is killed after it
        # was woken but before it ran calls lost(): what it was handed goes on to another.
        if timeout is not None and timeout <= 0:
            return False
        w = _Waiter()
        self._queue.append(w)
        timer = None
        if timeout is not None:
            timer = main._at(main.elapsed_time() + timeout, lambda: self._expire(w))
        try:
            return w.chan.receive()
        except BaseException:
            if w.woken:
                if lost is not None:
                    lost()
            else:
                self._queue.remove(w)
            raise
        finally:
            if timer is not None:
                main._cancel(timer)

    def _expire(self, w):
        # on the VM's timer tasklet: take the waiter out (if still waiting) and resume it with False
        if not w.woken:
            w.woken = True
            self._queue.remove(w)
            w.chan.send(False)

    def wake_up_to(self, n):
        # notify(n): wake at most n waiters, fewer when fewer wait
        while n > 0 and self.wake() is not None:
            n -= 1

    def wake(self, value=True):
        # resume the first waiter with `value`; returns its tasklet, or None if none waits
        if not self._queue:
            return None
        w = self._queue.pop(0)
        w.woken = True
        w.chan.send(value)
        return w.tasklet

    def wake_all(self, value=True):
        n = len(self._queue)
        while self._queue:
            self.wake(value)
        return n


def _timeout(blocking, timeout):
    # threading's acquire arguments: -1 and None wait forever; a timeout needs blocking
    if timeout == -1:
        timeout = None
    if not blocking:
        if timeout is not None:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return 0
    if timeout is not None and timeout < 0:
        raise ValueError("timeout value must be a non-negative number")
    return timeout


class LockMixin:
    def __enter__(self):
        return self.acquire()

    def __exit__(self, typ, value, tb):
        self.release()
        return False


class Semaphore(LockMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _Waiters()

    def acquire(self, blocking=True, timeout=None):
        timeout = _timeout(blocking, timeout)
        with atomic():
            if self._value > 0:
                self._value -= 1
                return True
            return self._waiters.wait(timeout, self._release_one)

    def _release_one(self):
        # the unit goes to the first waiter if there is one (it does not pass through _value)
        if self._waiters.wake() is None:
            self._value += 1

    def _check_release(self, n):
        pass

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with atomic():
            self._check_release(n)
            for i in range(n):
                self._release_one()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def _check_release(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")


class Lock(Semaphore):
    # a binary semaphore: any tasklet may release it, but only while it is locked
    def __init__(self):
        Semaphore.__init__(self, 1)

    def _check_release(self, n):
        if self._value + n > 1:
            raise RuntimeError("release unlocked lock")

    def locked(self):
        return self._value == 0


class RLock(LockMixin):
    # re-entrant: its owner may acquire it again; only the owner may release it
    def __init__(self):
        self._owner = None
        self._count = 0
        self._waiters = _Waiters()

    def acquire(self, blocking=True, timeout=None):
        timeout = _timeout(blocking, timeout)
        me = stackless.getcurrent()
        with atomic():
            if self._owner is me:
                self._count += 1
                return True
            if self._owner is None:
                self._owner, self._count = me, 1
                return True
            # the releaser makes us the owner with a count of 1 before it wakes us
            return self._waiters.wait(timeout, self._pass_on)

    def _pass_on(self):
        self._owner = self._waiters.wake()
        self._count = 1 if self._owner is not None else 0

    def release(self):
        with atomic():
            if self._owner is not stackless.getcurrent():
                raise RuntimeError("cannot release un-acquired lock")
            self._count -= 1
            if self._count == 0:
                self._pass_on()

    # Condition's interface: give the lock up from any depth and take it back to the same depth
    def _is_owned(self):
        return self._owner is stackless.getcurrent()

    def _release_save(self):
        count = self._count
        self._count = 1
        self.release()
        return count

    def _acquire_restore(self, count):
        self.acquire()
        self._count = count


class Condition(LockMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _Waiters()
        # an RLock gives up and restores its whole depth; another lock is released once
        if hasattr(lock, "_release_save"):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, "_is_owned"):
            self._is_owned = lock._is_owned

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        # a plain Lock records no owner: locked counts as ours (threading does the same)
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        with atomic():
            # releasing and queueing are one step: no notify can fall between them
            saved = self._release_save()
            try:
                return self._waiters.wait(timeout)
            finally:
                self._acquire_restore(saved)

    def wait_for(self, predicate, timeout=None):
        return _thread.wait_for(self, predicate, timeout)

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        with atomic():
            self._waiters.wake_up_to(n)

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class NLCondition(LockMixin):
    # A Condition without a lock (NL: no lock): between voluntary switches a tasklet's code is
    # atomic anyway; acquire and release do nothing.
    def __init__(self):
        self._waiters = _Waiters()

    def acquire(self, blocking=True, timeout=None):
        return True

    def release(self):
        pass

    def wait(self, timeout=None):
        with atomic():
            return self._waiters.wait(timeout)

    def wait_for(self, predicate, timeout=None):
        return _thread.wait_for(self, predicate, timeout)

    def notify(self, n=1):
        with atomic():
            self._waiters.wake_up_to(n)

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = _Waiters()

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with atomic():
            self._flag = True
            self._waiters.wake_all()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        with atomic():
            if self._flag:
                return True
            # woken by set(): True even if clear() came before this tasklet ran (threading's)
            return self._waiters.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


_BROKEN = "broken"      # what a waiter is woken with when the barrier breaks or resets


class Barrier:
    # `parties` tasklets meet in wait(): the last to arrive runs `action` and releases the others;
    # each gets its arrival index. A timeout, abort() or a failing action breaks the barrier
    # (BrokenBarrierError for every waiter, present and future) until reset(). A released waiter
    # is handed its outcome over its own channel, so there is no draining phase to wait out.
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._waiters = _Waiters()      # this round's
        self._broken = False

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with atomic():
            if self._broken:
                raise BrokenBarrierError
            index = len(self._waiters)
            if index + 1 < self._parties:
                outcome = self._waiters.wait(timeout)
                if outcome is True:
                    return index
                if outcome is False:
                    self._break()       # timed out: this round cannot complete
                raise BrokenBarrierError
            # the last one: a new round starts now, even if the action blocks
            round_ = self._waiters
            self._waiters = _Waiters()
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    round_.wake_all(_BROKEN)
                    self._break()
                    raise
            round_.wake_all(True)
            return index

    def _break(self):
        self._broken = True
        self._waiters.wake_all(_BROKEN)

    def reset(self):
        with atomic():
            self._waiters.wake_all(_BROKEN)
            self._broken = False

    def abort(self):
        with atomic():
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return len(self._waiters)

    @property
    def broken(self):
        return self._broken


class released:
    # `with released(lock):` gives the lock up for the block and takes it back after
    def __init__(self, lock):
        self._lock = lock

    def __enter__(self):
        self._lock.release()

    def __exit__(self, typ, value, tb):
        self._lock.acquire()
        return False
