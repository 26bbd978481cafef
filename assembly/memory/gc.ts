// The cycle collector. Reference counting frees everything acyclic at once; what it cannot free
// is a group of containers that only reference each other. Every container (a kind that
// objects/traverse.ts can walk) is allocated with an 8-byte link before its header, on one
// doubly-linked list. A collection needs no roots (CPython's algorithm):
//  1. each container's gc count starts as its reference count;
//  2. every reference from one container to another subtracts one: what is left counts the
//     references from outside the containers (frames, natives' globals, tasklets, channels…);
//  3. containers left with a count above zero are reachable, and so is everything they reach;
//  4. the rest is garbage: its references are dropped, which frees it through reference counting.
// During a collection the link's first word holds the container's state instead of `prev`:
// (count << 2) | 1 while undecided, (next on the mark stack) | 2 while waiting to be scanned, 3
// once scanned. Objects are 8-aligned, so stack links keep their low bits free.
// gc.freeze() moves every container to a second list that collections do not scan (a game
// freezes what loading made, so later collections walk only what play makes). A frozen object
// keeps its back link through a collection, so its first word has the low bits 00 then: the
// state tags tell scanned objects from frozen ones without a flag.
// Collections run only at the interpreter's safe points (when every value is in a frame or an
// object), from gc.collect() or when enough new containers have accumulated.
import { Value, obj, isObj, IMMORTAL } from "../objects/object";
import { traverse, clear, isContainer, mustStay } from "../objects/traverse";
import { alloc, free } from "./heap";
import { incref, decref, finalizable, queueFinalizer, requestSafePoint } from "./refcount";
import { weakFilter, filterBit, weakrefsOfGarbage, asRef } from "../objects/weakref";

export const GC_HEAD: u32 = 8;
const UNDECIDED: u32 = 1;
const WAITING: u32 = 2;
const SCANNED: u32 = 3;
const COUNT_CAP: u32 = 1 << 28; // immortal counts are capped: they never reach zero anyway

let head: Value = 0;       // the container list (objects, not link addresses)
let garbageHead: Value = 0; // the garbage being freed by a collection, a list of its own
let frozenHead: Value = 0;  // gc.freeze()'s list
let stackTop: Value = 0;
export let tracked: u32 = 0;          // containers alive
export let survivors: u32 = 0;        // containers alive after the last collection
export let pendingNew: i32 = 0;       // containers made minus containers freed since then
export let threshold: i32 = 700;      // gc.set_threshold(): new containers before a collection
export let enabled: bool = true;
export let due: bool = false;         // the interpreter collects at its next safe point
export let collections: u32 = 0;
export let collected: u32 = 0;        // containers freed by the collector, in all

@inline function prevOf(v: Value): u32 { return load<u32>(v - 8); }
@inline function nextOf(v: Value): u32 { return load<u32>(v - 4); }
@inline function setPrev(v: Value, p: u32): void { store<u32>(v - 8, p); }
@inline function setNext(v: Value, n: u32): void { store<u32>(v - 4, n); }

// A container's memory: the link, then `size` bytes of object. Returns the object or 0.
export function gcAlloc(size: u32): Value {
  const p = alloc(size + GC_HEAD);
  if (!p) return 0;
  const v = p + GC_HEAD;
  setPrev(v, 0);
  setNext(v, head);
  if (head) setPrev(head, v);
  head = v;
  tracked++;
  // full collections only: waiting for a quarter of the survivors keeps their cost linear
  if (++pendingNew > threshold + <i32>(survivors >> 2) && enabled && threshold > 0) { due = true; requestSafePoint(); }
  return v;
}

export function gcFree(v: Value, size: u32): void {
  const p = prevOf(v), n = nextOf(v);
  if (p) setNext(p, n);
  else if (head == v) head = n;
  else if (frozenHead == v) frozenHead = n;
  else garbageHead = n;
  if (n) setPrev(n, p);
  tracked--;
  pendingNew--;
  free(v - GC_HEAD, size + GC_HEAD);
}

@inline function stateOf(v: Value): u32 { return prevOf(v); }
// (During a collection: a container being scanned, not a frozen one.)
@inline function tracks(c: Value): bool { return isObj(c) && isContainer(c) && (stateOf(c) & 3) != 0; }

function subtract(c: Value): void {
  if (!tracks(c)) return;
  const s = stateOf(c);
  if ((s & 3) == UNDECIDED && s >= 4) setPrev(c, s - 4);
}

function push(c: Value): void {
  setPrev(c, stackTop | WAITING);
  stackTop = c;
}

function reach(c: Value): void {
  if (tracks(c) && (stateOf(c) & 3) == UNDECIDED) push(c);
}

function drain(): void {
  while (stackTop) {
    const x = stackTop;
    stackTop = stateOf(x) & ~3;
    setPrev(x, SCANNED);
    traverse(x, reach);
  }
}

// Relink `v` at the end of the list that `last` ends; returns v.
@inline function append(last: Value, v: Value, toGarbage: bool): Value {
  setPrev(v, last);
  setNext(v, 0);
  if (last) setNext(last, v);
  else if (toGarbage) garbageHead = v;
  else head = v;
  return v;
}

// One collection. Returns the number of garbage containers found; when some of them have a
// __del__ that has not run, nothing is freed: their finalizers are queued (they run at the next
// safe point) and the next collection frees whatever is still garbage after them.
export let deferred: bool = false;

export function gcCollect(): u32 { return collect(null); }

