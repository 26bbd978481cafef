// bytes and bytearray: their constructors, the methods that are theirs alone (the text methods
// they share with str are str's, in methods.ts), bytearray's mutators, str.encode and
// int.to_bytes/from_bytes.
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOfCall, bytesType, bytearrayType, strType, intType } from "../objects/type";
import { intValue, isIntLike, intFitsI64, intFromMag, viewInt, viewA } from "../objects/int";
import { magBitLength, magLowBits } from "../objects/bigint";
import { limbsAlloc, limbsFree } from "../vm/intarith";
import { asStr, STR_HEADER, strEqLiteral, Lit, litLen } from "../objects/str";
import { bytesInit, bytesOfKind, bytesCopy, bytesLike, isBytesLike, dataOf, lenOf, byteArg, byteArrayAppend,
  byteArraySplice, bytesFromInts, asByteArray } from "../objects/bytes";
import { None } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { bufLen, bufLit, bufByte, bufStr, bufTakeFailure, bufPtr, bufReset, bufFits } from "../objects/buf";
import { raiseLit, raiseBuf, raiseMemoryError, raiseTypeMsg, raiseTypeBare, takeExc } from "../objects/errors";
import { TypeError, ValueError, IndexError, OverflowError } from "../objects/exception";
import { getIter, listOf } from "../vm/iterate";
import { truthy } from "../vm/protocol";
import { positional, kwarg, onlyKeywords, arity, param, cIntArg } from "./args";
import { into, def, typeDict } from "./registry";
import { StrM } from "./methods";
import { codecOf, encode, decode } from "./codecs";
import { writeI64 } from "../objects/repr";

export namespace BytesM {
  export const BYTES_NEW: u32 = 900;
  export const BYTEARRAY_NEW: u32 = 901;
  export const DECODE: u32 = 902;
  export const HEX: u32 = 903;
  export const FROMHEX: u32 = 904;         // bytes.fromhex (called on the type)
  export const BA_FROMHEX: u32 = 905;      // bytearray.fromhex
  export const APPEND: u32 = 906;
  export const EXTEND: u32 = 907;
  export const POP: u32 = 908;
  export const INSERT: u32 = 909;
  export const REMOVE: u32 = 910;
  export const CLEAR: u32 = 911;
  export const REVERSE: u32 = 912;
  export const COPY: u32 = 913;
  export const ENCODE: u32 = 914;          // str.encode
  export const TO_BYTES: u32 = 915;        // int.to_bytes
  export const FROM_BYTES: u32 = 916;      // int.from_bytes (called on the type)
}

// The text methods bytes and bytearray share with str (same ids: methods.ts serves all three).
function defShared(): void {
  def("split", StrM.SPLIT); def("rsplit", StrM.RSPLIT); def("strip", StrM.STRIP); def("lstrip", StrM.LSTRIP);
  def("rstrip", StrM.RSTRIP); def("upper", StrM.UPPER); def("lower", StrM.LOWER); def("replace", StrM.REPLACE);
  def("startswith", StrM.STARTSWITH); def("endswith", StrM.ENDSWITH); def("find", StrM.FIND); def("rfind", StrM.RFIND);
  def("index", StrM.INDEX); def("rindex", StrM.RINDEX); def("count", StrM.COUNT); def("join", StrM.JOIN);
  def("isdigit", StrM.ISDIGIT); def("isalpha", StrM.ISALPHA); def("isspace", StrM.ISSPACE); def("isupper", StrM.ISUPPER);
  def("islower", StrM.ISLOWER); def("isalnum", StrM.ISALNUM); def("istitle", StrM.ISTITLE); def("title", StrM.TITLE);
  def("capitalize", StrM.CAPITALIZE); def("swapcase", StrM.SWAPCASE); def("zfill", StrM.ZFILL); def("center", StrM.CENTER);
  def("ljust", StrM.LJUST); def("rjust", StrM.RJUST); def("splitlines", StrM.SPLITLINES); def("partition", StrM.PARTITION);
  def("rpartition", StrM.RPARTITION); def("removeprefix", StrM.REMOVEPREFIX); def("removesuffix", StrM.REMOVESUFFIX);
  def("expandtabs", StrM.EXPANDTABS); def("decode", BytesM.DECODE); def("hex", BytesM.HEX);
}

