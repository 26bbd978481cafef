# stacklesslib.locks.Barrier (threading.Barrier's semantics): `parties` tasklets meet in wait();
# the last one runs the action and releases the others; each gets its arrival index; the
# barrier is reusable round after round; n_waiting counts who waits; abort() breaks it
# (BrokenBarrierError for the waiters and for later wait() calls) until reset(); reset() with
# waiters raises BrokenBarrierError in them and leaves it usable; a failing action breaks it;
# a wait() that times out breaks it.
import stackless
from stacklesslib import main
from stacklesslib.locks import Barrier, BrokenBarrierError

actions = []
b = Barrier(3, action=lambda: actions.append("action"))
print("parties:", b.parties, "waiting:", b.n_waiting, "broken:", b.broken)
results = []


def party(name, rounds=1):
    for r in range(rounds):
        try:
            results.append((name, r, b.wait()))
        except BrokenBarrierError:
            results.append((name, r, "broken"))


stackless.tasklet(party)("a", 2)
stackless.tasklet(party)("b", 2)
stackless.run()
print("two waiting:", b.n_waiting, results)
stackless.tasklet(party)("c", 2)
stackless.run()
rounds = [sorted(x[2] for x in results if x[1] == r) for r in range(2)]
print("two rounds, indices of each:", rounds, actions, b.n_waiting)
assert rounds == [[0, 1, 2], [0, 1, 2]]
assert actions == ["action", "action"]

# abort: the waiters and later callers get BrokenBarrierError until reset()
results = []
stackless.tasklet(party)("d")
stackless.run()
b.abort()
stackless.run()
print("aborted:", results, b.broken)
stackless.tasklet(party)("e")
stackless.run()
print("wait on a broken barrier:", results[-1])
b.reset()
print("reset:", b.broken, b.n_waiting)

# reset with waiters: they get BrokenBarrierError, the barrier stays usable
results = []
stackless.tasklet(party)("f")
stackless.tasklet(party)("g")
stackless.run()
b.reset()
stackless.run()
print("reset with waiters:", results, b.broken)
for name in "hij":
    stackless.tasklet(party)(name)
stackless.run()
print("usable after reset:", sorted(results[2:]))
assert [r[2] for r in results[:2]] == ["broken", "broken"] and sorted(r[2] for r in results[2:]) == [0, 1, 2]


# a failing action: its caller gets the exception, the others BrokenBarrierError
def bad():
    raise KeyError("action failed")


b2 = Barrier(2, action=bad)
out = []


def p2(name):
    try:
        out.append((name, b2.wait()))
    except BrokenBarrierError:
        out.append((name, "broken"))
    except KeyError as e:
        out.append((name, "KeyError"))


stackless.tasklet(p2)("k")
stackless.tasklet(p2)("l")
stackless.run()
print("failing action:", out, b2.broken)
assert out == [("l", "KeyError"), ("k", "broken")] and b2.broken

# a timeout breaks the barrier for everyone
b3 = Barrier(3)
out = []


def p3(name, timeout):
    try:
        out.append((name, b3.wait(timeout)))
    except BrokenBarrierError:
        out.append((name, "broken"))


stackless.tasklet(p3)("m", None)
stackless.tasklet(p3)("n", 0.02)
stackless.run()
main.sleep(0.02)    # due after n's timeout, which fires first
stackless.run()
print("timed out:", out, b3.broken, b3.n_waiting)
assert sorted(out) == [("m", "broken"), ("n", "broken")]
try:
    Barrier(0)
except ValueError as e:
    print("Barrier(0):", e)
