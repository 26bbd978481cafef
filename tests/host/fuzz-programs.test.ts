// A fixed-seed slice of the differential program fuzzer (npm run fuzz runs the long campaigns):
// generated programs run here and on CPython (tasklet programs across our configurations), and
// none may trap, hang or diverge unless the divergence is a documented known difference
// (host/fuzz/known.ts, docs/language.md "Known differences found by the program fuzzer").
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { fuzzPrograms, generateProgram, generateTaskletProgram } from "../../host/fuzz/programs";
import { packageRoot } from "../../host/runtime/paths";

process.chdir(packageRoot());

test("the generator is deterministic: one seed, one program", () => {
  assert.equal(generateProgram(42), generateProgram(42));
  assert.notEqual(generateProgram(42), generateProgram(43));
  assert.equal(generateTaskletProgram(7), generateTaskletProgram(7));
});

test("a fixed-seed slice: no trap, no hang, no unknown divergence", async () => {
  const lines: string[] = [];
  const r = await fuzzPrograms({ seed: 8, count: 240, log: (l) => lines.push(l), outDir: null, minimise: false });
  assert.equal(r.runs, 240);
  const unknown = r.findings.filter((f) => !f.known);
  const report = unknown.map((f) => `seed ${f.seed} ${f.kind}: ${f.signature}\n--- ours ---\n${f.ours}\n--- expected ---\n${f.expected}\n--- program ---\n${f.program}`).join("\n\n");
  assert.equal(unknown.length, 0, `${lines.join("\n")}\n\n${report}`);
  assert.equal(r.traps, 0);
  assert.equal(r.hangs, 0);
});
