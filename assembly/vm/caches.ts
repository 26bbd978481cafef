// Inline caches (CPython's PEP 659, without new opcodes): each LOAD_GLOBAL, LOAD_ATTR,
// LOAD_METHOD and STORE_ATTR of a code object owns a 16-byte entry in the code's cache table; the loader
// (vm/image.ts, assignCaches) rewrites the instruction's operand to the entry's number and keeps
// the name's index in the entry. An entry remembers where the last lookup found its name and
// the version tags that prove the answer still holds (objects/dict.ts): a dict's keys version
// (its keys and their positions unchanged) and classEpoch (no class namespace changed since).
// A miss does the full lookup and refills the entry; nothing here ever raises by itself.
//
// Entry: word 0 = name index | tag << 24; words 1-3 as the tag says:
//   LOAD_GLOBAL   (no tag)  globals version, builtins version (0: found in globals), position
//   A_INST        type, classEpoch, position in the instance dict (its key is the name itself)
//   A_CLASS       type, classEpoch, the class attribute (a plain value: no descriptor)
//   A_TYPE        the class read from, classEpoch, the attribute as read through the class (a
//                 staticmethod's function)
//   A_MODULE      -, the module dict's version, position
//   M_FUNC        type, classEpoch, the Python function (bound to self by CALL_METHOD)
//   M_NATIVE      type, classEpoch, the builtin method
//   M_MODULE      -, the module dict's version, position
//   M_TYPE        the class called through, classEpoch, the function (a plain or static method:
//                 no self); M_CLASSMETHOD the same with the class as self (a classmethod)
//   S_INST        type, classEpoch, position in the instance dict (STORE_ATTR replacing a value)
import { Value, Kind, isSmall } from "../objects/object";
import { kindOf, typeOf, asType } from "../objects/type";
import { asDict, dictNew, dictIndexOf, dictHasName, dictSetHashed, dictVersion, entryAt, classEpoch, EPOCH_LAST } from "../objects/dict";
import { asInst, asPair } from "../objects/instance";
import { asModule } from "../objects/module";
import { asBuiltin } from "../objects/function";
import { strEq, strHash } from "../objects/str";
import { N } from "../objects/names";
import { incref, decref } from "../memory/refcount";
import { PROPERTY } from "../builtins/registry";
import { imageStr } from "./image";
import { mroLookup, mroLookupInline } from "./classes";

export const CACHE_ENTRY: u32 = 16;
const NO_VERSION: u32 = 0xFFFFFFFF; // a LOAD_GLOBAL entry never filled: matches no dict

namespace Tag {
  export const A_INST: u32 = 1;
  export const A_CLASS: u32 = 2;
  export const A_TYPE: u32 = 3;
  export const A_MODULE: u32 = 4;
  export const M_FUNC: u32 = 5;
  export const M_NATIVE: u32 = 6;
  export const M_MODULE: u32 = 7;
  export const S_INST: u32 = 8;
  export const M_TYPE: u32 = 9;
  export const M_CLASSMETHOD: u32 = 10;
}

// A fresh entry for the name with image string index nameIdx (the loader, once per instruction).
export function cacheInit(e: u32, nameIdx: u32, isGlobal: bool): void {
  store<u32>(e, nameIdx);
  store<u32>(e, isGlobal ? NO_VERSION : 0, 4);
  store<u32>(e, 0, 8);
  store<u32>(e, 0, 12);
}

@inline export function cacheName(e: u32): Value { return imageStr(load<u32>(e) & 0xFFFFFF); }

@inline function setEntry(e: u32, tag: u32, a: u32, b: u32, c: u32): void {
  store<u32>(e, (load<u32>(e) & 0xFFFFFF) | (tag << 24));
  store<u32>(e, a, 4);
  store<u32>(e, b, 8);
  store<u32>(e, c, 12);
}

@inline function valueAt(d: Value, i: u32): Value { return load<u32>(entryAt(d, i), 8); }

// ---- LOAD_GLOBAL

// The global's value (borrowed) when the entry still holds, else 0.
@inline export function globalHit(e: u32, globals: Value, builtins: Value): Value {
  if (asDict(globals).ver != load<u32>(e, 4)) return 0;
  const bv = load<u32>(e, 8);
  if (!bv) return valueAt(globals, load<u32>(e, 12));
  return asDict(builtins).ver == bv ? valueAt(builtins, load<u32>(e, 12)) : 0;
}