export function bytesBuiltinsInit(): void {
  bytesInit();
  into(typeDict(bytesType));
  defShared();
  def("fromhex", BytesM.FROMHEX);
  into(typeDict(bytearrayType));
  defShared();
  def("fromhex", BytesM.BA_FROMHEX); def("append", BytesM.APPEND); def("extend", BytesM.EXTEND);
  def("pop", BytesM.POP); def("insert", BytesM.INSERT); def("remove", BytesM.REMOVE); def("clear", BytesM.CLEAR);
  def("reverse", BytesM.REVERSE); def("copy", BytesM.COPY);
  into(typeDict(strType));
  def("encode", BytesM.ENCODE);
  into(typeDict(intType));
  def("to_bytes", BytesM.TO_BYTES); def("from_bytes", BytesM.FROM_BYTES);
}

function result(v: Value): Value { if (!v) raiseMemoryError(); return v; }

// bytes(...) / bytearray(...): nothing, a count, a str with its encoding, a bytes-like, or an
// iterable of ints (generators were collected into a list by dispatch).
function construct(k: u32, args: u32, n: u32, kw: Value): Value {
  const name: Lit = k == Kind.BYTES ? "bytes" : "bytearray";
  if (!onlyKeywords(name, kw, "source,encoding,errors")) return 0;
  const npos = positional(n, kw);
  if (!arity(name, npos, 0, 3)) return 0;
  const src = param(args, n, kw, 0, "source"), enc = param(args, n, kw, 1, "encoding"), errs = param(args, n, kw, 2, "errors");
  if (!src) return result(bytesOfKind(k, 0));
  if (kindOfCall(src) == Kind.STR) {
    if (!enc) { raiseLit(TypeError, "string argument without an encoding"); return 0; }
    const codec = codecOf(enc, k == Kind.BYTES ? "bytes() argument 'encoding' must be str, not " : "bytearray() argument 'encoding' must be str, not ");
    if (codec < 0) return 0;
    const b = encode(src, codec, errs);
    if (!b || k == Kind.BYTES) return b;
    const ba = result(bytesCopy(k, dataOf(b), lenOf(b)));
    decrefCall(b);
    return ba;
  }
  if (enc) { raiseLit(TypeError, "encoding without a string argument"); return 0; }
  if (errs) { raiseLit(TypeError, "errors without a string argument"); return 0; }
  const sk = kindOfCall(src);
  if (sk == Kind.INT || sk == Kind.BOOL) {
    if (!intFitsI64(src)) { raiseLit(OverflowError, "cannot fit 'int' into an index-sized integer"); return 0; }
    const count = intValue(src);
    if (count < 0) { raiseLit(ValueError, "negative count"); return 0; }
    if (!bufFits(count)) { raiseMemoryError(); return 0; }
    const v = result(bytesOfKind(k, <u32>count));
    if (v) memory.fill(dataOf(v), 0, <u32>count);
    return v;
  }
  if (isBytesLike(src)) {
    if (k == Kind.BYTES && kindOfCall(src) == Kind.BYTES) { increfCall(src); return src; }
    return result(bytesCopy(k, dataOf(src), lenOf(src)));
  }
  const items = intsOf(src, "cannot convert ", k == Kind.BYTES ? " object to bytes" : " object to bytearray");
  if (!items) return 0;
  const v = bytesFromInts(items, k, k == Kind.BYTES);
  decrefCall(items);
  return v;
}

// The items of an iterable as a list, or 0 with a TypeError `prefix 'type' suffix` (the type
// unquoted for bytearray.extend, as CPython words it) if v is not iterable.
function intsOf(v: Value, prefix: Lit, suffix: Lit): Value {
  const it = getIter(v);
  if (!it) {
    decrefCall(takeExc());
    if (litLen(suffix)) raiseTypeMsg(prefix, v, suffix); else raiseTypeBare(prefix, "", v);
    return 0;
  }
  const items = listOf(it);
  decrefCall(it);
  return items;
}

const HEX = "0123456789abcdef";

function hex(b: Value, args: u32, npos: u32): Value {
  if (!arity("hex", npos, 0, 1)) return 0;
  let sep: u32 = 0;
  if (npos == 1) {
    const s = load<u32>(args);
    if (kindOfCall(s) != Kind.STR && !isBytesLike(s)) { raiseTypeMsg("object of type ", s, " has no len()"); return 0; }
    if (lenOf(s) != 1) { raiseLit(ValueError, "sep must be length 1."); return 0; }
    sep = load<u8>(dataOf(s));
  }
  const p = dataOf(b), n = lenOf(b);
  const mark = bufLen;
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (sep && i) bufByte(sep);
    bufByte(<u32>HEX.charCodeAt(c >> 4));
    bufByte(<u32>HEX.charCodeAt(c & 15));
  }
  return result(bufStr(mark));
}

