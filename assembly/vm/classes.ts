// User classes: building them (C3 MRO), looking attributes up along the MRO, and attribute
// access on instances, classes and super proxies. Anything that must run Python code (a property
// getter, __getattr__) is returned as a frame to enter (ENTER), never called from here.
import { Value, Kind, isSmall, IMMORTAL } from "../objects/object";
import { kindOfCall, typeOf, asType, newType, isSubtype, objectType, typeType, methodType, superType,
  propertyType, staticmethodType, classmethodType } from "../objects/type";
import { asStr, strEq } from "../objects/str";
import { tupleNew, tupleSet, tupleLen, tupleGet, tupleFrom } from "../objects/tuple";
import { listNew, listLen, listGet, listAppend, asList } from "../objects/list";
import { dictNew, dictGet, dictSet, dictPop, dictCopy, dictWatch, classEpoch, EPOCH_LAST } from "../objects/dict";
import { asCell } from "../objects/function";
import { asExc, BaseException } from "../objects/exception";
import { asInst, asPair, methodNew, pairNew } from "../objects/instance";
import { N } from "../objects/names";
import { None } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseLit, raiseBuf, raiseMemoryError, raiseTypeUnquoted, bufTypeName, curExc } from "../objects/errors";
import { TypeError, AttributeError } from "../objects/exception";
import { bufLit, bufLen, bufStrValue } from "../objects/buf";
import { isBuiltinKind } from "./subclass";

// The lookup cache (CPython's type attribute cache): (type, name) -> what mroLookup found, 0
// included, valid while classEpoch has not moved (every class and builtin type dict is WATCHED,
// so any change along any MRO moves it). Only immortal names are keys: a temporary str's address
// could be reused by another name. Types are immortal. Entry: type, name, epoch, value.
const MC_BITS: u32 = 9;
const mroCache = memory.data(16 << MC_BITS, 16);

export function mroCacheReset(): void { memory.fill(mroCache, 0, 16 << MC_BITS); }

@inline function mroEntry(t: Value, name: Value): usize {
  return mroCache + ((((t >>> 3) ^ name) * 0x9E3779B1) >>> (32 - MC_BITS) << 4);
}

// mroLookup with the cache's probe inlined, for the inline caches' hits (vm/caches.ts).
@inline export function mroLookupInline(t: Value, name: Value): Value {
  const e = mroEntry(t, name);
  return load<u32>(e) == t && load<u32>(e, 4) == name && load<u32>(e, 8) == classEpoch ? load<u32>(e, 12) : mroLookup(t, name);
}

// The attribute `name` found along t's MRO (borrowed), or 0.
export function mroLookup(t: Value, name: Value): Value {
  const e = mroEntry(t, name);
  const epoch = classEpoch;
  if (load<u32>(e) == t && load<u32>(e, 4) == name && load<u32>(e, 8) == epoch) return load<u32>(e, 12);
  const v = mroWalk(t, name);
  if (epoch <= EPOCH_LAST && asStr(name).rc >= IMMORTAL >> 1) {
    store<u32>(e, t);
    store<u32>(e, name, 4);
    store<u32>(e, epoch, 8);
    store<u32>(e, v, 12);
  }
  return v;
}

function mroWalk(t: Value, name: Value): Value {
  const mro = asType(t).mro;
  if (mro) {
    const n = tupleLen(mro);
    for (let i: u32 = 0; i < n; i++) {
      const d = asType(tupleGet(mro, i)).dict;
      if (d) { const v = dictGet(d, name); if (v) return v; }
    }
    return 0;
  }
  while (t) {
    const d = asType(t).dict;
    if (d) { const v = dictGet(d, name); if (v) return v; }
    t = asType(t).base;
  }
  return 0;
}

// Is v an object whose class is a user class (so its dunders may be Python code)?
@inline export function isUserObject(v: Value): bool {
  return !isSmall(v) && v != 0 && asType(typeOf(v)).mro != 0;
}

