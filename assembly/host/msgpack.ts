// Values crossing the host boundary, as MessagePack (docs/abi.md "Values across the boundary").
// Neither direction recurses on the wasm stack: nested containers are walked with a bounded
// stack of their own (MAX_DEPTH), so a deep or cyclic value is an error, never a trap.
import { Value, Kind, isSmall, smallValue, fromSmall } from "../objects/object";
import { kindOfCall } from "../objects/type";
import { None, True, False } from "../objects/singletons";
import { intFitsI64, intValue, intSize, intLimbs, intFromI64, intFromMag, viewInt, viewA } from "../objects/int";
import { magBitLength, magLowBits } from "../objects/bigint";
import { floatNew, floatValue } from "../objects/float";
import { strData, strLen, strFromBytes, asStr, Lit } from "../objects/str";
import { bytesFrom, dataOf, lenOf } from "../objects/bytes";
import { tupleLen, tupleGet } from "../objects/tuple";
import { listNew, listLen, listGet, asList } from "../objects/list";
import { dictNew, dictLen, dictNext, dictSet, entryAt, entryKey, entryValue } from "../objects/dict";
import { bufReserve, bufByte, bufBytes, bufLen, bufLit, bufFailed, bufTakeFailure } from "../objects/buf";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseLit, raiseBuf, raiseMemoryError, raiseTypeMsg, bufTypeName } from "../objects/errors";
import { ValueError } from "../objects/exception";
import { twosBytes, intFromTwos } from "../builtins/bytes";
import { utf8Valid } from "../builtins/codecs";

// Containers nested deeper than this (the outermost is the first level, an empty one counts)
// are refused both ways: TypeError sending, ValueError receiving.
export const MAX_DEPTH: u32 = 100;
// The ext type of ints outside int64/uint64: big-endian two's complement, minimal length.
const EXT_INT: u8 = 1;

// The containers being walked, outermost first, three words each: the container, the position
// reached (encoding) or the items still to read (decoding), and a map's key awaiting its value.
const ENTRY: u32 = 12;
const stack = memory.data(MAX_DEPTH * ENTRY, 4);
// One uint64 being boxed as limbs (decoding).
const scratch = memory.data(8, 8);
let depth: u32 = 0;     // the stack's depth after the last step
let at: u32 = 0;        // decoding: the next byte to read
let end: u32 = 0;       // decoding: past the last
let result: Value = 0;  // decoding: the finished value

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function msgpackReset(): void {
  memory.fill(stack, 0, MAX_DEPTH * ENTRY);
  store<u64>(scratch, 0);
  depth = 0; at = 0; end = 0; result = 0;
}

@inline function slot(d: u32): u32 { return stack + d * ENTRY; }

// ---- encoding: appends to the text builder (objects/buf.ts) ----

function put16(x: u32): void { const p = bufReserve(2); if (p) store<u16>(p, bswap<u16>(<u16>x)); }
function put32(x: u32): void { const p = bufReserve(4); if (p) store<u32>(p, bswap<u32>(x)); }
function put64(x: u64): void { const p = bufReserve(8); if (p) store<u64>(p, bswap<u64>(x)); }

// A length-prefixed family (str, bin, array, map): the fix form when there is one (fixMax >= 0)
// and n fits, else the 8-, 16- or 32-bit form (fix8 = 0 where MessagePack has no 8-bit form).
function header(n: u32, fix: u32, fixMax: i32, fix8: u32, form16: u32): void {
  if (<i64>n <= <i64>fixMax) bufByte(fix | n);
  else if (fix8 && n <= 0xFF) { bufByte(fix8); bufByte(n); }
  else if (n <= 0xFFFF) { bufByte(form16); put16(n); }
  else { bufByte(form16 + 1); put32(n); }
}

// For records the VM writes itself (a host call's arguments, the host's error record): an array
// header, and str bytes as they are (no UTF-8 check: a report's text is sent, never refused).
export function encodeArrayHeader(n: u32): void { header(n, 0x90, 15, 0, 0xDC); }
export function encodeStrBytes(p: u32, n: u32): void { header(n, 0xA0, 31, 0xD9, 0xDA); bufBytes(p, n); }

