// set and frozenset: methods and operators. A set is a dict whose values are None (objects/set.ts).
import { Value, Kind, isSmall } from "../objects/object";
import { kindOfCall, setType, frozensetType } from "../objects/type";
import { dictGet, dictSet, dictPop, dictLen, dictNext, entryAt, dictClear, asDict, entryHash, dictGetHashed,
  dictSetHashed, dictPopHashed } from "../objects/dict";
import { setNew, frozensetNew } from "../objects/set";
import { None, True, False, pyBool } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseLit, raiseMemoryError, raiseWith, curExc, raiseTypeMsg } from "../objects/errors";
import { KeyError, TypeError } from "../objects/exception";
import { listOf } from "../vm/iterate";
import { asList } from "../objects/list";
import { positional, arity, onlyKeywords } from "./args";
import { into, def, typeDict } from "./registry";

export namespace SetM {
  export const ADD: u32 = 700;
  export const REMOVE: u32 = 701;
  export const DISCARD: u32 = 702;
  export const POP: u32 = 703;
  export const CLEAR: u32 = 704;
  export const COPY: u32 = 705;
  export const UNION: u32 = 706;
  export const INTERSECTION: u32 = 707;
  export const DIFFERENCE: u32 = 708;
  export const SYMMETRIC_DIFFERENCE: u32 = 709;
  export const ISSUBSET: u32 = 710;
  export const ISSUPERSET: u32 = 711;
  export const ISDISJOINT: u32 = 712;
  export const UPDATE: u32 = 713;
  export const INTERSECTION_UPDATE: u32 = 714;
  export const DIFFERENCE_UPDATE: u32 = 715;
  export const SYMMETRIC_DIFFERENCE_UPDATE: u32 = 716;
}

export function setsInit(): void {
  for (let i = 0; i < 2; i++) {
    into(typeDict(i == 0 ? setType : frozensetType));
    def("copy", SetM.COPY); def("union", SetM.UNION); def("intersection", SetM.INTERSECTION);
    def("difference", SetM.DIFFERENCE); def("symmetric_difference", SetM.SYMMETRIC_DIFFERENCE);
    def("issubset", SetM.ISSUBSET); def("issuperset", SetM.ISSUPERSET); def("isdisjoint", SetM.ISDISJOINT);
  }
  into(typeDict(setType));
  def("add", SetM.ADD); def("remove", SetM.REMOVE); def("discard", SetM.DISCARD); def("pop", SetM.POP);
  def("clear", SetM.CLEAR); def("update", SetM.UPDATE); def("intersection_update", SetM.INTERSECTION_UPDATE);
  def("difference_update", SetM.DIFFERENCE_UPDATE);
  def("symmetric_difference_update", SetM.SYMMETRIC_DIFFERENCE_UPDATE);
}

@inline export function isSet(v: Value): bool {
  if (isSmall(v) || !v) return false;
  const k = kindOfCall(v);
  return k == Kind.SET || k == Kind.FROZENSET;
}

// A set (or the set's own items) of any iterable; a new reference, 0 on error.
function asSetOf(v: Value): Value {
  if (isSet(v)) { increfCall(v); return v; }
  const items = listOf(v);
  if (!items) return 0;
  const s = setNew();
  if (!s) { decrefCall(items); raiseMemoryError(); return 0; }
  for (let i: u32 = 0; i < asList(items).len; i++) {
    if (!dictSet(s, load<u32>(asList(items).items + (i << 2)), None)) { decrefCall(items); decrefCall(s); if (!curExc) raiseMemoryError(); return 0; }
  }
  decrefCall(items);
  return s;
}

// The kind of set an operation on `a` returns.
function like(a: Value): Value { return kindOfCall(a) == Kind.FROZENSET ? frozensetNew() : setNew(); }

function copyInto(dst: Value, src: Value, keep: i32, other: Value): bool {
  // keep: 0 all, 1 those in other, -1 those not in other
  let i = dictNext(src, 0);
  while (i >= 0) {
    // stored hashes: a key whose hash is Python code is not hashed again
    const e = entryAt(src, <u32>i);
    const k = load<u32>(e, 4), h = entryHash(e);
    const inOther = other ? dictGetHashed(other, k, h) != 0 : false;
    if (keep == 0 || (keep == 1 && inOther) || (keep == -1 && !inOther)) {
      if (!dictSetHashed(dst, k, None, h)) { if (!curExc) raiseMemoryError(); return false; }
    }
    i = dictNext(src, <u32>i + 1);
  }
  return true;
}

// a op b for | & - ^ (op: 10, 9, 1, 11 as BINARY_OP numbers them); 0 with an error.
export function setBinary(op: u32, a: Value, b: Value): Value {
  const r = like(a);
  if (!r) { raiseMemoryError(); return 0; }
  let ok = true;
  if (op == 10) ok = copyInto(r, a, 0, 0) && copyInto(r, b, 0, 0);
  else if (op == 9) ok = copyInto(r, a, 1, b);
  else if (op == 1) ok = copyInto(r, a, -1, b);
  else ok = copyInto(r, a, -1, b) && copyInto(r, b, -1, a);
  if (!ok) { decrefCall(r); return 0; }
  return r;
}

