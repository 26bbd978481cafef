// Filling a dict from an argument: dict(x, **kw), d.update(x, **kw) (one code path, with
// CPython's messages for bad sequence elements) and dict.fromkeys.
import { Value, Kind } from "../objects/object";
import { kindOfCall, dictType } from "../objects/type";
import { tupleLen, tupleGet } from "../objects/tuple";
import { listLen, listGet } from "../objects/list";
import { dictNew, dictSet, dictNext, entryAt, dictSetHashed, entryHash } from "../objects/dict";
import { None } from "../objects/singletons";
import { decrefCall } from "../memory/refcount";
import { raiseBuf, raiseMemoryError, curExc } from "../objects/errors";
import { bufLit, bufLen } from "../objects/buf";
import { writeI64 } from "../objects/repr";
import { TypeError, ValueError } from "../objects/exception";
import { listOf } from "../vm/iterate";
import { keyNeedsPython } from "../vm/keys";
import { preludeFunction } from "../vm/modules";
import { callPython } from "../vm/call";
import { N } from "../objects/names";
import { arity } from "./args";

function failed(): bool {
  if (!curExc) raiseMemoryError();
  return false;
}

// Element #i of an update sequence is not a pair.
function badElement(i: u32, len: i32): bool {
  const mark = bufLen;
  if (len < 0) {
    bufLit("cannot convert dictionary update sequence element #");
    writeI64(<i64>i);
    bufLit(" to a sequence");
    raiseBuf(TypeError, mark);
    return false;
  }
  bufLit("dictionary update sequence element #");
  writeI64(<i64>i);
  bufLit(" has length ");
  writeI64(<i64>len);
  bufLit("; 2 is required");
  raiseBuf(ValueError, mark);
  return false;
}

// d[k] = v for one item of an update sequence (any iterable of two items).
function setPair(d: Value, pair: Value, i: u32): bool {
  const k = kindOfCall(pair);
  if (k == Kind.TUPLE || k == Kind.LIST) {
    const n = k == Kind.TUPLE ? tupleLen(pair) : listLen(pair);
    if (n != 2) return badElement(i, n);
    const a = k == Kind.TUPLE ? tupleGet(pair, 0) : listGet(pair, 0);
    const b = k == Kind.TUPLE ? tupleGet(pair, 1) : listGet(pair, 1);
    return dictSet(d, a, b) ? true : failed();
  }
  if (k == Kind.INT || k == Kind.FLOAT || k == Kind.NONE || k == Kind.BOOL) return badElement(i, -1);
  const items = listOf(pair); // a str of two characters, a range...
  if (!items) return false;
  const ok = setPair(d, items, i);
  decrefCall(items);
  return ok;
}

// Adds src's items (a dict, or an iterable of pairs) and then the keyword arguments to d.
export function dictUpdate(d: Value, src: Value, args: u32, n: u32, kw: Value): bool {
  if (src && kindOfCall(src) == Kind.DICT) {
    let i = dictNext(src, 0);
    while (i >= 0) {
      const e = entryAt(src, <u32>i);
      if (!dictSetHashed(d, load<u32>(e, 4), load<u32>(e, 8), entryHash(e))) return failed();
      i = dictNext(src, <u32>i + 1);
    }
  } else if (src) {
    const items = listOf(src);
    if (!items) return false;
    for (let i: u32 = 0; i < listLen(items); i++) {
      if (!setPair(d, listGet(items, i), i)) { decrefCall(items); return false; }
    }
    decrefCall(items);
  }
  if (kw) {
    const k = tupleLen(kw);
    for (let i: u32 = 0; i < k; i++) if (!dictSet(d, tupleGet(kw, i), load<u32>(args + ((n - k + i) << 2)))) return failed();
  }
  return true;
}

// dict.fromkeys(iterable, value=None), a classmethod (self is the class). A subclass, or keys
// whose hash is Python code, go through the prelude's dict_fromkeys (cls() then d[k] = value,
// so a subclass's __setitem__ runs, as in CPython).
export function dictFromKeys(cls: Value, args: u32, npos: u32): Value {
  if (!arity("fromkeys", npos, 1, 2)) return 0;
  const value = npos == 2 ? load<u32>(args, 4) : None;
  if (cls == dictType) {
    const items = listOf(load<u32>(args));
    if (!items) return 0;
    const n = listLen(items);
    let native = true;
    for (let i: u32 = 0; i < n && native; i++) native = !keyNeedsPython(listGet(items, i));
    const d = native ? dictNew() : 0;
    for (let i: u32 = 0; d && i < n; i++) {
      if (!dictSet(d, listGet(items, i), value)) { decrefCall(items); decrefCall(d); failed(); return 0; }
    }
    decrefCall(items);
    if (native) { if (!d) raiseMemoryError(); return d; }
  }
  const fn = preludeFunction(N.dict_fromkeys_);
  return fn ? callPython(fn, cls, args, npos) : 0;
}
