// The text builder: one growable byte buffer in the heap, used with stack discipline (take
// `mark = bufLen`, append, make a str from [mark, bufLen), reset to mark), so nested formatting
// (a list's repr holding strs' reprs) appends to one buffer without copies.
import { alloc, free } from "../memory/heap";
import { Value } from "./object";
import { strFromBytes } from "./str";

export let bufPtr: u32 = 0;
export let bufLen: u32 = 0;
let bufCap: u32 = 0;
// Set when the buffer could not grow; appends are dropped and bufStr reports MemoryError.
export let bufFailed: bool = false;

export function bufInit(): void {
  bufPtr = 0; bufLen = 0; bufCap = 0; bufFailed = false;
}

function grow(need: u32): bool {
  let cap = bufCap ? bufCap * 2 : 256;
  while (cap < need) cap *= 2;
  const p = alloc(cap);
  if (!p) { bufFailed = true; return false; }
  if (bufPtr) { memory.copy(p, bufPtr, bufLen); free(bufPtr, bufCap); }
  bufPtr = p;
  bufCap = cap;
  return true;
}

// Reserve n bytes at the end and return their address (0 if memory is exhausted).
export function bufReserve(n: u32): u32 {
  if (bufLen + n > bufCap && !grow(bufLen + n)) return 0;
  const p = bufPtr + bufLen;
  bufLen += n;
  return p;
}

export function bufByte(b: u32): void {
  const p = bufReserve(1);
  if (p) store<u8>(p, <u8>b);
}

export function bufBytes(src: u32, n: u32): void {
  const p = bufReserve(n);
  if (p) memory.copy(p, src, n);
}

export function bufLit(s: string): void {
  const n = <u32>s.length;
  const p = bufReserve(n);
  if (!p) return;
  for (let i: u32 = 0; i < n; i++) store<u8>(p + i, <u8>s.charCodeAt(i));
}

// Drop what was appended after mark.
@inline export function bufReset(mark: u32): void { bufLen = mark; }

// A str of the bytes appended since mark; the buffer is reset to mark. 0 on MemoryError.
export function bufStr(mark: u32): Value {
  if (bufFailed) { bufFailed = false; bufLen = mark; return 0; }
  const v = strFromBytes(bufPtr + mark, bufLen - mark);
  bufLen = mark;
  return v;
}

// Give back the last n reserved bytes (a formatter wrote fewer than it reserved).
@inline export function bufTrim(n: u32): void { bufLen -= n; }

// True (and the flag cleared) if an append was dropped since the last check.
export function bufTakeFailure(): bool {
  const f = bufFailed;
  bufFailed = false;
  return f;
}
