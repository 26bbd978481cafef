// range and slice objects.
import { Value, Obj } from "./object";
import { rangeType, sliceType } from "./type";
import { alloc, free } from "../memory/heap";
import { decref } from "../memory/refcount";

@unmanaged export class RangeObj extends Obj {
  start: i64;
  stop: i64;
  step: i64;
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
  return p;
}

export function rangeLen(start: i64, stop: i64, step: i64): i64 {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

// Ranges are equal as sequences: both empty, or one start, one length and (past one item) one step.
export function rangeEq(a: Value, b: Value): bool {
  const x = asRange(a), y = asRange(b);
  const n = rangeLen(x.start, x.stop, x.step);
  if (n != rangeLen(y.start, y.stop, y.step)) return false;
  if (n == 0) return true;
  return x.start == y.start && (n == 1 || x.step == y.step);
}

export function rangeFree(v: Value): void { free(v, offsetof<RangeObj>()); }

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