function subset(a: Value, b: Value): bool {
  if (dictLen(a) > dictLen(b)) return false;
  let i = dictNext(a, 0);
  while (i >= 0) {
    const e = entryAt(a, <u32>i);
    if (!dictGetHashed(b, load<u32>(e, 4), entryHash(e))) return false;
    i = dictNext(a, <u32>i + 1);
  }
  return true;
}

// a <= b and friends (COMPARE_OP numbering): -1 unsupported, else 0/1.
export function setCompare(op: u32, a: Value, b: Value): i32 {
  switch (op) {
    case 0: return subset(a, b) && dictLen(a) < dictLen(b) ? 1 : 0;
    case 1: return subset(a, b) ? 1 : 0;
    case 2: return dictLen(a) == dictLen(b) && subset(a, b) ? 1 : 0;
    case 3: return dictLen(a) == dictLen(b) && subset(a, b) ? 0 : 1;
    case 4: return subset(b, a) && dictLen(b) < dictLen(a) ? 1 : 0;
    default: return subset(b, a) ? 1 : 0;
  }
}

export function callSetMethod(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (!isSet(self)) { raiseLit(TypeError, "descriptor requires a 'set' object"); return 0; }
  if (!onlyKeywords("set method", kw, "")) return 0;
  const npos = positional(n, kw);
  switch (id) {
    case SetM.ADD: if (!arity("add", npos, 1, 1)) return 0; return dictSet(self, load<u32>(args), None) ? None : (curExc ? 0 : (raiseMemoryError(), 0));
    case SetM.REMOVE: case SetM.DISCARD: {
      if (!arity(id == SetM.REMOVE ? "remove" : "discard", npos, 1, 1)) return 0;
      const old = dictPop(self, load<u32>(args));
      if (old) { decrefCall(old); return None; }
      if (curExc) return 0;
      if (id == SetM.DISCARD) return None;
      const k = load<u32>(args);
      increfCall(k);
      raiseWith(KeyError, k);
      return 0;
    }
    case SetM.POP: {
      const i = dictNext(self, 0);
      if (i < 0) { raiseLit(KeyError, "pop from an empty set"); return 0; }
      const e = entryAt(self, <u32>i);
      const k = load<u32>(e, 4);
      increfCall(k);
      decrefCall(dictPopHashed(self, k, entryHash(e)));
      return k;
    }
    case SetM.CLEAR: dictClear(self); return None;
    case SetM.COPY: { const r = like(self); if (!r || !copyInto(r, self, 0, 0)) { decrefCall(r); if (!curExc) raiseMemoryError(); return 0; } return r; }
    case SetM.UNION: case SetM.INTERSECTION: case SetM.DIFFERENCE: case SetM.SYMMETRIC_DIFFERENCE: {
      let acc = like(self);
      if (!acc || !copyInto(acc, self, 0, 0)) { decrefCall(acc); if (!curExc) raiseMemoryError(); return 0; }
      const op: u32 = id == SetM.UNION ? 10 : id == SetM.INTERSECTION ? 9 : id == SetM.DIFFERENCE ? 1 : 11;
      for (let i: u32 = 0; i < npos; i++) {
        const o = asSetOf(load<u32>(args + (i << 2)));
        if (!o) { decrefCall(acc); return 0; }
        const next = setBinary(op, acc, o);
        decrefCall(o);
        decrefCall(acc);
        if (!next) return 0;
        acc = next;
      }
      return acc;
    }
    case SetM.UPDATE: case SetM.INTERSECTION_UPDATE: case SetM.DIFFERENCE_UPDATE: case SetM.SYMMETRIC_DIFFERENCE_UPDATE: {
      for (let i: u32 = 0; i < npos; i++) {
        const o = asSetOf(load<u32>(args + (i << 2)));
        if (!o) return 0;
        if (id == SetM.UPDATE) { if (!copyInto(self, o, 0, 0)) { decrefCall(o); return 0; } }
        else {
          const r = setBinary(id == SetM.INTERSECTION_UPDATE ? 9 : id == SetM.DIFFERENCE_UPDATE ? 1 : 11, self, o);
          if (!r) { decrefCall(o); return 0; }
          dictClear(self);
          copyInto(self, r, 0, 0);
          decrefCall(r);
        }
        decrefCall(o);
      }
      return None;
    }
    case SetM.ISSUBSET: case SetM.ISSUPERSET: case SetM.ISDISJOINT: {
      if (!arity("issubset", npos, 1, 1)) return 0;
      const o = asSetOf(load<u32>(args));
      if (!o) return 0;
      let r = false;
      if (id == SetM.ISSUBSET) r = subset(self, o);
      else if (id == SetM.ISSUPERSET) r = subset(o, self);
      else {
        const x = setBinary(9, self, o);
        if (!x) { decrefCall(o); return 0; }
        r = dictLen(x) == 0;
        decrefCall(x);
      }
      decrefCall(o);
      return pyBool(r);
    }
  }
  raiseLit(TypeError, "unknown set method");
  return 0;
}
