# stacklesslib.util: atomic, block_trap, channel_wait with a timeout, QueueChannel (qchannel),
# ValueEvent, tasklet-local storage, and call_async/call_on_thread (interpreter threads).
import stackless
import weakref
import _thread
from . import main
from .errors import TimeoutError, CancelledError

WaitTimeoutError = TimeoutError     # stacklesslib's older name


class local(_thread._local):
    # Tasklet-local attributes, as threading.local is thread-local: each tasklet sees only what
    # it set. The instance's own dict holds just the map tasklet -> attributes (weak keys: a
    # tasklet's attributes go when it does).
    def __init__(self):
        self.__dict__["_tasklet_dicts"] = weakref.WeakKeyDictionary()

    def _own(self):
        dicts = self.__dict__["_tasklet_dicts"]
        cur = stackless.getcurrent()
        d = dicts.get(cur)
        if d is None:
            d = dicts[cur] = {}
        return d


class atomic:
    # `with atomic():` inhibits involuntary switches for the block (and restores the previous
    # flag); `@atomic` and `@atomic()` make every call of a function atomic. One instance serves
    # one `with` at a time; the decorator makes a fresh one per call.
    def __init__(self, func=None):
        self._func = func
        self._saved = []

    def __enter__(self):
        self._saved.append(stackless.getcurrent().set_atomic(True))
        return self

    def __exit__(self, typ, value, tb):
        stackless.getcurrent().set_atomic(self._saved.pop())
        return False

    def __call__(self, *args, **kwargs):
        if self._func is None:
            # @atomic(): the one argument is the function to wrap
            return atomic(args[0])
        with atomic():
            return self._func(*args, **kwargs)


class block_trap:
    # `with block_trap():` makes any blocking channel action of this tasklet raise RuntimeError
    def __init__(self, trap=True):
        self._trap = trap
        self._saved = []

    def __enter__(self):
        cur = stackless.getcurrent()
        self._saved.append(cur.block_trap)
        cur.block_trap = self._trap
        return self

    def __exit__(self, typ, value, tb):
        stackless.getcurrent().block_trap = self._saved.pop()
        return False


class _Expired(BaseException):
    # thrown into a tasklet blocked in channel_wait when its time is up; a BaseException so that
    # no `except Exception` between the throw and channel_wait can swallow it
    pass


def channel_wait(chan, timeout=None):
    # chan.receive(), raising TimeoutError (WaitTimeoutError) when nothing came within `timeout`
    # seconds (None or a negative number: wait forever; 0: only take what is already there)
    if timeout is None or timeout < 0:
        return chan.receive()
    with atomic():
        if timeout == 0 and chan.balance <= 0:
            raise TimeoutError("timed out after %ss" % (timeout,))
        me = stackless.getcurrent()
        token = _Expired()
        waiting = [True]

        def expire():
            # still inside this receive (blocked means blocked on chan: nothing else can run
            # between the push below and the receive)
            if waiting[0] and me.blocked:
                me.throw(token, pending=True)
        handle = main._at(main.elapsed_time() + timeout, expire)
        try:
            return chan.receive()
        except _Expired as e:
            if e is not token:
                raise
        finally:
            waiting[0] = False
            main._cancel(handle)
    raise TimeoutError("timed out after %ss" % (timeout,))


class QueueChannel(stackless.channel):
    # A channel with a queue: a send that finds no receiver waiting appends its value and goes on
    # (until max_len values wait, if max_len >= 0; then senders block as on a plain channel).
    # balance counts the queued values as waiting senders.
    def __init__(self, max_len=-1):
        self.value_queue = []
        self.max_len = max_len

    @property
    def balance(self):
        return len(self.value_queue) + stackless.channel.balance.__get__(self)

    def _send(self, item):
        with atomic():
            base = stackless.channel.balance.__get__(self)
            room = self.max_len < 0 or len(self.value_queue) < self.max_len
            if base >= 0 and room and not self.closing:
                self.value_queue.append(item)
                return
            stackless.channel.send(self, item)

    def send(self, value):
        self._send((True, value))

    def send_exception(self, exc, *args):
        self._send((False, exc(*args)))

    def send_throw(self, exc, value=None, tb=None):
        if value is None:
            value = exc() if isinstance(exc, type) else exc
        self._send((False, value))

    def receive(self):
        with atomic():
            if stackless.channel.balance.__get__(self) > 0:
                # a sender blocked on a full queue: its value joins the queue's end (the receiver
                # preferred, so this does not switch)
                old = self.preference
                self.preference = -1
                try:
                    self.value_queue.append(stackless.channel.receive(self))
                finally:
                    self.preference = old
            if self.value_queue:
                item = self.value_queue.pop(0)
            else:
                item = stackless.channel.receive(self)
        if item[0]:
            return item[1]
        raise item[1]

    def __iter__(self):
        # a generator, not self: the VM iterates a channel (subclass or not) natively, without
        # a Python __next__, so `for v in q` would miss the queued values
        while self.value_queue or not self.closing or stackless.channel.balance.__get__(self) > 0:
            yield self.receive()


