# Stackless rule checked: atomic inhibits involuntary switches only. The built-in
# stackless.atomic context manager and the seed's atomic() (a contextlib.contextmanager built
# on tasklet.set_atomic) both set the flag for the block and restore the previous value, nested
# or not; a watchdog interrupt that falls inside the block is deferred until it ends, while a
# voluntary schedule() inside the block still switches.
import stackless
from contextlib import contextmanager


@contextmanager
def atomic():
    old = stackless.getcurrent().set_atomic(True)
    try:
        yield None
    finally:
        stackless.getcurrent().set_atomic(old)


log = []
cur = stackless.getcurrent()
log.append(("start", cur.atomic))
with stackless.atomic():
    log.append(("builtin", cur.atomic))
    with atomic():
        log.append(("nested seed", cur.atomic))
    log.append(("after nested", cur.atomic))
log.append(("after builtin", cur.atomic))
with atomic():
    log.append(("seed", cur.atomic))
log.append(("after seed", cur.atomic))

# an exception leaving the block still restores the flag
try:
    with stackless.atomic():
        raise KeyError("x")
except KeyError:
    log.append(("restored after exception", cur.atomic))

# the watchdog cannot interrupt inside the block: the counter reaches its end first
progress = []


def busy():
    with stackless.atomic():
        n = 0
        for i in range(3000):
            n += 1
        progress.append(n)
    for i in range(100000):
        pass
    progress.append("never")


t = stackless.tasklet(busy)()
r = stackless.run(500)
log.append(("interrupted after the atomic block", r is t, progress == [3000]))
t.kill()

# voluntary switches still happen inside atomic
order = []


def other():
    order.append("other")


stackless.tasklet(other)()
with stackless.atomic():
    order.append("before schedule")
    stackless.schedule()
    order.append("after schedule")
log.append(("schedule switched", order == ["before schedule", "other", "after schedule"]))

for entry in log:
    print(entry)
assert log == [
    ("start", False), ("builtin", True), ("nested seed", True), ("after nested", True),
    ("after builtin", False), ("seed", True), ("after seed", False),
    ("restored after exception", False), ("interrupted after the atomic block", True, True),
    ("schedule switched", True),
], log
print("OK")
