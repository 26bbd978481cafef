// Objects of user classes, and the small objects classes are made of: bound methods, property /
// staticmethod / classmethod descriptors, and super proxies.
import { Value, Obj } from "./object";
import { methodType, propertyType, staticmethodType, classmethodType, superType } from "./type";
import { gcAlloc, gcFree } from "../memory/gc";
import { decref } from "../memory/refcount";

// An instance: its class and its attribute dict (made on the first attribute store).
@unmanaged export class InstObj extends Obj {
  dict: Value;
  finalized: u32; // __del__ has run (or is running): the next release is final
}
@inline export function asInst(v: Value): InstObj { return changetype<InstObj>(<usize>v); }

export function instNew(cls: Value): Value {
  const p = gcAlloc(offsetof<InstObj>());
  if (!p) return 0;
  const o = asInst(p);
  o.rc = 1;
  o.type = cls;
  o.dict = 0;
  o.finalized = 0;
  return p;
}

export function instDestroy(v: Value): void {
  decref(asInst(v).dict);
  gcFree(v, offsetof<InstObj>()); // classes are immortal: no count to drop
}

// A pair of values: a bound method (func, self), a super proxy (class, object), or a descriptor
// (property: getter, setter; staticmethod/classmethod: the function).
@unmanaged export class PairObj extends Obj {
  a: Value;
  b: Value;
  c: Value;
}
@inline export function asPair(v: Value): PairObj { return changetype<PairObj>(<usize>v); }

// Takes the caller's references.
export function pairNew(type: Value, a: Value, b: Value, c: Value): Value {
  const p = gcAlloc(offsetof<PairObj>());
  if (!p) return 0;
  const o = asPair(p);
  o.rc = 1;
  o.type = type;
  o.a = a;
  o.b = b;
  o.c = c;
  return p;
}

export function pairDestroy(v: Value): void {
  const o = asPair(v);
  decref(o.a);
  decref(o.b);
  decref(o.c);
  gcFree(v, offsetof<PairObj>());
}

export function methodNew(func: Value, self: Value): Value { return pairNew(methodType, func, self, 0); }
