// Merges a wasm module's active data segments that touch or nearly touch, rewriting only the data
// and data count sections. asc emits one segment per static object and binaryen's memory packing
// splits them further at runs of zeros: about 1,500 segments, each paying 5–8 bytes of header
// (index, offset expression, length). Filling a gap of up to MAX_GAP zero bytes costs less than the
// next segment's header. Memory starts zeroed, so a filled gap writes what is there already.
"use strict";
const fs = require("node:fs");

/** Gaps wider than this stay gaps: past about a header's size, the zeros cost more than they save. */
const MAX_GAP = 8;

function readLeb(buf, pos) {
  let value = 0, shift = 0, b;
  do { b = buf[pos++]; value += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return { value, pos };
}

function leb(n) {
  const out = [];
  do { let b = n % 128; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return out;
}

/** A signed LEB for i32.const: offsets are below 2^31, so the sign bit of the last group must be 0. */
function sleb(n) {
  const out = [];
  for (;;) {
    const b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n === 0 && (b & 0x40) === 0) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

/** Parses the data section's segments; null when one is not `(i32.const k)`-active in memory 0. */
function readSegments(buf, start, end) {
  let { value: count, pos } = readLeb(buf, start);
  const segments = [];
  for (let i = 0; i < count; i++) {
    const flags = readLeb(buf, pos); pos = flags.pos;
    if (flags.value !== 0 || buf[pos] !== 0x41) return null;
    const offset = readLeb(buf, pos + 1);
    // i32.const is signed: an offset of 2^31 or more would read back negative, never emitted by asc
    if (buf[offset.pos] !== 0x0b) return null;
    const len = readLeb(buf, offset.pos + 1);
    segments.push({ offset: signed(buf, pos + 1, offset.value, offset.pos), bytes: buf.subarray(len.pos, len.pos + len.value) });
    pos = len.pos + len.value;
  }
  return pos === end ? segments : null;
}

function signed(buf, start, value, end) {
  const bits = 7 * (end - start);
  return buf[end - 1] & 0x40 ? value - 2 ** bits : value;
}

function merge(segments) {
  const sorted = [...segments].sort((a, b) => a.offset - b.offset);
  const out = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    const gap = last ? s.offset - (last.offset + last.length) : Infinity;
    if (gap >= 0 && gap <= MAX_GAP) {
      last.parts.push({ at: s.offset - last.offset, bytes: s.bytes });
      last.length = s.offset + s.bytes.length - last.offset;
    } else {
      out.push({ offset: s.offset, length: s.bytes.length, parts: [{ at: 0, bytes: s.bytes }] });
    }
  }
  return out;
}

function section(id, body) {
  return Buffer.concat([Buffer.from([id, ...leb(body.length)]), body]);
}

/** The module with its data segments merged, or the module itself when there is nothing to do. */
function mergeDataSegments(buf) {
  const parts = [buf.subarray(0, 8)];
  let pos = 8;
  let merged = null;
  while (pos < buf.length) {
    const id = buf[pos];
    const size = readLeb(buf, pos + 1);
    const end = size.pos + size.value;
    if (id === 11) {
      const segments = readSegments(buf, size.pos, end);
      if (!segments) return buf;
      merged = merge(segments);
      const body = [Buffer.from(leb(merged.length))];
      for (const m of merged) {
        const bytes = Buffer.alloc(m.length);
        for (const p of m.parts) bytes.set(p.bytes, p.at);
        body.push(Buffer.from([0, 0x41, ...sleb(m.offset), 0x0b, ...leb(m.length)]), bytes);
      }
      parts.push(section(11, Buffer.concat(body)));
    } else if (id === 12) {
      parts.push(null); // the data count: written once the merged count is known
    } else {
      parts.push(buf.subarray(pos, end));
    }
    pos = end;
  }
  if (!merged) return buf;
  return Buffer.concat(parts.map((p) => p ?? section(12, Buffer.from(leb(merged.length)))));
}

function mergeDataFile(file) {
  const before = fs.readFileSync(file);
  const after = mergeDataSegments(before);
  if (after !== before) fs.writeFileSync(file, after);
  return { before: before.length, after: after.length };
}

module.exports = { mergeDataSegments, mergeDataFile };
