# _thread: interpreter threads (stackless/threads.ts) and the lock that blocks a whole thread.
# A thread is a main tasklet with its own run queue; the VM hands the GIL between threads every
# sys.getswitchinterval() opcodes, never while the running tasklet is atomic. A lock here behaves
# as an OS lock does under Stackless: while a tasklet waits for it, its whole thread waits (the
# thread's other tasklets do not run). stacklesslib.locks is the tasklet-level kind.
import sys
import stackless
import _gil
import _prelude
import time

error = RuntimeError
_getcurrent = stackless.getcurrent
TIMEOUT_MAX = 9223372036.0


def get_ident():
    return _gil.ident()


get_native_id = get_ident


def _count():
    # the threads other than the primary one
    return _gil.count() - 1


# called with a thread's ident as it ends (threading drops the thread's `local` attributes)
_thread_end_hooks = []


def _bootstrap(job):
    # the main tasklet of a new thread
    function, args, kwargs = job
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except BaseException as e:
        print("Exception ignored in thread started by: " + repr(function), file=sys.stderr)
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        # the thread's other tasklets are killed and run to their end (as Stackless ends a dead
        # thread's tasklets) before anyone hears that the thread is done
        _gil.end_tasklets()
        while stackless.getruncount() > 1:
            stackless.schedule()
        for hook in _thread_end_hooks:
            hook(get_ident())


def start_new_thread(function, args, kwargs=None):
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is None:
        kwargs = {}
    elif not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    return _gil.start(_bootstrap, (function, args, kwargs))


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def stack_size(size=0):
    # a thread's frames live in the stack arena and the heap, never in a stack of its own
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def _timeout(blocking, timeout):
    # acquire()'s arguments as CPython checks them; None: wait forever
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return 0
    if timeout == -1:
        return None
    if timeout < 0:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return timeout


class _local:
    # The base of threading.local and stacklesslib.util.local: attributes live in the dict
    # self._own() gives (one per thread, or per tasklet), not in the instance.
    def __getattr__(self, name):
        # only names the class does not have come here
        d = self._own()
        if name in d:
            return d[name]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        self._own()[name] = value

    def __delattr__(self, name):
        d = self._own()
        if name not in d:
            raise AttributeError(name)
        del d[name]


def wait_for(cond, predicate, timeout):
    # cond.wait() until predicate() is true or `timeout` seconds (None: no limit) have passed on
    # the host's clock; the predicate's last value (threading's and stacklesslib's Condition)
    deadline = None
    result = predicate()
    while not result:
        wait_time = None
        if timeout is not None:
            if deadline is None:
                deadline = time.monotonic() + timeout
            wait_time = deadline - time.monotonic()
            if wait_time <= 0:
                break
        cond.wait(wait_time)
        result = predicate()
    return result


class _Waiter:
    # one tasklet waiting for a lock: its channel prefers the sender, so a release never switches
    # away from the releaser; `handed` says release() gave it the lock
    __slots__ = ("chan", "handed")

    def __init__(self):
        self.chan = stackless.channel()
        self.chan.preference = 1
        self.handed = False


class LockType:
    # State changes only inside atomic: no other tasklet, of this thread or another, runs between
    # a test and the change that follows it. release() hands the lock straight to the first
    # waiter (FIFO), so it cannot be taken from under a woken waiter.
    def __init__(self):
        self._locked = False
        self._waiters = []

    def acquire(self, blocking=True, timeout=-1):
        # the uncontended case first, with the atomic flag set by hand (no context manager)
        cur = _getcurrent()
        old = cur.set_atomic(True)
        if not self._locked:
            self._locked = True
            cur.set_atomic(old)
            return True
        cur.set_atomic(old)
        timeout = _timeout(blocking, timeout)
        with stackless.atomic():
            if not self._locked:
                self._locked = True
                return True
            if timeout == 0:
                return False
            w = _Waiter()
            self._waiters.append(w)
            entry = None if timeout is None else _prelude.timer_add(time.monotonic() + timeout, w.chan)
            try:
                _gil.hold_receive(w.chan)
            except BaseException:
                # killed while waiting: a lock it was handed goes on to the next waiter
                if w.handed:
                    self.release()
                else:
                    self._waiters.remove(w)
                raise
            finally:
                if entry is not None:
                    _prelude.timer_cancel(entry)
            if not w.handed:
                self._waiters.remove(w)  # the timer woke it
            return w.handed

    def release(self):
        cur = _getcurrent()
        old = cur.set_atomic(True)
        try:
            if not self._locked:
                raise RuntimeError("release unlocked lock")
            waiters = self._waiters
            while waiters:
                w = waiters.pop(0)
                if w.chan.balance < 0:
                    w.handed = True
                    w.chan.send(None)
                    return
            self._locked = False
        finally:
            cur.set_atomic(old)

    def locked(self):
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, typ, value, tb):
        self.release()
        return False

    def __repr__(self):
        return "<%s _thread.lock object at %s>" % ("locked" if self._locked else "unlocked", hex(id(self)))


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    # re-entrant: owned by a thread (all its tasklets), counted
    def __init__(self):
        self._block = LockType()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        with stackless.atomic():
            if self._owner == me:
                self._count += 1
                return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        with stackless.atomic():
            if self._owner != get_ident():
                raise RuntimeError("cannot release un-acquired lock")
            self._count -= 1
            if self._count == 0:
                self._owner = None
                self._block.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        # Condition.wait on an RLock: give it up whole, to be taken back whole
        with stackless.atomic():
            if self._owner != get_ident():
                raise RuntimeError("cannot release un-acquired lock")
            state = (self._count, self._owner)
            self._count = 0
            self._owner = None
            self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    __enter__ = acquire

    def __exit__(self, typ, value, tb):
        self.release()
        return False

    def __repr__(self):
        return "<%s _thread.RLock object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked", self._owner or 0, self._count, hex(id(self)))
