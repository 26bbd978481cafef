// dict: insertion-ordered. Entries (hash, key, value) are appended to an array; an open-addressed
// index of i32 entry numbers (linear probing, at most half full) finds them. Deleting clears the
// entry's key; a resize compacts. Also used for module globals and type dictionaries.
import { Value, Obj } from "./object";
import { dictType } from "./type";
import { alloc, free } from "../memory/heap";
import { gcAlloc, gcFree } from "../memory/gc";
import { incref, decref } from "../memory/refcount";
import { hashOf, keyEq, hashFailed, clearHashFailed } from "./hash";
import { listAppend } from "./list";
import { asStr, strHash } from "./str";

@unmanaged export class DictObj extends Obj {
  used: u32;     // live entries
  count: u32;    // entries written, including cleared ones
  ver: u32;      // keys version (vm/caches.ts): WATCHED bit | number, 0 while unassigned
  entries: u32;
  mask: u32;     // index slots - 1 (the entry capacity is half the slots)
  index: u32;
}

const ENTRY: u32 = 12;

// Entry capacity: half the index slots (none before the first insert).
@inline function capOf(d: DictObj): u32 { return (d.mask + 1) >> 1; }
export function dictCap(v: Value): u32 { return capOf(asDict(v)); }

// Version tags for the VM's inline caches (vm/caches.ts). A dict's keys version names the set of
// its keys and their entry positions: any insert of a new key, delete, clear or compaction resets
// it to unassigned (0), and a cache asks for a fresh number (dictVersion) when it fills. A value
// replaced in place keeps it, so a cache holding an entry position still reads the right value.
// A WATCHED dict (a class's namespace) also moves classEpoch on every change, values included:
// the caches of attribute lookups along an MRO hold values, validated by that one number.
export const WATCHED: u32 = 0x80000000;
const VERSION_LAST: u32 = 0x7FFFFFFE; // past it no number is assigned: caches stop filling
export const EPOCH_LAST: u32 = 0xFFFFFFFE;
let nextVersion: u32 = 1;
export let classEpoch: u32 = 1;

// The dict's keys version (assigned now if unassigned), or 0 when numbers ran out.
export function dictVersion(v: Value): u32 {
  const d = asDict(v);
  if (d.ver & ~WATCHED) return d.ver;
  if (nextVersion > VERSION_LAST) return 0;
  d.ver |= nextVersion++;
  return d.ver;
}

// Marks a class's namespace: its changes invalidate the attribute caches.
export function dictWatch(v: Value): void {
  asDict(v).ver |= WATCHED;
  bumpClassEpoch();
}

// Something an attribute lookup along an MRO depends on changed (a class dict, an MRO).
export function bumpClassEpoch(): void {
  if (classEpoch < EPOCH_LAST) classEpoch++;
  else classEpoch = EPOCH_LAST + 1; // exhausted: no cache matches or fills any more
}

// The keys (and their positions) change.
@inline function keysChanged(d: DictObj): void {
  if (d.ver & WATCHED) bumpClassEpoch();
  d.ver &= WATCHED;
}

// For vm_init on a used instance (runtime.ts, resetModules).
export function dictReset(): void {
  nextVersion = 1;
  classEpoch = 1;
}

@inline export function asDict(v: Value): DictObj { return changetype<DictObj>(<usize>v); }
@inline export function dictLen(v: Value): u32 { return asDict(v).used; }
@inline export function entryAt(v: Value, i: u32): u32 { return asDict(v).entries + i * ENTRY; }
@inline export function entryKey(e: u32): Value { return load<u32>(e, 4); }
@inline export function entryValue(e: u32): Value { return load<u32>(e, 8); }
@inline export function entryHash(e: u32): u32 { return load<u32>(e); }

export function dictNew(): Value {
  const p = gcAlloc(offsetof<DictObj>());
  if (!p) return 0;
  const d = asDict(p);
  d.rc = 1;
  d.type = dictType;
  d.used = 0;
  d.count = 0;
  d.ver = 0;
  d.entries = 0;
  d.mask = 0;
  d.index = 0;
  return p;
}

