// Weak references. A ref points at its referent without counting; it is cleared (and its
// callback queued) when the referent is destroyed by reference counting (memory/refcount.ts) or
// found to be cyclic garbage (memory/gc.ts). Objects never weakly referenced pay nothing: the
// refs to an object form a chain (next/prev through the refs) whose first ref is found in a side
// table keyed by the object's address, and a 64-bit filter of addresses keeps the table lookup
// off the release path of almost every object. Chain order is CPython's: the basic ref (no
// callback, shared by every ref(x) without one) first, then the refs with callbacks, newest
// first; callbacks run in chain order.
import { Value, Obj, Kind, fromSmall, smallValue } from "./object";
import { kindOfCall, asType, typeOf, weakrefType } from "./type";
import { gcAlloc, gcFree } from "../memory/gc";
import { increfCall, decrefCall, queueFinalizer } from "../memory/refcount";
import { dictNew, dictGet, dictSet, dictPop } from "./dict";

@unmanaged export class WeakRefObj extends Obj {
  referent: Value; // not counted; 0 once it died
  callback: Value; // counted, or 0 (taken when it is called)
  next: Value;     // the next ref to the same referent
  prev: Value;     // the previous one; 0 for the first (found in the table)
  hash: u32;       // hash(referent) as tables use it, kept once computed (a dead ref still hashes)
  hashed: u32;
  pyHash: Value;   // what the referent's Python __hash__ returned (hash() answers it), or 0
}
@inline export function asRef(v: Value): WeakRefObj { return changetype<WeakRefObj>(<usize>v); }
const REF_SIZE = offsetof<WeakRefObj>();

let chains: Value = 0;        // dict: address of a referent → its first ref (both as small ints)
export let weakFilter: u64 = 0; // bit (address >> 3) & 63 set: that address may have refs
let referents: u32 = 0;        // entries in the table (the filter is emptied with it)

@inline function keyOf(v: Value): Value { return fromSmall(<i32>(v >> 2)); }
@inline export function filterBit(v: Value): u64 { return <u64>1 << ((v >> 3) & 63); }

export function firstRef(v: Value): Value {
  if (!(weakFilter & filterBit(v)) || !chains || v & 1) return 0;
  const r = dictGet(chains, keyOf(v));
  return r ? (<u32>smallValue(r)) << 2 : 0;
}

// Which objects can be weakly referenced: as CPython (not ints, strs, tuples, lists, dicts, bare
// object()s, builtin exceptions..., but instances of user classes, functions, methods, sets,
// generators, tasklets, channels, types, modules).
export function weakrefable(v: Value): bool {
  if (v & 1 || !v) return false;
  const k = kindOfCall(v);
  switch (k) {
    case Kind.INSTANCE: case Kind.FUNCTION: case Kind.BUILTIN: case Kind.METHOD: case Kind.TASKLET:
    case Kind.CHANNEL: case Kind.SET: case Kind.FROZENSET: case Kind.GENERATOR: case Kind.TYPE:
    case Kind.CODE: case Kind.MODULE: return true;
    // a user class derived from list, dict or an exception has a __weakref__ slot; from tuple not
    case Kind.LIST: case Kind.DICT: case Kind.EXCEPTION: return asType(typeOf(v)).mro != 0;
  }
  return false;
}

// A new ref to v (weakrefable) with callback cb (0 for none), or the shared basic ref when
// cb is 0. Returns a new reference, or 0 when memory is short.
export function weakrefNew(v: Value, cb: Value): Value {
  const first = firstRef(v);
  const basic = first && !asRef(first).callback ? first : 0;
  if (!cb && basic) { asRef(basic).rc++; return basic; }
  if (!chains) { chains = dictNew(); if (!chains) return 0; }
  const r = gcAlloc(REF_SIZE);
  if (!r) return 0;
  const o = asRef(r);
  o.rc = 1;
  o.type = weakrefType;
  o.referent = v;
  o.callback = cb;
  increfCall(cb);
  o.hash = 0;
  o.hashed = 0;
  o.pyHash = 0;
  if (basic) {
    // after the basic ref: callbacks of newer refs come first
    o.prev = basic;
    o.next = asRef(basic).next;
    if (o.next) asRef(o.next).prev = r;
    asRef(basic).next = r;
    return r;
  }
  o.prev = 0;
  o.next = first;
  if (!dictSet(chains, keyOf(v), keyOf(r))) { o.next = 0; o.referent = 0; decrefCall(r); return 0; }
  if (first) asRef(first).prev = r;
  else referents++;
  weakFilter |= filterBit(v);
  return r;
}

// Take r out of its referent's chain (r dies, or its referent does).
function unlink(r: Value): void {
  const o = asRef(r);
  const v = o.referent;
  if (!v) return;
  if (o.next) asRef(o.next).prev = o.prev;
  if (o.prev) asRef(o.prev).next = o.next;
  else if (o.next) dictSet(chains, keyOf(v), keyOf(o.next)); // replaces a value: no allocation
  else dropChain(v);
  o.referent = 0;
  o.next = 0;
  o.prev = 0;
}

function dropChain(v: Value): void {
  dictPop(chains, keyOf(v));
  if (--referents == 0) weakFilter = 0;
}

// A ref's count reached zero (memory/refcount.ts, before it is queued for destruction): it
// leaves the chain at once, so a referent dying in the same release never sees a dead ref.
export function weakrefDying(r: Value): void { unlink(r); }

export function weakrefDestroy(r: Value): void {
  decrefCall(asRef(r).callback);
  decrefCall(asRef(r).pyHash);
  gcFree(r, REF_SIZE);
}

// The referent v's count reached zero (its __del__, if any, has run): every ref to it is
// cleared, then those with a callback are queued for it (it runs in a frame at the next safe point, like a
// __del__, with the ref as its argument).
export function weakrefsClear(v: Value): void {
  let r = firstRef(v);
  if (!r) return;
  dropChain(v);
  while (r) {
    const o = asRef(r);
    const next = o.next;
    o.referent = 0; o.next = 0; o.prev = 0;
    if (o.callback) queueFinalizer(r);
    r = next;
  }
}

// v is cyclic garbage (memory/gc.ts, before anything is finalized or freed): its refs are
// cleared; those that survive the collection and have a callback are put on `pending` (linked
// through `next`, v's refs in chain order ahead of the rest), queued once the collection has
// relinked its lists. Refs that are garbage themselves get no callback, as in CPython.
export function weakrefsOfGarbage(v: Value, pending: Value, survives: (r: Value) => bool): Value {
  let r = firstRef(v);
  if (!r) return pending;
  dropChain(v);
  let head: Value = 0, tail: Value = 0;
  while (r) {
    const o = asRef(r);
    const next = o.next;
    o.referent = 0; o.next = 0; o.prev = 0;
    if (o.callback && survives(r)) {
      if (tail) asRef(tail).next = r; else head = r;
      tail = r;
    }
    r = next;
  }
  if (!head) return pending;
  asRef(tail).next = pending;
  return head;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function weakrefReset(): void { chains = 0; weakFilter = 0; referents = 0; }
