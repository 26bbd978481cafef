// The text builder: one growable byte buffer in the heap, used with stack discipline (take
// `mark = bufLen`, append, make a str from [mark, bufLen), reset to mark), so nested formatting
// (a list's repr holding strs' reprs) appends to one buffer without copies.
import { alloc, free, budget } from "../memory/heap";
import { Value } from "./object";
import { strFromBytes, Lit, litTextLen, litCopy, asStr, STR_HEADER } from "./str";

export let bufPtr: u32 = 0;
export let bufLen: u32 = 0;
let bufCap: u32 = 0;
// Set when the buffer could not grow; appends are dropped and bufStr reports MemoryError.
export let bufFailed: bool = false;
// Set with bufFailed when a writer refused the text for a reason of its own (an int past the
// digit limit, intstr.ts), not memory: raiseBufFailure (errors.ts) raises the right error.
export let bufFailedDigits: bool = false;

export function bufInit(): void {
  bufPtr = 0; bufLen = 0; bufCap = 0; bufFailed = false; bufFailedDigits = false;
}

export function bufFailDigits(): void {
  if (!bufFailed) bufFailedDigits = true;
  bufFailed = true;
}

// True (and the flag cleared) if the last failure was bufFailDigits'.
export function bufTakeDigitsFailure(): bool {
  const f = bufFailedDigits;
  bufFailedDigits = false;
  return f;
}

// Sizes are u64: a width or count from a script can ask for more than 4 GiB, and a u32 sum or
// doubling would wrap to a small (wrong) size or loop forever.
function grow(need: u64): bool {
  // more than the whole budget can never succeed: refuse without asking the allocator
  if (need > <u64>budget) { memoryFailure(); return false; }
  // doubling keeps appends linear; a bigger request (a whole padded result) gets its exact size
  let cap: u64 = bufCap ? <u64>bufCap * 2 : 256;
  if (cap < need) cap = need;
  let p = cap <= <u64>budget ? alloc(<u32>cap) : 0;
  // doubling may overshoot what is left: the exact size may still fit
  if (!p && cap > need) { cap = need; p = alloc(<u32>cap); }
  if (!p) { memoryFailure(); return false; }
  if (bufPtr) { memory.copy(p, bufPtr, bufLen); free(bufPtr, bufCap); }
  bufPtr = p;
  bufCap = <u32>cap;
  return true;
}

function memoryFailure(): void { bufFailed = true; bufFailedDigits = false; }

// Whether a text of n bytes (a size computed from a script's numbers, in i64) could ever be
// built: within the budget, and within 2 GiB (sizes and counts are i32 in places). Callers check
// before any work, so a huge width or count is a quick MemoryError.
export function bufFits(n: i64): bool {
  return n >= 0 && n <= <i64>budget && n <= <i64>I32.MAX_VALUE;
}

// k copies of the n-byte character at c, written at p (a fill or padding).
export function repeatChar(p: u32, k: u32, c: u32, n: u32): void {
  if (n == 1) { memory.fill(p, load<u8>(c), k); return; }
  for (let j: u32 = 0; j < k; j++) memory.copy(p + j * n, c, n);
}

// Reserve n bytes at the end and return their address (0 if memory is exhausted). After a
// failure the text is lost anyway (bufStr reports MemoryError): appends are dropped at once
// instead of asking the allocator again, whose failing path merges every free list (a loop
// of failing appends was quadratic).
export function bufReserve(n: u64): u32 {
  if (bufFailed) return 0;
  const need = <u64>bufLen + n;
  if (need > <u64>bufCap && !grow(need)) return 0;
  const p = bufPtr + bufLen;
  bufLen = <u32>need;
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

// Appends the text of the str v.
export function bufStrValue(v: Value): void {
  bufBytes(v + STR_HEADER, asStr(v).len);
}

export function bufLit(s: Lit): void {
  const n = litTextLen(s);
  const p = bufReserve(n);
  if (p) litCopy(s, p, n);
}

// Drop what was appended after mark.
export function bufReset(mark: u32): void {
  bufLen = mark;
  if (!mark && bufCap > BUF_KEEP) release();
}

// Empty, the buffer keeps at most this much: one big result must not hold its size of the
// budget for the rest of the program.
const BUF_KEEP: u32 = 16384;

function release(): void {
  free(bufPtr, bufCap);
  bufPtr = 0;
  bufCap = 0;
}

// A str of the bytes appended since mark; the buffer is reset to mark. 0 on MemoryError.
export function bufStr(mark: u32): Value {
  if (bufFailed) { bufFailed = false; bufReset(mark); return 0; }
  bufFailedDigits = false;
  const v = strFromBytes(bufPtr + mark, bufLen - mark);
  bufReset(mark);
  return v;
}

// Keep at most n characters of the text appended since mark (a printf precision: CPython
// quotes a bad literal with `%.200R`).
export function bufKeepChars(mark: u32, n: u32): void {
  let chars: u32 = 0;
  for (let i = mark; i < bufLen; i++) {
    if ((load<u8>(bufPtr + i) & 0xC0) != 0x80 && chars++ == n) { bufLen = i; return; }
  }
}

// Give back the last n reserved bytes (a formatter wrote fewer than it reserved).
@inline export function bufTrim(n: u32): void { bufLen -= n; }

// True (and the flag cleared) if an append was dropped since the last check.
export function bufTakeFailure(): bool {
  const f = bufFailed;
  bufFailed = false;
  if (!f) bufFailedDigits = false;
  return f;
}
