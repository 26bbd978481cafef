// The host boundary under wasmtime: the venv's python runs tests/host/boundary_wasmtime.py
// (host/wasmtime/boundary.py, host functions written in Python) on an image of
// tests/host/boundary_wasmtime_script.py compiled here.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { pythonPath } from "../../host/wasmtime/index";
import { packageRoot } from "../../host/runtime/paths";
import { compileFile } from "../../host/runtime/index";

test("the same boundary from Python: host modules, calls, channels over 600 frames, a Future waited on among 1,000 tasklets, re-entry refused, a reply past the budget, 100 reloads", () => {
  const dir = path.join(packageRoot(), "tests", "host");
  const image = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "slp-bw-")), "script.slpi");
  fs.writeFileSync(image, compileFile(path.join(dir, "boundary_wasmtime_script.py")));
  const r = spawnSync(pythonPath(), [path.join(dir, "boundary_wasmtime.py"), image], { encoding: "utf8" });
  assert.equal(r.stderr, "");
  assert.match(r.stdout, /^ok \d+\n$/);
  assert.equal(r.status, 0);
});