// The smallest MessagePack int for i.
function putInt(i: i64): void {
  if (i >= 0) {
    if (i <= 0x7F) bufByte(<u32>i);
    else if (i <= 0xFF) { bufByte(0xCC); bufByte(<u32>i); }
    else if (i <= 0xFFFF) { bufByte(0xCD); put16(<u32>i); }
    else if (i <= 0xFFFFFFFF) { bufByte(0xCE); put32(<u32>i); }
    else { bufByte(0xCF); put64(<u64>i); }
  } else if (i >= -32) bufByte(<u32>(i & 0xFF));
  else if (i >= -0x80) { bufByte(0xD0); bufByte(<u32>(i & 0xFF)); }
  else if (i >= -0x8000) { bufByte(0xD1); put16(<u32>(i & 0xFFFF)); }
  else if (i >= -0x80000000) { bufByte(0xD2); put32(<u32>i); }
  else { bufByte(0xD3); put64(<u64>i); }
}

// A boxed int outside int64: uint64 when it fits, else ext 1.
function putBigInt(v: Value): void {
  if (intSize(v) == 2) { bufByte(0xCF); put64(load<u64>(intLimbs(v))); return; }
  viewInt(v, viewA);
  const neg = viewA.neg, mag = viewA.p, n = viewA.n;
  // bits with the sign: one more than the magnitude's, except -2^k, which is exactly k+1
  const have = magBitLength(mag, n);
  const bits = neg && !magLowBits(mag, n, <u32>(have - 1)) ? have : have + 1;
  const len = <u32>((bits + 7) >> 3);
  if (len == 16) { bufByte(0xD8); bufByte(EXT_INT); }
  else if (len <= 0xFF) { bufByte(0xC7); bufByte(len); bufByte(EXT_INT); }
  else if (len <= 0xFFFF) { bufByte(0xC8); put16(len); bufByte(EXT_INT); }
  else { bufByte(0xC9); put32(len); bufByte(EXT_INT); }
  const p = bufReserve(len);
  if (p) twosBytes(p, true, mag, n << 2, false, len, neg);
}

// TypeError "cannot send a 'T' object to the host" and the like; MemoryError instead when the
// builder already dropped bytes (the message could not be built either).
function refuse(prefix: Lit, v: Value, suffix: Lit): bool {
  if (bufTakeFailure()) raiseMemoryError();
  else raiseTypeMsg(prefix, v, suffix);
  return false;
}

// Appends v's scalar encoding, or a container's header; a non-empty container is pushed at
// depth d. Returns the new depth, or -1 with an exception pending.
function putOne(v: Value, d: u32): i32 {
  if (isSmall(v)) { putInt(<i64>smallValue(v)); return d; }
  const k = kindOfCall(v);
  let n: u32 = 0;
  switch (k) {
    case Kind.NONE: bufByte(0xC0); return d;
    case Kind.BOOL: bufByte(v == True ? 0xC3 : 0xC2); return d;
    case Kind.INT: if (intFitsI64(v)) putInt(intValue(v)); else putBigInt(v); return d;
    case Kind.FLOAT: bufByte(0xCB); put64(reinterpret<u64>(floatValue(v))); return d;
    case Kind.STR:
      n = strLen(v);
      // a lone surrogate ("\ud800") is held as its 3 bytes, which are not UTF-8 (ASCII is)
      if (asStr(v).nchars != n && !utf8Valid(strData(v), n)) {
        if (bufTakeFailure()) raiseMemoryError();
        else raiseLit(ValueError, "cannot send a str holding a surrogate to the host");
        return -1;
      }
      header(n, 0xA0, 31, 0xD9, 0xDA);
      bufBytes(strData(v), n);
      return d;
    case Kind.BYTES:
    case Kind.BYTEARRAY: n = lenOf(v); header(n, 0, -1, 0xC4, 0xC5); bufBytes(dataOf(v), n); return d;
    // subclasses of list, tuple and dict have their base's kind (vm/subclass.ts): sent as the base
    case Kind.LIST: n = listLen(v); header(n, 0x90, 15, 0, 0xDC); break;
    case Kind.TUPLE: n = tupleLen(v); header(n, 0x90, 15, 0, 0xDC); break;
    case Kind.DICT: n = dictLen(v); header(n, 0x80, 15, 0, 0xDE); break;
    default: refuse("cannot send a ", v, " object to the host"); return -1;
  }
  if (d == MAX_DEPTH) { refuse("cannot send a ", v, " nested more than 100 deep to the host"); return -1; }
  if (!n) return d;
  for (let i: u32 = 0; i < d; i++) {
    if (load<u32>(slot(i)) == v) { refuse("cannot send a recursive ", v, " to the host"); return -1; }
  }
  store<u32>(slot(d), v);
  store<u32>(slot(d), 0, 4);
  return d + 1;
}

