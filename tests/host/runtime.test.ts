// The V8 embedding API (host/runtime/) against the real module, plus the module's import lists
// and the size grammar. Needs `npm run build` (build/stackless.wasm and the compiled host).
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import {
  DEFAULTS,
  ImageError,
  InitError,
  Runtime,
  STAT_NAMES,
  STRESS,
  Status,
  compileModule,
  compileText,
  formatSize,
  parseSize,
  type RuntimeOptions,
} from "../../host/runtime/index";
import { collectingRuntime } from "./programs";
import { embeddingWasmPath, wasiWasmPath } from "../../host/runtime/paths";
import { statNames } from "../../host/wasmtime/index";


const HELLO = 'print("hello")\n';

// `image` with `depth` more constants appended: (), ((),), (((),),)... (docs/image.md's layout:
// the constant table follows the strings; each tuple names earlier constants by index).
function withNestedTuple(image: Uint8Array, depth: number): Uint8Array {
  const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
  let pos = 12;
  const nstrs = view.getUint32(pos, true);
  pos += 4;
  for (let i = 0; i < nstrs; i++) pos += 4 + view.getUint32(pos, true);
  const countAt = pos;
  const nconsts = view.getUint32(pos, true);
  pos += 4;
  for (let i = 0; i < nconsts; i++) {
    const tag = image[pos++];
    if (tag === 3 || tag === 4) pos += 8;
    else if (tag === 5 || tag === 6) pos += 4;
    else if (tag === 9) pos += 4 + view.getUint32(pos, true);
    else if (tag === 10) pos += 4 + 4 * Math.abs(view.getInt32(pos, true));
    else if (tag === 7) pos += 4 + 4 * view.getUint32(pos, true);
  }
  const added = new Uint8Array(5 + 9 * (depth - 1));
  const out = new DataView(added.buffer);
  added[0] = 7; // the empty tuple
  for (let d = 1; d < depth; d++) {
    const at = 5 + 9 * (d - 1);
    added[at] = 7;
    out.setUint32(at + 1, 1, true);
    out.setUint32(at + 5, nconsts + d - 1, true);
  }
  const result = new Uint8Array(image.length + added.length);
  result.set(image.subarray(0, pos));
  result.set(added, pos);
  result.set(image.subarray(pos), pos + added.length);
  const rv = new DataView(result.buffer);
  rv.setUint32(8, result.length, true);
  rv.setUint32(countAt, nconsts + depth, true);
  return result;
}
const LOOP = "total = 0\nfor i in range(20):\n    total = total + i\nprint(total)\n";
// A tick stops at the first jump, call, return or yield once its ops are used up (never inside
// straight-line code): the programs here have no stretch of straight-line code this long.
const STRAIGHT = 16;

describe("module imports", () => {
  test("the embedding build imports only stackless.write, clock and the host boundary's three", () => {
    const module = new WebAssembly.Module(fs.readFileSync(embeddingWasmPath()));
    const imports = WebAssembly.Module.imports(module);
    for (const i of imports) assert.equal(i.module, "stackless", `unexpected import ${i.module}.${i.name}`);
    assert.deepEqual(imports.map((i) => `${i.name}:${i.kind}`).sort(), [
      "clock:function", "host_call:function", "host_error:function", "host_reply:function", "write:function",
    ]);
  });

  test("the embedding build exports the ABI", () => {
    const module = new WebAssembly.Module(fs.readFileSync(embeddingWasmPath()));
    const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
    for (const name of ["memory", "vm_init", "vm_image_buffer", "vm_load", "vm_run", "vm_exit", "vm_message", "vm_stats", "vm_stats_count"]) {
      assert.ok(exports.has(name), `missing export ${name}`);
    }
  });

  test("the WASI build imports only wasi_snapshot_preview1", () => {
    const module = new WebAssembly.Module(fs.readFileSync(wasiWasmPath()));
    const imports = WebAssembly.Module.imports(module);
    assert.ok(imports.length > 0, "the WASI build should need WASI to read its image");
    for (const i of imports) assert.equal(i.module, "wasi_snapshot_preview1", `unexpected import ${i.module}.${i.name}`);
  });
});

