// The host boundary on V8 (host/runtime/boundary.ts, assembly/host/): host modules, calls into
// the script, channels, async host calls, errors both ways, bad crossings, memory exhaustion
// during a crossing, re-entry, reloading. The wasmtime side is tests/host/boundary-wasmtime.test.ts.
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { CallError, PythonError, Status, type Runtime } from "../../host/runtime/index";
import { collectingRuntime } from "./programs";

async function loaded(source: string, modules: Record<string, Record<string, (...a: never[]) => unknown>> = {}, opts = {}) {
  const c = await collectingRuntime({ keepAlive: true, ...opts });
  for (const [name, fns] of Object.entries(modules)) c.rt.registerModule(name, fns as Record<string, (...a: unknown[]) => unknown>);
  c.rt.loadSource(source, "game.py");
  return c;
}

/** Dicts arrive as null-prototype objects (a "__proto__" key stays a key): plain ones to compare. */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object" && !(v instanceof Uint8Array)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function tickUntil(rt: Runtime, done: () => boolean, limit = 1000): void {
  for (let i = 0; i < limit && !done(); i++) rt.tick({ ops: 100_000 });
  assert.ok(done(), "the condition never came true");
}

describe("values across the boundary", () => {
  test("every type, both ways, through a host function and rt.call", async () => {
    const seen: unknown[] = [];
    const { rt, out } = await loaded(
      `import game
def echo(*args):
    return list(args)
r = game.keep(None, True, False, 0, -1, 2**31, -2**63, 2**64 - 1, 1.5, "héllo", b"\\x00\\xff", [1, [2, (3,)]], (4, 5), {"a": 1, 2: "b"})
print(r)
`,
      { game: { keep: (...args: never[]) => (seen.push(...args), args.length) } },
    );
    rt.tick({ ops: 0 });
    assert.equal(out(), "14\n");
    assert.deepEqual(seen.slice(0, 10), [null, true, false, 0, -1, 2 ** 31, -(2n ** 63n), 2n ** 64n - 1n, 1.5, "héllo"]);
    assert.deepEqual([...(seen[10] as Uint8Array)], [0, 255]);
    assert.deepEqual(seen.slice(11, 13), [[1, [2, [3]]], [4, 5]]);
    const back = plain(rt.call("echo", null, true, 7, 2n ** 100n, -(2n ** 70n), 0.25, "x", new Uint8Array([1, 2]), [1, "a", [null]], { k: [1, 2] }));
    assert.deepEqual(back, [null, true, 7, 2n ** 100n, -(2n ** 70n), 0.25, "x", new Uint8Array([1, 2]), [1, "a", [null]], { k: [1, 2] }]);
  });

  test("big ints keep every digit both ways", async () => {
    const { rt } = await loaded("def sq(x):\n    return x * x\n");
    rt.tick({ ops: 0 });
    const x = 3n ** 200n;
    assert.equal(rt.call("sq", x), x * x);
    assert.equal(rt.call("sq", -(2n ** 64n)), 2n ** 128n);
  });

  test("a value that cannot cross is a TypeError on the side that sent it", async () => {
    const { rt, out } = await loaded(
      `import game, stackless
try:
    game.keep(lambda: 1)
except TypeError as e:
    print("script:", e)
try:
    game.give()
except TypeError as e:
    print("host result:", type(e).__name__)
l = [1]
l.append(l)
try:
    game.keep(l)
except TypeError as e:
    print("cycle:", type(e).__name__)
def make_tasklet():
    return stackless.tasklet()
def size(x):
    return len(x)
`,
      { game: { keep: () => 1, give: () => () => 1 } },
    );
    rt.tick({ ops: 0 });
    assert.match(out(), /^script: .*function/m);
    assert.match(out(), /^host result: TypeError$/m);
    assert.match(out(), /^cycle: TypeError$/m);
    assert.throws(() => rt.call("make_tasklet"), (e: unknown) => e instanceof PythonError && e.type === "TypeError" && /tasklet/.test(e.message));
    assert.throws(() => rt.call("make_tasklet", () => 1), TypeError);
    // the VM is intact
    assert.equal(rt.call("size", [1, 2]), 2);
  });
});