// At program exit (CPython clears the modules' globals, then collects): `clearRoots` calls
// gcClearedRoot for each module's globals dict, so whatever only globals hold is garbage, even
// though functions (of immortal classes) still point at their globals. Its finalizers are
// queued; nothing is freed (the modules keep their dicts; the VM is reset before the next
// program).
export function gcExitCollect(clearRoots: () => void): u32 { return collect(clearRoots); }

// During gcExitCollect's clearRoots: v counts as cleared, so the mark never passes through it.
export function gcClearedRoot(v: Value): void { if (tracks(v)) setPrev(v, SCANNED); }

// (During a collection, after the mark: not garbage. A frozen object's state is its back link.)
function survives(v: Value): bool { return stateOf(v) != UNDECIDED; }

function collect(clearRoots: (() => void) | null): u32 {
  const exiting = clearRoots != null;
  due = false;
  deferred = false;
  collections++;
  // 1, 2: counts of references from outside the containers
  for (let v = head; v; v = nextOf(v)) {
    const rc = obj(v).rc;
    const n = mustStay(v) || rc >= COUNT_CAP ? COUNT_CAP : rc;
    setPrev(v, (n << 2) | UNDECIDED);
  }
  for (let v = head; v; v = nextOf(v)) traverse(v, subtract);
  if (exiting) changetype<() => void>(clearRoots)();
  // 3: mark from every container referenced from outside
  for (let v = head; v; v = nextOf(v)) {
    const s = stateOf(v);
    if ((s & 3) == UNDECIDED && s >= 4) { push(v); drain(); }
  }
  // CPython's order: weak references to the garbage are cleared before any callback or
  // finalizer runs; the callbacks of the refs that survive are queued first, after the split
  let callbacks: Value = 0;
  if (weakFilter && !exiting) {
    for (let v = head; v; v = nextOf(v)) {
      if (stateOf(v) == UNDECIDED && (weakFilter & filterBit(v))) callbacks = weakrefsOfGarbage(v, callbacks, survives);
    }
  }
  // 4: split into survivors and garbage, restoring the back links
  let v = head;
  head = 0;
  garbageHead = 0;
  let lastLive: Value = 0, lastDead: Value = 0, found: u32 = 0, live: u32 = 0;
  let finalizers = false;
  while (v) {
    const n = nextOf(v);
    if (stateOf(v) == UNDECIDED) {
      lastDead = append(lastDead, v, true);
      found++;
      if (finalizable(v)) finalizers = true;
    } else {
      lastLive = append(lastLive, v, false);
      live++;
    }
    v = n;
  }
  while (callbacks) {
    const r = callbacks;
    callbacks = asRef(r).next;
    asRef(r).next = 0;
    queueFinalizer(r);
  }
  if (finalizers || exiting) {
    // run every __del__ first (they may resurrect anything they reach): keep the garbage
    // oldest first, as CPython finalizes its garbage (the list runs newest first)
    for (let g = lastDead; g; g = g == garbageHead ? 0 : prevOf(g)) if (finalizable(g)) queueFinalizer(g);
    if (garbageHead) {
      setPrev(garbageHead, lastLive);
      if (lastLive) setNext(lastLive, garbageHead); else head = garbageHead;
      garbageHead = 0;
    }
    deferred = finalizers;
  } else {
    // hold every piece so that none is freed while its neighbours are cleared, then let go
    for (let g = garbageHead; g; g = nextOf(g)) incref(g);
    for (let g = garbageHead; g; g = nextOf(g)) clear(g);
    while (garbageHead) decref(garbageHead); // freeing unlinks it from the garbage list
    collected += found;
  }
  survivors = finalizers || exiting ? live + found : live;
  pendingNew = 0;
  return found;
}

assert(IMMORTAL > COUNT_CAP);

// vm_init: a fresh heap has no containers. `stress` collects as often as the survivor rule allows.
export function gcReset(stress: bool): void {
  head = 0; garbageHead = 0; frozenHead = 0; stackTop = 0;
  tracked = 0; survivors = 0; pendingNew = 0;
  threshold = stress ? 1 : 700;
  enabled = true; due = false; deferred = false;
  collections = 0; collected = 0;
}

// gc.enable()/disable(): automatic collections only; gc.collect() always runs.
export function gcEnable(on: bool): void {
  enabled = on;
  if (!on) due = false;
}

// gc.set_threshold(n): new containers (beyond a quarter of the survivors) before a collection;
// 0 turns automatic collection off, as in CPython.
export function gcSetThreshold(n: i32): void {
  threshold = n;
  if (n <= 0) due = false;
}

// List `from` put in front of list `onto`; returns the joined list's head.
function splice(from: Value, onto: Value): Value {
  if (!from) return onto;
  let last = from;
  while (nextOf(last)) last = nextOf(last);
  setNext(last, onto);
  if (onto) setPrev(onto, last);
  return from;
}

// gc.freeze(): every container so far joins the frozen list, which collections skip.
export function gcFreeze(): void {
  frozenHead = splice(head, frozenHead);
  head = 0;
  survivors = 0;
  pendingNew = 0;
}

// gc.unfreeze(): the frozen containers are collected again.
export function gcUnfreeze(): void {
  head = splice(frozenHead, head);
  frozenHead = 0;
}

export function gcFrozenCount(): u32 {
  let n: u32 = 0;
  for (let v = frozenHead; v; v = nextOf(v)) n++;
  return n;
}
