// tuple: a length and the items inline.
import { Value, Obj } from "./object";
import { tupleType } from "./type";
import { gcAlloc, gcFree } from "../memory/gc";
import { incref, decref } from "../memory/refcount";

@unmanaged export class TupleObj extends Obj {
  len: u32;
}
export const TUPLE_HEADER: u32 = offsetof<TupleObj>();

@inline export function asTuple(v: Value): TupleObj { return changetype<TupleObj>(<usize>v); }
@inline export function tupleLen(v: Value): u32 { return asTuple(v).len; }
@inline export function tupleItems(v: Value): u32 { return v + TUPLE_HEADER; }
@inline export function tupleGet(v: Value, i: u32): Value { return load<u32>(v + TUPLE_HEADER + (i << 2)); }
// Stores without touching counts: the tuple takes the caller's reference.
@inline export function tupleSet(v: Value, i: u32, x: Value): void { store<u32>(v + TUPLE_HEADER + (i << 2), x); }

export let emptyTuple: Value = 0;

// A tuple whose n items are all NULL; the caller fills them.
export function tupleNew(n: u32): Value {
  const p = gcAlloc(TUPLE_HEADER + (n << 2));
  if (!p) return 0;
  const t = asTuple(p);
  t.rc = 1;
  t.type = tupleType;
  t.len = n;
  memory.fill(p + TUPLE_HEADER, 0, n << 2);
  return p;
}

// (a, b), taking both references; 0 when out of memory (both dropped: the caller raises).
export function tuplePair(a: Value, b: Value): Value {
  const t = tupleNew(2);
  if (!t) { decref(a); decref(b); return 0; }
  tupleSet(t, 0, a);
  tupleSet(t, 1, b);
  return t;
}

// A tuple of n items copied (with new references) from memory at src.
export function tupleFrom(src: u32, n: u32): Value {
  if (n == 0) { incref(emptyTuple); return emptyTuple; }
  const t = tupleNew(n);
  if (!t) return 0;
  for (let i: u32 = 0; i < n; i++) {
    const x = load<u32>(src + (i << 2));
    incref(x);
    tupleSet(t, i, x);
  }
  return t;
}

export function tupleInit(): void {
  emptyTuple = tupleNew(0);
  asTuple(emptyTuple).rc = 1 << 30;
}

export function tupleDestroy(v: Value): void {
  const n = tupleLen(v);
  for (let i = n; i > 0; i--) decref(tupleGet(v, i - 1)); // last item first, as CPython
  gcFree(v, TUPLE_HEADER + (n << 2));
}
