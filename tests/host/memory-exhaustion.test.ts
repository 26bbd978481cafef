// The report of the error that ends a program (issue 8, item 6): an uncaught MemoryError with the
// heap full to the last byte still reaches stderr and vm_message in full, the runtime stays
// usable, and program-exit finalizers run under any tick size (item 7).
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { Runtime, STRESS, Status, type RuntimeOptions } from "../../host/runtime/index";
import { collectingRuntime } from "./programs";


// Globals hold the whole heap when the error ends the program.
const FILL_GLOBALS = "def helper():\n    pass\n\ncells = []\nfor i in range(100000):\n    cells.append([i])\n";
// (the source line too: the image keeps it, and printing it needs no heap)
const FILL_TRACEBACK = 'Traceback (most recent call last):\n  File "fill.py", line 6, in <module>\n    cells.append([i])\nMemoryError\n';

const HOG_IN_TASKLET = [
  "import stackless",
  "def hog():",
  "    held = []",
  "    while True:",
  "        held.append([len(held)])",
  "ch = stackless.channel()",
  "stackless.tasklet(hog)()",
  "ch.receive()",
  "",
].join("\n");
const HOG_TRACEBACK =
  'Traceback (most recent call last):\n  File "hog.py", line 8, in <module>\n    ch.receive()\n  File "hog.py", line 5, in hog\n    held.append([len(held)])\nMemoryError\n';

describe("an uncaught MemoryError with the heap full", () => {
  test("the whole traceback goes to stderr and to message()", async () => {
    const { rt, err } = await collectingRuntime();
    rt.loadSource(FILL_GLOBALS, "fill.py");
    assert.equal(rt.run(), 1);
    assert.equal(err(), FILL_TRACEBACK);
    assert.equal(rt.message(), FILL_TRACEBACK);
  });

  test("a tasklet's MemoryError raised in main keeps the tasklet's frame", async () => {
    const { rt, err } = await collectingRuntime();
    rt.loadSource(HOG_IN_TASKLET, "hog.py");
    assert.equal(rt.run(), 1);
    assert.equal(err(), HOG_TRACEBACK);
    assert.equal(rt.message(), HOG_TRACEBACK);
  });

  test("the same report one opcode per tick, and in the stress configuration", async () => {
    for (const opts of [{}, STRESS]) {
      const { rt, err } = await collectingRuntime(opts);
      rt.loadSource(FILL_GLOBALS, "fill.py");
      let status: number = Status.Budget;
      for (let i = 0; i < 5_000_000 && status === Status.Budget; i++) status = rt.tick({ ops: 1 }).status;
      assert.equal(status, Status.Error);
      assert.equal(err(), FILL_TRACEBACK);
      assert.equal(rt.message(), FILL_TRACEBACK);
    }
  });

  test("the runtime runs another program afterwards", async () => {
    const { rt, out, clear } = await collectingRuntime();
    rt.loadSource(FILL_GLOBALS, "fill.py");
    assert.equal(rt.run(), 1);
    clear();
    rt.loadSource("xs = [[i] for i in range(1000)]\nprint(len(xs), xs[-1])\n", "after.py");
    assert.equal(rt.run(), 0);
    assert.equal(out(), "1000 [999]\n");
    assert.equal(rt.message(), "");
  });
});

describe("message() after other uncaught exceptions", () => {
  test("carries the traceback printed on stderr, chained exceptions included", async () => {
    const { rt, err } = await collectingRuntime();
    const src = "def f():\n    try:\n        {}['k']\n    except KeyError:\n        raise ValueError('bad ' + 'value')\nf()\n";
    rt.loadSource(src, "chain.py");
    assert.equal(rt.run(), 1);
    assert.match(err(), /KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback/);
    assert.match(err(), /ValueError: bad value\n$/);
    assert.equal(rt.message(), err());
  });

  test("keeps the last lines of a report longer than its block", async () => {
    const { rt, err } = await collectingRuntime();
    // 60 distinct frames (alternating functions), about 3 KiB of traceback per chained error
    const src = [
      "def a(n):",
      "    if n == 0:",
      "        raise RuntimeError('deep ' + 'x' * 3000)",
      "    return b(n - 1)",
      "def b(n):",
      "    return a(n)",
      "a(30)",
      "",
    ].join("\n");
    rt.loadSource(src, "long.py");
    assert.equal(rt.run(), 1);
    const m = rt.message();
    assert.ok(err().length > 4096);
    assert.ok(m.length <= 4092 && m.length > 3000, `message length ${m.length}`);
    assert.ok(err().endsWith(m), "the message is the end of the report");
    assert.match(m, /^( {2}File| {4}return|RuntimeError)/, "whole lines only");
    assert.match(m, /RuntimeError: deep x+\n$/);
  });
});

describe("program-exit finalizers", () => {
  const SRC = [
    "class Res:",
    "    def __init__(self, n): self.n = n",
    "    def __del__(self): print('del', self.n)",
    "def gen():",
    "    try:",
    "        yield 1",
    "    finally:",
    "        print('gen finally')",
    "g = gen()",
    "next(g)",
    "a = Res('a')",
    "b = Res('b')",
    "print('end')",
    "",
  ].join("\n");
  const EXPECTED = "end\ngen finally\ndel a\ndel b\n";

  test("run under one opcode per tick and under stress, in CPython's order", async () => {
    for (const opts of [{}, STRESS]) {
      const { rt, out } = await collectingRuntime(opts);
      rt.loadSource(SRC, "exit.py");
      let status: number = Status.Budget;
      for (let i = 0; i < 1_000_000 && status === Status.Budget; i++) status = rt.tick({ ops: 1 }).status;
      assert.equal(status, Status.Done);
      assert.equal(out(), EXPECTED);
    }
  });
});
