// Iteration over builtin objects: iter(), next(), and the helpers built on them.
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOf, seqIterType, rangeIterType, dictIterType, typeOf, tupleType, listType } from "../objects/type";
import { intFromI64 } from "../objects/int";
import { intAdd } from "./intarith";
import { asStr, strCharAt, STR_HEADER, charStr, strFromBytes } from "../objects/str";
import { tupleNew, tupleLen, tupleGet, tupleSet, tupleFrom, tupleItems } from "../objects/tuple";
import { listNew, listLen, listGet, listAppend, asList } from "../objects/list";
import { asDict, dictNext, entryAt } from "../objects/dict";
import { asRange } from "../objects/range";
import { dataOf, lenOf } from "../objects/bytes";
import { iterNew, asIter, DictMode } from "../objects/iter";
import { incref, decref } from "../memory/refcount";
import { raiseTypeMsg, raiseMemoryError, raiseLit, raiseBuf, raiseTypeUnquoted } from "../objects/errors";
import { RuntimeError, ValueError, RecursionError } from "../objects/exception";
import { nestEnter, nestLeave } from "../objects/nesting";
import { writeI64 } from "../objects/repr";
import { bufLit, bufLen } from "../objects/buf";

// iter(v) as a new reference, or 0 with an exception pending.
export function getIter(v: Value): Value {
  const k = kindOf(v);
  let it: Value = 0;
  switch (k) {
    case Kind.LIST: case Kind.TUPLE: case Kind.STR: case Kind.BYTES: case Kind.BYTEARRAY:
      incref(v);
      it = iterNew(seqIterType, v, 0, 0, 0);
      break;
    case Kind.RANGE: {
      const r = asRange(v);
      it = iterNew(rangeIterType, 0, r.start, r.stop, r.step);
      break;
    }
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET:
      incref(v);
      it = iterNew(dictIterType, v, 0, DictMode.KEYS, <i64>asDict(v).used);
      break;
    case Kind.DICT_VIEW: {
      const d = asIter(v).a;
      incref(d);
      it = iterNew(dictIterType, d, 0, asIter(v).c, <i64>asDict(d).used);
      break;
    }
    case Kind.SEQ_ITER: case Kind.RANGE_ITER: case Kind.DICT_ITER: case Kind.ZIP: case Kind.ENUMERATE:
    case Kind.CHANNEL: // a channel iterates over what it receives (FOR_ITER receives)
    case Kind.GENERATOR: // resumed by FOR_ITER / next() in frames, never here
      incref(v);
      return v;
    default:
      raiseTypeMsg("", v, " object is not iterable");
      return 0;
  }
  if (!it) raiseMemoryError();
  return it;
}

// enumerate's next count (a new reference, or 0 with MemoryError raised), then one more. Like
// CPython it counts in ints of any size: `b` while the count fits in i64, then the int `c`.
function enumCount(e: Value): Value {
  const o = asIter(e);
  const big = <Value>o.c;
  const c = big ? big : intFromI64(o.b);
  if (!c) { raiseMemoryError(); return 0; }
  if (!big && o.b < i64.MAX_VALUE) { o.b++; return c; }
  const after = intAdd(c, fromSmall(1), false);
  if (!after) { if (!big) decref(c); return 0; }
  o.c = <i64>after; // (the enumerate's reference to a big count goes to the caller)
  return c;
}

// Set by iterNext when the iterator is exhausted (no exception is raised for that).
export let exhausted: bool = false;

// The next item of the iterator a zip or enumerate wraps: such wrappers nest as deep as a
// program builds them (objects/nesting.ts bounds the native recursion).
function innerNext(it: Value): Value {
  if (!nestEnter()) { raiseLit(RecursionError, "maximum recursion depth exceeded"); return 0; }
  const x = iterNext(it);
  nestLeave();
  return x;
}

