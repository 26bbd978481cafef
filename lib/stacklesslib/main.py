# The one clock and timer queue every stacklesslib timeout uses.
#
# How a timeout wakes: event_queue holds (due time, sequence, callback) in a heap. While it holds
# a live entry, one "pump" tasklet runs: it reads elapsed_time(), calls every due callback, and
# calls stackless.schedule() to let the others run, again and again until the queue is empty (then
# it ends; the next push starts a new one). So a due entry runs at the pump's first turn after its
# time; a waiter woken by it runs at its own next turn. The pump is the only place that reads the
# clock: routing stacklesslib to the VM's timers means replacing _pump (and elapsed_time) here.
import heapq
import stackless
import time


def elapsed_time():
    # seconds on a monotonic clock (the host's today; the game clock once the VM has one)
    return time.monotonic()


class Handle:
    # an entry of the queue; cancel() takes it out so a pending timeout never keeps the pump alive
    def __init__(self, queue, when, seq, callback):
        self.queue = queue
        self.when = when
        self.seq = seq
        self.callback = callback

    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)

    def cancel(self):
        if self.callback is not None:
            self.callback = None
            self.queue._live -= 1


class EventQueue:
    def __init__(self):
        self._heap = []
        self._seq = 0
        self._live = 0          # entries not cancelled
        self._pumper = None

    def __len__(self):
        return self._live

    def call_at(self, when, callback, *args, **kwargs):
        # callback(*args, **kwargs) at elapsed_time() >= when, run on a tasklet of its own (so it
        # may block or sleep without stopping the queue); returns a Handle
        if args or kwargs:
            target = callback
            callback = lambda: target(*args, **kwargs)
        return self._push(when, _spawn(callback))

    def call_later(self, delay, callback, *args, **kwargs):
        return self.call_at(elapsed_time() + delay, callback, *args, **kwargs)

    push_after = call_later

    def call_soon(self, callback, *args, **kwargs):
        return self.call_later(0, callback, *args, **kwargs)

    def _push(self, when, callback):
        # the internal form: callback() runs on the pump itself and must not block
        with stackless.atomic():
            self._seq += 1
            h = Handle(self, when, self._seq, callback)
            heapq.heappush(self._heap, h)
            self._live += 1
            if self._pumper is None:
                self._pumper = stackless.tasklet(self._pump)()
            return h

    def due_delay(self):
        # seconds until the next live entry is due (0 if one is), None if there is none
        with stackless.atomic():
            self._drop_cancelled()
            if not self._heap:
                return None
            return max(0.0, self._heap[0].when - elapsed_time())

    def is_due(self):
        return self.due_delay() == 0.0

    def _drop_cancelled(self):
        while self._heap and self._heap[0].callback is None:
            heapq.heappop(self._heap)

    def pump(self):
        # run the callbacks due now; returns how many ran
        n = 0
        with stackless.atomic():
            now = elapsed_time()
            while True:
                self._drop_cancelled()
                if not self._heap or self._heap[0].when > now:
                    return n
                h = heapq.heappop(self._heap)
                callback = h.callback
                h.cancel()
                callback()
                n += 1

    def _pump(self):
        try:
            while self._live:
                self.pump()
                if self._live:
                    stackless.schedule()
        finally:
            self._pumper = None
            self._heap = [h for h in self._heap if h.callback is not None]


def _spawn(callback):
    return lambda: stackless.tasklet(callback)()


event_queue = EventQueue()


def _wake(chan):
    # the callback of sleep(): the sleeper is blocked on its own channel; a channel that prefers
    # the sender hands it the value without switching away from the pump
    if chan.balance < 0:
        chan.send(None)


def sleep(seconds):
    # block the calling tasklet (only it) for at least `seconds` on elapsed_time()'s clock
    chan = stackless.channel()
    chan.preference = 1
    event_queue._push(elapsed_time() + seconds, lambda: _wake(chan))
    chan.receive()
