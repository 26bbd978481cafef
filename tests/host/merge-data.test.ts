// scripts/merge-data.js: the build's post-step that merges a module's data segments. The merged
// module must start with the same memory as the original, with fewer segments.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../../host/runtime/paths";

const { mergeDataSegments } = require(path.join(packageRoot(), "scripts", "merge-data.js")) as {
  mergeDataSegments(buf: Buffer): Buffer;
};

function leb(n: number): number[] {
  const out: number[] = [];
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

function section(id: number, body: number[]): number[] {
  return [id, ...leb(body.length), ...body];
}

/** A module with one exported page of memory and the given active segments, in this order. */
function moduleWith(segments: { offset: number; bytes: number[] }[]): Buffer {
  const data = [...leb(segments.length)];
  for (const s of segments) data.push(0, 0x41, ...sleb(s.offset), 0x0b, ...leb(s.bytes.length), ...s.bytes);
  const name = [..."memory"].map((c) => c.charCodeAt(0));
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(5, [1, 0, 1]),
    ...section(7, [1, name.length, ...name, 2, 0]),
    ...section(12, leb(segments.length)),
    ...section(11, data),
  ]);
}

async function memoryOf(wasm: Buffer): Promise<Uint8Array> {
  const instance = await WebAssembly.instantiate(new WebAssembly.Module(new Uint8Array(wasm)));
  return new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer);
}


function countData(wasm: Buffer): number {
  let pos = 8;
  const read = () => { let v = 0, s = 0, b; do { b = wasm[pos++]; v += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return v; };
  while (pos < wasm.length) {
    const id = wasm[pos++];
    const size = read();
    if (id === 11) return read();
    pos += size;
  }
  return 0;
}

test("segments that touch or are a few zeros apart become one; the initial memory is the same", async () => {
  const segments = [
    { offset: 300, bytes: [7, 8] }, // out of order in the section
    { offset: 16, bytes: [1, 2, 3] },
    { offset: 19, bytes: [4] }, // touches the one before
    { offset: 25, bytes: [5, 6] }, // 5 zeros after it
    { offset: 200, bytes: [9] }, // far: stays its own segment
    { offset: 40000, bytes: [10, 11] }, // an offset of three LEB bytes
  ];
  const original = moduleWith(segments);
  const merged = mergeDataSegments(original);
  assert.equal(countData(original), 6);
  assert.equal(countData(merged), 4);
  assert.ok(merged.length < original.length);
  assert.deepEqual(await memoryOf(merged), await memoryOf(original));
  assert.ok(WebAssembly.validate(new Uint8Array(merged)));
});

test("the built modules are merged already: merging again changes nothing", () => {
  for (const file of ["stackless.wasm", "stackless-wasi.wasm"]) {
    const wasm = fs.readFileSync(path.join(packageRoot(), "build", file));
    assert.equal(mergeDataSegments(wasm).length, wasm.length, file);
  }
});
