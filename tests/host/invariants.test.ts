// The memory design's promises, checked on the real module: deep recursion spills instead of
// growing any native stack (V8, and wasmtime with a deliberately small max_wasm_stack), and a
// damaged image is refused with a load error or runs to a Python outcome — never a wasm trap.
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { ImageError, Runtime, VmTrap, compileText } from "../../host/runtime/index";
import { collectingRuntime } from "./programs";
import { compileSource } from "../../host/compiler/index";
import { available, runImageSync } from "../../host/wasmtime/index";

const DEEP = (n: number) => `import sys
sys.setrecursionlimit(${n + 100})

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(${n}))
`;

async function runCollected(source: string, opts: Record<string, number> = {}) {
  const { rt, out, err } = await collectingRuntime(opts);
  rt.loadSource(source, "deep.py");
  const code = rt.run();
  return { code, out: out(), err: err(), stats: rt.stats() };
}

describe("stack spilling", () => {
  test("recursion 100,000 deep completes under 16 MiB on V8, and its frames spilled", async () => {
    const r = await runCollected(DEEP(100_000), { budget: 16 * 1024 * 1024 });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, "100000\n");
    assert.ok(r.stats.spills > 0, "deep recursion at the default threshold must spill");
    assert.ok(r.stats.recursionPeak >= 100_000, `recursion peak ${r.stats.recursionPeak}`);
    // the arena never held more than the tasklet's threshold plus the frame freelist
    assert.ok(r.stats.arenaPeak <= 4096 + 4096, `arena peak ${r.stats.arenaPeak}`);
  });

  test("the same recursion under 1 MiB ends in a Python MemoryError, exit 1", async () => {
    const r = await runCollected(DEEP(100_000), { budget: 1024 * 1024 });
    assert.equal(r.code, 1);
    assert.match(r.err, /Traceback \(most recent call last\):/);
    assert.match(r.err, /\[Previous line repeated \d+ more times\]/);
    assert.match(r.err, /^(MemoryError|RecursionError)/m);
  });

  test("wasmtime with a 64 KiB max_wasm_stack runs recursion 100,000 deep", { skip: !available() && "no .venv" }, () => {
    const image = compileText(DEEP(100_000), "deep.py");
    const r = runImageSync(image, { budget: 16 * 1024 * 1024, maxWasmStack: 64 * 1024 });
    assert.equal(r.stderr.toString(), "");
    assert.equal(r.exitCode, 0);
    assert.equal(r.stdout.toString(), "100000\n");
  });
});

describe("damaged images", () => {
  const PROGRAM = `def f(a, b=2):
    try:
        return [a, b, {"k": a}][0] + b
    except ZeroDivisionError as e:
        return str(e)
print(f(1), f(2, b=3), "%d-%s" % (1, "x"))
`;
  test("every single-byte corruption loads cleanly or fails with ImageError, never a trap", async () => {
    // without the prelude: every byte of a small image is damaged in turn
    const image = compileSource(PROGRAM, "prog.py");
    let refused = 0;
    let ran = 0;
    // deterministic: every byte offset, with a few damaging values; one runtime, re-initialised
    // by each load
    const rt = await Runtime.create({ stdout: () => {}, stderr: () => {} });
    for (let i = 4; i < image.length; i++) {
      for (const value of [0x00, 0xff, image[i] ^ 0x01, image[i] ^ 0x80]) {
        const bad = image.slice();
        bad[i] = value;
        try {
          rt.loadImage(bad);
        } catch (e) {
          if (e instanceof VmTrap) throw new Error(`byte ${i} = ${value}: trap while loading: ${e.message}`);
          assert.ok(e instanceof ImageError, `byte ${i}: ${(e as Error).message}`);
          refused++;
          continue;
        }
        try {
          for (let k = 0; k < 10 && rt.tick({ ops: 10_000 }).status === 1; k++);
          ran++;
        } catch (e) {
          throw new Error(`byte ${i} = ${value}: ${(e as Error).message}`);
        }
      }
    }
    assert.ok(refused > 0 && ran > 0, `refused ${refused}, ran ${ran}`);
  });
});

const CYCLES = `import gc
import sys

class Node:
    def __init__(self, i):
        self.i = i
        self.peer = None
        self.items = []

def make(n):
    for i in range(n):
        a = Node(i)
        b = Node(i)
        a.peer = b
        b.peer = a
        a.items.append((b, [a]))
        d = {}
        d["d"] = d

print("start")
gc.disable()
make(3)
gc.collect()
base = sys.getallocatedblocks()
make(10000)
held = sys.getallocatedblocks() - base
found = gc.collect()
print(held > 60000, found >= 60000, sys.getallocatedblocks() == base)
`;

describe("cycle collector", () => {
  test("10,000 cyclic structures made with automatic collection off: gc.collect() returns the heap to its baseline", async () => {
    const r = await runCollected(CYCLES, { budget: 16 * 1024 * 1024 });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, "start\nTrue True True\n");
    assert.ok(r.stats.heapPeak > r.stats.heapUsed + 4 * 1024 * 1024, `peak ${r.stats.heapPeak}, end ${r.stats.heapUsed}`);
    assert.ok(r.stats.gcCollected >= 60000, `collected ${r.stats.gcCollected}`);
  });

  test("the same garbage with automatic collection on stays within 1 MiB", async () => {
    const r = await runCollected(CYCLES.replace("gc.disable()\n", ""), { budget: 1024 * 1024 });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, "start\nFalse False True\n");
    assert.ok(r.stats.gcCollections > 10, `collections ${r.stats.gcCollections}`);
  });
});
