// Builtin ids and their registration. A builtin is a native function with a number; the number's
// hundred says which file implements it (dispatch.ts routes on it). Properties (attributes computed
// by a native, like channel.balance) carry PROPERTY: reading the attribute calls them with self.
import { Value } from "../objects/object";
import { Lit } from "../objects/str";
import { internName } from "../objects/interned";
import { builtinNew, asBuiltin } from "../objects/function";
import { dictSet, dictNew, dictWatch } from "../objects/dict";
import { asType, getsetType } from "../objects/type";

export const PROPERTY: u32 = 0x10000;

export namespace Core {
  export const PRINT: u32 = 1;
  export const LEN: u32 = 2;
  export const RANGE: u32 = 3;
  export const STR: u32 = 4;
  export const INT: u32 = 5;
  export const FLOAT: u32 = 6;
  export const REPR: u32 = 7;
  export const ISINSTANCE: u32 = 8;
  export const ABS: u32 = 9;
  export const MIN: u32 = 10;
  export const MAX: u32 = 11;
  export const SUM: u32 = 12;
  export const SORTED: u32 = 13;
  export const ENUMERATE: u32 = 14;
  export const ZIP: u32 = 15;
  export const LIST: u32 = 16;
  export const TUPLE: u32 = 17;
  export const DICT: u32 = 18;
  export const BOOL: u32 = 19;
  export const CHR: u32 = 20;
  export const ORD: u32 = 21;
  export const TYPE: u32 = 22;
  export const ITER: u32 = 23;
  export const NEXT: u32 = 24;
  export const DIVMOD: u32 = 25;
  export const ROUND: u32 = 26;
  export const ANY: u32 = 27;
  export const ALL: u32 = 28;
  export const HASH: u32 = 29;
  export const ID: u32 = 30;
  export const CALLABLE: u32 = 31;
  export const EXCEPTION_NEW: u32 = 32;
  export const REVERSED: u32 = 33;
  export const POW: u32 = 34;
  export const FORMAT: u32 = 35;
  export const TYPE_NAME: u32 = 36 | PROPERTY;
  export const EXC_ARGS: u32 = 37 | PROPERTY;
  export const FUNC_NAME: u32 = 38 | PROPERTY;
  export const HEX: u32 = 39;
  export const BIN: u32 = 40;
  export const OCT: u32 = 41;
  export const OBJECT: u32 = 42;
  export const EXPORT: u32 = 43;
  export const GLOBALS: u32 = 44;
  export const FUNC_QUALNAME: u32 = 45 | PROPERTY;
  export const FUNC_DOC: u32 = 46 | PROPERTY;
  export const FUNC_MODULE: u32 = 47 | PROPERTY;
  export const MAP: u32 = 48;
  export const FILTER: u32 = 49;
  export const ITER_NEXT: u32 = 50; // it.__next__() of the builtin iterators
  export const ITER_SELF: u32 = 51; // it.__iter__() of every iterator: the iterator itself
  export const BUILTIN_NAME: u32 = 52 | PROPERTY;
}

let target: Value = 0;

// Registration writes into `target` (a dict), so init code reads as a list of names.
export function into(dict: Value): void { target = dict; }


export function def(s: Lit, id: u32): void {
  const fn = builtinNew(id, 0);
  // a property read through its class is a descriptor object, as CPython's getset_descriptor
  if (id & PROPERTY) asBuiltin(fn).type = getsetType;
  dictSet(target, internName(s), fn);
}

export function defValue(s: Lit, v: Value): void {
  dictSet(target, internName(s), v);
}

// The method dict of a builtin type, created on first use.
export function typeDict(t: Value): Value {
  const ty = asType(t);
  if (!ty.dict) {
    ty.dict = dictNew();
    if (ty.dict) dictWatch(ty.dict); // its changes invalidate the attribute caches (vm/caches.ts)
  }
  return ty.dict;
}
