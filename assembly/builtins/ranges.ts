// range(): construction, its attributes and methods, sequence equality and reversed(); the
// attributes of slice objects.
// Bounds are 64-bit (wider ones raise OverflowError, where CPython has arbitrary ints).
import { Value, Kind } from "../objects/object";
import { kindOf, rangeType, rangeIterType, sliceType } from "../objects/type";
import { incref } from "../memory/refcount";
import { intValue, isIntLike, intFitsI64 } from "../objects/int";
import { newInt } from "./core";
import { floatValue } from "../objects/float";
import { asRange, rangeNew, rangeLen, RangeObj, asSlice } from "../objects/range";
import { iterNew } from "../objects/iter";
import { raiseLit, raiseMemoryError, raiseTypeMsg, raiseBuf } from "../vm/errors";
import { bufLen, bufLit } from "../objects/buf";
import { writeRepr } from "../objects/repr";
import { TypeError, ValueError, OverflowError } from "../objects/exception";
import { arity } from "./args";
import { PROPERTY, into, def, typeDict } from "./registry";

export namespace RangeM {
  export const START: u32 = 1400 | PROPERTY; // group 14 (dispatch.ts)
  export const STOP: u32 = 1401 | PROPERTY;
  export const STEP: u32 = 1402 | PROPERTY;
  export const INDEX: u32 = 1403;
  export const COUNT: u32 = 1404;
  export const SLICE_START: u32 = 1405 | PROPERTY;
  export const SLICE_STOP: u32 = 1406 | PROPERTY;
  export const SLICE_STEP: u32 = 1407 | PROPERTY;
}

export function rangesInit(): void {
  into(typeDict(rangeType));
  def("start", RangeM.START); def("stop", RangeM.STOP); def("step", RangeM.STEP);
  def("index", RangeM.INDEX); def("count", RangeM.COUNT);
  into(typeDict(sliceType));
  def("start", RangeM.SLICE_START); def("stop", RangeM.SLICE_STOP); def("step", RangeM.SLICE_STEP);
}

export function rangeOf(args: u32, npos: u32): Value {
  if (!arity("range", npos, 1, 3)) return 0;
  for (let i: u32 = 0; i < npos; i++) {
    const x = load<u32>(args + (i << 2));
    if (!isIntLike(x)) { raiseTypeMsg("", x, " object cannot be interpreted as an integer"); return 0; }
    if (!intFitsI64(x)) { raiseLit(OverflowError, "range() arguments must fit in 64 bits here"); return 0; }
  }
  let start: i64 = 0, stop: i64 = 0, step: i64 = 1;
  if (npos == 1) stop = intValue(load<u32>(args));
  else { start = intValue(load<u32>(args)); stop = intValue(load<u32>(args, 4)); }
  if (npos == 3) step = intValue(load<u32>(args, 8));
  if (step == 0) { raiseLit(ValueError, "range() arg 3 must not be zero"); return 0; }
  const r = rangeNew(start, stop, step);
  if (!r) raiseMemoryError();
  return r;
}

@inline function lenOf(r: RangeObj): i64 { return rangeLen(r.start, r.stop, r.step); }

// The position of an int-valued item in r, or -1.
export function rangeFind(r: RangeObj, item: Value): i64 {
  let x: i64 = 0;
  const k = kindOf(item);
  if (k == Kind.INT || k == Kind.BOOL) {
    if (!intFitsI64(item)) return -1;
    x = intValue(item);
  } else if (k == Kind.FLOAT) {
    const f = floatValue(item); // 3.0 in range(5), as a sequence compares
    if (f != Math.floor(f) || Math.abs(f) > 9.0e18) return -1;
    x = <i64>f;
  } else return -1;
  if (r.step > 0 ? (x < r.start || x >= r.stop) : (x > r.start || x <= r.stop)) return -1;
  return (x - r.start) % r.step == 0 ? (x - r.start) / r.step : -1;
}

// reversed(range): an iterator from the last item back to the first.
export function rangeReversed(v: Value): Value {
  const r = asRange(v);
  const n = lenOf(r);
  const last = r.start + (n - 1) * r.step;
  const it = n ? iterNew(rangeIterType, 0, last, r.start - r.step, -r.step) : iterNew(rangeIterType, 0, 0, 0, 1);
  if (!it) raiseMemoryError();
  return it;
}

export function callRangeMethod(id: u32, self: Value, args: u32, n: u32): Value {
  if (id == RangeM.SLICE_START || id == RangeM.SLICE_STOP || id == RangeM.SLICE_STEP) {
    if (!self || kindOf(self) != Kind.SLICE) { raiseLit(TypeError, "descriptor requires a 'slice' object"); return 0; }
    const s = asSlice(self);
    const v = id == RangeM.SLICE_START ? s.start : id == RangeM.SLICE_STOP ? s.stop : s.step;
    incref(v);
    return v;
  }
  if (!self || kindOf(self) != Kind.RANGE) { raiseLit(TypeError, "descriptor requires a 'range' object"); return 0; }
  const r = asRange(self);
  switch (id) {
    case RangeM.START: return newInt(r.start);
    case RangeM.STOP: return newInt(r.stop);
    case RangeM.STEP: return newInt(r.step);
  }
  if (!arity(id == RangeM.INDEX ? "index" : "count", n, 1, 1)) return 0;
  const i = rangeFind(r, load<u32>(args));
  if (id == RangeM.COUNT) return newInt(i >= 0 ? 1 : 0);
  if (i >= 0) return newInt(i);
  const mark = bufLen;
  writeRepr(load<u32>(args));
  bufLit(" is not in range");
  raiseBuf(ValueError, mark);
  return 0;
}