// `for i, x in enumerate(xs)`: FOR_ITER with the UNPACK_SEQUENCE 2 after it, making no pair.
// The item goes to dst and the count to dst + 4, where unpacking the pair would put them. False
// with `exhausted` set at the end, or with an exception.
export function enumNextPair(e: Value, dst: u32): bool {
  exhausted = false;
  const x = innerNext(asIter(e).a);
  if (!x) return false;
  const c = enumCount(e);
  if (!c) { decref(x); return false; }
  store<u32>(dst, x);
  store<u32>(dst, c, 4);
  return true;
}

// The next item as a new reference; 0 with `exhausted` set at the end, or 0 with an exception.
export function iterNext(it: Value): Value {
  exhausted = false;
  const o = asIter(it);
  switch (kindOf(it)) {
    case Kind.SEQ_ITER: {
      const seq = o.a;
      const i = <u32>o.b;
      const k = kindOf(seq);
      if (k == Kind.LIST) {
        if (i >= listLen(seq)) break;
        o.b++;
        const x = listGet(seq, i);
        incref(x);
        return x;
      }
      if (k == Kind.TUPLE) {
        if (i >= tupleLen(seq)) break;
        o.b++;
        const x = tupleGet(seq, i);
        incref(x);
        return x;
      }
      if (k == Kind.BYTES || k == Kind.BYTEARRAY) {
        if (i >= lenOf(seq)) break;
        o.b++;
        return fromSmall(load<u8>(dataOf(seq) + i));
      }
      // str: b is a byte offset
      const s = asStr(seq);
      if (i >= s.len) break;
      const p = seq + STR_HEADER;
      let e = i + 1;
      while (e < s.len && (load<u8>(p + e) & 0xC0) == 0x80) e++;
      o.b = e;
      const x = e == i + 1 && load<u8>(p + i) < 128 ? charStr(load<u8>(p + i)) : strFromBytes(p + i, e - i);
      if (!x) raiseMemoryError();
      return x;
    }
    case Kind.RANGE_ITER: {
      const cur = o.b;
      if (o.d > 0 ? cur >= o.c : cur <= o.c) break;
      o.b = cur + o.d;
      const x = intFromI64(cur);
      if (!x) raiseMemoryError();
      return x;
    }
    case Kind.DICT_ITER: {
      const d = o.a;
      if (<i64>asDict(d).used != o.d) {
        o.d = -1; // stays broken, as in CPython
        raiseLit(RuntimeError, "dictionary changed size during iteration");
        return 0;
      }
      const i = dictNext(d, <u32>o.b);
      if (i < 0) break;
      o.b = i + 1;
      const e = entryAt(d, <u32>i);
      if (o.c == DictMode.KEYS) { const x = load<u32>(e, 4); incref(x); return x; }
      if (o.c == DictMode.VALUES) { const x = load<u32>(e, 8); incref(x); return x; }
      const t = tupleNew(2);
      if (!t) { raiseMemoryError(); return 0; }
      const kx = load<u32>(e, 4), vx = load<u32>(e, 8);
      incref(kx); incref(vx);
      tupleSet(t, 0, kx);
      tupleSet(t, 1, vx);
      return t;
    }
    case Kind.ZIP: {
      const its = o.a;
      const n = tupleLen(its);
      if (n == 0) break;
      const t = tupleNew(n);
      if (!t) { raiseMemoryError(); return 0; }
      for (let i: u32 = 0; i < n; i++) {
        const x = innerNext(tupleGet(its, i));
        if (!x) { decref(t); return 0; }
        tupleSet(t, i, x);
      }
      return t;
    }
    case Kind.ENUMERATE: {
      const x = innerNext(o.a);
      if (!x) return 0;
      const t = tupleNew(2);
      if (!t) { decref(x); raiseMemoryError(); return 0; }
      const c = enumCount(it);
      if (!c) { decref(x); decref(t); return 0; }
      tupleSet(t, 0, c);
      tupleSet(t, 1, x);
      return t;
    }
    case Kind.TYPE: case Kind.NONE: case Kind.BOOL: case Kind.INT: case Kind.FLOAT: case Kind.STR:
    case Kind.TUPLE: case Kind.LIST: case Kind.DICT: case Kind.BYTES: case Kind.BYTEARRAY:
      raiseTypeMsg("", it, " object is not an iterator");
      return 0;
    case Kind.GENERATOR: case Kind.INSTANCE: case Kind.CHANNEL:
      // Python code (or a receive) cannot run from here: callers collect such iterables first (a VM bug if not)
      raiseTypeMsg("", it, " object cannot be iterated by native code here");
      return 0;
  }
  exhausted = true;
  return 0;
}

