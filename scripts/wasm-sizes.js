#!/usr/bin/env node
// Where a wasm module's bytes go: sections, the largest functions and data segments, and code
// bytes per source file. Function names come from the name section, so give it a build that keeps
// one (asc's --debug with the release options, see docs/architecture.md "Module size"; its data
// segments are asc's until merged as the build merges them, scripts/merge-data.js):
//
//   node scripts/wasm-sizes.js names.wasm [--top N]
"use strict";
const fs = require("node:fs");

function reader(buf, pos = 0) {
  return {
    get pos() { return pos; },
    set pos(p) { pos = p; },
    u8() { return buf[pos++]; },
    leb() {
      let result = 0, shift = 0, b;
      do { b = buf[pos++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
      return result;
    },
    str() { const n = this.leb(); const s = buf.toString("utf8", pos, pos + n); pos += n; return s; },
  };
}

const SECTION_NAMES = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"];

/** Skips a constant expression (the offset of a data segment), returning its i32.const value if it is one. */
function constExpr(r) {
  let value = null;
  for (;;) {
    const op = r.u8();
    if (op === 0x0b) return value;
    if (op === 0x41) value = r.leb();
    else if (op === 0x23) r.leb();
    else throw new Error(`unexpected opcode 0x${op.toString(16)} in a constant expression`);
  }
}

function analyse(buf) {
  const r = reader(buf, 8);
  const sections = [];
  let importedFuncs = 0;
  const bodies = [];
  const segments = [];
  const names = new Map();
  while (r.pos < buf.length) {
    const id = r.u8();
    const size = r.leb();
    const start = r.pos;
    const end = start + size;
    let label = SECTION_NAMES[id] ?? `id ${id}`;
    if (id === 0) {
      const name = r.str();
      label = `custom "${name}"`;
      if (name === "name") {
        while (r.pos < end) {
          const sub = r.u8();
          const subSize = r.leb();
          const subEnd = r.pos + subSize;
          if (sub === 1) {
            const n = r.leb();
            for (let i = 0; i < n; i++) { const idx = r.leb(); names.set(idx, r.str()); }
          }
          r.pos = subEnd;
        }
      }
    } else if (id === 2) {
      const n = r.leb();
      for (let i = 0; i < n; i++) {
        r.str(); r.str();
        const kind = r.u8();
        if (kind === 0) { importedFuncs++; r.leb(); }
        else if (kind === 1) { r.u8(); const f = r.u8(); r.leb(); if (f & 1) r.leb(); }
        else if (kind === 2) { const f = r.u8(); r.leb(); if (f & 1) r.leb(); }
        else if (kind === 3) { r.u8(); r.u8(); }
      }
    } else if (id === 10) {
      const n = r.leb();
      for (let i = 0; i < n; i++) {
        const bodySize = r.leb();
        bodies.push({ index: importedFuncs + i, bytes: bodySize });
        r.pos += bodySize;
      }
    } else if (id === 11) {
      const n = r.leb();
      for (let i = 0; i < n; i++) {
        const flags = r.leb();
        let offset = null;
        if (flags === 0) offset = constExpr(r);
        else if (flags === 2) { r.leb(); offset = constExpr(r); }
        const len = r.leb();
        const bytes = buf.subarray(r.pos, r.pos + len);
        let zeros = 0;
        for (const b of bytes) if (b === 0) zeros++;
        segments.push({ offset, bytes: len, zeros, preview: previewOf(bytes) });
        r.pos += len;
      }
    }
    sections.push({ label, bytes: end - start });
    r.pos = end;
  }
  for (const b of bodies) b.name = names.get(b.index) ?? `func ${b.index}`;
  return { sections, bodies, segments };
}

function previewOf(bytes) {
  let s = "";
  for (const b of bytes.subarray(0, 24)) s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".";
  return s;
}

/** A function's source file: asc names functions `path/to/file/name` (generics add `<T>`). */
function fileOf(name) {
  const plain = name.replace(/<.*$/, "");
  const cut = plain.lastIndexOf("/");
  return cut < 0 ? "(other)" : plain.slice(0, cut).replace(/^~lib\//, "~lib/");
}

function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("usage: wasm-sizes.js module.wasm [--top N]");
  const topAt = args.indexOf("--top");
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 40;
  const buf = fs.readFileSync(file);
  const { sections, bodies, segments } = analyse(buf);
  const fmt = (n) => n.toLocaleString("en-US").padStart(9);
  console.log(`${file}: ${fmt(buf.length)} bytes\n\nsections`);
  for (const s of sections) console.log(`  ${fmt(s.bytes)}  ${s.label}`);

  const code = bodies.reduce((a, b) => a + b.bytes, 0);
  console.log(`\ncode: ${bodies.length} functions, ${fmt(code)} bytes; the ${top} largest`);
  for (const b of [...bodies].sort((x, y) => y.bytes - x.bytes).slice(0, top)) console.log(`  ${fmt(b.bytes)}  ${b.name}`);

  const perFile = new Map();
  for (const b of bodies) {
    const f = fileOf(b.name);
    const e = perFile.get(f) ?? { bytes: 0, count: 0 };
    e.bytes += b.bytes; e.count++;
    perFile.set(f, e);
  }
  console.log(`\ncode per source file (the ${top} largest)`);
  for (const [f, e] of [...perFile].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, top)) console.log(`  ${fmt(e.bytes)}  ${String(e.count).padStart(4)} fn  ${f}`);

  const data = segments.reduce((a, s) => a + s.bytes, 0);
  const zeros = segments.reduce((a, s) => a + s.zeros, 0);
  console.log(`\ndata: ${segments.length} segments, ${fmt(data)} bytes (${fmt(zeros)} of them zero); the ${top} largest`);
  for (const s of [...segments].sort((x, y) => y.bytes - x.bytes).slice(0, top)) {
    console.log(`  ${fmt(s.bytes)}  @${s.offset}  zeros ${s.zeros}  ${JSON.stringify(s.preview)}`);
  }
}

main();