// A Python dunder of a user object (borrowed), or 0.
export function userDunder(v: Value, name: Value): Value {
  if (!isUserObject(v)) return 0;
  const m = mroLookup(typeOf(v), name);
  return m && kindOfCall(m) == Kind.FUNCTION ? m : 0;
}

// The MRO of a class as a list (one class's bases already merged), C3.
function c3(cls: Value, bases: Value): Value {
  const nb = tupleLen(bases);
  // sequences to merge: each base's MRO, then the bases themselves
  const seqs = listNew(nb + 1);
  if (!seqs) return 0;
  for (let i: u32 = 0; i < nb; i++) {
    const b = tupleGet(bases, i);
    const l = listNew(0);
    if (!l) { decrefCall(seqs); return 0; }
    const m = asType(b).mro;
    if (m) { for (let k: u32 = 0; k < tupleLen(m); k++) { increfCall(tupleGet(m, k)); listAppend(l, tupleGet(m, k)); } }
    else { let t = b; while (t) { increfCall(t); listAppend(l, t); t = asType(t).base; } }
    listAppend(seqs, l);
  }
  const bl = listNew(nb);
  for (let i: u32 = 0; i < nb; i++) { increfCall(tupleGet(bases, i)); listAppend(bl, tupleGet(bases, i)); }
  listAppend(seqs, bl);
  const out = listNew(4);
  increfCall(cls);
  listAppend(out, cls);
  while (true) {
    let anyLeft = false;
    let chosen: Value = 0;
    for (let i: u32 = 0; i < listLen(seqs) && !chosen; i++) {
      const s = listGet(seqs, i);
      if (!listLen(s)) continue;
      anyLeft = true;
      const cand = listGet(s, 0);
      // cand must not appear in the tail of any sequence
      let inTail = false;
      for (let j: u32 = 0; j < listLen(seqs) && !inTail; j++) {
        const o = listGet(seqs, j);
        for (let k: u32 = 1; k < listLen(o); k++) if (listGet(o, k) == cand) { inTail = true; break; }
      }
      if (!inTail) chosen = cand;
    }
    if (!anyLeft) break;
    if (!chosen) {
      decrefCall(seqs); decrefCall(out);
      raiseLit(TypeError, "Cannot create a consistent method resolution order (MRO)");
      return 0;
    }
    increfCall(chosen);
    listAppend(out, chosen);
    // remove chosen from the heads
    for (let i: u32 = 0; i < listLen(seqs); i++) {
      const s = listGet(seqs, i);
      const so = asList(s);
      if (so.len && listGet(s, 0) == chosen) {
        decrefCall(listGet(s, 0));
        memory.copy(so.items, so.items + 4, (so.len - 1) << 2);
        so.len--;
      }
    }
  }
  decrefCall(seqs);
  return out;
}

