# threading: CPython's threading API over the interpreter threads of lib/_thread.py. Its locks
# block the whole calling thread (as OS locks do under Stackless); for locks that block only the
# calling tasklet, use stacklesslib.locks. Written from threading's documented semantics.
import sys
import _thread
import time

__all__ = ["get_ident", "get_native_id", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore",
           "Thread", "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs",
           "excepthook", "local", "activeCount", "currentThread"]

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
Lock = _thread.allocate_lock
RLock = _thread.RLock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

_active = {}     # ident -> Thread, for the threads alive
_counter = [0]


def _new_name(target):
    _counter[0] += 1
    name = "Thread-%d" % _counter[0]
    if target is not None:
        tname = getattr(target, "__name__", None)
        if tname is not None:
            name += " (%s)" % tname
    return name


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        # a plain lock: owned when it cannot be taken now
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        if hasattr(self._lock, "_release_save"):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, "_acquire_restore"):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # each waiter waits on a lock of its own, taken once here and released by notify()
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        got = False
        try:
            if timeout is None:
                got = waiter.acquire()
            else:
                got = waiter.acquire(True, timeout) if timeout > 0 else waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(state)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        return _thread.wait_for(self, predicate, timeout)

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = time.monotonic() + timeout
                    else:
                        timeout = endtime - time.monotonic()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    # parties threads meet; the state goes filling (0) -> draining (1) -> filling, or broken (-2)
    # (-1: resetting, while the waiters of a reset drain out)
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=sys.stderr)
    sys.excepthook(args.exc_type, args.exc_value, args.exc_traceback)


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._name = str(name) if name is not None else _new_name(target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._started = Event()
        self._is_stopped = False
        self._done = None  # held while the thread runs: join() waits for it

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if self._started.is_set() or self._done is not None:
            raise RuntimeError("threads can only be started once")
        self._done = _thread.allocate_lock()
        self._done.acquire()
        _thread.start_new_thread(self._bootstrap, ())
        self._started.wait()

    def _bootstrap(self):
        self._ident = get_ident()
        _active[self._ident] = self
        _done_locks[self._ident] = self._done
        self._started.set()
        try:
            self.run()
        except BaseException as e:
            excepthook(ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            self._is_stopped = True
            del _active[self._ident]

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started.is_set() and self._done is None:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        _active[self._ident] = self


class _DummyThread(Thread):
    # a thread started with _thread.start_new_thread, seen from threading
    def __init__(self):
        Thread.__init__(self, name=_new_name(None).replace("Thread", "Dummy"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        _active[self._ident] = self

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    t = _active.get(get_ident())
    if t is None:
        t = _DummyThread()
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


_local_dicts = {}  # thread ident -> {a local's key: its attributes in that thread}
_local_keys = [0]


def _drop_thread_locals(ident):
    # a thread ended: what its `local` attributes held goes now (their finalizers run)
    _local_dicts.pop(ident, None)


def _drop_local(key):
    for per in list(_local_dicts.values()):
        per.pop(key, None)


_thread._thread_end_hooks.append(_drop_thread_locals)


def _thread_done(ident):
    # the thread and its tasklets have ended: join() returns
    done = _done_locks.pop(ident, None)
    if done is not None:
        done.release()


_done_locks = {}  # ident -> the lock a started Thread holds until it has ended
_thread._thread_end_hooks.append(_thread_done)


class local(_thread._local):
    # Attributes per interpreter thread: each thread sees only what it set. They live in
    # _local_dicts, so a thread's go when it ends, and all of them when the local dies.
    def __init__(self):
        _local_keys[0] += 1
        self.__dict__["_local_key"] = _local_keys[0]

    def __del__(self):
        _drop_local(self.__dict__["_local_key"])

    def _own(self):
        me = get_ident()
        per = _local_dicts.get(me)
        if per is None:
            per = _local_dicts[me] = {}
        key = self.__dict__["_local_key"]
        d = per.get(key)
        if d is None:
            d = per[key] = {}
        return d


_main_thread = _MainThread()
