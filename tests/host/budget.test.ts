// Memory-budget tests for users (issue 10): measure()/assertWithinBudget(), `stackless budget`
// and the formats of `stackless report`. The frame a budget breaks in is checked against the VM
// driven by hand, one tick per frame; no timing is asserted.
import { test, describe, before, after } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../host/cli/main";
import { bufferIo } from "../../host/cli/io";
import { BudgetError, REGIONS, Runtime, STAT_NAMES, Status, assertWithinBudget, compileText, measure } from "../../host/runtime/index";
import { packageRoot } from "../../host/runtime/paths";
import type { Footprint } from "../../bench/footprint";
import { deltas, renderHtml, renderMarkdown, renderTable } from "../../bench/report";

/** Grows by about 1 KB per loop and never ends: a level that leaks a little every frame. */
const LEAK = "held = []\nwhile True:\n    held.append(bytearray(1000))\n";
/** Never ends, allocates nothing that lasts: within any budget it loads in. */
const STEADY = "import stackless\n\ndef npc(n):\n    while True:\n        n = (n * 7 + 1) % 1000\n        stackless.schedule()\n\nfor i in range(8):\n    stackless.tasklet(npc)(i)\nwhile True:\n    print('frame')\n    stackless.schedule()\n";
const OPS = 200;
const BUDGET = 512 * 1024;

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackless-budget-"));
  fs.writeFileSync(path.join(dir, "leak.py"), LEAK);
  fs.writeFileSync(path.join(dir, "steady.py"), STEADY);
  fs.writeFileSync(path.join(dir, "ends.py"), "print(sum(range(10)))\n");
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function inProcess(args: string[]) {
  const io = bufferIo();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await main(args, io);
    return { code, stdout: io.out(), stderr: io.err() };
  } finally {
    process.chdir(cwd);
  }
}

/** Ticks `image` by hand, `frames` frames of `ops` ops; returns the runtime after the last. */
async function tickBy(image: Uint8Array, frames: number, ops = OPS): Promise<{ rt: Runtime; status: number }> {
  const rt = await Runtime.create({ budget: BUDGET, stdout: () => {}, stderr: () => {} });
  rt.loadImage(image);
  let status: number = Status.Budget;
  for (let i = 0; i < frames; i++) status = rt.tick({ ops }).status;
  return { rt, status };
}

/** By hand: the first frame after whose tick `over` holds of the stats. */
async function firstFrame(image: Uint8Array, ops: number, over: (s: ReturnType<Runtime["stats"]>) => boolean): Promise<number> {
  const { rt } = await tickBy(image, 0);
  for (let frame = 1; frame <= 1000; frame++) {
    rt.tick({ ops });
    if (over(rt.stats())) return frame;
  }
  throw new Error("never over");
}