// BUILD_CLASS: name bases ns → a new class. Takes none of the references.
export function buildClass(name: Value, bases: Value, ns: Value): Value {
  if (kindOfCall(name) != Kind.STR || kindOfCall(bases) != Kind.TUPLE || kindOfCall(ns) != Kind.DICT) {
    raiseLit(TypeError, "bad class construction operands");
    return 0;
  }
  let kind = Kind.INSTANCE;
  const nb = tupleLen(bases);
  for (let i: u32 = 0; i < nb; i++) {
    const b = tupleGet(bases, i);
    if (kindOfCall(b) != Kind.TYPE) { raiseLit(TypeError, "bases must be types"); return 0; }
    const bk = asType(b).kind;
    if (bk == Kind.EXCEPTION) kind = Kind.EXCEPTION;
    else if (bk == Kind.TYPE && kind == Kind.INSTANCE) kind = Kind.TYPE; // a metaclass: its instances are classes
    else if (isBuiltinKind(bk) && (kind == Kind.INSTANCE || kind == bk)) kind = bk; // vm/subclass.ts
    else if (bk != Kind.INSTANCE && b != objectType) {
      const mark = bufLen;
      bufLit("subclassing the builtin type '");
      bufStrValue(asType(b).name);
      bufLit("' is not supported yet");
      raiseBuf(TypeError, mark);
      return 0;
    }
  }
  const first = nb ? tupleGet(bases, 0) : objectType;
  const cls = newType(kind, first);
  if (!cls) { raiseMemoryError(); return 0; }
  const t = asType(cls);
  // Classes live as long as the program: they sit in their own MRO and in their methods'
  // __class__ cells, cycles that reference counting alone cannot release.
  t.rc = IMMORTAL;
  increfCall(name);
  t.name = name;
  let realBases = bases;
  if (nb == 0) {
    realBases = tupleNew(1);
    if (!realBases) { raiseMemoryError(); return 0; }
    increfCall(objectType);
    tupleSet(realBases, 0, objectType);
  } else increfCall(bases);
  t.bases = realBases;
  const mroList = c3(cls, realBases);
  if (!mroList) { decrefCall(cls); return 0; }
  t.mro = tupleFrom(asList(mroList).items, listLen(mroList));
  decrefCall(mroList);
  if (!t.mro) { raiseMemoryError(); return 0; }
  // as in CPython, a class defining __eq__ but not __hash__ is unhashable
  if (dictGet(ns, N.eq_) && !dictGet(ns, N.hash_)) dictSet(ns, N.hash_, None);
  increfCall(ns);
  t.dict = ns;
  dictWatch(ns); // its changes invalidate the attribute caches (vm/caches.ts)
  const cell = dictGet(ns, N.classcell_);
  if (cell && kindOfCall(cell) == Kind.CELL) {
    increfCall(cls);
    const old = asCell(cell).value;
    asCell(cell).value = cls;
    decrefCall(old);
    const popped = dictPop(ns, N.classcell_);
    decrefCall(popped);
  }
  if (!dictGet(ns, N.module_)) dictSet(ns, N.module_, N.main_);
  return cls;
}

// The metaclass of a new class: the explicit one (or type) and the bases' metaclasses, the most
// derived of them (CPython's rule); 0 with TypeError when none is. A metaclass that is not a
// class (any callable) is called as it is. Borrowed.
export function metaclassOf(explicit: Value, bases: Value): Value {
  if (explicit && kindOfCall(explicit) != Kind.TYPE) return explicit;
  let winner = explicit ? explicit : typeType;
  const nb = tupleLen(bases);
  for (let i: u32 = 0; i < nb; i++) {
    const b = tupleGet(bases, i);
    if (kindOfCall(b) != Kind.TYPE) continue; // buildClass refuses it
    const bt = typeOf(b);
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) { winner = bt; continue; }
    raiseLit(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    return 0;
  }
  return winner;
}

// type.__new__(meta, name, bases, ns) and type(name, bases, ns): a class whose type is meta, its
// dict a copy of ns (args: three borrowed values). 0 with an exception pending.
export function typeNew(meta: Value, args: u32): Value {
  const name = load<u32>(args), bases = load<u32>(args, 4), ns = load<u32>(args, 8);
  if (kindOfCall(meta) != Kind.TYPE) { raiseTypeUnquoted("type.__new__(X): X is not a type object (", meta, ")"); return 0; }
  if (!isSubtype(meta, typeType)) {
    const mark = bufLen, nm = asType(meta).name;
    bufLit("type.__new__(");
    bufStrValue(nm);
    bufLit("): ");
    bufStrValue(nm);
    bufLit(" is not a subtype of type");
    raiseBuf(TypeError, mark);
    return 0;
  }
  if (kindOfCall(ns) != Kind.DICT) { raiseLit(TypeError, "type.__new__() argument 3 must be dict"); return 0; }
  const d = dictCopy(ns);
  if (!d) { raiseMemoryError(); return 0; }
  const cls = buildClass(name, bases, d);
  decrefCall(d);
  if (cls) asType(cls).type = meta; // classes are immortal: the type word needs no count
  return cls;
}