// The full lookup, refilling the entry: the value (borrowed), or 0 (not found, or an error).
export function globalMiss(e: u32, globals: Value, builtins: Value): Value {
  const name = cacheName(e);
  const gi = dictIndexOf(globals, name);
  if (gi >= 0) {
    const gv = dictVersion(globals);
    if (gv) setEntry(e, 0, gv, 0, gi);
    return valueAt(globals, gi);
  }
  const bi = dictIndexOf(builtins, name);
  if (bi < 0) return 0;
  const gv = dictVersion(globals), bv = dictVersion(builtins);
  if (gv && bv) setEntry(e, 0, gv, bv, bi);
  return valueAt(builtins, bi);
}

// ---- LOAD_ATTR

// Does reading this class attribute through an object give the attribute itself (no binding,
// no getter)? Only then may an entry hold it.
@inline function plainValue(v: Value): bool {
  const k = kindOf(v);
  return k != Kind.FUNCTION && k != Kind.STATICMETHOD && k != Kind.CLASSMETHOD && k != Kind.PROPERTY && k != Kind.BUILTIN;
}

// A property (Python or native): it takes reads before the instance dict.
@inline function isDataDescriptor(v: Value): bool {
  const k = kindOf(v);
  return k == Kind.PROPERTY || (k == Kind.BUILTIN && (asBuiltin(v).id & PROPERTY) != 0);
}

// May an A_INST entry filled for another class serve an instance of t? When t is a user class
// and nothing along its MRO takes reads of the name before the instance dict (a property): the
// entry's position is then checked against the instance's own dict as for the class it saw.
// Subclasses that set their attributes in a shared __init__ keep them at the same positions,
// so a site that sees several of them (richards' tasks) hits for all. The class seen last is
// kept, which serves a site whose objects change class once.
function otherClassReads(e: u32, o: Value, t: Value): bool {
  if (kindOf(o) != Kind.INSTANCE || !asType(t).mro) return false;
  const attr = mroLookupInline(t, cacheName(e));
  if (attr && isDataDescriptor(attr)) return false;
  store<u32>(e, t, 4);
  return true;
}

// o.name (borrowed) when the entry still holds, else 0.
export function attrHit(e: u32, o: Value): Value {
  const tag = load<u32>(e) >>> 24;
  if (tag == Tag.A_INST) {
    if (load<u32>(e, 8) != classEpoch) return 0;
    const t = typeOf(o);
    if (t != load<u32>(e, 4) && !otherClassReads(e, o, t)) return 0;
    const d = asInst(o).dict;
    const i = load<u32>(e, 12);
    if (!d || i >= asDict(d).count) return 0;
    const ep = entryAt(d, i);
    return load<u32>(ep, 4) == cacheName(e) ? load<u32>(ep, 8) : 0;
  }
  if (tag == Tag.A_MODULE) {
    if (isSmall(o) || kindOf(o) != Kind.MODULE) return 0;
    const d = asModule(o).dict;
    if (asDict(d).ver != load<u32>(e, 8)) return 0;
    const v = valueAt(d, load<u32>(e, 12));
    // a module property (stackless.current) is computed on each read
    return kindOf(v) == Kind.BUILTIN && (asBuiltin(v).id & PROPERTY) ? 0 : v;
  }
  if (tag == Tag.A_CLASS) {
    if (typeOf(o) != load<u32>(e, 4) || load<u32>(e, 8) != classEpoch) return 0;
    const d = asInst(o).dict; // the instance's own value would win
    if (d && dictHasName(d, cacheName(e))) return 0;
    return load<u32>(e, 12);
  }
  if (tag == Tag.A_TYPE) {
    return o == load<u32>(e, 4) && load<u32>(e, 8) == classEpoch ? load<u32>(e, 12) : 0;
  }
  return 0;
}

// The lookups an entry can hold, done in full: o.name (a new reference) with the entry filled,
// or 0 when the answer is not one an entry holds (the caller runs getAttr). Raises nothing.
export function attrMiss(e: u32, o: Value): Value {
  const name = cacheName(e);
  const k = kindOf(o);
  if (k == Kind.MODULE) {
    const d = asModule(o).dict;
    const i = dictIndexOf(d, name);
    if (i < 0) return 0;
    const v = valueAt(d, i);
    if (kindOf(v) == Kind.BUILTIN && (asBuiltin(v).id & PROPERTY)) return 0;
    const ver = dictVersion(d);
    if (ver) setEntry(e, Tag.A_MODULE, 0, ver, i);
    incref(v);
    return v;
  }
  const epoch = classEpoch;
  if (epoch > EPOCH_LAST) return 0;
  if (k == Kind.TYPE) {
    // read through the class: a function is itself, a staticmethod its function (getAttr's bind)
    const found = mroLookup(o, name);
    const v = found && kindOf(found) == Kind.STATICMETHOD ? asPair(found).a : found;
    if (!v || !(plainValue(v) || kindOf(v) == Kind.FUNCTION)) return 0;
    setEntry(e, Tag.A_TYPE, o, epoch, v);
    incref(v);
    return v;
  }
  if (k != Kind.INSTANCE) return 0;
  const t = typeOf(o);
  if (!asType(t).mro) return 0;
  const attr = mroLookup(t, name);
  if (attr && isDataDescriptor(attr)) return 0; // it wins over the instance dict: getAttr
  const d = asInst(o).dict;
  const i = d ? dictIndexOf(d, name) : -1;
  if (i >= 0) {
    const ep = entryAt(d, i);
    if (load<u32>(ep, 4) == name) setEntry(e, Tag.A_INST, t, epoch, i);
    const v = load<u32>(ep, 8);
    incref(v);
    return v;
  }
  if (!attr || !plainValue(attr)) return 0; // a method to bind, or __getattr__: getAttr
  setEntry(e, Tag.A_CLASS, t, epoch, attr);
  incref(attr);
  return attr;
}

