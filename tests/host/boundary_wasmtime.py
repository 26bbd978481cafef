"""The host boundary under wasmtime (host/wasmtime/boundary.py), run by
tests/host/boundary-wasmtime.test.ts with the venv's python and the image it compiled from
tests/host/boundary_wasmtime_script.py (argv[1]). The same script works with host functions
written in Python: sync calls, exceptions both ways, rt.call, spawn, globals, channels, and an
async host call through a concurrent.futures.Future. Prints "ok <count>"; a failure raises."""
import concurrent.futures
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "host", "wasmtime"))
from boundary import CallError, PythonError, Runtime  # noqa: E402

checks = 0


def check(got, want):
    global checks
    assert got == want, f"{got!r} != {want!r}"
    checks += 1


out = []
future = concurrent.futures.Future()
slow = concurrent.futures.Future()
rt = Runtime(keep_alive=True, out=out.append)
rt.register_module("game", {
    "add": lambda a, b, c: a + b + c,
    "missing": lambda name: {}[name],
    "later": lambda: future,
    "reenter": lambda: rt.call("think", 1, 2),
    "huge": lambda: "x" * 2_000_000,
    "slow": lambda: slow,
})
rt.load(open(sys.argv[1], "rb").read())
check(rt.tick(100_000), 3)
check(b"".join(out).decode(), "6 2**70 KeyError 'npc'\n")
check(rt.call("think", 7, "hit"), {"npc": 7, "saw": "hit"})
try:
    rt.call("outer", 0)
    raise AssertionError("no PythonError")
except PythonError as e:
    check((e.type, [f[1:] for f in e.frames]), ("ZeroDivisionError", [(13, "outer", "return inner(x)"), (11, "inner", "return 10 // x")]))
try:
    rt.call("wait")
    raise AssertionError("no CallError")
except CallError:
    check(True, True)
rt.send("inbox", "late")
rt.tick(100_000)
check(rt.get("got"), ["late"])
rt.set("score", 11)
check(rt.get("score"), 11)
h = rt.spawn("double", 21)
rt.tick(100_000)
check(rt.task(h), (False, 1, 42))
check(rt.try_receive("outbox"), (True, "from the script"))
check(rt.try_receive("outbox"), (False, None))
# the async call: the waiting tasklet goes on only after the future is done and a tick ran
check(rt.get("loaded"), None)
future.set_result([1, 2])
rt.tick(100_000)
check(rt.get("loaded"), [1, 2])
# a host function that calls back into the Runtime is refused, in the script
check("Runtime is running" in rt.call("try_reenter"), True)
# a reply larger than the budget is a MemoryError in the script; the VM goes on
check(rt.call("try_huge"), "MemoryError")
check(rt.call("think", 1, 2), {"npc": 1, "saw": 2})
# host -> script -> host over 600 frames
# a result that cannot cross is the script's TypeError
try:
    rt.call("stackless.tasklet")
    raise AssertionError("a tasklet crossed")
except PythonError as e:
    check((e.type, e.message), ("TypeError", "cannot send a 'tasklet' object to the host"))
got = []
rt.spawn("relay")
rt.on_value("replies", got.append)
for frame in range(600):
    rt.send("events", frame)
    check(rt.tick(10_000), 3)
rt.tick(10_000)
check((len(got), got[:3], got[-1]), (600, [0, 2, 4], 1198))
check(rt.balance("replies"), -1)
# an async host call waits while 1,000 tasklets run on
rt.call("spin_many")
rt.tick(200_000)
before = sum(rt.get("counts"))
rt.tick(200_000)
check(sum(rt.get("counts")) > before, True)
check(rt.get("waited"), [])
slow.set_result("done")
rt.tick(200_000)
check(rt.get("waited"), ["done"])
# reloaded with its host modules, again and again
image = open(sys.argv[1], "rb").read()
for _ in range(100):
    out.clear()
    rt.load(image)
    check(rt.tick(100_000), 3)
    check(b"".join(out).decode(), "6 2**70 KeyError 'npc'\n")
print("ok", checks)
