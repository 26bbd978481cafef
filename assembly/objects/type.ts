// Type objects. Builtin types are created at init and are immortal; `kind` says what their
// instances are. User classes (a later issue) will be types whose instances have kind OBJECT.
import { Value, Obj, Kind, IMMORTAL, isSmall, obj } from "./object";
import { alloc } from "../memory/heap";
import { tupleLen, tupleGet } from "./tuple";

@unmanaged export class TypeObj extends Obj {
  kind: u32;
  name: Value;   // str
  base: Value;   // type or NULL (object)
  dict: Value;   // dict of methods and attributes, or NULL
  ctor: u32;     // builtin id that constructs instances when the type is called (0: none)
  mro: Value;    // tuple (user classes; builtin types walk `base`)
  bases: Value;  // tuple (user classes)
}

export let typeType: Value = 0;
export let objectType: Value = 0;
export let noneType: Value = 0;
export let boolType: Value = 0;
export let intType: Value = 0;
export let floatType: Value = 0;
export let strType: Value = 0;
export let tupleType: Value = 0;
export let listType: Value = 0;
export let dictType: Value = 0;
export let functionType: Value = 0;
export let builtinType: Value = 0;
export let codeType: Value = 0;
export let cellType: Value = 0;
export let moduleType: Value = 0;
export let rangeType: Value = 0;
export let sliceType: Value = 0;
export let seqIterType: Value = 0;
export let rangeIterType: Value = 0;
export let dictIterType: Value = 0;
export let dictKeysType: Value = 0; // the three dict views differ only in name (and mode)
export let dictValuesType: Value = 0;
export let dictItemsType: Value = 0;
export let zipType: Value = 0;
export let enumerateType: Value = 0;
export let mapType: Value = 0;    // map and filter objects are generators of these types
export let filterType: Value = 0;
export let tracebackType: Value = 0;
export let taskletType: Value = 0;
export let channelType: Value = 0;
export let ellipsisType: Value = 0;
export let generatorType: Value = 0;
export let methodType: Value = 0;
export let propertyType: Value = 0;
export let staticmethodType: Value = 0;
export let classmethodType: Value = 0;
export let superType: Value = 0;
export let setType: Value = 0;
export let frozensetType: Value = 0;
export let notImplementedType: Value = 0;
export let bytesType: Value = 0;
export let bytearrayType: Value = 0;
export let weakrefType: Value = 0;
export let getsetType: Value = 0;   // native properties (channel.balance), seen on their class

@inline export function typeOf(v: Value): Value {
  return isSmall(v) ? intType : obj(v).type;
}

@inline export function kindOf(v: Value): u32 {
  return isSmall(v) ? Kind.INT : changetype<TypeObj>(<usize>obj(v).type).kind;
}
// kindOf as a call, for the files that call increfCall (memory/refcount.ts): off the hot paths
// its 10 inlined bytes at each of 180 sites cost more than a call. Kept out of line by
// scripts/cold-code.mjs.
export function kindOfCall(v: Value): u32 { return kindOf(v); }

@inline export function asType(v: Value): TypeObj { return changetype<TypeObj>(<usize>v); }

// name is filled in later by the string table (strings need the str type first).
export function newType(kind: u32, base: Value): Value {
  const p = alloc(offsetof<TypeObj>());
  const t = changetype<TypeObj>(<usize>p);
  t.rc = IMMORTAL;
  t.type = typeType;
  t.kind = kind;
  t.name = 0;
  t.base = base;
  t.dict = 0;
  t.ctor = 0;
  t.mro = 0;
  t.bases = 0;
  return p;
}

export function isSubtype(t: Value, base: Value): bool {
  if (t == base || base == objectType) return true;
  const mro = asType(t).mro;
  if (mro) {
    const n = tupleLen(mro);
    for (let i: u32 = 0; i < n; i++) if (tupleGet(mro, i) == base) return true;
    return false;
  }
  while (t) {
    if (t == base) return true;
    t = asType(t).base;
  }
  return false;
}

export function createBuiltinTypes(): void {
  typeType = newType(Kind.TYPE, 0);
  asType(typeType).type = typeType;
  objectType = newType(Kind.OBJECT, 0);
  asType(typeType).base = objectType;
  noneType = newType(Kind.NONE, objectType);
  intType = newType(Kind.INT, objectType);
  boolType = newType(Kind.BOOL, intType);
  floatType = newType(Kind.FLOAT, objectType);
  strType = newType(Kind.STR, objectType);
  tupleType = newType(Kind.TUPLE, objectType);
  listType = newType(Kind.LIST, objectType);
  dictType = newType(Kind.DICT, objectType);
  functionType = newType(Kind.FUNCTION, objectType);
  builtinType = newType(Kind.BUILTIN, objectType);
  codeType = newType(Kind.CODE, objectType);
  cellType = newType(Kind.CELL, objectType);
  moduleType = newType(Kind.MODULE, objectType);
  rangeType = newType(Kind.RANGE, objectType);
  sliceType = newType(Kind.SLICE, objectType);
  seqIterType = newType(Kind.SEQ_ITER, objectType);
  rangeIterType = newType(Kind.RANGE_ITER, objectType);
  dictIterType = newType(Kind.DICT_ITER, objectType);
  dictKeysType = newType(Kind.DICT_VIEW, objectType);
  dictValuesType = newType(Kind.DICT_VIEW, objectType);
  dictItemsType = newType(Kind.DICT_VIEW, objectType);
  zipType = newType(Kind.ZIP, objectType);
  enumerateType = newType(Kind.ENUMERATE, objectType);
  mapType = newType(Kind.GENERATOR, objectType);
  filterType = newType(Kind.GENERATOR, objectType);
  tracebackType = newType(Kind.TRACEBACK, objectType);
  taskletType = newType(Kind.TASKLET, objectType);
  channelType = newType(Kind.CHANNEL, objectType);
  ellipsisType = newType(Kind.ELLIPSIS, objectType);
  generatorType = newType(Kind.GENERATOR, objectType);
  methodType = newType(Kind.METHOD, objectType);
  propertyType = newType(Kind.PROPERTY, objectType);
  staticmethodType = newType(Kind.STATICMETHOD, objectType);
  classmethodType = newType(Kind.CLASSMETHOD, objectType);
  superType = newType(Kind.SUPER, objectType);
  setType = newType(Kind.SET, objectType);
  frozensetType = newType(Kind.FROZENSET, objectType);
  notImplementedType = newType(Kind.NOTIMPLEMENTED, objectType);
  bytesType = newType(Kind.BYTES, objectType);
  bytearrayType = newType(Kind.BYTEARRAY, objectType);
  weakrefType = newType(Kind.WEAKREF, objectType);
  getsetType = newType(Kind.BUILTIN, objectType);
}