describe("measure() catches the frame a budget breaks in", () => {
  const image = compileText(LEAK, "leak.py");

  test("a peak limit: the frame is the first whose tick takes the heap past it", async () => {
    const probe = await measure(image, { frames: 1, ops: 1, budget: BUDGET });
    const limit = probe.heapAfterLoad + 100_000;
    const m = await measure(image, { frames: 600, ops: OPS, budget: BUDGET, limits: { heap: limit } });
    assert.equal(m.status, "over-limit");
    const n = m.exceededAt!;
    assert.ok(n > 3, `a few frames fit first, got ${n}`);
    assert.equal(n, await firstFrame(image, OPS, (s) => s.heapPeak > limit));
    assert.equal(m.framesRun, n);
    assert.deepEqual(m.exceeded, { region: "heap", limit, peak: m.peaks.heap });
    assert.equal((await tickBy(image, n)).rt.stats().heapPeak, m.peaks.heap);
    // the same ops per frame, the same frame
    assert.equal((await measure(image, { frames: 600, ops: OPS, budget: BUDGET, limits: { heap: limit } })).exceededAt, n);
  });

  test("the budget: the frame whose tick raised the MemoryError that ended the program", async () => {
    const m = await measure(image, { frames: 600, ops: OPS, budget: BUDGET });
    assert.equal(m.status, "over-budget");
    const n = m.exceededAt!;
    assert.ok(n > 3 && n < 600, `frame ${n}`);
    assert.equal((await tickBy(image, n - 1)).status, Status.Budget);
    assert.equal((await tickBy(image, n)).status, Status.Error);
    assert.equal(m.exceeded?.region, "heap");
    assert.equal(m.exceeded?.limit, m.capacity.heap);
    assert.match(m.message!, new RegExp(`^MemoryError at frame ${n}: over the 512KiB budget \\(heap peak [\\d,]+ B of [\\d,]+ B\\)$`));
  });

  test("assertWithinBudget throws a BudgetError naming the region, the limit, the peak and the frame", async () => {
    const probe = await measure(image, { frames: 1, ops: 1, budget: BUDGET });
    const limit = probe.heapAfterLoad + 100_000;
    await assert.rejects(assertWithinBudget(image, { frames: 600, ops: OPS, budget: BUDGET, limits: { heap: limit } }), (e: unknown) => {
      assert.ok(e instanceof BudgetError);
      const m = e.measurement;
      assert.equal(e.message, `heap peak ${m.peaks.heap.toLocaleString("en-US")} B exceeds the limit ${limit.toLocaleString("en-US")} B at frame ${m.exceededAt}`);
      return true;
    });
  });

  test("a program within its budget runs every frame; the peaks are the VM's", async () => {
    const m = await assertWithinBudget(STEADY, { frames: 50, ops: OPS, budget: BUDGET, limits: { tasklets: 9 } });
    assert.equal(m.status, "frames");
    assert.equal(m.framesRun, 50);
    assert.equal(m.exceededAt, undefined);
    assert.equal(m.peaks.tasklets, 9, "main and 8 npcs");
    const { rt } = await tickBy(compileText(STEADY, "<budget>"), 50);
    const s = rt.stats();
    assert.deepEqual([m.peaks.heap, m.peaks.arena, m.peaks.freelist, m.peaks.memory], [s.heapPeak, s.arenaPeak, s.freelistPeakBytes, s.memoryBytes]);
    // one tasklet too many for the limit: caught at the end of the frame that started the ninth
    const over = await measure(STEADY, { frames: 50, ops: OPS, budget: BUDGET, limits: { tasklets: 8 } });
    const n = await firstFrame(compileText(STEADY, "<budget>"), OPS, (s) => s.taskletsAlive > 8);
    assert.deepEqual([over.status, over.exceededAt, over.exceeded], ["over-limit", n, { region: "tasklets", limit: 8, peak: 9 }]);
  });

  test("a program that ends is done; one that raises has failed at its frame", async () => {
    const done = await measure("x = 1\n", { frames: 10, ops: OPS });
    assert.deepEqual([done.status, done.framesRun < 10, done.message], ["done", true, undefined]);
    const failed = await measure("for i in range(1000):\n    pass\nraise ValueError('bad level')\n", { frames: 100, ops: OPS });
    assert.equal(failed.status, "failed");
    assert.ok(failed.exceededAt! > 1);
    assert.equal(failed.message, `the script failed at frame ${failed.exceededAt}: ValueError: bad level`);
    await assert.rejects(assertWithinBudget("raise ValueError('bad level')\n", { frames: 10, ops: OPS }), BudgetError);
  });

  test("an image or a configuration that does not fit is over budget at frame 0", async () => {
    const big = await measure(`s = "${"x".repeat(400_000)}"\n`, { frames: 10, ops: OPS, budget: BUDGET });
    assert.deepEqual([big.status, big.exceededAt, big.framesRun], ["over-budget", 0, 0]);
    assert.match(big.message!, /^ImageError at load: the image \(\d+ bytes\) does not fit in the memory budget \(524288 bytes\)$/);
    const small = await measure("x = 1\n", { frames: 10, ops: OPS, budget: 64 * 1024 });
    assert.deepEqual([small.status, small.exceededAt], ["over-budget", 0]);
    assert.match(small.message!, /^InitError at init: /);
  });

  test("onFrame runs before each frame's tick, with the frame number and the runtime", async () => {
    const seen: number[] = [];
    let opsBefore = -1;
    await measure(STEADY, {
      frames: 5,
      ops: OPS,
      onFrame: (frame, rt) => {
        seen.push(frame);
        if (frame === 3) opsBefore = rt.stat(STAT_NAMES.indexOf("opcodes"));
      },
    });
    assert.deepEqual(seen, [1, 2, 3, 4, 5]);
    assert.ok(opsBefore >= 2 * OPS, "two frames ran before the third's hook");
  });

  test("frames and ops are whole numbers ≥ 1", async () => {
    for (const bad of [{ frames: 0, ops: 1 }, { frames: 1, ops: 0 }, { frames: 1.5, ops: 1 }]) {
      await assert.rejects(measure("x = 1\n", bad), RangeError);
    }
  });
});

