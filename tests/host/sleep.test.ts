// time.sleep on the host's clock (stackless/timers.ts): the clock is the Runtime's `clock` option,
// sleepers wake at the first tick whose clock has reached their time, nextWake says when that is,
// run() waits for sleepers, exit() ends them.
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { Status } from "../../host/runtime/index";
import { collectingRuntime } from "./programs";

const NAPPERS = `import stackless, time
woke = []
def napper(name, secs):
    time.sleep(secs)
    woke.append((name, time.monotonic()))
stackless.tasklet(napper)("one", 1.0)
stackless.tasklet(napper)("half", 0.5)
print("started at", time.monotonic())
`;

describe("time.sleep on the host's clock", () => {
  test("a game clock: sleepers wake on the first tick whose time has come", async () => {
    let now = 100;
    const { rt, out } = await collectingRuntime({ keepAlive: true, clock: () => now });
    rt.loadSource(NAPPERS, "nap.py");
    assert.equal(rt.tick({ ops: 0 }).status, Status.Idle);
    assert.equal(out(), "started at 100.0\n");
    assert.equal(rt.nextWake, 100.5);
    now = 100.4;
    rt.tick({ ops: 0 });
    assert.deepEqual(rt.get("woke"), []);
    now = 100.5;
    rt.tick({ ops: 0 });
    assert.deepEqual(rt.get("woke"), [["half", 100.5]]);
    assert.equal(rt.nextWake, 101);
    now = 250; // a long pause: it wakes late, once
    rt.tick({ ops: 0 });
    assert.deepEqual(rt.get("woke"), [["half", 100.5], ["one", 250]]);
    assert.equal(rt.nextWake, undefined);
  });

  test("run() waits for the sleepers of a program whose main returned; a clock 10 times faster", async () => {
    const { rt, out } = await collectingRuntime({ clock: () => (performance.now() / 1000) * 10 });
    rt.loadSource(NAPPERS.replace('print("started at", time.monotonic())', "") + "\nimport atexit\natexit.register(lambda: print(sorted(n for n, t in woke)))\n", "nap.py");
    assert.equal(rt.run(), 0);
    assert.equal(out(), "['half', 'one']\n");
  });

  test("exit() ends a sleeper: TaskletExit, its finally runs, its timer goes", async () => {
    let now = 0;
    const { rt, out } = await collectingRuntime({ clock: () => now });
    rt.loadSource("import stackless, time\ndef dream():\n    try:\n        time.sleep(60)\n    finally:\n        print('woken by exit')\nstackless.tasklet(dream)()\n", "d.py");
    assert.equal(rt.tick({ ops: 0 }).status, Status.Idle);
    assert.equal(rt.nextWake, 60);
    let s = rt.exit();
    while (s === Status.Budget) s = rt.tick({ ops: 0 }).status;
    assert.equal(s, Status.Done);
    assert.equal(out(), "woken by exit\n");
  });
});