// ---- LOAD_METHOD

// May an M_FUNC entry filled for another class serve an instance of t? When t's MRO finds the
// same function (a method inherited from a common base, richards' runTask), or another Python
// function (an override: the entry takes it). The class seen last is kept.
function otherClassMethod(e: u32, o: Value, t: Value, tag: u32): bool {
  if (tag != Tag.M_FUNC || kindOf(o) != Kind.INSTANCE) return false;
  const m = mroLookupInline(t, cacheName(e));
  if (!m || kindOf(m) != Kind.FUNCTION) return false;
  store<u32>(e, t, 4);
  store<u32>(e, m, 12);
  return true;
}

// Writes [callable, self] (new references; self 0 for a module's function) at dst when the
// entry still holds: true, else false and nothing written.
export function methodHit(e: u32, o: Value, dst: u32): bool {
  const tag = load<u32>(e) >>> 24;
  if (tag == Tag.M_FUNC || tag == Tag.M_NATIVE) {
    if (load<u32>(e, 8) != classEpoch) return false;
    const t = typeOf(o);
    if (t != load<u32>(e, 4) && !otherClassMethod(e, o, t, tag)) return false;
    if (tag == Tag.M_FUNC) {
      const d = asInst(o).dict; // a function stored on the instance is called without self
      if (d && dictHasName(d, cacheName(e))) return false;
    }
    const m = load<u32>(e, 12);
    incref(m);
    incref(o);
    store<u32>(dst, m);
    store<u32>(dst, o, 4);
    return true;
  }
  if (tag == Tag.M_TYPE || tag == Tag.M_CLASSMETHOD) {
    if (o != load<u32>(e, 4) || load<u32>(e, 8) != classEpoch) return false;
    const f = load<u32>(e, 12);
    incref(f);
    store<u32>(dst, f);
    if (tag == Tag.M_CLASSMETHOD) { incref(o); store<u32>(dst, o, 4); }
    else store<u32>(dst, 0, 4);
    return true;
  }
  if (tag == Tag.M_MODULE) {
    const v = attrHit(e, o);
    if (!v) return false;
    incref(v);
    store<u32>(dst, v);
    store<u32>(dst, 0, 4);
    return true;
  }
  return false;
}

// The builtin method the entry holds for o when it holds one for o's exact type (borrowed), else
// 0: a fused call of it needs neither the bound pair nor the generic call's checks.
@inline export function nativeMethodHit(e: u32, o: Value): Value {
  if (load<u32>(e) >>> 24 != Tag.M_NATIVE || load<u32>(e, 8) != classEpoch || typeOf(o) != load<u32>(e, 4)) return 0;
  return load<u32>(e, 12);
}

// What attr.ts's loadMethod finds without binding, done with the entry filled: true with
// [callable, self] at dst, or false (nothing written; the caller runs loadMethod).
export function methodMiss(e: u32, o: Value, dst: u32): bool {
  const name = cacheName(e);
  const k = kindOf(o);
  if (k == Kind.MODULE) {
    const v = attrMiss(e, o); // fills an A_MODULE entry: the same words, as M_MODULE
    if (!v) return false;
    if ((load<u32>(e) >>> 24) == Tag.A_MODULE) store<u32>(e, (load<u32>(e) & 0xFFFFFF) | (Tag.M_MODULE << 24));
    store<u32>(dst, v);
    store<u32>(dst, 0, 4);
    return true;
  }
  if (k == Kind.SUPER) return false;
  const epoch = classEpoch;
  if (epoch > EPOCH_LAST) return false;
  if (k == Kind.TYPE) return classMethodMiss(e, o, dst, epoch);
  const t = typeOf(o);
  const m = mroLookup(t, name);
  if (!m) return false;
  const mk = kindOf(m);
  let tag: u32 = 0;
  if (mk == Kind.BUILTIN && !(asBuiltin(m).id & PROPERTY)) tag = Tag.M_NATIVE;
  else if (mk == Kind.FUNCTION && k == Kind.INSTANCE) {
    const d = asInst(o).dict;
    if (d && dictIndexOf(d, name) >= 0) return false;
    tag = Tag.M_FUNC;
  } else return false;
  setEntry(e, tag, t, epoch, m);
  incref(m);
  incref(o);
  store<u32>(dst, m);
  store<u32>(dst, o, 4);
  return true;
}