describe("Runtime", () => {
  test("create, loadSource, run a tiny program", async () => {
    const { rt, out, err } = await collectingRuntime();
    rt.loadSource(HELLO, "hello.py");
    assert.equal(rt.run(), 0);
    assert.equal(out(), "hello\n");
    assert.equal(err(), "");
  });

  test("loadImage runs what compileText produced", async () => {
    const { rt, out } = await collectingRuntime();
    rt.loadImage(compileText(LOOP, "loop.py"));
    assert.equal(rt.run(), 0);
    assert.equal(out(), "190\n");
  });

  test("stats: every documented name, with sane values", async () => {
    const { rt } = await collectingRuntime();
    const before = rt.stats();
    for (const name of STAT_NAMES) assert.equal(typeof before[name], "number", `stat ${name}`);
    rt.loadSource(LOOP, "loop.py");
    rt.run();
    const s = rt.stats();
    for (const name of STAT_NAMES) {
      assert.ok(Number.isFinite(s[name]) && s[name] >= 0, `stat ${name} = ${s[name]}`);
    }
    assert.equal(s.budget, DEFAULTS.budget);
    assert.equal(s.arenaCapacity, DEFAULTS.arena);
    assert.ok(s.memoryBytes <= s.budget, "committed memory within the budget");
    assert.ok(s.memoryBytes <= rt.memory.buffer.byteLength);
    assert.ok(s.heapUsed <= s.heapPeak && s.heapPeak <= s.heapCapacity, "heap used ≤ peak ≤ capacity");
    assert.ok(s.arenaUsed <= s.arenaPeak && s.arenaPeak <= s.arenaCapacity, "arena used ≤ peak ≤ capacity");
    assert.ok(s.freelistFrames <= DEFAULTS.freelistFrames && s.freelistBytes <= DEFAULTS.freelistBytes, "freelist bounded");
    assert.ok(s.opcodes > before.opcodes, "opcodes counted");
    assert.ok(s.imageBytes > 0, "image bytes counted");
    assert.equal(s.runnable, 0);
    assert.equal(s.blocked, 0);
    assert.equal(s.zombieFrames, 0, "zombie frames are off by default");
  });

  test("tick({ops: 1}) steps one opcode at a time to done", async () => {
    const { rt, out } = await collectingRuntime();
    rt.loadSource(LOOP, "loop.py");
    let ticks = 0;
    let ran = 0;
    let r;
    do {
      r = rt.tick({ ops: 1 });
      // one opcode, then on to the next jump, call, return or yield: LOOP's longest stretch of
      // straight-line code is under STRAIGHT instructions
      assert.ok(r.opsRan >= 1 && r.opsRan <= 1 + STRAIGHT, `tick ran ${r.opsRan} ops`);
      ran += r.opsRan;
      ticks++;
      assert.ok(ticks < 1_000_000, "tick loop does not end");
    } while (r.status === Status.Budget);
    assert.equal(r.status, Status.Done);
    assert.ok(ticks > 20, `only ${ticks} ticks for a 20-iteration loop`);
    assert.equal(ran, rt.stats().opcodes);
    assert.equal(out(), "190\n");
  });

  test("idle is not exit: further ticks stay idle, exit() kills the tasklets and finalizes", async () => {
    const { rt, out } = await collectingRuntime();
    rt.loadSource(
      [
        "import stackless",
        "class R:",
        "    def __del__(self): print('finalized')",
        "r = R()",
        "ch = stackless.channel()",
        "def waiter():",
        "    try:",
        "        ch.receive()",
        "    finally:",
        "        print('waiter finally', r is not None)",
        "stackless.tasklet(waiter)()",
        "print('main returns')",
        "",
      ].join("\n"),
      "idle.py",
    );
    assert.throws(() => rt.exit(), /main tasklet has not returned/);
    let r = rt.tick({ ops: 0 });
    assert.equal(r.status, Status.Idle);
    assert.equal(r.blocked, 1);
    for (let i = 0; i < 3; i++) assert.equal(rt.tick({ ops: 1 }).status, Status.Idle);
    assert.equal(out(), "main returns\n");
    let status = rt.exit();
    assert.throws(() => rt.exit(), /already ending/);
    let ticks = 0;
    while (status === Status.Budget) {
      status = rt.tick({ ops: 1 }).status;
      assert.ok(++ticks < 100_000, "the exit does not end");
    }
    assert.equal(status, Status.Done);
    assert.ok(ticks > 1, "the exit ran no Python code under tick()");
    assert.equal(out(), "main returns\nwaiter finally True\nfinalized\n");
  });

  test("run() ends an idle program: exit code 0, the tasklets' finally blocks ran", async () => {
    const { rt, out } = await collectingRuntime();
    rt.loadSource("import stackless\nch = stackless.channel()\ndef w():\n    try:\n        ch.receive()\n    finally:\n        print('bye')\nstackless.tasklet(w)()\n", "idle.py");
    assert.equal(rt.run(), 0);
    assert.equal(out(), "bye\n");
  });

  test("a malformed image is an ImageError, and the runtime stays usable", async () => {
    const { rt, out } = await collectingRuntime();
    const good = compileText(HELLO, "hello.py");
    const truncated = good.slice(0, Math.max(12, good.length >> 1));
    const badLength = good.slice();
    new DataView(badLength.buffer).setUint32(8, good.length + 1000, true);
    const flipped = good.slice();
    for (let i = 12; i < flipped.length; i += 7) flipped[i] ^= 0xff;
    const cases: [string, Uint8Array][] = [
      ["garbage", new TextEncoder().encode("this is not an image")],
      ["empty", new Uint8Array(0)],
      ["bad magic", Uint8Array.from([0x53, 0x4c, 0x50, 0x58, ...good.slice(4)])],
      ["truncated", truncated],
      ["wrong total length", badLength],
      ["scrambled body", flipped],
    ];
    for (const [name, bytes] of cases) {
      rt.reset();
      assert.throws(() => rt.loadImage(bytes), (e: unknown) => {
        assert.ok(e instanceof ImageError, `${name}: expected ImageError, got ${(e as Error)?.name}: ${(e as Error)?.message}`);
        assert.ok(e.message.length > 0, `${name}: empty message`);
        return true;
      });
    }
    rt.reset();
    rt.loadImage(good);
    assert.equal(rt.run(), 0);
    assert.equal(out(), "hello\n");
  });

  test("a tuple constant nested deeper than the VM walks (1000) is refused at load", async () => {
    const { rt, out } = await collectingRuntime();
    const good = compileText(HELLO, "hello.py");
    rt.loadImage(withNestedTuple(good, 1000));
    assert.equal(rt.run(), 0);
    assert.equal(out(), "hello\n");
    rt.reset();
    assert.throws(() => rt.loadImage(withNestedTuple(good, 1001)), (e: unknown) => {
      assert.ok(e instanceof ImageError, `expected ImageError, got ${(e as Error)?.name}`);
      assert.match(e.message, /tuple constant nested too deep/);
      return true;
    });
  });

  test("a code object whose stack passes 8191 slots is refused at load (a hook's count must fit)", async () => {
    const { rt, out } = await collectingRuntime();
    // a call's arguments are all on the stack (max and its 8190 arguments: 8191 slots)
    const good = compileText(`x = max(${Array(8190).fill("0").join(", ")})\nprint(x)\n`, "wide.py");
    rt.loadImage(good);
    assert.equal(rt.run(), 0);
    assert.equal(out(), "0\n");
    // the module's code: nlocals 0, nfrees 0, stacksize 8191 (u16s, little-endian)
    const at = Buffer.from(good).indexOf(Buffer.from([0, 0, 0, 0, 0xff, 0x1f]));
    assert.ok(at > 0, "the module code's counts");
    const bad = good.slice();
    bad[at + 4] = 0x00;
    bad[at + 5] = 0x20;
    rt.reset();
    assert.throws(() => rt.loadImage(bad), (e: unknown) => {
      assert.ok(e instanceof ImageError, `expected ImageError, got ${(e as Error)?.name}`);
      assert.match(e.message, /stack size above 8191/);
      return true;
    });
  });

  test("an image larger than the budget is an ImageError", async () => {
    const { rt } = await collectingRuntime();
    assert.throws(() => rt.loadImage(new Uint8Array(2 * DEFAULTS.budget)), ImageError);
  });

  test("regions larger than the budget are an InitError", async () => {
    await assert.rejects(Runtime.create({ budget: 64 * 1024, arena: 1024 * 1024, stdout: () => {}, stderr: () => {} }), InitError);
  });

  test("after an uncaught exception, re-init runs the next program", async () => {
    const { rt, out, err, clear } = await collectingRuntime();
    rt.loadSource("def f(x):\n    return 1 // x\n\nprint('before')\nf(0)\nprint('after')\n", "boom.py");
    assert.equal(rt.run(), 1);
    assert.equal(out(), "before\n");
    assert.match(err(), /Traceback \(most recent call last\):/);
    assert.match(err(), /ZeroDivisionError/);
    assert.match(err(), /boom\.py", line 2, in f/);
    clear();
    rt.reset();
    rt.loadSource(HELLO, "hello.py");
    assert.equal(rt.run(), 0);
    assert.equal(out(), "hello\n");
    assert.equal(err(), "");
  });

  test("output written after memory growth is read from the grown memory", async () => {
    const { rt, out } = await collectingRuntime({ budget: 8 * 1024 * 1024 });
    const pagesBefore = rt.memory.buffer.byteLength;
    rt.loadSource("xs = []\nfor i in range(60000):\n    xs.append(i * 3)\nprint(len(xs), xs[-1])\n", "grow.py");
    assert.equal(rt.run(), 0);
    assert.ok(rt.memory.buffer.byteLength > pagesBefore, "the program should have grown memory");
    assert.equal(out(), "60000 179997\n");
  });

  test("stress configuration runs the same program", async () => {
    const { rt, out } = await collectingRuntime({ ...STRESS });
    assert.equal(rt.config.spill, 0);
    assert.equal(rt.stats().arenaCapacity, STRESS.arena);
    rt.loadSource("def f(n):\n    if n == 0:\n        return 0\n    return 1 + f(n - 1)\n\nprint(f(50))\n", "deep.py");
    assert.equal(rt.run(), 0);
    assert.equal(out(), "50\n");
  });

  test("one module, many runtimes", async () => {
    const module = await compileModule();
    assert.equal(await compileModule(), module, "compiled once per path");
    const a = await collectingRuntime({ module });
    const b = await collectingRuntime({ module });
    a.rt.loadSource('print("a")\n', "a.py");
    b.rt.loadSource('print("b")\n', "b.py");
    assert.equal(b.rt.run(), 0);
    assert.equal(a.rt.run(), 0);
    assert.equal(a.out() + b.out(), "a\nb\n");
  });

  test("run.py names the stats as stats.ts does", () => {
    assert.deepEqual(statNames(), [...STAT_NAMES]);
  });
});

describe("parseSize", () => {
  test("accepts bytes and binary units", () => {
    const cases: [string, number][] = [
      ["4096", 4096], ["0", 0], ["64KiB", 65536], ["64K", 65536], ["64k", 65536], ["1MiB", 1 << 20],
      ["1M", 1 << 20], ["16MiB", 16 << 20], ["1 MiB", 1 << 20], ["1.5MiB", 1.5 * (1 << 20)], ["2GiB", 2 ** 31],
      ["100B", 100], ["1_048_576", 1 << 20],
    ];
    for (const [text, bytes] of cases) assert.equal(parseSize(text), bytes, text);
  });

  test("refuses ambiguous and malformed sizes", () => {
    for (const text of ["2KB", "1MB", "1GB"]) assert.throws(() => parseSize(text), /ambiguous/, text);
    for (const text of ["", "MiB", "-1", "1.5", "0.3K", "12 parsecs", "1e6", "0x100", "1__0", "_1"]) {
      assert.throws(() => parseSize(text), RangeError, text);
    }
  });

  test("formatSize round-trips", () => {
    for (const bytes of [0, 1000, 4096, 65536, 1 << 20, 3 * 2 ** 30]) assert.equal(parseSize(formatSize(bytes)), bytes);
    assert.equal(formatSize(1 << 20), "1MiB");
  });
});

describe("game-host ticking", () => {
  test("60 ticks share the host's budget among 2,000 tasklets that never yield", async () => {
    const { rt } = await collectingRuntime({ budget: 8 * 1024 * 1024 });
    rt.loadSource(
      `import stackless
counts = [0] * 2000

def spin(i):
    while True:
        counts[i] += 1

for i in range(2000):
    stackless.tasklet(spin)(i)
`,
      "hogs.py",
    );
    // the script itself runs to its end first (cooperative while main runs)
    let r = rt.tick({ ops: 100_000 });
    let ticks = 0;
    let ran = 0;
    while (ticks < 60) {
      r = rt.tick({ ops: 50_000 });
      ran += r.opsRan;
      ticks++;
      assert.equal(r.status, Status.Budget, "tasklets that never yield keep the VM busy");
      assert.ok(r.opsRan <= 50_000 + STRAIGHT, `a tick ran ${r.opsRan} ops`);
    }
    assert.equal(r.runnable, 2000);
    assert.equal(r.blocked, 0);
    assert.ok(ran >= 60 * 50_000 - 60, `the ticks used their budget (${ran})`);
    // and every one of them made progress: the same script with a checker tasklet that waits
    // until no counter is zero, then ends the program
    const { rt: rt2, out } = await collectingRuntime({ budget: 8 * 1024 * 1024 });
    rt2.loadSource(
      `import stackless
counts = [0] * 2000
def spin(i):
    while True:
        counts[i] += 1
for i in range(2000):
    stackless.tasklet(spin)(i)
def check():
    while min(counts) == 0:
        stackless.schedule()
    print("all progressed", min(counts) > 0)
    raise SystemExit(0)
stackless.tasklet(check)()
`,
      "hogs2.py",
    );
    let status = 1;
    for (let k = 0; k < 600 && status === 1; k++) status = rt2.tick({ ops: 50_000 }).status;
    assert.equal(out(), "all progressed True\n");
  });

  test("big-int work counts as opcodes: a tick returns at the instruction after an expensive multiply", async () => {
    const { rt, out } = await collectingRuntime();
    rt.loadSource("x = 7 ** 100000\ny = x * x\nprint(y.bit_length())\n", "bigmul.py");
    // the program is a handful of opcodes; the multiplications inside ** and * are charged
    const first = rt.tick({ ops: 1000 });
    assert.equal(first.status, Status.Budget, "the tick came back before the program ended");
    assert.ok(first.opsRan > 10_000, `the big-int work was not charged (${first.opsRan} ops)`);
    let ran = first.opsRan;
    let r = first;
    for (let k = 0; k < 100 && r.status === Status.Budget; k++) {
      r = rt.tick({ ops: 1000 });
      ran += r.opsRan;
    }
    assert.equal(r.status, Status.Done);
    assert.equal(out(), "561471\n");
    assert.equal(ran, rt.stats().opcodes, "opsRan adds up to the opcode count");
  });

  test("the watchdog counts big-int work: stackless.run(n) interrupts a tasklet busy multiplying", async () => {
    const { rt, out } = await collectingRuntime();
    rt.loadSource(
      [
        "import stackless",
        "done = 0",
        "def work():",
        "    global done",
        "    x = 7 ** 50000",
        "    for i in range(20):",
        "        y = x * x",
        "        done += 1",
        "stackless.tasklet(work)()",
        "t = stackless.run(5000)",
        // 20 loop turns are a few hundred opcodes: only the charged multiplies reach 5000
        "print(t is not None, done < 20)",
        "",
      ].join("\n"),
      "watchdog.py",
    );
    assert.equal(rt.run(), Status.Done);
    assert.equal(out(), "True True\n");
  });
});

describe("host API edges (issue 8, item 9)", () => {
  const KiB = 1024;

  test("tick({ops}) refuses a budget that is not an integer in 0..2^32-1", async () => {
    const { rt, out } = await collectingRuntime();
    rt.loadSource(LOOP, "loop.py");
    for (const ops of [-1, NaN, 2 ** 32, 2 ** 40, 1.5, Infinity]) {
      assert.throws(() => rt.tick({ ops }), RangeError, `ops ${ops}`);
    }
    assert.equal(rt.stats().opcodes, 0, "a refused tick runs nothing");
    const r = rt.tick({ ops: 2 ** 32 - 1 });
    assert.equal(r.status, Status.Done, "the largest budget is accepted");
    assert.equal(out(), "190\n");
  });

  test("tick after the program finished returns its final status again", async () => {
    const { rt, out } = await collectingRuntime();
    rt.loadSource(HELLO, "hello.py");
    assert.equal(rt.run(), 0);
    const again = rt.tick({ ops: 1 });
    assert.deepEqual([again.status, again.opsRan], [Status.Done, 0]);
    assert.equal(rt.run(), 0);
    assert.equal(out(), "hello\n", "nothing ran twice");

    const { rt: failing, err } = await collectingRuntime();
    failing.loadSource("raise SystemExit(3)\n", "exit3.py");
    assert.equal(failing.run(), 3);
    assert.equal(failing.tick({ ops: 0 }).status, Status.Error);
    assert.equal(failing.run(), 3);
    assert.equal(err(), "");
  });

  test("a budget that is not whole 64 KiB pages is refused with the rule", async () => {
    await assert.rejects(Runtime.create({ budget: 400_000, stdout: () => {}, stderr: () => {} }), (e: unknown) => {
      assert.ok(e instanceof InitError, String(e));
      assert.match(e.message, /whole number of 64 KiB pages, got 400000 bytes/);
      return true;
    });
  });

  test("memoryBytes counts what this init needed, not memory grown under an earlier budget", async () => {
    const { rt } = await collectingRuntime({ budget: 8 * 1024 * KiB });
    rt.loadSource("xs = [0] * 400000\n", "grow.py");
    assert.equal(rt.run(), 0);
    assert.ok(rt.stats().memoryBytes > 1024 * KiB, "the program should have needed more than 1 MiB");
    rt.reset({ budget: 1024 * KiB });
    const { rt: fresh } = await collectingRuntime({ budget: 1024 * KiB });
    assert.ok(rt.memory.buffer.byteLength > 1024 * KiB, "wasm memory does not shrink");
    assert.equal(rt.stats().memoryBytes, fresh.stats().memoryBytes);
    assert.ok(rt.stats().memoryBytes <= rt.stats().budget);
  });

  test("a refused reset keeps the sizes that worked", async () => {
    const { rt, out } = await collectingRuntime({ budget: 2048 * KiB });
    assert.throws(() => rt.reset({ budget: 1000 }), InitError);
    assert.equal(rt.config.budget, 2048 * KiB);
    rt.loadSource(HELLO, "hello.py");
    assert.equal(rt.run(), 0);
    assert.equal(out(), "hello\n");
    assert.equal(rt.stats().budget, 2048 * KiB);
  });

  test("a sink that calls back into the runtime gets a clear error", async () => {
    let rt: Runtime | undefined;
    let reentry: unknown;
    rt = await Runtime.create({
      stdout: () => {
        try {
          rt!.tick({ ops: 1 });
        } catch (e) {
          reentry = e;
          throw e;
        }
      },
      stderr: () => {},
    });
    rt.loadSource(HELLO, "hello.py");
    assert.throws(() => rt!.run(), /a stdout\/stderr sink cannot call tick\(\), run\(\), load or reset it/);
    assert.ok(reentry instanceof Error && !(reentry instanceof WebAssembly.RuntimeError));
  });

  test("the minimum budget (256 KiB) with the default arena runs `pass`", async () => {
    const { rt, err } = await collectingRuntime({ budget: 256 * KiB });
    rt.loadSource("pass\n", "pass.py");
    assert.equal(rt.run(), 0, err());
    assert.equal(rt.stats().arenaCapacity, (256 * KiB) / 8, "the arena takes at most an eighth of the budget");
  });

  test("the minimum budget runs the first corpus program as 1 MiB does", async () => {
    const file = "tests/py/001_arith_basic.py";
    const source = fs.readFileSync(file, "utf8");
    const outputs: string[] = [];
    for (const budget of [256 * KiB, 1024 * KiB]) {
      const { rt, out, err } = await collectingRuntime({ budget });
      rt.loadSource(source, file);
      assert.equal(rt.run(), 0, err());
      outputs.push(out());
    }
    assert.ok(outputs[0].length > 0);
    assert.equal(outputs[0], outputs[1]);
  });

  test("a budget below the minimum is an InitError that names the minimum", async () => {
    await assert.rejects(collectingRuntime({ budget: 192 * KiB }), (e: unknown) => {
      assert.ok(e instanceof InitError, String(e));
      assert.match(e.message, /memory budget too small \(minimum 256 KiB\)/);
      return true;
    });
  });

  test("an image too big for the budget says so, with both sizes", async () => {
    const { rt } = await collectingRuntime({ budget: 256 * KiB });
    const big = compileText(`s = "${"x".repeat(100 * KiB)}"\nprint(len(s))\n`, "big.py");
    assert.throws(() => rt.loadImage(big), (e: unknown) => {
      assert.ok(e instanceof ImageError, String(e));
      assert.equal(e.message, `the image (${big.length} bytes) does not fit in the memory budget (${256 * KiB} bytes)`);
      return true;
    });
    assert.throws(() => rt.loadImage(new Uint8Array(2 * DEFAULTS.budget)), /the image \(2097152 bytes\) does not fit in the memory budget \(262144 bytes\)/);
  });
});

describe("footprint report", () => {
  test("measures blocked tasklets at idle (not after exit, which kills them) and suspended generators", async () => {
    const { taskletCost } = await import("../../bench/footprint");
    const c = await taskletCost();
    assert.ok(c.bytesPerTasklet > 16 && c.bytesPerTasklet < 256, `bytes per blocked tasklet: ${c.bytesPerTasklet}`);
    assert.ok(c.bytesPerGenerator > 16 && c.bytesPerGenerator < 256, `bytes per suspended generator: ${c.bytesPerGenerator}`);
  });
});