// The next value to encode inside the innermost unfinished container (a dict's key is written
// here: it is a str or an int, never a container), popping finished ones; 0 when all are done,
// -1 (as a Value: never an object address) with an exception pending.
function nextItem(dIn: u32): Value {
  let d = dIn;
  while (d > 0) {
    const s = slot(d - 1), c = load<u32>(s), i = load<u32>(s, 4);
    const k = kindOfCall(c);
    if (k == Kind.DICT) {
      const j = dictNext(c, i);
      if (j >= 0) {
        const e = entryAt(c, <u32>j), key = entryKey(e);
        const kk = isSmall(key) ? Kind.INT : kindOfCall(key);
        // a bool key is sent as its int: True and 1 are the same key in a dict
        if (kk == Kind.BOOL) putInt(key == True ? 1 : 0);
        else if (kk == Kind.INT || kk == Kind.STR) { if (putOne(key, d) < 0) return -1; }
        else { refuse("cannot send a dict key of type ", key, " to the host"); return -1; }
        store<u32>(s, <u32>j + 1, 4);
        depth = d;
        return entryValue(e);
      }
    } else {
      const n = k == Kind.LIST ? listLen(c) : tupleLen(c);
      if (i < n) {
        store<u32>(s, i + 1, 4);
        depth = d;
        return k == Kind.LIST ? listGet(c, i) : tupleGet(c, i);
      }
    }
    store<u64>(s, 0);
    d--;
  }
  depth = 0;
  return 0;
}

// Appends the MessagePack encoding of v to the text builder. False with an exception pending
// (TypeError for a value that cannot cross, MemoryError when the builder cannot grow within the
// budget); the builder's failure is taken, so the caller only resets it to its mark.
export function encodeValue(v: Value): bool {
  let d: u32 = 0;
  let ok = true;
  let x = v;
  while (x) {
    const r = putOne(x, d);
    if (r < 0) { ok = false; break; }
    if (bufFailed) break;
    x = nextItem(<u32>r);
    d = depth;
    if (x == <Value>-1) { ok = false; break; }
  }
  memory.fill(stack, 0, MAX_DEPTH * ENTRY);
  depth = 0;
  if (ok && bufTakeFailure()) { raiseMemoryError(); ok = false; }
  return ok;
}

// ---- decoding: from bytes the host wrote into linear memory ----


// The error of a malformed input, as ValueError.
function malformed(msg: Lit): Value { raiseLit(ValueError, msg); return 0; }
function truncated(): Value { return malformed("truncated MessagePack value"); }

@inline function has(n: u64): bool { return <u64>(end - at) >= n; }
function get8(): u32 { return load<u8>(at++); }
function get16(): u32 { const x = <u32>bswap<u16>(load<u16>(at)); at += 2; return x; }
function get32(): u32 { const x = bswap<u32>(load<u32>(at)); at += 4; return x; }
function get64(): u64 { const x = bswap<u64>(load<u64>(at)); at += 8; return x; }

// The length of a str/bin/array/map/ext after its type byte: `size` bytes, big-endian.
function getLen(size: u32): i64 {
  if (!has(size)) return -1;
  return size == 1 ? <i64>get8() : size == 2 ? <i64>get16() : <i64>get32();
}