// Room for n entries at once (false: no memory). A dict filled at init with a known number of
// keys grows in one step instead of leaving each outgrown table behind as a hole in the heap.
export function dictReserve(v: Value, n: u32): bool {
  const d = asDict(v);
  return capOf(d) >= n || resize(d, n);
}

// Index of the entry holding key, or -1.
function find(d: DictObj, key: Value, h: u32): i32 {
  if (!d.index) return -1;
  let slot = h & d.mask;
  while (true) {
    const e = load<i32>(d.index + (slot << 2));
    if (e < 0) return -1;
    const ep = d.entries + <u32>e * ENTRY;
    if (load<u32>(ep) == h) {
      const k = load<u32>(ep, 4);
      if (k && keyEq(k, key)) return e;
    }
    slot = (slot + 1) & d.mask;
  }
}

function insertIndex(d: DictObj, h: u32, e: u32): void {
  let slot = h & d.mask;
  while (load<i32>(d.index + (slot << 2)) >= 0) slot = (slot + 1) & d.mask;
  store<i32>(d.index + (slot << 2), e);
}

function resize(d: DictObj, need: u32): bool {
  let cap: u32 = 8;
  while (cap < need) cap <<= 1;
  const slots = cap << 1;
  const entries = alloc(cap * ENTRY);
  if (!entries) return false;
  const index = alloc(slots << 2);
  if (!index) { free(entries, cap * ENTRY); return false; }
  memory.fill(index, 0xFF, slots << 2);
  let n: u32 = 0;
  for (let i: u32 = 0; i < d.count; i++) {
    const src = d.entries + i * ENTRY;
    if (!load<u32>(src, 4)) continue;
    memory.copy(entries + n * ENTRY, src, ENTRY);
    n++;
  }
  if (d.entries) free(d.entries, capOf(d) * ENTRY);
  if (d.index) free(d.index, (d.mask + 1) << 2);
  keysChanged(d); // entries move
  d.entries = entries;
  d.index = index;
  d.mask = slots - 1;
  d.count = n;
  for (let i: u32 = 0; i < n; i++) insertIndex(d, load<u32>(entries + i * ENTRY), i);
  return true;
}

// The value for key (borrowed), or NULL when absent or on error (check errorPending for that).
export function dictGet(v: Value, key: Value): Value {
  const h = hashOf(key);
  if (hashFailed) { clearHashFailed(); return 0; }
  return dictGetHashed(v, key, h);
}

// The same with the key's hash known (taken from another dict's entry: no hashing runs).
export function dictGetHashed(v: Value, key: Value, h: u32): Value {
  const e = find(asDict(v), key, h);
  return e < 0 ? 0 : load<u32>(entryAt(v, e), 8);
}

// The entry position of key, or -1 (absent, or its hash failed: check errorPending).
export function dictIndexOf(v: Value, key: Value): i32 {
  const h = hashOf(key);
  if (hashFailed) { clearHashFailed(); return -1; }
  return find(asDict(v), key, h);
}

// Does the dict hold the str key name? The probe of the caches' hits (vm/caches.ts: a method
// or class attribute shadowed by the instance dict). A name's hash is kept in the str, and the
// usual answer, no, is mostly an empty first slot: that much is inlined.
@inline export function dictHasName(v: Value, name: Value): bool {
  const d = asDict(v);
  if (!d.used) return false;
  const h = asStr(name).hash;
  return !(h && load<i32>(d.index + ((h & d.mask) << 2)) < 0) && dictProbeName(d, name, h);
}

// The rest of dictHasName's probe: an attribute's key is usually the name's very str (the
// image's names are interned), so pointers are compared first.
function dictProbeName(d: DictObj, name: Value, h: u32): bool {
  if (!h) return find(d, name, strHash(name)) >= 0;
  let slot = h & d.mask;
  while (true) {
    const e = load<i32>(d.index + (slot << 2));
    if (e < 0) return false;
    const ep = d.entries + <u32>e * ENTRY;
    if (load<u32>(ep) == h) {
      const k = load<u32>(ep, 4);
      if (k == name || (k && keyEq(k, name))) return true;
    }
    slot = (slot + 1) & d.mask;
  }
}

