// range and slice objects.
import { Value, Obj } from "./object";
import { rangeType, sliceType } from "./type";
import { alloc, free } from "../memory/heap";
import { decref } from "../memory/refcount";

// The items run from start by step up to stop (excluded), all within 64 bits. A range built from
// ints beyond 64 bits (range(-7, -10**25, 7)) has its stop replaced by the equivalent 64-bit one
// (start + len * step) and keeps the arguments in `given`, a tuple, for .stop and repr().
@unmanaged export class RangeObj extends Obj {
  start: i64;
  stop: i64;
  step: i64;
  given: Value;
}
@inline export function asRange(v: Value): RangeObj { return changetype<RangeObj>(<usize>v); }

export function rangeNew(start: i64, stop: i64, step: i64): Value {
  const p = alloc(offsetof<RangeObj>());
  if (!p) return 0;
  const r = asRange(p);
  r.rc = 1;
  r.type = rangeType;
  r.start = start;
  r.stop = stop;
  r.step = step;
  r.given = 0;
  return p;
}

// The number of items; the distance is unsigned, so it cannot overflow (a length beyond 2^63-1 is
// never stored: ranges.ts refuses it).
export function rangeLen(start: i64, stop: i64, step: i64): i64 {
  if (step > 0) return start < stop ? <i64>((<u64>stop - <u64>start - 1) / <u64>step + 1) : 0;
  return start > stop ? <i64>((<u64>start - <u64>stop - 1) / (<u64>0 - <u64>step) + 1) : 0;
}

// Ranges are equal as sequences: both empty, or one start, one length and (past one item) one step.
export function rangeEq(a: Value, b: Value): bool {
  const x = asRange(a), y = asRange(b);
  const n = rangeLen(x.start, x.stop, x.step);
  if (n != rangeLen(y.start, y.stop, y.step)) return false;
  if (n == 0) return true;
  return x.start == y.start && (n == 1 || x.step == y.step);
}

export function rangeFree(v: Value): void {
  if (asRange(v).given) decref(asRange(v).given);
  free(v, offsetof<RangeObj>());
}

@unmanaged export class SliceObj extends Obj {
  start: Value;
  stop: Value;
  step: Value;
}
@inline export function asSlice(v: Value): SliceObj { return changetype<SliceObj>(<usize>v); }

// Takes the caller's references.
export function sliceNew(start: Value, stop: Value, step: Value): Value {
  const p = alloc(offsetof<SliceObj>());
  if (!p) return 0;
  const s = asSlice(p);
  s.rc = 1;
  s.type = sliceType;
  s.start = start;
  s.stop = stop;
  s.step = step;
  return p;
}

export function sliceDestroy(v: Value): void {
  const s = asSlice(v);
  decref(s.start);
  decref(s.stop);
  decref(s.step);
  free(v, offsetof<SliceObj>());
}
