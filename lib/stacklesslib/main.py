# stacklesslib.main: the clock and the timers every stacklesslib timeout uses, which are the VM's
# own (lib/_prelude.py, "Sleeping tasklets and timers"): the host's clock (the game's, when the
# host gives one) and one heap of timers that the VM looks at when each tick starts. A due timer's
# callback runs at the start of the first tick whose clock has reached it, before the tasklets
# it wakes run in that same tick; while nothing is due and nothing runs, the VM is idle (the host
# waits until Runtime.nextWake). Nothing here polls: a tasklet waiting for a time costs one heap
# entry and no opcodes.
#
# The host's tick is the main loop: a program need not run one. MainLoop is for code written for
# stacklesslib's, which pumps the queue itself (pump() runs what is due within a long tick).
import stackless
import time
import _prelude


def elapsed_time():
    # seconds on the host's clock (time.monotonic(): the game clock when the host gives one)
    return time.monotonic()


def _at(when, callback):
    # the internal timer: callback() runs on the VM's timer tasklet and must not block; returns
    # the entry to give _cancel
    return _prelude.timer_add(when, callback)


def _cancel(entry):
    return _prelude.timer_cancel(entry)


class Handle:
    # a callback waiting in the event queue; cancel() takes it out (PEP 3156's Handle, as
    # stacklesslib's): True if it was still pending, False if it ran or was cancelled already
    def __init__(self, when, callback):
        self.callback = callback
        self.cancelled = None
        self._entry = _at(when, lambda: stackless.tasklet(callback)())

    def cancel(self):
        if self.cancelled is None:
            self.cancelled = _cancel(self._entry)
        return self.cancelled


def _bind(callback, args, kwargs):
    # an argument-less callable is the form to prefer (call_later(0.5, npc.think)); arguments
    # after it, as stacklesslib's signatures take them, are bound here
    if not args and not kwargs:
        return callback
    return lambda: callback(*args, **kwargs)


class EventQueue:
    # A view of the VM's timer heap with stacklesslib's interface. Every callback runs on a
    # tasklet of its own, so it may block or sleep without holding up the others due with it.
    # len(), due_delay() and is_due count every pending timer: sleepers and lock timeouts too, as
    # stacklesslib's queue holds its sleeps and timeouts.
    def __len__(self):
        return len(_prelude._timers)

    @staticmethod
    def time():
        return elapsed_time()

    def call_at(self, when, callback, *args, **kwargs):
        return Handle(when, _bind(callback, args, kwargs))

    def call_later(self, delay, callback, *args, **kwargs):
        return Handle(elapsed_time() + delay, _bind(callback, args, kwargs))

    def call_soon(self, callback, *args, **kwargs):
        return Handle(elapsed_time(), _bind(callback, args, kwargs))

    # stacklesslib's first event queue: the callable first, then the time
    def push_at(self, what, when):
        return self.call_at(when, what)

    def push_after(self, what, delay):
        return self.call_later(delay, what)

    def due_delay(self):
        # seconds until the next timer is due (0.0 if one is), None if there is none
        if not _prelude._timers:
            return None
        return max(0.0, _prelude._timers[0][0] - elapsed_time())

    @property
    def is_due(self):
        return self.due_delay() == 0.0

    def pump(self):
        # runs the callbacks due now (the VM does so at each tick's start; this is for a loop that
        # wants them earlier); wake_timers leaves its tasklet atomic, so the caller's flag is restored
        cur = stackless.getcurrent()
        old = cur.atomic
        try:
            _prelude.wake_timers(elapsed_time())
        finally:
            cur.set_atomic(old)


event_queue = EventQueue()


class MainLoop:
    def __init__(self):
        self.max_wait_time = 0.01
        self.running = True
        self.event_queue = event_queue

    def pump(self):
        self.event_queue.pump()

    def wait(self):
        # sleeps (this tasklet only) until the next timer is due, at most max_wait_time
        delay = self.event_queue.due_delay()
        sleep(self.max_wait_time if delay is None else min(delay, self.max_wait_time))

    def loop(self):
        self.wait()
        self.pump()
        stackless.run()

    def run(self):
        # until stop()
        while self.running:
            self.loop()

    def stop(self):
        self.running = False


mainloop = MainLoop()


def sleep(seconds):
    # blocks the calling tasklet (only it) until the clock has advanced `seconds`. 0 or less runs
    # the timers already due and yields to the others (tasklets and threads): the VM runs due timers only when a tick
    # starts, so a loop of zero sleeps would otherwise never see them within one long tick.
    if seconds > 0:
        time.sleep(seconds)
    else:
        event_queue.pump()
        time.sleep(0)  # the other tasklets, and the other threads, get their turn
