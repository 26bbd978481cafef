// Reference counting. Release is deterministic but never recursive on the wasm stack: an object
// whose count reaches zero is queued (its count word becomes the queue link) and one loop
// destroys queued objects, whose children may queue more. Deep structures cannot trap.
import { Value, Obj, isObj, obj } from "../objects/object";
import { destroy } from "../objects/destroy";
import { intType, floatType, weakrefType, kindOf } from "../objects/type";
import { weakFilter, filterBit, weakrefsClear, weakrefDying } from "../objects/weakref";
import { intBytes } from "../objects/int";
import { listNew, listAppend, listReserve, listLen, asList } from "../objects/list";
import { heap } from "./heap";
import { regionFree, regionFreeSmall } from "./region";

let dying: u32 = 0;
// FloatObj: a header and 8 bytes.
const FLOAT_SIZE: u32 = 16;
let draining: bool = false;

@inline export function incref(v: Value): void {
  if (isObj(v)) obj(v).rc++;
}

@inline export function decref(v: Value): void {
  if (isObj(v)) {
    const o = obj(v);
    if (--o.rc == 0) release(v);
  }
}

// incref and decref as calls, for code off the hot paths (builtins/, big-int arithmetic, class
// building, the host boundary): their inlined bodies cost 15-25 bytes at each of about 400 sites.
// The interpreter, frames, attributes and containers keep the inlined ones; scripts/cold-code.mjs
// keeps binaryen from inlining these.
export function increfCall(v: Value): void { incref(v); }
export function decrefCall(v: Value): void { decref(v); }

// Objects whose __del__ must run before they go: resurrected with one reference held here,
// finalized by the interpreter in a frame at its next safe point (never from native code).
export let finalizers: Value = 0;   // a list, made on first use
export let finalizerPending: bool = false;

// Work for the interpreter's next safe point (a call, return or jump): finalizers to run, or a
// cycle collection (memory/gc.ts). One flag, so the loop checks one word.
export let safePointDue: bool = false;
export function requestSafePoint(): void { safePointDue = true; }
export function safePointDone(): void { safePointDue = false; }

export function takeFinalizer(): Value {
  const l = asList(finalizers);
  if (!l.len) { finalizerPending = false; return 0; }
  const v = load<u32>(l.items);
  memory.copy(l.items, l.items + 4, (l.len - 1) << 2);
  l.len--;
  if (!l.len) finalizerPending = false;
  return v;
}

// Which objects need a finalizer (an instance with a __del__, a generator suspended in a try)
// is decided on the floors above, which register the test at init (vm/finalizers.ts): this
// floor asks only for the kinds they name, so other kinds pay no call.
let finalizerKinds: u64 = 0;
let finalizerTest: (v: Value) => bool = noFinalizer;
let finalizerMark: (v: Value) => void = noMark;
function noFinalizer(v: Value): bool { return false; }
function noMark(v: Value): void {}

export function registerFinalizers(kinds: u64, test: (v: Value) => bool, mark: (v: Value) => void): void {
  finalizerKinds = kinds; finalizerTest = test; finalizerMark = mark;
}

export function finalizable(v: Value): bool {
  return ((finalizerKinds >> <u64>kindOf(v)) & 1) != 0 && finalizerTest(v);
}

// Queue v's __del__, the queue taking a new reference. Either way v counts as finalized: when
// memory is too short to queue it, it goes without its __del__.
export function queueFinalizer(v: Value): bool {
  finalizerMark(v);
  if (!finalizers) finalizers = listNew(4);
  if (!finalizers || !listReserve(finalizers, listLen(finalizers) + 1)) return false;
  obj(v).rc++;
  listAppend(finalizers, v);
  finalizerPending = true;
  safePointDue = true;
  return true;
}

function release(v: Value): void {
  // leaf objects (boxed ints and floats) go straight back to the allocator: the hot case
  const t = obj(v).type;
  if (t == floatType) { regionFreeSmall(heap, v, FLOAT_SIZE); return; }
  if (t == intType) { regionFree(heap, v, intBytes(v)); return; }
  if (finalizable(v) && queueFinalizer(v)) return;
  // weak references are cleared (callbacks queued) in the order the counts reach zero, which
  // is CPython's: the release queue below destroys in another order
  if (t == weakrefType) weakrefDying(v);
  else if (weakFilter & filterBit(v)) weakrefsClear(v);
  obj(v).rc = dying;
  dying = v;
  if (draining) return;
  draining = true;
  while (dying) {
    const d = dying;
    dying = obj(d).rc;
    obj(d).rc = 0;
    destroy(d);
  }
  draining = false;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function refcountReset(): void {
  dying = 0; draining = false; finalizers = 0; finalizerPending = false; safePointDue = false;
  finalizerKinds = 0; finalizerTest = noFinalizer; finalizerMark = noMark;
}