qchannel = QueueChannel


class ValueEvent(stackless.channel):
    # A one-shot event carrying a value: wait() blocks until set(value) (returns it) or abort(exc,
    # *args) (raises it); after either, the channel is closed and wait() raises. With a timeout,
    # the event aborts itself with timeoutException (TimeoutError) when the time is up.
    def __init__(self, timeout=None, timeoutException=None, timeoutExceptionValue=None):
        self.preference = 1         # set/abort wake every waiter without switching to each
        self.timeout = timeout
        self.exception, self.value = RuntimeError, ("ValueEvent already signaled or aborted",)
        self._handle = None
        if timeout is not None and timeout > 0:
            if timeoutException is None:
                timeoutException, timeoutExceptionValue = TimeoutError, "Event timed out"
            args = () if timeoutExceptionValue is None else (timeoutExceptionValue,)

            def expire():
                if not self.closed:
                    self.abort(timeoutException, *args)
            self._handle = main._at(main.elapsed_time() + timeout, expire)

    def _finish(self):
        self.close()
        if self._handle is not None:
            main._cancel(self._handle)
            self._handle = None

    def set(self, value=None):
        with atomic():
            if self.closed:
                raise RuntimeError("ValueEvent object already signaled or aborted.")
            while self.balance < 0:
                self.send(value)
            self._finish()

    def abort(self, exception=None, *value):
        with atomic():
            if self.closed:
                raise RuntimeError("ValueEvent object already signaled or aborted.")
            if exception is None:
                exception, value = self.exception, self.value
            else:
                self.exception, self.value = exception, value
            while self.balance < 0:
                self.send_exception(exception, *value)
            self._finish()

    def wait(self):
        if self.closed:
            raise self.exception(*self.value)
        return self.receive()


# call_async / call_on_thread: a blocking callable runs on an interpreter thread (lib/_thread.py)
# while only the calling tasklet waits; the result comes back, or the exception is raised in the
# caller with the traceback it had in the worker. Wrappers take argument-less callables
# (`call_async(lambda: load_level(name))`): the caller binds its arguments where they are in
# scope, one signature fits every callable, and nothing about the arguments has to be parsed or
# forwarded; stacklesslib's own (function, args, kwargs) form is accepted as well.
_MAX_WORKERS = 8
_jobs = stackless.channel()      # (job, reply) to the idle workers
_workers = [0]


def _bind(function, args, kwargs):
    if not args and not kwargs:
        return function
    return lambda: function(*args, **(kwargs or {}))


class _Reply:
    # the result of one call; the caller waits on `chan` only while nothing has arrived
    def __init__(self):
        self.chan = stackless.channel()
        self.chan.preference = 1
        self.outcome = None

    def put(self, outcome):
        with atomic():
            self.outcome = outcome
            if self.chan.balance < 0:
                self.chan.send(None)

    def get(self):
        with atomic():
            if self.outcome is None:
                self.chan.receive()
        ok, value = self.outcome
        if ok:
            return value
        raise value


def _run_job(job, reply):
    try:
        value = job()
    except BaseException as e:
        reply.put((False, e))
    else:
        reply.put((True, value))


def _worker():
    while True:
        job, reply = _jobs.receive()
        _run_job(job, reply)


def call_async(function, args=(), kwargs=None):
    # on one of a few worker threads, started as needed and then kept
    reply = _Reply()
    with atomic():
        if _jobs.balance >= 0 and _workers[0] < _MAX_WORKERS:  # nobody idle: one more worker
            _workers[0] += 1
            _thread.start_new_thread(_worker, ())
    _jobs.send((_bind(function, args, kwargs), reply))
    return reply.get()


def call_on_thread(function, args=(), kwargs=None):
    # on a new thread of its own, which ends with the call
    reply = _Reply()
    _thread.start_new_thread(_run_job, (_bind(function, args, kwargs), reply))
    return reply.get()
