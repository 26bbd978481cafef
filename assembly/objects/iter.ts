// Iterator objects for the builtin containers, plus dict views, zip and enumerate.
// An iterator's `a` is what it walks, `b` and `c` its position (meaning depends on the kind).
import { Value, Obj } from "./object";
import { alloc, free } from "../memory/heap";
import { decref } from "../memory/refcount";

@unmanaged export class IterObj extends Obj {
  a: Value;   // the sequence, dict, iterator tuple (zip) or inner iterator (enumerate)
  b: i64;     // index / range position / count
  c: i64;     // range stop, dict view mode, enumerate's count past i64 (an int object)
  d: i64;     // range step
}

export namespace DictMode {
  export const KEYS: i64 = 0;
  export const VALUES: i64 = 1;
  export const ITEMS: i64 = 2;
}

@inline export function asIter(v: Value): IterObj { return changetype<IterObj>(<usize>v); }

// Takes the caller's reference to a.
export function iterNew(type: Value, a: Value, b: i64, c: i64, d: i64): Value {
  const p = alloc(offsetof<IterObj>());
  if (!p) return 0;
  const it = asIter(p);
  it.rc = 1;
  it.type = type;
  it.a = a;
  it.b = b;
  it.c = c;
  it.d = d;
  return p;
}

export function iterDestroy(v: Value): void {
  decref(asIter(v).a);
  free(v, offsetof<IterObj>());
}

export function enumDestroy(v: Value): void {
  decref(<Value>asIter(v).c);
  iterDestroy(v);
}
