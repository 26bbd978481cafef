// The `_weakref` module: weak references (objects/weakref.ts) as Python sees them. The containers
// (WeakValueDictionary, WeakKeyDictionary, WeakSet) and finalize are Python, in lib/weakref.py.
import { Value, Kind, isSmall } from "../objects/object";
import { tableHash } from "./keys";
import { kindOfCall, weakrefType } from "../objects/type";
import { None } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { listNew, listAppend } from "../objects/list";
import { raiseTypeMsg, raiseMemoryError, raiseBuf, curExc } from "../objects/errors";
import { bufLit, bufLen } from "../objects/buf";
import { writeI64 } from "../objects/repr";
import { TypeError } from "../objects/exception";
import { positional, arity, onlyKeywords } from "./args";
import { into, def, defValue, typeDict, PROPERTY } from "./registry";
import { asRef, weakrefable, weakrefNew, firstRef } from "../objects/weakref";

export namespace Wr {
  export const REF: u32 = 2700;
  export const GETWEAKREFS: u32 = 2702;
  export const CALLBACK: u32 = 2703 | PROPERTY;
  export const KEEP_HASH: u32 = 2704;
}

export function weakrefInit(d: Value): void {
  into(d);
  defValue("ref", weakrefType);
  def("getweakrefs", Wr.GETWEAKREFS);
  def("_keep_hash", Wr.KEEP_HASH);
  into(typeDict(weakrefType));
  def("__callback__", Wr.CALLBACK);
}

// ref(obj[, callback]): a new reference, or 0 with an exception pending.
function newRef(args: u32, npos: u32): Value {
  if (!arity("__new__", npos, 1, 2)) return 0;
  const v = load<u32>(args);
  if (!weakrefable(v)) { raiseTypeMsg("cannot create weak reference to ", v, " object"); return 0; }
  const cb = npos > 1 ? load<u32>(args, 4) : None;
  const r = weakrefNew(v, cb == None ? 0 : cb);
  if (!r) raiseMemoryError();
  return r;
}

// Calling a ref: its referent, or None once it died.
export function weakrefCall(r: Value, n: u32, kw: Value): Value {
  if (kw || n) {
    const mark = bufLen;
    bufLit("weakref expected 0 arguments, got ");
    writeI64(<i64>n);
    raiseBuf(TypeError, mark);
    return 0;
  }
  const v = asRef(r).referent;
  const x = v ? v : None;
  increfCall(x);
  return x;
}

export function callWeakref(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("weakref function", kw, "")) return 0;
  const npos = positional(n, kw);
  switch (id) {
    case Wr.REF: return newRef(args, npos);
    case Wr.GETWEAKREFS: {
      if (!arity("getweakrefs", npos, 1, 1)) return 0;
      const l = listNew(0);
      if (!l) { raiseMemoryError(); return 0; }
      for (let r = firstRef(load<u32>(args)); r; r = asRef(r).next) {
        increfCall(r);
        if (!listAppend(l, r)) { decrefCall(l); raiseMemoryError(); return 0; }
      }
      return l;
    }
    case Wr.KEEP_HASH: {
      // _keep_hash(ref, h): the prelude's key_hash ran the referent's Python __hash__; the ref
      // keeps it (as the table sees it) and hashes natively from now on. Returns h.
      if (!arity("_keep_hash", npos, 2, 2)) return 0;
      const r = load<u32>(args), h = load<u32>(args, 4);
      const th = tableHash(h);
      if (curExc) return 0;
      increfCall(h);
      if (isSmall(r) || kindOfCall(r) != Kind.WEAKREF) return h;
      asRef(r).hash = th;
      asRef(r).hashed = 1;
      decrefCall(asRef(r).pyHash);
      asRef(r).pyHash = h;
      increfCall(h);
      return h;
    }
    case Wr.CALLBACK: {
      if (!self || kindOfCall(self) != Kind.WEAKREF) return 0;
      const cb = asRef(self).callback ? asRef(self).callback : None;
      increfCall(cb);
      return cb;
    }
  }
  return 0;
}
