// obj[key], obj[key] = v, del obj[key] for the builtin containers, slices included.
import { Value, Kind, isSmall, smallValue, fromSmall } from "../objects/object";
import { dataOf, lenOf, bytesLike, byteArg, isBytesLike, byteArraySplice, asByteArray, bytesFromInts } from "../objects/bytes";
import { kindOf, typeOf, listType, tupleType, dictType, strType } from "../objects/type";
import { intFromI64, intValue, isIntLike, intFitsI64 } from "../objects/int";
import { asStr, strCharAt, strNew, STR_HEADER, charOffset, strFromBytes, emptyStr, Lit, litLen } from "../objects/str";
import { tupleNew, tupleLen, tupleGet, tupleSet, emptyTuple, TUPLE_HEADER } from "../objects/tuple";
import { listNew, listLen, listGet, asList, listReserve } from "../objects/list";
import { dictGet, dictSet, dictPop } from "../objects/dict";
import { asRange, rangeLen, asSlice } from "../objects/range";
import { rangeSlice } from "../builtins/ranges";
import { None } from "../objects/singletons";
import { incref, decref } from "../memory/refcount";
import { raiseLit, raiseMemoryError, raiseWith, raiseTypeMsg, raiseTypeBare, raiseBuf, curExc } from "../objects/errors";
import { IndexError, KeyError, TypeError, ValueError } from "../objects/exception";
import { listOf } from "./iterate";
import { writeI64 } from "../objects/repr";
import { bufLit, bufLen } from "../objects/buf";

// Resolved slice bounds (CPython's PySlice_Unpack + AdjustIndices).
let sStart: i64 = 0;
let sStop: i64 = 0;
let sStep: i64 = 1;
let sLen: i64 = 0;

@inline function sliceIndex(v: Value, dflt: i64): i64 {
  if (isSmall(v)) return smallValue(v);
  if (v == None) return dflt;
  return intValue(v);
}