// Cls.name(...): what getAttr gives for a function (itself, called without self), a
// staticmethod (its function) or a classmethod of a Python function (the function with the class
// as self: the bound method is never made), with an M_TYPE/M_CLASSMETHOD entry filled.
function classMethodMiss(e: u32, o: Value, dst: u32, epoch: u32): bool {
  const v = mroLookup(o, cacheName(e));
  if (!v) return false;
  const vk = kindOf(v);
  let f: Value = v;
  let tag = Tag.M_TYPE;
  if (vk == Kind.STATICMETHOD) f = asPair(v).a;
  else if (vk == Kind.CLASSMETHOD && kindOf(asPair(v).a) == Kind.FUNCTION) { f = asPair(v).a; tag = Tag.M_CLASSMETHOD; }
  else if (vk != Kind.FUNCTION) return false;
  setEntry(e, tag, o, epoch, f);
  return methodHit(e, o, dst);
}

// ---- STORE_ATTR

// o.name = v when the entry still holds (v borrowed): true, else false and nothing done.
export function storeHit(e: u32, o: Value, v: Value): bool {
  if ((load<u32>(e) >>> 24) != Tag.S_INST || load<u32>(e, 8) != classEpoch) return false;
  const t = typeOf(o);
  if (t != load<u32>(e, 4) && !otherClassStores(e, o, t)) return false;
  const d = asInst(o).dict;
  const i = load<u32>(e, 12);
  if (!d || i >= asDict(d).count) return storeNew(e, o, v);
  const ep = entryAt(d, i);
  if (load<u32>(ep, 4) != cacheName(e)) return storeNew(e, o, v);
  // a value replaced in place: the dict's keys version stays (as dictSet would keep it)
  const old = load<u32>(ep, 8);
  incref(v);
  store<u32>(ep, v, 8);
  decref(old);
  return true;
}

// The name is not at the entry's position (a new object's first store in __init__, another
// order): the entry's checks have proved the store plain (no __setattr__, no property of the
// name), so it is setAttrPlain's insert into the instance dict, and the entry takes the name's
// position. False when memory ran out (nothing raised: the generic path runs and raises).
function storeNew(e: u32, o: Value, v: Value): bool {
  let d = asInst(o).dict;
  if (!d) {
    d = dictNew();
    if (!d) return false;
    asInst(o).dict = d;
  }
  const name = cacheName(e);
  if (!dictSetHashed(d, name, v, strHash(name))) return false;
  const last = asDict(d).count - 1;
  store<u32>(e, load<u32>(entryAt(d, last), 4) == name ? last : <u32>dictIndexOf(d, name), 12);
  return true;
}

// Does a store into the instance dict need nothing else for the instance o of t (no
// __setattr__, no property of the name)? As storeFill checks before it fills an entry.
function plainStore(o: Value, t: Value, name: Value): bool {
  if (kindOf(o) != Kind.INSTANCE || !asType(t).mro || strEq(name, N.class_)) return false;
  const hook = mroLookup(t, N.setattr_);
  if (hook && kindOf(hook) == Kind.FUNCTION) return false;
  const attr = mroLookup(t, name);
  return !(attr && isDataDescriptor(attr));
}

// An S_INST entry filled for another class serves an instance of t when a store is plain for
// t too (the position is then checked against the instance's dict). The class seen last is kept.
function otherClassStores(e: u32, o: Value, t: Value): bool {
  if (!plainStore(o, t, cacheName(e))) return false;
  store<u32>(e, t, 4);
  return true;
}

// After a plain store that succeeded: fills the entry when the value went into the instance
// dict of a user class without __setattr__ or a property of that name.
export function storeFill(e: u32, o: Value): void {
  if (isSmall(o) || kindOf(o) != Kind.INSTANCE) return;
  const epoch = classEpoch;
  if (epoch > EPOCH_LAST) return;
  const t = typeOf(o);
  const name = cacheName(e);
  if (!plainStore(o, t, name)) return;
  const d = asInst(o).dict;
  if (!d) return;
  const i = dictIndexOf(d, name);
  if (i >= 0 && load<u32>(entryAt(d, i), 4) == name) setEntry(e, Tag.S_INST, t, epoch, i);
}