function hexDigit(c: u32): i32 {
  if (c >= 48 && c <= 57) return <i32>c - 48;
  if (c >= 97 && c <= 102) return <i32>c - 87;
  if (c >= 65 && c <= 70) return <i32>c - 55;
  return -1;
}

@inline function isSpace(c: u32): bool { return c == 32 || (c >= 9 && c <= 13); }

function fromhex(k: u32, s: Value): Value {
  if (kindOfCall(s) != Kind.STR) { raiseTypeMsg("fromhex() argument must be str, not ", s, ""); return 0; }
  const p = s + STR_HEADER, n = asStr(s).len;
  const mark = bufLen;
  let i: u32 = 0;
  while (i < n) {
    const c = <u32>load<u8>(p + i);
    if (isSpace(c)) { i++; continue; }
    const hi = hexDigit(c);
    const lo = i + 1 < n ? hexDigit(load<u8>(p + i + 1)) : -1;
    if (hi < 0 || lo < 0) {
      bufReset(mark);
      const m = bufLen;
      bufLit("non-hexadecimal number found in fromhex() arg at position ");
      writeI64(<i64>(hi < 0 ? i : i + 1));
      raiseBuf(ValueError, m);
      return 0;
    }
    bufByte(<u32>(hi << 4 | lo));
    i += 2;
  }
  const v = bufTakeFailure() ? 0 : bytesCopy(k, bufPtr + mark, bufLen - mark);
  bufReset(mark);
  return result(v);
}

// int.to_bytes(length=1, byteorder='big', *, signed=False), from the magnitude's limbs.
function toBytes(x: Value, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("to_bytes", kw, "length,byteorder,signed")) return 0;
  const npos = positional(n, kw);
  if (!arity("to_bytes", npos, 0, 2)) return 0;
  const lv = param(args, n, kw, 0, "length"), ov = param(args, n, kw, 1, "byteorder");
  const sv = kwarg(args, n, kw, "signed");
  if (lv && !cIntArg(lv, 64, "ssize_t")) return 0;
  const len = lv ? intValue(lv) : 1;
  if (len < 0) { raiseLit(ValueError, "length argument must be non-negative"); return 0; }
  // the size first: `len * 8` below must not wrap
  if (!bufFits(len)) { raiseMemoryError(); return 0; }
  const little = byteOrder(ov);
  if (little < 0) return 0;
  const signed = sv != 0 && truthy(sv) == 1;
  viewInt(x, viewA);
  const neg = viewA.neg, mag = viewA.p, limbs = viewA.n;
  if (neg && !signed) { raiseLit(OverflowError, "can't convert negative int to unsigned"); return 0; }
  // does x fit in len bytes? Signed, the top bit is the sign: -2**(bits-1) still fits.
  const bits = <u64>len * 8, have = magBitLength(mag, limbs);
  // (CPython lets -1 through at length 0: b'')
  const fits = !signed ? have <= bits : have < bits || (neg && have == bits && !magLowBits(mag, limbs, <u32>(have - 1))) ||
    (neg && bits == 0 && have == 1);
  if (!fits && limbs) { raiseLit(OverflowError, "int too big to convert"); return 0; }
  const b = result(bytesOfKind(Kind.BYTES, <u32>len));
  if (!b) return 0;
  twosBytes(dataOf(b), !little, mag, limbs << 2, false, <u32>len, neg);
  return b;
}

// count bytes of a number in two's complement: byte k (least significant first) is the source's
// byte k (0 past srcLen; the source read backwards when srcRev), negated over all count bytes
// (~x + 1) when `neg`, written at dst + k (backwards when dstRev). The one conversion between
// sign and magnitude limbs and to_bytes/from_bytes' byte strings, in either direction.
export function twosBytes(dst: usize, dstRev: bool, src: usize, srcLen: u32, srcRev: bool, count: u32, neg: bool): void {
  let carry: u32 = neg ? 1 : 0;
  for (let k: u32 = 0; k < count; k++) {
    let x: u32 = k < srcLen ? <u32>load<u8>(src + (srcRev ? srcLen - 1 - k : k)) : 0;
    if (neg) { x = (~x & 0xFF) + carry; carry = x >> 8; }
    store<u8>(dst + (dstRev ? count - 1 - k : k), <u8>x);
  }
}