describe("stackless budget", () => {
  test("over the budget: exit 1, the peaks on stdout, one line last on stderr, the helper's frame", async () => {
    const m = await measure(compileText(LEAK, "leak.py"), { frames: 600, ops: OPS, budget: BUDGET });
    const r = await inProcess(["budget", "leak.py", "--memory", "512KiB", "--frames", "600", "--ops", String(OPS)]);
    assert.equal(r.code, 1);
    const last = r.stderr.trimEnd().split("\n").pop();
    assert.equal(last, `stackless: leak.py: ${m.message}`);
    assert.match(r.stdout, new RegExp(`^leak.py: ${m.exceededAt} of 600 frames of 200 ops, budget 512KiB, arena 64KiB: OVER BUDGET\n`));
    for (const region of ["heap", "arena", "freelist", "tasklets", "memory \\(committed\\)"]) assert.match(r.stdout, new RegExp(`^${region} `, "m"));
  });

  test("over a limit: exit 1 and the line names the region, the peak, the limit and the frame", async () => {
    const r = await inProcess(["budget", "steady.py", "--frames", "20", "--ops", "100", "--max-tasklets", "4"]);
    assert.equal(r.code, 1);
    const n = await firstFrame(compileText(STEADY, "steady.py"), 100, (s) => s.taskletsAlive > 4);
    const m = r.stderr.match(/(?:^|\n)stackless: steady\.py: tasklets peak (\d+) exceeds the limit 4 at frame (\d+)\n$/);
    assert.ok(m, r.stderr);
    assert.ok(Number(m[1]) > 4);
    assert.equal(Number(m[2]), n);
  });

  test("within the budget: exit 0 and no line; the program's output goes to stderr", async () => {
    const r = await inProcess(["budget", "steady.py", "--frames", "20", "--ops", "100", "--max-heap", "300KiB", "--json"]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^frame\n/);
    assert.doesNotMatch(r.stderr, /stackless:/);
    const j = JSON.parse(r.stdout);
    assert.equal(j.program, "steady.py");
    assert.equal(j.status, "frames");
    assert.equal(j.framesRun, 20);
    assert.deepEqual(Object.keys(j.peaks), [...REGIONS]);
    assert.deepEqual(j.limits, { heap: 300 * 1024 });
    assert.equal(j.config.budget, 1024 * 1024);
    for (const key of ["imageBytes", "heapAfterInit", "heapAfterLoad", "opcodes"]) assert.equal(typeof j[key], "number", key);
    assert.equal((await inProcess(["budget", "ends.py"])).code, 0);
  });

  test("--events replays the host's side: the frame of excess is the one found by hand, a failing event fails its frame", async () => {
    const keeper = `import stackless
events = stackless.channel()
store = []
def keeper():
    while True:
        store.append(bytearray(events.receive()))
stackless.tasklet(keeper)()
`;
    fs.writeFileSync(path.join(dir, "keeper.py"), keeper);
    const lines = (value: number, from = 2) => Array.from({ length: 300 }, (_, i) => JSON.stringify({ frame: from + i, send: "events", value })).join("\n") + "\n";
    fs.writeFileSync(path.join(dir, "big.jsonl"), lines(8000));
    fs.writeFileSync(path.join(dir, "small.jsonl"), lines(8));
    fs.writeFileSync(path.join(dir, "bad.jsonl"), JSON.stringify({ frame: 3, call: "nothere", args: [] }) + "\n");
    // by hand: the same values, one per frame before its tick, until the MemoryError
    const rt = await Runtime.create({ budget: BUDGET, keepAlive: true, stdout: () => {}, stderr: () => {} });
    rt.loadSource(keeper, "keeper.py");
    let frame = 1;
    for (; frame <= 300; frame++) {
      if (frame >= 2) rt.channel("events").send(8000);
      if (rt.tick({ ops: 10_000 }).status === Status.Error) break;
    }
    assert.ok(frame < 300, "the keeper never ran out of memory");
    const over = await inProcess(["budget", "keeper.py", "--memory", "512KiB", "--frames", "300", "--events", "big.jsonl"]);
    assert.equal(over.code, 1);
    assert.match(over.stderr, new RegExp(`stackless: keeper\\.py: MemoryError at frame ${frame}: over the 512KiB budget`));
    const within = await inProcess(["budget", "keeper.py", "--memory", "512KiB", "--frames", "300", "--events", "small.jsonl"]);
    assert.equal(within.code, 0, within.stderr);
    const bad = await inProcess(["budget", "keeper.py", "--events", "bad.jsonl"]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /stackless: keeper\.py: the host's events at frame 3 failed: AttributeError: /);
    fs.writeFileSync(path.join(dir, "junk.jsonl"), "{\"frame\": 0}\n");
    assert.equal((await inProcess(["budget", "keeper.py", "--events", "junk.jsonl"])).code, 2);
  });

  test("usage errors exit 2", async () => {
    for (const args of [
      ["budget"],
      ["budget", "a.py", "b.py"],
      ["budget", "steady.py", "--ops", "0"],
      ["budget", "steady.py", "--frames", "0"],
      ["budget", "steady.py", "--max-heap", "lots"],
      ["budget", "steady.py", "--max-stack", "1K"],
      ["budget", "steady.py", "--events", "e.json"],
    ]) {
      const r = await inProcess(args);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, /^stackless: .*\n\nusage: stackless/, args.join(" "));
    }
  });

  test("a real process: exit status and streams", () => {
    const bin = path.join(packageRoot(), "bin", "stackless.js");
    const r = spawnSync(process.execPath, [bin, "budget", "leak.py", "--memory", "512KiB", "--ops", "200"], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\nstackless: leak\.py: MemoryError at frame \d+: over the 512KiB budget/);
  });
});

