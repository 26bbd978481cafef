// The image fuzzer's fixed-seed slice (host/fuzz/images.ts), so a regression in the loader,
// the verifier or the interpreter's operand checks fails CI: mutants of corpus images, on a
// fresh Runtime and on a reused one, must be refused at load or end without a trap or a hang.
// Also the loader's answer to the mutation of issue 8 (STORE_GLOBAL turned into POP_EXCEPT).
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import * as os from "node:os";
import * as path from "node:path";
import { ImageError, Runtime, compileModule, compileText } from "../../host/runtime/index";
import { fuzzImages, corpusFiles, layoutOf, type Finding } from "../../host/fuzz/images";
import { Op } from "../../host/compiler/opcodes";

/** Every 3rd corpus program: enough variety, and compiling them stays quick. */
const files = corpusFiles().filter((_, i) => i % 3 === 0);

function report(findings: Finding[]): string {
  return findings.map((f) => `${f.kind} (${f.file ?? "not written"}): ${f.detail}`).join("\n\n");
}

describe("image fuzzer slice", () => {
  for (const reuse of [false, true]) {
    test(`2000 mutants, ${reuse ? "one reused" : "a fresh"} Runtime: no traps, no hangs`, async () => {
      const outDir = path.join(os.tmpdir(), `stackless-fuzz-images-${process.pid}`);
      const r = await fuzzImages({ seed: reuse ? 8 : 5, count: 2000, reuse, files, outDir, deadlineMs: 10_000, log: () => {} });
      assert.equal(r.runs, 2000);
      // the slice must exercise both the loader and the interpreter
      assert.ok(r.refused > 200 && r.ran > 200, `refused ${r.refused}, ran ${r.ran}`);
      assert.equal(r.traps + r.hangs, 0, report(r.findings));
    });
  }
});

describe("loader: exception-stack discipline", () => {
  test("POP_EXCEPT in place of STORE_GLOBAL after a string is refused, naming the code and instruction", async () => {
    const image = compileText('x = "a string"\nprint(x)\n', "t.py");
    const dv = new DataView(image.buffer, image.byteOffset, image.byteLength);
    const instrs = layoutOf(image).instrs;
    // the first code object is __main__: its first STORE_GLOBAL follows LOAD_CONST "a string"
    const k = instrs.findIndex((at) => image[at] === Op.STORE_GLOBAL);
    assert.ok(k > 0 && image[instrs[k - 1]] === Op.LOAD_CONST);
    const rt = new Runtime(await compileModule(), { stdout: () => {}, stderr: () => {} });
    rt.loadImage(image); // the unmutated image loads
    const bad = image.slice();
    bad[instrs[k]] = Op.POP_EXCEPT;
    assert.equal(dv.getUint32(instrs[k], true) >>> 8, new DataView(bad.buffer).getUint32(instrs[k], true) >>> 8);
    assert.throws(
      () => rt.loadImage(bad),
      (e: unknown) =>
        e instanceof ImageError &&
        /exception discipline: no exception state saved by PUSH_EXC_INFO in <module> at instruction \d+/.test(e.message),
    );
  });
});