// 1 little, 0 big (the default), -1 with ValueError pending.
function byteOrder(v: Value): i32 {
  if (!v) return 0;
  if (kindOfCall(v) == Kind.STR) {
    if (strEqLiteral(v, "little")) return 1;
    if (strEqLiteral(v, "big")) return 0;
  } else { raiseTypeMsg("to_bytes() argument 'byteorder' must be str, not ", v, ""); return -1; }
  raiseLit(ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), of any size.
function fromBytes(args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("from_bytes", kw, "bytes,byteorder,signed")) return 0;
  const npos = positional(n, kw);
  if (!arity("from_bytes", npos, 0, 2)) return 0;
  const src = param(args, n, kw, 0, "bytes");
  if (!src) { raiseLit(TypeError, "from_bytes() missing required argument 'bytes' (pos 1)"); return 0; }
  const little = byteOrder(param(args, n, kw, 1, "byteorder"));
  if (little < 0) return 0;
  const sv = kwarg(args, n, kw, "signed");
  const signed = sv != 0 && truthy(sv) == 1;
  let b = src;
  if (kindOfCall(src) == Kind.STR || !isBytesLike(src)) {
    const items = kindOfCall(src) == Kind.STR ? 0 : intsOf(src, "cannot convert ", " object to bytes");
    if (kindOfCall(src) == Kind.STR) raiseTypeMsg("cannot convert ", src, " object to bytes");
    if (!items) return 0;
    b = bytesFromInts(items, Kind.BYTES, true);
    decrefCall(items);
    if (!b) return 0;
  } else increfCall(b);
  const v = intFromTwos(dataOf(b), lenOf(b), little == 1, signed);
  decrefCall(b);
  return v;
}

// The int of the len bytes at p (big-endian unless little; two's complement when signed), or 0
// with MemoryError raised: int.from_bytes, and a big int from the host (host/msgpack.ts).
export function intFromTwos(p: u32, len: u32, little: bool, signed: bool): Value {
  const top = len ? <u32>load<u8>(p + (little ? len - 1 : 0)) : 0;
  const neg = signed && (top & 0x80) != 0;
  // the magnitude in limbs (room for len bytes, rounded up to whole limbs)
  const room = (len + 3) >> 2;
  const r = limbsAlloc(room);
  if (!r) return 0;
  memory.fill(r, 0, <usize>room << 2);
  twosBytes(r, false, p, len, !little, len, neg);
  const v = intFromMag(neg, r, room);
  limbsFree(r, room);
  return result(v);
}

// decode(encoding='utf-8', errors='strict') / encode(...): the codec and handler arguments.
function codecCall(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  const name: Lit = id == BytesM.DECODE ? "decode" : "encode";
  if (!onlyKeywords(name, kw, "encoding,errors")) return 0;
  const npos = positional(n, kw);
  if (!arity(name, npos, 0, 2)) return 0;
  const enc = param(args, n, kw, 0, "encoding"), errs = param(args, n, kw, 1, "errors");
  const codec = codecOf(enc, id == BytesM.DECODE ? "decode() argument 'encoding' must be str, not " : "encode() argument 'encoding' must be str, not ");
  if (codec < 0) return 0;
  return id == BytesM.DECODE ? decode(self, codec, errs) : encode(self, codec, errs);
}

// A normalised index into ba for pop/insert; -1 with an exception pending (not an int, past
// ssize_t, out of range for pop).
function position(ba: Value, v: Value, dflt: i64, clamp: bool): i64 {
  const n = <i64>lenOf(ba);
  if (!v) return dflt;
  if (!cIntArg(v, 64, "ssize_t")) return -1;
  let i = intValue(v);
  if (i < 0) i += n;
  if (clamp) return i < 0 ? 0 : i > n ? n : i;
  if (i < 0 || i >= n) { raiseLit(IndexError, "pop index out of range"); return -1; }
  return i;
}

// An int argument as a byte, or -1 with an exception pending.
function byteOf(v: Value): i32 {
  if (!isIntLike(v)) { raiseTypeMsg("", v, " object cannot be interpreted as an integer"); return -1; }
  return byteArg(v);
}