describe("host modules", () => {
  test("a host exception arrives as a Python exception, mapped by type, catchable", async () => {
    const { rt, out } = await loaded(
      `import game
for f in (game.type_error, game.range_error, game.plain, game.named):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
`,
      {
        game: {
          type_error: () => { throw new TypeError("bad type"); },
          range_error: () => { throw new RangeError("out of range"); },
          plain: () => { throw new Error("boom"); },
          named: () => { throw Object.assign(new Error("no such npc"), { pythonType: "KeyError" }); },
        },
      },
    );
    rt.tick({ ops: 0 });
    assert.equal(out(), "TypeError bad type\nValueError out of range\nRuntimeError boom\nKeyError 'no such npc'\n");
  });

  test("a host function that re-enters the Runtime is refused clearly, in the script", async () => {
    let rt!: Runtime;
    const c = await loaded(
      `import game
try:
    game.reenter()
except RuntimeError as e:
    print("refused:", e)
`,
      { game: { reenter: () => rt.call("x") } },
    );
    rt = c.rt;
    rt.tick({ ops: 0 });
    assert.match(c.out(), /^refused: .*Runtime is running/m);
  });

  test("an unregistered module is a ModuleNotFoundError; a Runtime reloaded 1,000 times keeps its modules", async () => {
    const { rt, out, clear } = await loaded("import game\nprint(game.n())\n", { game: { n: () => 41 } });
    for (let i = 0; i < 1000; i++) {
      clear();
      rt.loadSource("import game\nprint(game.n() + 1)\n", "again.py");
      assert.equal(rt.run(), 0);
      assert.equal(out(), "42\n");
    }
    clear();
    rt.loadSource("import nothere\n", "x.py");
    assert.equal(rt.run(), 1);
  });

  test("memory exhaustion during a crossing is a MemoryError in the script; the VM keeps working", async () => {
    const { rt, out } = await loaded(
      `import game
try:
    game.huge()
except MemoryError:
    print("MemoryError")
print(game.small())
def size(x):
    return len(x)
`,
      { game: { huge: () => "x".repeat(2_000_000), small: () => "ok" } },
    );
    rt.tick({ ops: 0 });
    assert.equal(out(), "MemoryError\nok\n");
    assert.throws(() => rt.call("size", "y".repeat(2_000_000)), RangeError);
    assert.equal(rt.call("size", "abc"), 3);
  });
});

