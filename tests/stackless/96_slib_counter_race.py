# The seed's claim, shown: a read-modify-write of a shared counter by many tasklets under the
# watchdog (stackless.run(N) preempts a tasklet after N opcodes, anywhere) loses updates when
# nothing guards it, and also when the guard is a lock written without atomic (its test and its
# set can be torn apart); guarded by stacklesslib's atomic or by any of its locks (each written
# in plain Python, correct by atomic alone) it never loses one.
import stackless
from stacklesslib import util
from stacklesslib.locks import Lock, RLock, Semaphore, BoundedSemaphore, Condition

TASKLETS = 8
ROUNDS = 100
# opcodes per slice (fewer than one round of the loop below); where a slice ends depends on the
# VM's opcode counts, so each guard runs at several and must hold (or fail) at any of them
WATCHDOGS = (7, 13, 19, 29, 41)
counter = [0]


class Unguarded:
    def __enter__(self):
        pass

    def __exit__(self, *exc):
        pass


class NaiveLock:
    # test-and-set in Python without atomic: preemption between the test and the set lets two in
    def __init__(self):
        self.held = False

    def __enter__(self):
        while self.held:
            stackless.schedule()
        self.held = True

    def __exit__(self, *exc):
        self.held = False


def bump(guard):
    for i in range(ROUNDS):
        with guard():
            v = counter[0]
            w = 0
            for j in range(3):
                w += j          # the window between the read and the write
            counter[0] = v + 1


def race(guard, watchdog):
    counter[0] = 0
    for i in range(TASKLETS):
        stackless.tasklet(bump)(guard)
    preempted = 0
    while stackless.getruncount() > 1:
        t = stackless.run(watchdog)
        if t is not None:
            preempted += 1
            t.insert()
    return counter[0], preempted


def same(obj):
    return lambda: obj


expected = TASKLETS * ROUNDS
cases = [
    ("unguarded", same(Unguarded()), False),
    ("naive lock without atomic", same(NaiveLock()), False),
    ("util.atomic", util.atomic, True),
    ("Lock", same(Lock()), True),
    ("RLock", same(RLock()), True),
    ("Semaphore", same(Semaphore(1)), True),
    ("BoundedSemaphore", same(BoundedSemaphore(1)), True),
    ("Condition (RLock)", same(Condition()), True),
    ("Condition (Lock)", same(Condition(Lock())), True),
]
for name, guard, exact in cases:
    kept = []
    for watchdog in WATCHDOGS:
        total, preempted = race(guard, watchdog)
        assert preempted > 0
        kept.append(total == expected)
    print("%-26s all %d updates kept at every interval: %s" % (name, expected, all(kept)))
    assert all(kept) == exact, (name, kept)