function mutate(id: u32, ba: Value, args: u32, npos: u32): Value {
  const o = asByteArray(ba);
  switch (id) {
    case BytesM.APPEND: {
      if (!arity("append", npos, 1, 1)) return 0;
      const c = byteOf(load<u32>(args));
      if (c < 0) return 0;
      store<u8>(scratch, <u8>c);
      return byteArraySplice(ba, o.len, 0, scratch, 1) ? None : result(0);
    }
    case BytesM.EXTEND: {
      if (!arity("extend", npos, 1, 1)) return 0;
      const v = load<u32>(args);
      if (isBytesLike(v)) return byteArrayAppend(ba, v) ? None : result(0);
      const items = intsOf(v, "can't extend bytearray with ", "");
      if (!items) return 0;
      const b = bytesFromInts(items, Kind.BYTES, false);
      decrefCall(items);
      if (!b) return 0;
      const ok = byteArrayAppend(ba, b);
      decrefCall(b);
      return ok ? None : result(0);
    }
    case BytesM.POP: {
      if (!arity("pop", npos, 0, 1)) return 0;
      if (o.len == 0) { raiseLit(IndexError, "pop from empty bytearray"); return 0; }
      const i = position(ba, npos ? load<u32>(args) : 0, <i64>o.len - 1, false);
      if (i < 0) return 0;
      const c = load<u8>(o.data + <u32>i);
      byteArraySplice(ba, <u32>i, 1, 0, 0);
      return fromSmall(c);
    }
    case BytesM.INSERT: {
      if (!arity("insert", npos, 2, 2)) return 0;
      const i = position(ba, load<u32>(args), 0, true);
      if (i < 0) return 0;
      const c = byteOf(load<u32>(args, 4));
      if (c < 0) return 0;
      store<u8>(scratch, <u8>c);
      return byteArraySplice(ba, <u32>i, 0, scratch, 1) ? None : result(0);
    }
    case BytesM.REMOVE: {
      if (!arity("remove", npos, 1, 1)) return 0;
      const c = byteOf(load<u32>(args));
      if (c < 0) return 0;
      for (let i: u32 = 0; i < o.len; i++) {
        if (load<u8>(o.data + i) == <u8>c) { byteArraySplice(ba, i, 1, 0, 0); return None; }
      }
      raiseLit(ValueError, "value not found in bytearray");
      return 0;
    }
    case BytesM.CLEAR: if (!arity("clear", npos, 0, 0)) return 0; o.len = 0; return None;
    case BytesM.REVERSE: {
      if (!arity("reverse", npos, 0, 0)) return 0;
      for (let i: u32 = 0, j = o.len; i + 1 < j; i++, j--) {
        const a = load<u8>(o.data + i);
        store<u8>(o.data + i, load<u8>(o.data + j - 1));
        store<u8>(o.data + j - 1, a);
      }
      return None;
    }
    case BytesM.COPY: if (!arity("copy", npos, 0, 0)) return 0; return result(bytesLike(ba, o.data, o.len));
  }
  return 0;
}
const scratch: u32 = <u32>memory.data(4, 4);

function isMutator(id: u32): bool { return id >= BytesM.APPEND && id <= BytesM.COPY; }

export function callBytes(id: u32, selfIn: Value, argsIn: u32, nIn: u32, kw: Value): Value {
  let self = selfIn, args = argsIn, n = nIn;
  switch (id) {
    case BytesM.BYTES_NEW: return construct(Kind.BYTES, args, n, kw);
    case BytesM.BYTEARRAY_NEW: return construct(Kind.BYTEARRAY, args, n, kw);
    case BytesM.FROM_BYTES: return fromBytes(args, n, kw);
    case BytesM.FROMHEX: case BytesM.BA_FROMHEX: {
      if (!onlyKeywords("fromhex", kw, "") || !arity("fromhex", n, 1, 1)) return 0;
      return fromhex(id == BytesM.FROMHEX ? Kind.BYTES : Kind.BYTEARRAY, load<u32>(args));
    }
  }
  if (!self && n > 0) {
    // a method taken from its type (bytes.hex, int.to_bytes) gets self as its first argument
    self = load<u32>(args);
    args += 4;
    n--;
  }
  const sk = self ? kindOfCall(self) : 0;
  const want = id == BytesM.ENCODE ? Kind.STR : id == BytesM.TO_BYTES ? Kind.INT : isMutator(id) ? Kind.BYTEARRAY : 0;
  if (want ? sk != want && !(want == Kind.INT && sk == Kind.BOOL) : !isBytesLike(self)) {
    raiseLit(TypeError, "descriptor requires a bytes-like object");
    return 0;
  }
  if (id == BytesM.TO_BYTES) return toBytes(self, args, n, kw);
  if (id == BytesM.DECODE || id == BytesM.ENCODE) return codecCall(id, self, args, n, kw);
  if (!onlyKeywords(id == BytesM.HEX ? "hex" : "bytearray method", kw, "")) return 0;
  const npos = positional(n, kw);
  if (id == BytesM.HEX) return hex(self, args, npos);
  return mutate(id, self, args, npos);
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function bytesArgsReset(): void {
  memory.fill(scratch, 0, 4);
}