// Appends every item of iterable to list l. False with an exception pending.
export function extendList(l: Value, iterable: Value): bool {
  const k = kindOf(iterable);
  if (k == Kind.LIST || k == Kind.TUPLE) {
    const n = k == Kind.LIST ? listLen(iterable) : tupleLen(iterable);
    for (let i: u32 = 0; i < n; i++) {
      const x = k == Kind.LIST ? listGet(iterable, i) : tupleGet(iterable, i);
      incref(x);
      if (!listAppend(l, x)) { raiseMemoryError(); return false; }
    }
    return true;
  }
  const it = getIter(iterable);
  if (!it) return false;
  while (true) {
    const x = iterNext(it);
    if (!x) { decref(it); return exhausted; }
    if (!listAppend(l, x)) { decref(it); raiseMemoryError(); return false; }
  }
  return true;
}

// A new list of the iterable's items, or 0 with an exception pending.
export function listOf(iterable: Value): Value {
  const l = listNew(0);
  if (!l) { raiseMemoryError(); return 0; }
  if (!extendList(l, iterable)) { decref(l); return 0; }
  return l;
}

// A tuple of the iterable's items (the same tuple if it is one).
export function tupleOf(iterable: Value): Value {
  const k = kindOf(iterable);
  if (k == Kind.TUPLE && typeOf(iterable) == tupleType) { incref(iterable); return iterable; } // a subclass's is copied
  const l = listOf(iterable);
  if (!l) return 0;
  const t = tupleFrom(asList(l).items, listLen(l));
  decref(l);
  if (!t) raiseMemoryError();
  return t;
}

// UNPACK_SEQUENCE: writes n new references to dst[n-1] … dst[0] order for the stack
// (item 0 ends on top). False with an exception pending.
export function unpack(seq: Value, n: u32, dst: u32): bool {
  // an exact tuple or list of the right length (`for a, b in pairs`): no list made
  const t = typeOf(seq);
  const exact = t == tupleType && tupleLen(seq) == n ? tupleItems(seq) : t == listType && listLen(seq) == n ? asList(seq).items : 0;
  if (exact) {
    for (let i: u32 = 0; i < n; i++) {
      const x = load<u32>(exact + (i << 2));
      incref(x);
      store<u32>(dst + ((n - 1 - i) << 2), x);
    }
    return true;
  }
  const ks = kindOf(seq);
  if (ks == Kind.INT || ks == Kind.FLOAT || ks == Kind.NONE || ks == Kind.BOOL) {
    raiseTypeUnquoted("cannot unpack non-iterable ", seq, " object");
    return false;
  }
  const items = listOf(seq);
  if (!items) return false;
  const have = listLen(items);
  if (have != n) {
    const mark = bufLen;
    if (have > n) {
      bufLit("too many values to unpack (expected ");
      writeI64(<i64>n);
      bufLit(")");
    } else {
      bufLit("not enough values to unpack (expected ");
      writeI64(<i64>n);
      bufLit(", got ");
      writeI64(<i64>have);
      bufLit(")");
    }
    raiseBuf(ValueError, mark);
    decref(items);
    return false;
  }
  for (let i: u32 = 0; i < n; i++) {
    const x = listGet(items, i);
    incref(x);
    store<u32>(dst + ((n - 1 - i) << 2), x);
  }
  decref(items);
  return true;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function iterateReset(): void { exhausted = false; }
