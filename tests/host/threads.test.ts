// Interpreter threads and the GIL (stackless/threads.ts) as a host sees them: the interleaving is
// a function of the program and the switch interval alone; atomic holds the GIL; a thread
// waiting on the game clock wakes on the tick its time comes; 1,000 concurrent call_async.
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { Status } from "../../host/runtime/index";
import { STRESS } from "../../host/runtime/defaults";
import { collectingRuntime } from "./programs";

// Three threads append their tag at every step; the trace is the interleaving. (threading's
// start() waits for the thread to begin: hundreds of opcodes of main's own between starts.)
const TRACE = `import sys, _thread
sys.setswitchinterval(INTERVAL)
trace = []
done = _thread.allocate_lock()
done.acquire()
left = [3]
def step():
    pass
def worker(tag):
    for i in range(20):
        trace.append(tag)
        step()
    left[0] -= 1
    if not left[0]:
        done.release()
for tag in "abc":
    _thread.start_new_thread(worker, (tag,))
done.acquire()
print("".join(trace))
`;

async function traceOf(interval: number, config = {}): Promise<string> {
  const { rt, out } = await collectingRuntime(config);
  rt.loadSource(TRACE.replace("INTERVAL", String(interval)), "trace.py");
  assert.equal(rt.run(), 0);
  return out().trim();
}

describe("interpreter threads", () => {
  test("the same program and switch interval give the same interleaving, every run", async () => {
    const fine = await traceOf(1);
    assert.equal(fine.length, 60);
    assert.equal(await traceOf(1), fine);
    // at interval 1 the threads take turns step by step; at a long interval each runs through
    assert.match(fine, /(abc|acb|bac|bca|cab|cba){5}/);
    const coarse = await traceOf(100000);
    assert.equal(coarse, "a".repeat(20) + "b".repeat(20) + "c".repeat(20));
    // the stress configuration hands the GIL over at every checkpoint, whatever the script asks
    assert.equal(await traceOf(100000, STRESS), await traceOf(1, STRESS));
  });

  test("a thread waiting on the game clock wakes on the tick its time has come", async () => {
    let now = 10;
    const { rt, out } = await collectingRuntime({ keepAlive: true, clock: () => now });
    rt.loadSource(`import threading, time
woke = []
def napper():
    time.sleep(2.0)
    woke.append(time.monotonic())
ev = threading.Event()
def waiter():
    woke.append(("event", ev.wait(5.0), time.monotonic()))
threading.Thread(target=napper).start()
threading.Thread(target=waiter).start()
print("started")
`, "clock.py");
    assert.equal(rt.tick({ ops: 0 }).status, Status.Idle);
    assert.equal(out(), "started\n");
    assert.equal(rt.nextWake, 12);
    now = 11.9;
    rt.tick({ ops: 0 });
    assert.deepEqual(rt.get("woke"), []);
    now = 12;
    rt.tick({ ops: 0 });
    assert.deepEqual(rt.get("woke"), [12]);
    now = 15; // the Event's timeout: wait() returns False on that tick
    rt.tick({ ops: 0 });
    assert.deepEqual(rt.get("woke"), [12, ["event", false, 15]]);
  });

  for (const [name, config] of [["default", {}], ["stress", STRESS]] as const) {
    test(`1,000 concurrent call_async calls, each from its own tasklet (${name})`, async () => {
      const { rt, out, err } = await collectingRuntime({ ...config, budget: 8 * 1024 * 1024 });
      rt.loadSource(`import stackless
from stacklesslib.util import call_async
results = []
done = stackless.channel()
def one(i):
    results.append(call_async(lambda: i * i))
    if len(results) == 1000:
        done.send(None)
for i in range(1000):
    stackless.tasklet(one)(i)
done.receive()
print(len(results), sum(results) == sum(i * i for i in range(1000)), len(stackless.threads) <= 9)
`, "many.py");
      assert.equal(rt.run(), 0, err());
      assert.equal(out(), "1000 True True\n");
    });
  }
});