// A new reference to an int of the uint64 x.
function intFromU64(x: u64): Value {
  if (x <= <u64>i64.MAX_VALUE) return intFromI64(<i64>x);
  store<u64>(scratch, x);
  const v = intFromMag(false, scratch, 2);
  store<u64>(scratch, 0);
  return v;
}

// The payload of n bytes at `at` (ext type already read) as a value.
function extValue(type: i32, n: u32): Value {
  if (!has(n)) return truncated();
  if (type != EXT_INT) {
    const mark = bufLen;
    bufLit("unsupported MessagePack ext type ");
    // one signed byte: at most "-128"
    if (type < 0) { bufByte(0x2D); type = -type; }
    if (type >= 100) bufByte(0x30 + type / 100);
    if (type >= 10) bufByte(0x30 + (type / 10) % 10);
    bufByte(0x30 + type % 10);
    raiseBuf(ValueError, mark);
    return 0;
  }
  const v = intFromTwos(at, n, false, true);
  at += n;
  return v;
}

// A container of n items (a map: n pairs), each at least one byte: a header claiming more
// than the bytes left is malformed, refused before anything is allocated.
function container(isMap: bool, n: u32, d: u32): Value {
  if (!has(isMap ? <u64>n * 2 : <u64>n)) return truncated();
  if (d == MAX_DEPTH) return malformed("MessagePack value nested more than 100 deep");
  const c = isMap ? dictNew() : listNew(n);
  if (!c) { raiseMemoryError(); return 0; }
  if (!n) return c;
  const s = slot(d);
  store<u32>(s, c);
  store<u32>(s, isMap ? n * 2 : n, 4);
  store<u32>(s, 0, 8);
  depth = d + 1;
  return c;
}

// The value at `at`; a non-empty array or map is returned pushed at depth d (`depth` says).
function getOne(d: u32): Value {
  depth = d;
  if (!has(1)) return truncated();
  const b = get8();
  if (b <= 0x7F) return fromSmall(<i32>b);
  if (b >= 0xE0) return fromSmall(<i32>b - 256);
  if (b <= 0x8F) return container(true, b & 15, d);
  if (b <= 0x9F) return container(false, b & 15, d);
  let n: i64 = 0;
  if (b <= 0xBF) n = b & 31;
  else if (b >= 0xD9 && b <= 0xDB) n = getLen(1 << (b - 0xD9));
  if (b <= 0xBF || (b >= 0xD9 && b <= 0xDB)) {
    if (n < 0 || !has(<u64>n)) return truncated();
    if (!utf8Valid(at, <u32>n)) return malformed("MessagePack str is not valid UTF-8");
    const s = strFromBytes(at, <u32>n);
    at += <u32>n;
    if (!s) raiseMemoryError();
    return s;
  }
  switch (b) {
    case 0xC0: return single(None);
    case 0xC2: return single(False);
    case 0xC3: return single(True);
    case 0xC4: case 0xC5: case 0xC6: {
      n = getLen(1 << (b - 0xC4));
      if (n < 0 || !has(<u64>n)) return truncated();
      const v = bytesFrom(at, <u32>n);
      at += <u32>n;
      if (!v) raiseMemoryError();
      return v;
    }
    case 0xC7: case 0xC8: case 0xC9: {
      n = getLen(1 << (b - 0xC7));
      if (n < 0 || !has(1)) return truncated();
      const type = <i32><i8>get8();
      return extValue(type, <u32>n);
    }
    case 0xCA: case 0xCB: {
      if (!has(b == 0xCA ? 4 : 8)) return truncated();
      const f = b == 0xCA ? <f64>reinterpret<f32>(get32()) : reinterpret<f64>(get64());
      const v = floatNew(f);
      if (!v) raiseMemoryError();
      return v;
    }
    case 0xCC: return has(1) ? fromSmall(<i32>get8()) : truncated();
    case 0xCD: return has(2) ? fromSmall(<i32>get16()) : truncated();
    case 0xCE: return has(4) ? boxed(intFromI64(<i64>get32())) : truncated();
    case 0xCF: return has(8) ? boxed(intFromU64(get64())) : truncated();
    case 0xD0: return has(1) ? fromSmall(<i32><i8>get8()) : truncated();
    case 0xD1: return has(2) ? fromSmall(<i32><i16>get16()) : truncated();
    case 0xD2: return has(4) ? boxed(intFromI64(<i64><i32>get32())) : truncated();
    case 0xD3: return has(8) ? boxed(intFromI64(<i64>get64())) : truncated();
    case 0xD4: case 0xD5: case 0xD6: case 0xD7: case 0xD8: {
      if (!has(1)) return truncated();
      const type = <i32><i8>get8();
      return extValue(type, 1 << (b - 0xD4));
    }
    case 0xDC: case 0xDD: case 0xDE: case 0xDF: {
      n = getLen(b & 1 ? 4 : 2);
      if (n < 0) return truncated();
      return container(b >= 0xDE, <u32>n, d);
    }
  }
  // 0xC1 is never used
  return malformed("invalid MessagePack byte 0xc1");
}

