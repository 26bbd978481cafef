// stacklesslib's timeouts on the VM's timers (lib/stacklesslib/main.py): sleep, call_later and
// every lock timeout wake at the first tick whose clock (the Runtime's `clock` option, a game
// clock here) has reached them, with the clock's value; while they wait, a tick runs no opcode
// (nothing polls the clock).
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { Status } from "../../host/runtime/index";
import { collectingRuntime } from "./programs";

/** A runtime on a clock the test moves, with `source` loaded and run until it blocks. */
async function onGameClock(source: string, start: number) {
  const clock = { now: start };
  const { rt, out, err } = await collectingRuntime({ keepAlive: true, clock: () => clock.now });
  rt.loadSource(source, "slib.py");
  // bounded, as every tick here: a polling loop would show as a tick that does not end Idle
  const first = rt.tick({ ops: 100_000 });
  assert.equal(first.status, Status.Idle, err());
  /** Sets the clock and runs one tick (bounded: a polling loop would show as ops, not hang). */
  const at = (t: number) => {
    clock.now = t;
    const r = rt.tick({ ops: 100_000 });
    assert.notEqual(r.status, Status.Error, err());
    return r;
  };
  return { rt, out, err, at };
}

const SLEEPERS = `import stackless
from stacklesslib import main
log = []
def nap(name, secs):
    main.sleep(secs)
    log.append((name, main.elapsed_time()))
stackless.tasklet(nap)("two", 2.0)
stackless.tasklet(nap)("half", 0.5)
main.event_queue.call_later(1.25, lambda: log.append(("call_later", main.elapsed_time())))
main.event_queue.call_later(1.0, log.append, ("with args", 1.0))
main.event_queue.push_after(lambda: log.append(("push_after", main.elapsed_time())), 1.5)
`;

const LOCKS = `import stackless
from stacklesslib import main, util
from stacklesslib.locks import Lock, RLock, Semaphore, Condition, Event, Barrier, BrokenBarrierError
log = []
def attempt(name, f):
    log.append((name, f(), main.elapsed_time()))
held = [Lock(), RLock(), Semaphore(0)]
for lk in held[:2]:
    lk.acquire()
cond = Condition()
def cond_wait():
    with cond:
        return cond.wait(4.0)
def wait_for():
    with cond:
        return cond.wait_for(lambda: False, 4.5)
def channel_wait():
    try:
        util.channel_wait(stackless.channel(), 5.0)
    except util.WaitTimeoutError:
        return "timeout"
def barrier():
    try:
        Barrier(2).wait(6.0)
    except BrokenBarrierError:
        return "broken"
stackless.tasklet(attempt)("Lock", lambda: held[0].acquire(timeout=1.0))
stackless.tasklet(attempt)("RLock", lambda: held[1].acquire(timeout=2.0))
stackless.tasklet(attempt)("Semaphore", lambda: held[2].acquire(timeout=3.0))
stackless.tasklet(attempt)("Condition", cond_wait)
stackless.tasklet(attempt)("wait_for", wait_for)
stackless.tasklet(attempt)("channel_wait", channel_wait)
stackless.tasklet(attempt)("Event", lambda: Event().wait(5.5))
stackless.tasklet(attempt)("Barrier", barrier)
`;

describe("stacklesslib on the host's clock", () => {
  test("sleep and call_later wake in order on the tick their game time comes, with that time", async () => {
    const { rt, at } = await onGameClock(SLEEPERS, 10);
    assert.equal(rt.nextWake, 10.5);
    at(10.49);
    assert.deepEqual(rt.get("log"), []);
    at(10.5);
    assert.deepEqual(rt.get("log"), [["half", 10.5]]);
    at(11.3); // two are due by now: they run in the order of their times
    assert.deepEqual((rt.get("log") as unknown[]).slice(1), [["with args", 1.0], ["call_later", 11.3]]);
    at(12.0);
    assert.deepEqual((rt.get("log") as unknown[]).slice(3), [["push_after", 12], ["two", 12]]);
    assert.equal(rt.nextWake, undefined);
  });

  test("a clock 10 times faster than real time: run() waits for the game time, not the real one", async () => {
    const t0 = performance.now();
    const { rt, out, err } = await collectingRuntime({ clock: () => ((performance.now() - t0) / 1000) * 10 });
    rt.loadSource(
      SLEEPERS +
        "import atexit\natexit.register(lambda: print([n for n, t in log], all(t >= due for (n, t), due in zip(log, (0.5, 1.0, 1.25, 1.5, 2.0)))))\n",
      "fast.py",
    );
    assert.equal(rt.run(), 0, err());
    assert.equal(out(), "['half', 'with args', 'call_later', 'push_after', 'two'] True\n");
  });

  test("every lock timeout wakes exactly when the clock reaches it, and not before", async () => {
    const { rt, at } = await onGameClock(LOCKS, 0);
    const expected = [
      ["Lock", false, 1],
      ["RLock", false, 2],
      ["Semaphore", false, 3],
      ["Condition", false, 4],
      ["wait_for", false, 4.5],
      ["channel_wait", "timeout", 5],
      ["Event", false, 5.5],
      ["Barrier", "broken", 6],
    ];
    for (let i = 0; i < expected.length; i++) {
      const due = expected[i][2] as number;
      assert.equal(rt.nextWake, due);
      at(due - 0.001);
      assert.deepEqual(rt.get("log"), expected.slice(0, i), `before ${due}`);
      at(due);
      assert.deepEqual(rt.get("log"), expected.slice(0, i + 1), `at ${due}`);
    }
    assert.equal(rt.nextWake, undefined);
  });

  test("while every tasklet waits for a time, a tick runs no opcode", async () => {
    const { rt, at } = await onGameClock(LOCKS + SLEEPERS.replace(/^import .*\n.*\nlog = \[\]\n/, ""), 0);
    let ops = 0;
    for (let t = 0.01; t < 0.5; t += 0.01) ops += at(t).opsRan;
    assert.equal(ops, 0);
    assert.ok(at(0.5).opsRan > 0); // the sleeper's wake-up is work
    for (let t = 0.51; t < 1; t += 0.01) ops += at(t).opsRan;
    assert.equal(ops, 0);
  });

  test("a tick that starts inside an atomic block runs due timers only after the block", async () => {
    // the heap (and any lock a timer's target touches) must not change under an atomic block
    const source = `import stackless, time
from stacklesslib import main
seen = []
def sleeper():
    time.sleep(1.0)
stackless.tasklet(sleeper)()
stackless.schedule()
with stackless.atomic():
    before = len(main.event_queue)
    inside = True
    n = 0
    for i in range(3000):
        n += i
    seen.append((before, len(main.event_queue)))
`;
    const clock = { now: 0 };
    const { rt, err } = await collectingRuntime({ keepAlive: true, clock: () => clock.now });
    rt.loadSource(source, "atomic.py");
    // tick a few opcodes at a time until a tick has ended inside the atomic loop
    const inside = () => {
      try {
        return rt.get("inside") === true;
      } catch {
        return false;
      }
    };
    let r = rt.tick({ ops: 50 });
    while (!inside()) r = rt.tick({ ops: 50 });
    assert.equal(r.status, Status.Budget, err());
    clock.now = 2; // the sleeper's time has come while the block runs
    for (let i = 0; i < 10_000 && r.status === Status.Budget; i++) r = rt.tick({ ops: 200 });
    assert.notEqual(r.status, Status.Error, err());
    assert.deepEqual(rt.get("seen"), [[1, 1]]);
    rt.tick({ ops: 0 });
    assert.equal(rt.nextWake, undefined); // and then it fired
  });
});