describe("calling into the script", () => {
  test("rt.call returns the result, throws PythonError with the traceback, and CallError when the function waits", async () => {
    const { rt } = await loaded(
      `import stackless
ch = stackless.channel()
def think(npc, event):
    return {"npc": npc, "saw": event}
def inner(x):
    return 10 // x
def outer(x):
    return inner(x)
def wait():
    return ch.receive()
def spin():
    while True:
        pass
`,
    );
    rt.tick({ ops: 0 });
    assert.deepEqual(plain(rt.call("think", 3, "door")), { npc: 3, saw: "door" });
    assert.throws(() => rt.call("outer", 0), (e: unknown) => {
      assert.ok(e instanceof PythonError);
      assert.equal(e.type, "ZeroDivisionError");
      assert.equal(e.message, "ZeroDivisionError: integer division or modulo by zero");
      assert.deepEqual(e.frames.map((f) => [f.file, f.line, f.function]), [["game.py", 8, "outer"], ["game.py", 6, "inner"]]);
      return true;
    });
    assert.throws(() => rt.call("wait"), CallError);
    assert.equal(rt.channel("ch").balance, -1, "the given-up call goes on as a tasklet waiting in receive");
    rt.channel("ch").send("late");
    rt.tick({ ops: 0 });
    assert.equal(rt.channel("ch").balance, 0);
    assert.throws(() => rt.call("spin"), CallError);
    assert.throws(() => rt.call("nothere"), (e: unknown) => e instanceof PythonError && e.type === "AttributeError");
  });

  test("rt.spawn: a handle with alive, status, result and kill", async () => {
    const { rt, out } = await loaded(
      `import stackless
def work(n):
    for i in range(n):
        stackless.schedule()
    return n * 2
def forever():
    try:
        while True:
            stackless.schedule()
    finally:
        print("killed")
`,
    );
    rt.tick({ ops: 0 });
    const h = rt.spawn("work", 3);
    assert.equal(h.alive, true);
    assert.equal(h.status, "running");
    tickUntil(rt, () => h.status !== "running");
    assert.equal(h.status, "returned");
    assert.equal(h.result, 6);
    assert.equal(h.alive, false);
    const f = rt.spawn("forever");
    rt.tick({ ops: 1000 });
    f.kill();
    assert.equal(f.alive, false);
    assert.equal(out(), "killed\n");
  });

  test("module attributes: get and set; the main script's own name is __main__", async () => {
    const { rt } = await collectingRuntime({ keepAlive: true });
    rt.loadSource("score = 3\nclass Cfg:\n    speed = 1.5\ndef think(n):\n    return n + 1\n", "brain.py");
    rt.tick({ ops: 0 });
    assert.equal(rt.call("brain.think", 1), 2);
    assert.equal(rt.get("brain.Cfg.speed"), 1.5);
    assert.throws(() => rt.call("nobrain.think", 1), (e: unknown) => e instanceof PythonError && e.type === "ModuleNotFoundError");
    assert.equal(rt.get("score"), 3);
    rt.set("score", [1, 2]);
    assert.deepEqual(rt.get("score"), [1, 2]);
    rt.set("Cfg.speed", 2.5);
    assert.equal(rt.get("__main__.Cfg.speed"), 2.5);
  });
});

describe("channels across the boundary", () => {
  test("host -> script -> host over 600 frames, balance as documented", async () => {
    const { rt } = await loaded(
      `import stackless
events = stackless.channel()
commands = stackless.channel()
def brain():
    while True:
        e = events.receive()
        commands.send(("move", e * 2))
stackless.tasklet(brain)()
`,
    );
    rt.tick({ ops: 0 });
    const events = rt.channel("events");
    const commands = rt.channel("commands");
    assert.equal(events.balance, -1);
    const got: unknown[] = [];
    commands.onValue((v) => got.push(v));
    for (let frame = 0; frame < 600; frame++) {
      events.send(frame);
      const r = rt.tick({ ops: 10_000 });
      assert.equal(r.status, Status.Idle);
    }
    rt.tick({ ops: 10_000 });
    assert.equal(got.length, 600);
    assert.deepEqual(got[599], ["move", 1198]);
    assert.deepEqual(got.slice(0, 3), [["move", 0], ["move", 2], ["move", 4]]);
    assert.equal(commands.balance, -1, "the host's receiver waits in receive");
  });

  test("tryReceive takes what a blocked sender offers; send never blocks the host", async () => {
    const { rt } = await loaded(
      `import stackless
out = stackless.channel()
def producer():
    for i in range(3):
        out.send(i)
stackless.tasklet(producer)()
`,
    );
    rt.tick({ ops: 0 });
    const out = rt.channel("out");
    assert.equal(out.balance, 1);
    assert.deepEqual(out.tryReceive(), { value: 0 });
    assert.equal(out.tryReceive(), undefined, "the producer runs again only on a tick");
    rt.tick({ ops: 0 });
    assert.deepEqual(out.tryReceive(), { value: 1 });
    rt.tick({ ops: 0 });
    assert.deepEqual(out.tryReceive(), { value: 2 });
    rt.tick({ ops: 0 });
    assert.equal(out.tryReceive(), undefined);
    // nobody receives: sends queue as sender tasklets, in order
    out.send("a");
    out.send("b");
    rt.tick({ ops: 0 });
    assert.equal(out.balance, 2);
    assert.deepEqual([out.tryReceive(), out.tryReceive()], [{ value: "a" }, { value: "b" }]);
    assert.throws(() => rt.channel("producer"), (e: unknown) => e instanceof PythonError && e.type === "TypeError");
  });
});

