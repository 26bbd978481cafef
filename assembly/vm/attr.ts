// Attribute access on builtin objects: module globals, and the methods and properties kept in
// the dicts of builtin types (looked up along the base chain).
import { Value, Kind } from "../objects/object";
import { kindOf, typeOf, asType } from "../objects/type";
import { asStr, STR_HEADER } from "../objects/str";
import { dictGet, dictSet } from "../objects/dict";
import { asModule } from "../objects/module";
import { asBuiltin, builtinNew } from "../objects/function";
import { incref, decref } from "../memory/refcount";
import { raiseBuf, raiseMemoryError, bufTypeName, curExc } from "./errors";
import { AttributeError } from "../objects/exception";
import { bufLit, bufLen, bufBytes } from "../objects/buf";
import { PROPERTY } from "../builtins/registry";
import { callNative } from "../builtins/dispatch";

// The class attribute `name` of obj's type (borrowed), or 0.
function typeLookup(obj: Value, name: Value): Value {
  let t = typeOf(obj);
  while (t) {
    const d = asType(t).dict;
    if (d) {
      const v = dictGet(d, name);
      if (v) return v;
    }
    t = asType(t).base;
  }
  // a type's own dict answers for the type itself (e.g. int.__name__ via type's dict above)
  return 0;
}

function noAttr(obj: Value, name: Value): void {
  const mark = bufLen;
  if (kindOf(obj) == Kind.MODULE) {
    bufLit("module '");
    const mn = asModule(obj).name;
    bufBytes(mn + STR_HEADER, asStr(mn).len);
    bufLit("' has no attribute '");
  } else {
    bufLit("'");
    bufTypeName(obj);
    bufLit("' object has no attribute '");
  }
  bufBytes(name + STR_HEADER, asStr(name).len);
  bufLit("'");
  raiseBuf(AttributeError, mark);
}

// obj.name as a new reference, or 0 with an exception pending.
export function getAttr(obj: Value, name: Value): Value {
  if (kindOf(obj) == Kind.TYPE) {
    // a method taken from a builtin type, unbound: str.lower
    let t = obj;
    while (t) {
      const d = asType(t).dict;
      if (d) {
        const v = dictGet(d, name);
        if (v && !(kindOf(v) == Kind.BUILTIN && (asBuiltin(v).id & PROPERTY))) { incref(v); return v; }
      }
      t = asType(t).base;
    }
  }
  if (kindOf(obj) == Kind.MODULE) {
    const v = dictGet(asModule(obj).dict, name);
    // a module property (stackless.current) is computed on each read
    if (v && kindOf(v) == Kind.BUILTIN && (asBuiltin(v).id & PROPERTY)) return callNative(asBuiltin(v).id, 0, 0, 0, 0);
    if (v) { incref(v); return v; }
    noAttr(obj, name);
    return 0;
  }
  const m = typeLookup(obj, name);
  if (m && kindOf(m) == Kind.BUILTIN) {
    const b = asBuiltin(m);
    if (b.id & PROPERTY) return callNative(b.id, obj, 0, 0, 0);
    incref(obj);
    const bound = builtinNew(b.id, obj);
    if (!bound) raiseMemoryError();
    return bound;
  }
  if (m) { incref(m); return m; }
  noAttr(obj, name);
  return 0;
}

// LOAD_METHOD: writes [callable, self] (new references; self may be 0) at dst. False on error.
export function loadMethod(obj: Value, name: Value, dst: u32): bool {
  if (kindOf(obj) != Kind.MODULE) {
    const m = typeLookup(obj, name);
    if (m && kindOf(m) == Kind.BUILTIN && !(asBuiltin(m).id & PROPERTY)) {
      incref(m);
      incref(obj);
      store<u32>(dst, m);
      store<u32>(dst, obj, 4);
      return true;
    }
  }
  const v = getAttr(obj, name);
  if (!v) return false;
  store<u32>(dst, v);
  store<u32>(dst, 0, 4);
  return true;
}

const setterArg = memory.data(4, 4);

export function setAttr(obj: Value, name: Value, v: Value): bool {
  if (kindOf(obj) != Kind.MODULE && kindOf(obj) != Kind.TYPE) {
    const m = typeLookup(obj, name);
    if (m && kindOf(m) == Kind.BUILTIN && (asBuiltin(m).id & PROPERTY)) {
      // a property's setter: the native gets the new value as its one argument
      store<u32>(setterArg, v);
      const r = callNative(asBuiltin(m).id, obj, setterArg, 1, 0);
      if (!r) return false;
      decref(r);
      return true;
    }
  }
  if (kindOf(obj) == Kind.MODULE) {
    if (!dictSet(asModule(obj).dict, name, v)) { if (!curExc) raiseMemoryError(); return false; }
    return true;
  }
  const mark = bufLen;
  bufLit("'");
  bufTypeName(obj);
  bufLit("' object attribute '");
  bufBytes(name + STR_HEADER, asStr(name).len);
  bufLit("' is read-only");
  raiseBuf(AttributeError, mark);
  return false;
}
