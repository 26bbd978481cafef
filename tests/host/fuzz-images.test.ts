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
import { disassemble } from "../../host/compiler/disasm";
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

describe("interpreter: operands a damaged image can give", () => {
  test("IMPORT_FROM on an object whose attribute is a property pushes the getter's result", async () => {
    // print(c, c.p) with LOAD_ATTR p turned into IMPORT_FROM p (c stays, c.p above it) and the
    // CALL 1 into CALL 2: the property's ENTER was pushed as if it were a value
    const source = "class C:\n    @property\n    def p(self):\n        return 42\nc = C()\nprint(c.p)\n";
    const image = compileText(source, "t.py");
    const dv = new DataView(image.buffer, image.byteOffset, image.byteLength);
    const instrs = layoutOf(image).instrs;
    const k = instrs.findIndex((at) => image[at] === Op.LOAD_ATTR);
    assert.ok(k > 0 && image[instrs[k + 1]] === Op.CALL);
    dv.setUint32(instrs[k], (dv.getUint32(instrs[k], true) & ~0xff) | Op.IMPORT_FROM, true);
    dv.setUint32(instrs[k + 1], (2 << 8) | Op.CALL, true);
    const out: Uint8Array[] = [];
    const rt = new Runtime(await compileModule(), { stdout: (b) => out.push(b), stderr: () => {} });
    rt.loadImage(image);
    assert.equal(rt.run(), 0);
    assert.match(Buffer.concat(out).toString(), /^<__main__\.C object at 0x[0-9a-f]+> 42\n$/);
  });
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

  test("a module whose code is a generator function's is refused at load", async () => {
    const image = compileText("def g():\n    yield 1\nprint(list(g()))\n", "t.py", { source: false });
    const dv = new DataView(image.buffer, image.byteOffset, image.byteLength);
    // the module table ends the image but for the empty source section (u32 0): u32 count, then
    // (name, code) pairs; code 1 is g
    const end = image.length - 4;
    let n = 1;
    while (dv.getUint32(end - 8 * n - 4, true) !== n) n++;
    const mainCode = end - 8 * n + 4;
    assert.equal(dv.getUint32(mainCode, true), 0);
    const rt = new Runtime(await compileModule(), { stdout: () => {}, stderr: () => {} });
    rt.loadImage(image);
    const bad = image.slice();
    new DataView(bad.buffer).setUint32(mainCode, 1, true);
    assert.throws(() => rt.loadImage(bad), (e: unknown) => e instanceof ImageError && /module code is not a module body/.test(e.message));
  });

  test("a prelude name that is not a function is a RuntimeError, not a call into it", async () => {
    // a key whose hash is Python code takes dict.fromkeys through the prelude
    const image = compileText("class K:\n    def __hash__(self):\n        return 1\nprint(len(dict.fromkeys([K()])))\n", "t.py");
    // the prelude's `def dict_fromkeys` with its MAKE_FUNCTION made a COMPARE_OP (same stack shape)
    const lines = disassemble(image).split("\n").filter((l) => /^\s*(\d+\s+)?(>>\s+)?\d+ [A-Z_]+/.test(l));
    const k = lines.findIndex((l, i) => / STORE_GLOBAL .*\(dict_fromkeys\)/.test(l) && / MAKE_FUNCTION /.test(lines[i - 1] ?? ""));
    assert.ok(k > 0);
    const at = layoutOf(image).instrs[k - 1];
    assert.equal(image[at], Op.MAKE_FUNCTION);
    const bad = image.slice();
    new DataView(bad.buffer).setUint32(at, Op.COMPARE_OP | (3 << 8), true); // `!=`: True is stored
    let err = "";
    const rt = new Runtime(await compileModule(), { stdout: () => {}, stderr: (b) => (err += Buffer.from(b).toString()) });
    rt.loadImage(bad);
    assert.equal(rt.run(), 1);
    assert.match(err, /RuntimeError: the prelude has no function 'dict_fromkeys'/);
  });

  test("a generator whose close() cannot start (no close_generator in the prelude) is released unclosed, not re-queued forever", async () => {
    const image = compileText("def g():\n    try:\n        yield 1\n    finally:\n        print('fin')\nit = g()\nnext(it)\ndel it\nprint('after')\n", "t.py");
    const lines = disassemble(image).split("\n").filter((l) => /^\s*(\d+\s+)?(>>\s+)?\d+ [A-Z_]+/.test(l));
    const k = lines.findIndex((l) => / STORE_GLOBAL .*\(close_generator\)/.test(l));
    const other = lines.findIndex((l) => / STORE_GLOBAL .*\(dict_fromkeys\)/.test(l));
    assert.ok(k > 0 && other > 0);
    const { instrs } = layoutOf(image);
    const bad = image.slice();
    const dv = new DataView(bad.buffer);
    dv.setUint32(instrs[k], dv.getUint32(instrs[other], true), true); // stores under another name
    let out = "";
    const rt = new Runtime(await compileModule(), { stdout: (b) => (out += Buffer.from(b).toString()), stderr: () => {} });
    rt.loadImage(bad);
    assert.equal(rt.run(), 0);
    assert.equal(out, "after\n");
  });
});