// A report takes seconds (10,000 tasklets, wasmtime in a subprocess): two runs through the CLI,
// the other formats rendered from the first one's JSON by the functions the CLI calls.
describe("stackless report formats", () => {
  let j: Footprint;

  before(async () => {
    const r = await inProcess(["report", path.join(dir, "steady.py"), "--runs", "1", "--json", "--frames", "30", "--ops", "100"]);
    assert.equal(r.code, 0, r.stderr);
    j = JSON.parse(r.stdout);
  });

  /** Every string in a JSON value. */
  const strings = (v: unknown): string[] =>
    typeof v === "string" ? [v] : v && typeof v === "object" ? Object.values(v).flatMap(strings) : [];

  test("json has no absolute paths; with a program, its image and peaks", () => {
    for (const s of strings(j)) {
      assert.ok(!path.isAbsolute(s) && !s.includes(packageRoot()) && !s.includes(dir), `absolute path in the report: ${s}`);
    }
    assert.equal((j.builds.embedding as { path: string }).path, "build/stackless.wasm");
    const s = j.script!;
    assert.equal(s.program, "steady.py");
    assert.equal(s.framesRun, 30);
    assert.ok(s.imageBytes > 0 && s.heapAfterLoad > s.heapAfterInit + s.imageBytes);
    assert.deepEqual(Object.keys(s.peaks), [...REGIONS]);
  });

  test("html is one well-formed page, with its charts inline and nothing fetched", () => {
    const html = renderHtml(j);
    assert.doesNotMatch(html, /http|src=|href=|@import|url\(/i);
    assert.equal(html.match(/<svg /g)?.length, 2, "the startup breakdown and the memory map");
    for (const label of ["static data", "heap after init", "image", "loaded objects", "heap peak", "arena", "free", "compile", "vm_init"]) {
      assert.ok(html.includes(`>${label}</text>`), `the legend names ${label}`);
    }
    assert.ok(html.includes(`<h2>steady.py: 30 of 30 frames of 100 ops, budget 1MiB, arena 64KiB</h2>`));
    const parse = spawnSync("python3", ["-c", "import sys, xml.etree.ElementTree as E; E.fromstring(sys.stdin.read()); print('ok')"], {
      input: html.replace(/^<!DOCTYPE html>\n/, ""),
      encoding: "utf8",
    });
    assert.equal(parse.stdout.trim(), "ok", parse.stderr);
  });

  test("--baseline: the changes, in json and in every text format", async () => {
    const old = structuredClone(j);
    (old.builds.embedding as { bytes: number }).bytes -= 100;
    old.v8.heapUsed += 64;
    old.script!.peaks.heap -= 1000;
    const d = deltas(j, old);
    assert.deepEqual(d["builds.embedding.bytes"], { baseline: (old.builds.embedding as { bytes: number }).bytes, delta: 100 });
    assert.deepEqual(d["v8.heapUsed"], { baseline: old.v8.heapUsed, delta: -64 });
    assert.equal(d["script.peaks.heap"].delta, 1000);
    assert.equal(d["builds.wasi.bytes"]?.delta, 0);
    for (const render of [renderTable, renderMarkdown, renderHtml]) {
      const out = render({ ...j, deltas: d });
      assert.match(out, /[\d,]+ \(\+100, \+0\.\d\d%\)/, render.name);
      assert.match(out, /[\d,]+ \(−64, −0\.\d\d%\)/, render.name);
      assert.match(out, /[\d,]+ B \(\+1,000, \+[\d.]+%\)/, render.name);
      assert.doesNotMatch(render(j), /\(\+100,/, render.name);
    }
    // through the CLI, against a report without a program: the program's numbers have no baseline
    const file = path.join(dir, "old.json");
    fs.writeFileSync(file, JSON.stringify({ ...old, script: undefined }));
    const r = await inProcess(["report", "--runs", "1", "--format", "md", "--baseline", file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^## stackless footprint\n/);
    assert.match(r.stdout, /^\| module \| bytes \| gzip -9 \|\n\| --- \| ---: \| ---: \|\n\| embedding \(build\/stackless\.wasm\) \| [\d,]+ \(\+100, \+0\.\d\d%\) \| [\d,]+ \|$/m);
    assert.match(r.stdout, /changes against the baseline in parentheses/);
  });

  test("usage and input errors", async () => {
    for (const args of [
      ["report", "--json", "--format", "md"],
      ["report", "--format", "pdf"],
      ["report", "--frames", "10"],
      ["report", "a.py", "b.py"],
    ]) {
      assert.equal((await inProcess(args)).code, 2, args.join(" "));
    }
    fs.writeFileSync(path.join(dir, "not-a-report.json"), "[1, 2]");
    const r = await inProcess(["report", "--runs", "1", "--baseline", "not-a-report.json"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--baseline not-a-report\.json: not a report written by `stackless report --format json`/);
  });
});
