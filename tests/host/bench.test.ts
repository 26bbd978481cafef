// The sides of `stackless bench` (bench/side.ts): each runs a program on request, as many times
// as asked, and answers with its output, status and a time (never checked: benchmarks assert no
// timing). The whole bench takes too long for the suite; its parts are checked here.
import { test, describe, before, after } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compileFile } from "../../host/runtime/index";
import { packageRoot } from "../../host/runtime/paths";
import { pythonPath } from "../../host/wasmtime/index";
import { Side, type Run } from "../../bench/side";

const runner = path.join(packageRoot(), "bench", "runner.py");
const v8Runner = path.join(packageRoot(), "build", "bench", "v8-runner.js");
let dir: string;
let program: string;
// a module-level name the second run must not see from the first: fresh globals every run
const SOURCE = "try:\n    seen\n    print('stale')\nexcept NameError:\n    seen = 1\nprint(sum(range(10)))\n";

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackless-bench-"));
  program = path.join(dir, "p.py");
  fs.writeFileSync(program, SOURCE);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function twice(side: Side, load: string): Promise<Run[]> {
  try {
    await side.request({ load });
    return [await side.run(), await side.run()];
  } finally {
    side.close();
  }
}

function check(runs: Run[]): void {
  for (const r of runs) {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "45\n");
    assert.ok(Number.isFinite(r.ms) && r.ms >= 0);
  }
}

describe("bench sides", () => {
  test("python3 runs the file afresh each time", async () => {
    const side = new Side("python3", [runner, "cpython"]);
    const { version } = await side.request<{ version: string }>({ version: true });
    assert.match(version, /^3\.\d+/);
    check(await twice(side, program));
  });

  test("python3 reports an uncaught exception as status 1", async () => {
    fs.writeFileSync(path.join(dir, "boom.py"), "print('a')\nraise ValueError('x')\n");
    const [r] = await twice(new Side("python3", [runner, "cpython"]), path.join(dir, "boom.py"));
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "a\n");
    assert.match(r.stderr, /ValueError: x/);
  });

  test("V8 runs the image afresh each time", async () => {
    check(await twice(new Side(process.execPath, [v8Runner]), Buffer.from(compileFile(program)).toString("base64")));
  });

  test("wasmtime runs the image afresh each time", async () => {
    check(await twice(new Side(pythonPath(), [runner, "wasmtime"]), Buffer.from(compileFile(program)).toString("base64")));
  });

  test("a side that dies rejects what it was asked", async () => {
    const side = new Side("python3", [runner, "cpython"]);
    await assert.rejects(side.request({ load: path.join(dir, "missing.py") }), /exited/);
  });
});
