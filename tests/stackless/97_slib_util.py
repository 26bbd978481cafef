# stacklesslib.util: atomic as a context manager (restores the previous flag, also after an
# exception) and as a decorator with or without parentheses; block_trap makes a blocking receive
# raise RuntimeError; QueueChannel (qchannel) queues sends that find no receiver (balance counts
# them), blocks senders past max_len, passes a value straight to a waiting receiver, carries
# exceptions in order and iterates; ValueEvent hands one value (or one exception) to every
# waiter, then refuses; locks.released gives a lock up for a block.
import stackless
from stacklesslib import util
from stacklesslib.locks import Lock, released

cur = stackless.getcurrent()
with util.atomic():
    inner = cur.atomic
    with util.atomic():
        pass
    print("atomic inside:", inner, "after a nested block:", cur.atomic)
print("atomic after:", cur.atomic)
try:
    with util.atomic():
        raise KeyError("k")
except KeyError:
    print("restored after an exception:", cur.atomic)


@util.atomic
def plain(x):
    return x, stackless.getcurrent().atomic


@util.atomic()
def called():
    return stackless.getcurrent().atomic


print("decorated:", plain(1), called(), cur.atomic)

ch = stackless.channel()
with util.block_trap():
    try:
        ch.receive()
    except RuntimeError as e:
        print("block_trap:", e)
print("trap restored:", cur.block_trap)

q = util.qchannel()
print("QueueChannel is qchannel:", util.QueueChannel is util.qchannel)
q.send(1)
q.send_exception(ValueError, "bad")
q.send(3)
print("queued, the sender went on; balance:", q.balance)
print(q.receive())
try:
    q.receive()
except ValueError as e:
    print("exception in order:", e)
print(q.receive(), "balance:", q.balance)

got = []


def reader():
    got.append(q.receive())


stackless.tasklet(reader)()
stackless.schedule()
print("a receiver waits; balance:", q.balance)
q.send("direct")
stackless.run()
print("passed straight to it:", got, "queue:", q.value_queue)

bounded = util.QueueChannel(max_len=2)
sent = []


def sender(i):
    bounded.send(i)
    sent.append(i)


for i in range(4):
    stackless.tasklet(sender)(i)
stackless.run()
print("max_len 2: sends done", sent, "balance", bounded.balance)
print("received in order:", [bounded.receive() for i in range(4)])
stackless.run()
print("blocked senders went on:", sent)
assert sent == [0, 1, 2, 3]

it = util.qchannel()
for v in "ab":
    it.send(v)
it.close()
print("iterates until closed:", list(it))

ev = util.ValueEvent()
res = []


def waiter(i):
    try:
        res.append((i, ev.wait()))
    except KeyError as e:
        res.append((i, "KeyError"))


for i in range(3):
    stackless.tasklet(waiter)(i)
stackless.run()
ev.set("v")
stackless.run()
print("ValueEvent.set:", res)
for f in (lambda: ev.set(1), ev.wait):
    try:
        f()
    except RuntimeError as e:
        print("after set:", e)
ev = util.ValueEvent()
res = []
for i in range(2):
    stackless.tasklet(waiter)(i)
stackless.run()
ev.abort(KeyError, "gone")
stackless.run()
print("ValueEvent.abort:", res)
try:
    ev.wait()
except KeyError as e:
    print("wait after abort:", e)

lock = Lock()
with lock:
    with released(lock):
        print("released inside:", lock.locked())
    print("held again:", lock.locked())
