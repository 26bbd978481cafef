// bytes and bytearray. bytes has str's layout (len, cached hash, nchars == len), so str's
// byte-level code (hashing, equality, searching, the text methods) reads it unchanged.
// bytearray is mutable: its bytes live in a separate block that grows, so its address (its
// identity) survives appends. `len` sits at the same offset in both, and in str.
import { Value, Obj, Kind, IMMORTAL } from "./object";
import { bytesType, bytearrayType, kindOf } from "./type";
import { strNew, asStr, STR_HEADER } from "./str";
import { alloc, free } from "../memory/heap";
import { intValue, isIntLike } from "./int";
import { listLen, listGet } from "./list";
import { raiseLit, raiseMemoryError, raiseTypeMsg } from "./errors";
import { decref } from "../memory/refcount";
import { ValueError } from "./exception";

@unmanaged export class ByteArrayObj extends Obj {
  len: u32;
  cap: u32;
  data: u32;
}

@inline export function asByteArray(v: Value): ByteArrayObj { return changetype<ByteArrayObj>(<usize>v); }

export let emptyBytes: Value = 0;

export function bytesInit(): void {
  emptyBytes = bytesNew(0);
  asStr(emptyBytes).rc = IMMORTAL;
  needle = bytesNew(1);
  asStr(needle).rc = IMMORTAL;
}

// Is v a bytes or a bytearray?
export function isBytesLike(v: Value): bool {
  const k = kindOf(v);
  return k == Kind.BYTES || k == Kind.BYTEARRAY;
}

// The bytes of a str, bytes or bytearray, and their count.
// A call (scripts/cold-code.mjs): its copies in 50 callers cost more than the call.
export function dataOf(v: Value): u32 {
  return kindOf(v) == Kind.BYTEARRAY ? asByteArray(v).data : v + STR_HEADER;
}
@inline export function lenOf(v: Value): u32 { return asStr(v).len; }

// bytes of `len` bytes whose contents the caller writes (0 when memory is exhausted).
export function bytesNew(len: u32): Value {
  const v = strNew(len);
  if (v) asStr(v).type = bytesType;
  return v;
}

export function bytesFrom(p: u32, len: u32): Value {
  if (len == 0 && emptyBytes) { asStr(emptyBytes).rc++; return emptyBytes; }
  const v = bytesNew(len);
  if (v) memory.copy(v + STR_HEADER, p, len);
  return v;
}

export function byteArrayNew(len: u32): Value {
  const v = alloc(offsetof<ByteArrayObj>());
  if (!v) return 0;
  const b = asByteArray(v);
  b.rc = 1;
  b.type = bytearrayType;
  b.len = 0;
  b.cap = 0;
  b.data = 0;
  if (len && !byteArrayReserve(v, len)) { free(v, offsetof<ByteArrayObj>()); return 0; }
  b.len = len;
  return v;
}

export function byteArrayFrom(p: u32, len: u32): Value {
  const v = byteArrayNew(len);
  if (v) memory.copy(asByteArray(v).data, p, len);
  return v;
}

// Room for at least `need` bytes. False (nothing changed) when memory is exhausted.
export function byteArrayReserve(v: Value, need: u32): bool {
  const b = asByteArray(v);
  if (need <= b.cap) return true;
  if (need > 0x3FFFFFFF) return false;
  let cap = b.cap + (b.cap >> 1) + 8;
  if (cap < need) cap = need;
  const p = alloc(cap);
  if (!p) return false;
  if (b.data) { memory.copy(p, b.data, b.len); free(b.data, b.cap); }
  b.data = p;
  b.cap = cap;
  return true;
}

// Replace bytes [at, at + cut) by n bytes from src (src may not point into v). False on MemoryError.
export function byteArraySplice(v: Value, at: u32, cut: u32, src: u32, n: u32): bool {
  const b = asByteArray(v);
  const newLen = b.len - cut + n;
  if (!byteArrayReserve(v, newLen)) return false;
  memory.copy(b.data + at + n, b.data + at + cut, b.len - at - cut);
  if (n) memory.copy(b.data + at, src, n);
  b.len = newLen;
  return true;
}

// Appends the bytes of a bytes-like v (which may be ba itself). False on MemoryError.
export function byteArrayAppend(ba: Value, v: Value): bool {
  const na = lenOf(ba), nv = lenOf(v);
  if (!byteArrayReserve(ba, na + nv)) return false;
  memory.copy(asByteArray(ba).data + na, dataOf(v), nv); // dataOf after the reserve: v may be ba
  asByteArray(ba).len = na + nv;
  return true;
}

export function byteArrayDestroy(v: Value): void {
  const b = asByteArray(v);
  if (b.data) free(b.data, b.cap);
  free(v, offsetof<ByteArrayObj>());
}

// A new bytes or bytearray (kind k, or the kind of `like`) of n bytes that the caller writes.
export function bytesOfKind(k: u32, n: u32): Value {
  return k == Kind.BYTEARRAY ? byteArrayNew(n) : bytesNew(n);
}
export function bytesAlloc(like: Value, n: u32): Value { return bytesOfKind(kindOf(like), n); }

// A new bytes or bytearray (kind k, or the kind of `like`) holding n bytes from p.
export function bytesCopy(k: u32, p: u32, n: u32): Value {
  return k == Kind.BYTEARRAY ? byteArrayFrom(p, n) : bytesFrom(p, n);
}
export function bytesLike(like: Value, p: u32, n: u32): Value { return bytesCopy(kindOf(like), p, n); }

// Byte-wise order of two bytes-likes: <0, 0, >0.
export function bytesCompare(a: Value, b: Value): i32 {
  const na = lenOf(a), nb = lenOf(b);
  const c = memory.compare(dataOf(a), dataOf(b), na < nb ? na : nb);
  if (c != 0) return c;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

// An int argument taken as one byte: 0..255, or -1 with ValueError pending. v is int-like.
export function byteArg(v: Value): i32 {
  const i = intValue(v);
  if (i < 0 || i > 255) { raiseLit(ValueError, "byte must be in range(0, 256)"); return -1; }
  return <i32>i;
}

// A 1-byte bytes holding c, for searching an int in bytes (one shared object, overwritten).
export function byteNeedle(c: i32): Value {
  store<u8>(needle + STR_HEADER, <u8>c);
  return needle;
}
let needle: Value = 0;

// A bytes or bytearray (kind k) of a list of ints; 0 with an exception pending.
// `plural`: bytes() says "bytes must be in range", everything else "byte must be".
export function bytesFromInts(items: Value, k: u32, plural: bool): Value {
  const n = listLen(items);
  const r = bytesOfKind(k, n);
  if (!r) { raiseMemoryError(); return 0; }
  const p = dataOf(r);
  for (let i: u32 = 0; i < n; i++) {
    const x = listGet(items, i);
    if (!isIntLike(x)) { decref(r); raiseTypeMsg("", x, " object cannot be interpreted as an integer"); return 0; }
    const c = intValue(x);
    if (c < 0 || c > 255) { decref(r); raiseLit(ValueError, plural ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)"); return 0; }
    store<u8>(p + i, <u8>c);
  }
  return r;
}