// The keys stored with hash h, appended to list l (user keys: Python's == picks among them).
export function dictKeysWithHash(v: Value, h: u32, l: Value): bool {
  const d = asDict(v);
  if (!d.index) return true;
  let slot = h & d.mask;
  while (true) {
    const e = load<i32>(d.index + (slot << 2));
    if (e < 0) return true;
    const ep = d.entries + <u32>e * ENTRY;
    const k = load<u32>(ep, 4);
    if (k && load<u32>(ep) == h) {
      incref(k);
      if (!listAppend(l, k)) { decref(k); return false; }
    }
    slot = (slot + 1) & d.mask;
  }
}

// Sets d[key] = value (both borrowed). False on MemoryError or unhashable key (error pending).
export function dictSet(v: Value, key: Value, value: Value): bool {
  const h = hashOf(key);
  if (hashFailed) { clearHashFailed(); return false; }
  return dictSetHashed(v, key, value, h);
}

export function dictSetHashed(v: Value, key: Value, value: Value, h: u32): bool {
  const d = asDict(v);
  const e = find(d, key, h);
  incref(value);
  if (e >= 0) {
    const ep = entryAt(v, e);
    const old = load<u32>(ep, 8);
    store<u32>(ep, value, 8);
    if (d.ver & WATCHED) bumpClassEpoch();
    decref(old);
    return true;
  }
  if (d.count == capOf(d) && !resize(d, d.used + 1 + (d.used >> 1))) {
    decref(value);
    return false;
  }
  incref(key);
  const ep = d.entries + d.count * ENTRY;
  store<u32>(ep, h);
  store<u32>(ep, key, 4);
  store<u32>(ep, value, 8);
  insertIndex(d, h, d.count);
  d.count++;
  d.used++;
  keysChanged(d);
  return true;
}

// Removes key; returns its value (a reference the caller now owns) or NULL if absent/error.
export function dictPop(v: Value, key: Value): Value {
  const h = hashOf(key);
  if (hashFailed) { clearHashFailed(); return 0; }
  return dictPopHashed(v, key, h);
}

export function dictPopHashed(v: Value, key: Value, h: u32): Value {
  const d = asDict(v);
  const e = find(d, key, h);
  if (e < 0) return 0;
  const ep = entryAt(v, e);
  const k = load<u32>(ep, 4);
  const value = load<u32>(ep, 8);
  store<u32>(ep, 0, 4);
  store<u32>(ep, 0, 8);
  d.used--;
  keysChanged(d);
  decref(k);
  return value;
}

export function dictClear(v: Value): void {
  const d = asDict(v);
  for (let i: u32 = 0; i < d.count; i++) {
    const ep = d.entries + i * ENTRY;
    const k = load<u32>(ep, 4);
    if (!k) continue;
    store<u32>(ep, 0, 4);
    decref(k);
    decref(load<u32>(ep, 8));
  }
  if (d.entries) free(d.entries, capOf(d) * ENTRY);
  if (d.index) free(d.index, (d.mask + 1) << 2);
  keysChanged(d);
  d.used = 0; d.count = 0; d.entries = 0; d.mask = 0; d.index = 0;
}

// Iteration: the next live entry at or after position i, or -1.
export function dictNext(v: Value, i: u32): i32 {
  const d = asDict(v);
  while (i < d.count) {
    if (load<u32>(d.entries + i * ENTRY, 4)) return <i32>i;
    i++;
  }
  return -1;
}

export function dictDestroy(v: Value): void {
  dictClear(v);
  gcFree(v, offsetof<DictObj>());
}

// A new dict with d's entries (their stored hashes reused), or 0 on MemoryError (none raised).
export function dictCopy(d: Value): Value {
  const c = dictNew();
  if (!c) return 0;
  let i = dictNext(d, 0);
  while (i >= 0) {
    const e = entryAt(d, <u32>i);
    if (!dictSetHashed(c, load<u32>(e, 4), load<u32>(e, 8), entryHash(e))) { decref(c); return 0; }
    i = dictNext(d, <u32>i + 1);
  }
  return c;
}