// False with TypeError/ValueError pending.
export function resolveSlice(slice: Value, length: i64): bool {
  const s = asSlice(slice);
  for (let i = 0; i < 3; i++) {
    const v = i == 0 ? s.start : i == 1 ? s.stop : s.step;
    if (!isSmall(v) && v != None && !isIntLike(v)) {
      raiseLit(TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
  }
  const step = sliceIndex(s.step, 1);
  if (step == 0) { raiseLit(ValueError, "slice step cannot be zero"); return false; }
  let start: i64, stop: i64;
  if (step > 0) {
    start = sliceIndex(s.start, 0);
    stop = sliceIndex(s.stop, length);
    if (start < 0) { start += length; if (start < 0) start = 0; } else if (start > length) start = length;
    if (stop < 0) { stop += length; if (stop < 0) stop = 0; } else if (stop > length) stop = length;
    sLen = stop > start ? (stop - start - 1) / step + 1 : 0;
  } else {
    start = sliceIndex(s.start, length - 1);
    stop = sliceIndex(s.stop, -length - 1);
    if (start < 0) { start += length; if (start < 0) start = -1; } else if (start >= length) start = length - 1;
    if (stop < 0) { stop += length; if (stop < 0) stop = -1; } else if (stop >= length) stop = length - 1;
    sLen = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  }
  sStart = start; sStop = stop; sStep = step;
  return true;
}

// A normalised index in [0, n), or -1 with IndexError pending.
function index(key: Value, n: i64, what: Lit): i64 {
  if (!intFitsI64(key)) { raiseLit(IndexError, "cannot fit 'int' into an index-sized integer"); return -1; }
  let i = intValue(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    const mark = bufLen;
    bufLit(what);
    bufLit(litLen(what) ? " index out of range" : "index out of range");
    raiseBuf(IndexError, mark);
    return -1;
  }
  return i;
}

function sliceSeq(obj: Value, k: u32, slice: Value): Value {
  if (k == Kind.BYTES || k == Kind.BYTEARRAY) {
    if (!resolveSlice(slice, lenOf(obj))) return 0;
    const p = dataOf(obj);
    let v: Value;
    if (sStep == 1) v = bytesLike(obj, p + <u32>sStart, <u32>sLen);
    else {
      v = bytesLike(obj, p, <u32>sLen); // then overwritten in step order
      if (v) for (let i: i64 = 0, j = sStart; i < sLen; i++, j += sStep) store<u8>(dataOf(v) + <u32>i, load<u8>(p + <u32>j));
    }
    if (!v) raiseMemoryError();
    return v;
  }
  if (k == Kind.STR) {
    const s = asStr(obj);
    if (!resolveSlice(slice, s.nchars)) return 0;
    if (sLen == 0) { incref(emptyStr); return emptyStr; }
    if (s.nchars == s.len) {
      if (sStep == 1) {
        const v = strFromBytes(obj + STR_HEADER + <u32>sStart, <u32>sLen);
        if (!v) raiseMemoryError();
        return v;
      }
      const v = strNew(<u32>sLen);
      if (!v) { raiseMemoryError(); return 0; }
      for (let i: i64 = 0, j = sStart; i < sLen; i++, j += sStep) store<u8>(v + STR_HEADER + <u32>i, load<u8>(obj + STR_HEADER + <u32>j));
      return v;
    }
    if (sStep == 1) {
      const a = charOffset(obj, <u32>sStart), b = charOffset(obj, <u32>(sStart + sLen));
      const v = strFromBytes(obj + STR_HEADER + a, b - a);
      if (!v) raiseMemoryError();
      return v;
    }
    // non-ASCII with a step: join the characters
    const l = listNew(<u32>sLen);
    if (!l) { raiseMemoryError(); return 0; }
    let total: u32 = 0;
    for (let i: i64 = 0, j = sStart; i < sLen; i++, j += sStep) {
      const c = strCharAt(obj, <u32>j);
      if (!c) { decref(l); raiseMemoryError(); return 0; }
      store<u32>(asList(l).items + (<u32>i << 2), c);
      asList(l).len++;
      total += asStr(c).len;
    }
    const v = strNew(total);
    if (!v) { decref(l); raiseMemoryError(); return 0; }
    let at: u32 = 0;
    for (let i: u32 = 0; i < <u32>sLen; i++) {
      const c = listGet(l, i);
      memory.copy(v + STR_HEADER + at, c + STR_HEADER, asStr(c).len);
      at += asStr(c).len;
    }
    asStr(v).nchars = <u32>sLen;
    decref(l);
    return v;
  }
  const isList = k == Kind.LIST;
  const n: i64 = isList ? listLen(obj) : tupleLen(obj);
  if (!resolveSlice(slice, n)) return 0;
  if (isList) {
    const l = listNew(<u32>sLen);
    if (!l) { raiseMemoryError(); return 0; }
    for (let i: i64 = 0, j = sStart; i < sLen; i++, j += sStep) {
      const x = listGet(obj, <u32>j);
      incref(x);
      store<u32>(asList(l).items + (<u32>i << 2), x);
    }
    asList(l).len = <u32>sLen;
    return l;
  }
  if (sLen == 0) { incref(emptyTuple); return emptyTuple; }
  if (sStep == 1 && sLen == n) { incref(obj); return obj; }
  const t = tupleNew(<u32>sLen);
  if (!t) { raiseMemoryError(); return 0; }
  for (let i: i64 = 0, j = sStart; i < sLen; i++, j += sStep) {
    const x = tupleGet(obj, <u32>j);
    incref(x);
    tupleSet(t, <u32>i, x);
  }
  return t;
}

function keyError(key: Value): void {
  incref(key);
  raiseWith(KeyError, key);
}

function badIndex(obj: Value, key: Value, what: Lit): Value {
  raiseTypeBare(what, " indices must be integers or slices, not ", key);
  return 0;
}

// The interpreter's fast paths for xs[i] and xs[i] = v: an exact list or tuple (a subclass may
// define __getitem__) and a small int index in range, negative ones counted from the end.
// The item's address (a list's slot, a tuple's field), or 0 for anything else: the generic path
// then runs (and raises what it raises).
@inline export function seqSlotFast(o: Value, key: Value, lists: bool): u32 {
  if (!isSmall(key) || isSmall(o)) return 0;
  const t = typeOf(o);
  let items: u32, n: u32;
  if (t == listType) { items = asList(o).items; n = asList(o).len; }
  else if (!lists && t == tupleType) { items = o + TUPLE_HEADER; n = tupleLen(o); }
  else return 0;
  let i = smallValue(key);
  if (i < 0) i += <i32>n;
  return <u32>i < n ? items + (<u32>i << 2) : 0;
}

// An exact dict and an exact str key (richards' r["count"]): hashing cannot fail or run Python.
@inline export function dictStrFast(o: Value, key: Value): bool {
  return !isSmall(o) && !isSmall(key) && typeOf(o) == dictType && typeOf(key) == strType;
}

export function getItem(obj: Value, key: Value): Value {
  const k = kindOf(obj);
  const kk = kindOf(key);
  switch (k) {
    case Kind.LIST: case Kind.TUPLE: case Kind.STR: {
      if (kk == Kind.SLICE) return sliceSeq(obj, k, key);
      const what: Lit = k == Kind.LIST ? "list" : k == Kind.TUPLE ? "tuple" : "string";
      if (kk != Kind.INT && kk != Kind.BOOL) return badIndex(obj, key, what);
      if (k == Kind.LIST) {
        const i = index(key, listLen(obj), what);
        if (i < 0) return 0;
        const x = listGet(obj, <u32>i);
        incref(x);
        return x;
      }
      if (k == Kind.TUPLE) {
        const i = index(key, tupleLen(obj), what);
        if (i < 0) return 0;
        const x = tupleGet(obj, <u32>i);
        incref(x);
        return x;
      }
      const i = index(key, asStr(obj).nchars, what);
      if (i < 0) return 0;
      const c = strCharAt(obj, <u32>i);
      if (!c) raiseMemoryError();
      return c;
    }
    case Kind.BYTES: case Kind.BYTEARRAY: {
      if (kk == Kind.SLICE) return sliceSeq(obj, k, key);
      const ba = k == Kind.BYTEARRAY;
      if (kk != Kind.INT && kk != Kind.BOOL) return badIndex(obj, key, ba ? "bytearray" : "byte");
      const i = index(key, lenOf(obj), ba ? "bytearray" : "");
      if (i < 0) return 0;
      return fromSmall(load<u8>(dataOf(obj) + <u32>i));
    }
    case Kind.DICT: {
      const v = dictGet(obj, key);
      if (v) { incref(v); return v; }
      if (!curExc) keyError(key);
      return 0;
    }
    case Kind.RANGE: {
      const r = asRange(obj);
      const n = rangeLen(r.start, r.stop, r.step);
      if (kk == Kind.SLICE) {
        if (!resolveSlice(key, n)) return 0;
        return rangeSlice(r, sStart, sStop, sStep, sLen);
      }
      if (kk != Kind.INT && kk != Kind.BOOL) return badIndex(obj, key, "range");
      // range items are computed from ints of any size in CPython: a huge index is just out of range
      const i = intFitsI64(key) ? index(key, n, "range object") : index(fromSmall(-1), 0, "range object");
      if (i < 0) return 0;
      const v = intFromI64(r.start + i * r.step);
      if (!v) raiseMemoryError();
      return v;
    }
  }
  raiseTypeMsg("", obj, " object is not subscriptable");
  return 0;
}

// Replace list[slice] with the items of an iterable. False with an exception pending.
function setSlice(l: Value, slice: Value, v: Value): bool {
  const n: i64 = listLen(l);
  if (!resolveSlice(slice, n)) return false;
  const lo = asList(l);
  const vt = typeOf(v);
  if (v != l && (vt == listType || vt == tupleType)) {
    // another exact list or tuple of the slice's length (fannkuch's perm[:k+1] = perm[k::-1]):
    // its items replace the slice's one by one, no copy made
    const m: u32 = vt == listType ? listLen(v) : tupleLen(v);
    if (<i64>m == sLen) {
      const src = vt == listType ? asList(v).items : v + TUPLE_HEADER;
      replaceItems(l, src, m);
      return true;
    }
  }
  const items = listOf(v);
  if (!items) return false;
  const m: i64 = listLen(items);
  if (sStep == 1) {
    const start = sStart;
    const stop = sStop < sStart ? sStart : sStop;
    const newLen = <u32>(n - (stop - start) + m);
    if (!listReserve(l, newLen)) { decref(items); raiseMemoryError(); return false; }
    // release the replaced items after the move, so a finalizer sees a consistent list
    const old = listNew(<u32>(stop - start));
    if (!old) { decref(items); raiseMemoryError(); return false; }
    for (let i = start; i < stop; i++) listSetRawAppend(old, listGet(l, <u32>i));
    const tail = <u32>(n - stop);
    memory.copy(lo.items + (<u32>(start + m) << 2), lo.items + (<u32>stop << 2), tail << 2);
    for (let i: i64 = 0; i < m; i++) {
      const x = listGet(items, <u32>i);
      incref(x);
      store<u32>(lo.items + (<u32>(start + i) << 2), x);
    }
    lo.len = newLen;
    decref(old);
    decref(items);
    return true;
  }
  if (m != sLen) {
    const mark = bufLen;
    bufLit("attempt to assign sequence of size ");
    writeI64(m);
    bufLit(" to extended slice of size ");
    writeI64(sLen);
    raiseBuf(ValueError, mark);
    decref(items);
    return false;
  }
  replaceItems(l, asList(items).items, <u32>m);
  decref(items);
  return true;
}

// The resolved slice's sLen items of l replaced by the m items at src; each slot holds an item
// throughout, so the list is whole whenever a count drops. The replaced items are released in
// CPython's order: last first for a plain slice (list_ass_slice), in step order for an
// extended one.
function replaceItems(l: Value, src: u32, m: u32): void {
  const items = asList(l).items;
  const back = sStep == 1;
  for (let k: u32 = 0; k < m; k++) {
    const i = back ? m - 1 - k : k;
    const j = <u32>(sStart + <i64>i * sStep);
    const x = load<u32>(src + (i << 2));
    incref(x);
    const old = load<u32>(items + (j << 2));
    store<u32>(items + (j << 2), x);
    decref(old);
  }
}

function listSetRawAppend(l: Value, x: Value): void {
  const o = asList(l);
  store<u32>(o.items + (o.len << 2), x);
  o.len++;
}

// False with an exception pending. v is borrowed.
export function setItem(obj: Value, key: Value, v: Value): bool {
  const k = kindOf(obj);
  if (k == Kind.LIST) {
    const kk = kindOf(key);
    if (kk == Kind.SLICE) return setSlice(obj, key, v);
    if (kk != Kind.INT && kk != Kind.BOOL) { badIndex(obj, key, "list"); return false; }
    const i = index(key, listLen(obj), "list assignment");
    if (i < 0) return false;
    const p = asList(obj).items + (<u32>i << 2);
    const old = load<u32>(p);
    incref(v);
    store<u32>(p, v);
    decref(old);
    return true;
  }
  if (k == Kind.DICT) {
    if (!dictSet(obj, key, v)) { if (!curExc) raiseMemoryError(); return false; }
    return true;
  }
  if (k == Kind.BYTEARRAY) return setByteArrayItem(obj, key, v);
  raiseTypeMsg("", obj, " object does not support item assignment");
  return false;
}

export function delItem(obj: Value, key: Value): bool {
  const k = kindOf(obj);
  if (k == Kind.LIST) {
    const kk = kindOf(key);
    const lo = asList(obj);
    if (kk == Kind.SLICE) {
      if (!resolveSlice(key, lo.len)) return false;
      if (sLen == 0) return true;
      // keep the survivors in order, release the rest afterwards
      const gone = listNew(<u32>sLen);
      if (!gone) { raiseMemoryError(); return false; }
      let w: u32 = 0;
      let nextDel = sStep > 0 ? sStart : sStart + (sLen - 1) * sStep;
      const stepAbs = sStep > 0 ? sStep : -sStep;
      let removed: i64 = 0;
      for (let r: u32 = 0; r < lo.len; r++) {
        const x = load<u32>(lo.items + (r << 2));
        if (removed < sLen && <i64>r == nextDel) {
          listSetRawAppend(gone, x);
          removed++;
          nextDel += stepAbs;
        } else {
          store<u32>(lo.items + (w << 2), x);
          w++;
        }
      }
      lo.len = w;
      decref(gone);
      return true;
    }
    if (kk != Kind.INT && kk != Kind.BOOL) { badIndex(obj, key, "list"); return false; }
    const i = index(key, lo.len, "list assignment");
    if (i < 0) return false;
    const old = listGet(obj, <u32>i);
    memory.copy(lo.items + (<u32>i << 2), lo.items + ((<u32>i + 1) << 2), (lo.len - <u32>i - 1) << 2);
    lo.len--;
    decref(old);
    return true;
  }
  if (k == Kind.BYTEARRAY) {
    const kk = kindOf(key);
    if (kk == Kind.SLICE) return setByteArrayItem(obj, key, 0);
    if (kk != Kind.INT && kk != Kind.BOOL) { badIndex(obj, key, "bytearray"); return false; }
    const i = index(key, lenOf(obj), "bytearray");
    return i >= 0 && byteArraySplice(obj, <u32>i, 1, 0, 0);
  }
  if (k == Kind.DICT) {
    const old = dictPop(obj, key);
    if (!old) { if (!curExc) keyError(key); return false; }
    decref(old);
    return true;
  }
  raiseTypeMsg("", obj, " object doesn't support item deletion");
  return false;
}

// bytearray[i] = int, bytearray[slice] = bytes-like or iterable of ints (v == 0: del). False with an
// exception pending.
function setByteArrayItem(ba: Value, key: Value, v: Value): bool {
  const kk = kindOf(key);
  if (kk == Kind.SLICE) return setByteArraySlice(ba, key, v);
  if (kk != Kind.INT && kk != Kind.BOOL) { badIndex(ba, key, "bytearray"); return false; }
  const i = index(key, lenOf(ba), "bytearray");
  if (i < 0) return false;
  if (!isIntLike(v)) { raiseTypeMsg("", v, " object cannot be interpreted as an integer"); return false; }
  const c = byteArg(v);
  if (c < 0) return false;
  store<u8>(asByteArray(ba).data + <u32>i, <u8>c);
  return true;
}

function setByteArraySlice(ba: Value, slice: Value, v: Value): bool {
  if (!resolveSlice(slice, lenOf(ba))) return false;
  // the new bytes, copied first (v may be ba itself)
  let src: Value = 0;
  if (!v) src = bytesLike(ba, 0, 0);
  else if (isBytesLike(v)) src = bytesLike(ba, dataOf(v), lenOf(v));
  else if (isIntLike(v) || kindOf(v) == Kind.STR) {
    raiseLit(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  } else {
    const items = listOf(v);
    if (!items) return false;
    src = bytesFromInts(items, Kind.BYTEARRAY, false);
    decref(items);
    if (!src) return false;
  }
  if (!src) { raiseMemoryError(); return false; }
  const m: i64 = lenOf(src);
  let ok = true;
  if (sStep == 1) {
    const stop = sStop < sStart ? sStart : sStop;
    ok = byteArraySplice(ba, <u32>sStart, <u32>(stop - sStart), dataOf(src), <u32>m);
    if (!ok) raiseMemoryError();
  } else if (!v) {
    // del with a step: keep the bytes not on the slice
    const p = asByteArray(ba).data, n = lenOf(ba);
    const first = sStep > 0 ? sStart : sStart + (sLen - 1) * sStep, stepAbs = sStep > 0 ? sStep : -sStep;
    let w: u32 = 0;
    for (let r: u32 = 0; r < n; r++) {
      const d = <i64>r - first;
      if (d >= 0 && d % stepAbs == 0 && d / stepAbs < sLen) continue;
      store<u8>(p + w++, load<u8>(p + r));
    }
    asByteArray(ba).len = w;
  } else if (m != sLen) {
    const mark = bufLen;
    bufLit("attempt to assign bytes of size ");
    writeI64(m);
    bufLit(" to extended slice of size ");
    writeI64(sLen);
    raiseBuf(ValueError, mark);
    ok = false;
  } else {
    for (let i: i64 = 0, j = sStart; i < sLen; i++, j += sStep) store<u8>(asByteArray(ba).data + <u32>j, load<u8>(dataOf(src) + <u32>i));
  }
  decref(src);
  return ok;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function subscriptReset(): void { sStart = 0; sStop = 0; sStep = 1; sLen = 0; }
