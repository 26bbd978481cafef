// list: a header with length and capacity, items in a separate heap block that grows by half.
import { Value, Obj } from "./object";
import { listType } from "./type";
import { alloc, free } from "../memory/heap";
import { gcAlloc, gcFree } from "../memory/gc";
import { incref, decref } from "../memory/refcount";

@unmanaged export class ListObj extends Obj {
  len: u32;
  cap: u32;
  items: u32;
}

@inline export function asList(v: Value): ListObj { return changetype<ListObj>(<usize>v); }
@inline export function listLen(v: Value): u32 { return asList(v).len; }
@inline export function listGet(v: Value, i: u32): Value { return load<u32>(asList(v).items + (i << 2)); }
@inline export function listSetRaw(v: Value, i: u32, x: Value): void { store<u32>(asList(v).items + (i << 2), x); }

export function listNew(cap: u32): Value {
  const p = gcAlloc(offsetof<ListObj>());
  if (!p) return 0;
  const l = asList(p);
  l.rc = 1;
  l.type = listType;
  l.len = 0;
  l.cap = 0;
  l.items = 0;
  if (cap && !listReserve(p, cap)) { gcFree(p, offsetof<ListObj>()); return 0; }
  return p;
}

// Make room for at least `need` items. False (and nothing changed) when memory is exhausted.
export function listReserve(v: Value, need: u32): bool {
  const l = asList(v);
  if (need <= l.cap) return true;
  const MAX_ITEMS: u32 = 0x3FFFFFFF; // items * 4 must fit in 32 bits
  if (need > MAX_ITEMS) return false;
  let cap = l.cap + (l.cap >> 1) + 4;
  if (cap < need || cap > MAX_ITEMS) cap = need;
  const items = alloc(cap << 2);
  if (!items) return false;
  if (l.items) {
    memory.copy(items, l.items, l.len << 2);
    free(l.items, l.cap << 2);
  }
  l.items = items;
  l.cap = cap;
  return true;
}

// Appends, taking the caller's reference to x (released if memory is exhausted).
export function listAppend(v: Value, x: Value): bool {
  const l = asList(v);
  if (l.len == l.cap && !listReserve(v, l.len + 1)) { decref(x); return false; }
  store<u32>(l.items + (l.len << 2), x);
  l.len++;
  return true;
}

export function listFromItems(src: u32, n: u32): Value {
  const v = listNew(n);
  if (!v) return 0;
  for (let i: u32 = 0; i < n; i++) {
    const x = load<u32>(src + (i << 2));
    incref(x);
    store<u32>(asList(v).items + (i << 2), x);
  }
  asList(v).len = n;
  return v;
}

export function listDestroy(v: Value): void {
  const l = asList(v);
  for (let i = l.len; i > 0; i--) decref(load<u32>(l.items + ((i - 1) << 2))); // last item first, as CPython
  if (l.items) free(l.items, l.cap << 2);
  gcFree(v, offsetof<ListObj>());
}