describe("async host calls", () => {
  test("only the calling tasklet waits: 1,000 running tasklets and the ticks go on", async () => {
    const resolvers: ((v: unknown) => void)[] = [];
    const { rt } = await loaded(
      `import game, stackless
counts = [0] * 1000
results = []
def spin(i):
    while True:
        counts[i] += 1
        stackless.schedule()
def loader(name):
    results.append(game.load(name))
for i in range(1000):
    stackless.tasklet(spin)(i)
stackless.tasklet(loader)("level1")
stackless.tasklet(loader)("level2")
`,
      { game: { load: (name: string) => new Promise((res) => resolvers.push(() => res(name.toUpperCase()))) } },
    );
    rt.tick({ ops: 200_000 });
    assert.equal(rt.pendingHostCalls, 2);
    const before = (rt.get("counts") as number[]).reduce((a, b) => a + b, 0);
    rt.tick({ ops: 200_000 });
    const after = (rt.get("counts") as number[]).reduce((a, b) => a + b, 0);
    assert.ok(after > before, "the other tasklets ran while the calls were pending");
    resolvers[1](undefined);
    await rt.hostCallsSettled();
    rt.tick({ ops: 200_000 });
    assert.deepEqual(rt.get("results"), ["LEVEL2"]);
    resolvers[0](undefined);
    await rt.hostCallsSettled();
    rt.tick({ ops: 200_000 });
    assert.deepEqual(rt.get("results"), ["LEVEL2", "LEVEL1"]);
    assert.equal(rt.pendingHostCalls, 0);
  });

  test("a rejected Promise raises in the waiting tasklet", async () => {
    const { rt, out } = await loaded(
      `import game, stackless
def loader():
    try:
        game.load()
    except ValueError as e:
        print("caught", e)
stackless.tasklet(loader)()
`,
      { game: { load: () => Promise.reject(new RangeError("no such level")) } },
    );
    rt.tick({ ops: 0 });
    await rt.hostCallsSettled();
    rt.tick({ ops: 0 });
    assert.equal(out(), "caught no such level\n");
  });
});

describe("errors the host can act on", () => {
  test("by default an uncaught tasklet exception reaches main and ends the program", async () => {
    const { rt, err } = await loaded("import stackless\ndef bad():\n    raise KeyError('x')\nstackless.tasklet(bad)()\n");
    assert.equal(rt.tick({ ops: 0 }).status, Status.Error);
    assert.match(err(), /KeyError: 'x'/);
  });

  test("onTaskletError gets the PythonError and its tasklet; the other tasklets run on", async () => {
    const { rt } = await collectingRuntime({ keepAlive: true });
    const errors: PythonError[] = [];
    rt.onTaskletError = (e) => errors.push(e);
    rt.loadSource(
      `import stackless
ticks = [0]
def npc(n):
    if n == 2:
        raise ValueError("npc 2 is broken")
    while True:
        ticks[0] += 1
        stackless.schedule()
def spawned():
    stackless.schedule()
    raise KeyError("spawned")
for n in range(4):
    stackless.tasklet(npc)(n)
`,
      "game.py",
    );
    rt.tick({ ops: 10_000 });
    assert.equal(errors.length, 1);
    assert.equal(errors[0].type, "ValueError");
    assert.deepEqual(errors[0].frames.map((f) => [f.line, f.function]), [[5, "npc"]]);
    assert.equal(errors[0].tasklet, undefined);
    const h = rt.spawn("spawned");
    const r = rt.tick({ ops: 10_000 });
    assert.equal(r.status, Status.Budget);
    assert.equal(errors.length, 2);
    assert.equal(errors[1].type, "KeyError");
    assert.equal(errors[1].tasklet, h.id);
    assert.equal(h.status, "raised");
    const before = (rt.get("ticks") as number[])[0];
    rt.tick({ ops: 10_000 });
    assert.ok((rt.get("ticks") as number[])[0] > before, "the other NPCs run on");
  });
});