@inline function single(v: Value): Value { increfCall(v); return v; }

// A boxed int, or MemoryError.
function boxed(v: Value): Value { if (!v) raiseMemoryError(); return v; }

// Places x (taken) into the innermost container being read; finished containers are placed
// into theirs in turn. Returns the depth still open, with `result` set when it reaches 0;
// -1 with an exception pending (x released).
function place(x: Value, dIn: u32): i32 {
  let d = dIn;
  while (d > 0) {
    const s = slot(d - 1), c = load<u32>(s), left = load<u32>(s, 4);
    if (kindOfCall(c) == Kind.LIST) {
      const l = asList(c);
      store<u32>(l.items + (l.len << 2), x);
      l.len++;
    } else if (left & 1) {
      const key = load<u32>(s, 8);
      store<u32>(s, 0, 8);
      const ok = dictSet(c, key, x);
      decrefCall(key);
      decrefCall(x);
      if (!ok) { raiseMemoryError(); return -1; }
    } else {
      const k = isSmall(x) ? Kind.INT : kindOfCall(x);
      if (k != Kind.INT && k != Kind.STR) {
        const mark = bufLen;
        bufLit("MessagePack map key must be str or int, not '");
        bufTypeName(x);
        bufLit("'");
        decrefCall(x);
        raiseBuf(ValueError, mark);
        return -1;
      }
      store<u32>(s, x, 8);
    }
    store<u32>(s, left - 1, 4);
    if (left > 1) return <i32>d;
    // finished: it goes into its own container
    x = c;
    store<u32>(s, 0);
    d--;
  }
  result = x;
  return 0;
}

// Decodes the one MessagePack value filling [ptr, ptr+len) into a new reference, or 0 with
// ValueError (malformed, truncated or trailing bytes, nesting past MAX_DEPTH) or MemoryError
// pending; nothing built is kept on failure. The input is only read: it may be anywhere in
// linear memory (the text builder is written only for an error message, once reading is over).
export function decodeValue(ptr: u32, len: u32): Value {
  at = ptr;
  end = ptr + len;
  result = 0;
  let d: u32 = 0;
  let ok = true;
  do {
    const x = getOne(d);
    if (!x) { ok = false; break; }
    const inner = depth;
    if (inner > d) { d = inner; continue; }  // an array or map with items: read them
    const r = place(x, d);
    if (r < 0) { ok = false; break; }
    d = <u32>r;
  } while (d > 0);
  // what was still being built, innermost first (each open container is held only here)
  while (d > 0) {
    d--;
    const s = slot(d);
    decrefCall(load<u32>(s));
    decrefCall(load<u32>(s, 8));
  }
  memory.fill(stack, 0, MAX_DEPTH * ENTRY);
  depth = 0;
  let v = result;
  result = 0;
  if (ok && at != end) { decrefCall(v); v = malformed("trailing bytes after a MessagePack value"); }
  at = 0;
  end = 0;
  return ok ? v : 0;
}
