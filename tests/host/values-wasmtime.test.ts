// The Python host's side of values crossing the boundary (host/wasmtime/values.py): the venv's
// python runs tests/host/values_wasmtime.py, which checks the same hand-written bytes as
// values.test.ts (the TS host) and tests/assembly/msgpack.spec.ts (the VM).
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { pythonPath } from "../../host/wasmtime/index";
import { packageRoot } from "../../host/runtime/paths";

test("values.py maps every kind to the same bytes as the VM and the TS host", () => {
  const script = path.join(packageRoot(), "tests", "host", "values_wasmtime.py");
  const r = spawnSync(pythonPath(), [script], { encoding: "utf8" });
  assert.equal(r.stderr, "");
  assert.match(r.stdout, /^ok \d+\n$/);
  assert.equal(r.status, 0);
});
