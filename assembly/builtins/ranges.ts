// range(): construction, its attributes and methods, sequence equality and reversed(); the
// attributes of slice objects.
// Items and lengths are 64-bit (wider ones raise OverflowError, where CPython has arbitrary ints).
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOfCall, rangeType, rangeIterType, sliceType } from "../objects/type";
import { intValue, isIntLike, intFitsI64, intSign, mulFits } from "../objects/int";
import { binaryOp, BinOp } from "../vm/arith";
import { tupleNew, tupleSet, tupleGet } from "../objects/tuple";
import { increfCall, decrefCall } from "../memory/refcount";
import { newInt } from "./core";
import { floatValue } from "../objects/float";
import { asRange, rangeNew, rangeLen, RangeObj, asSlice } from "../objects/range";
import { iterNew } from "../objects/iter";
import { raiseLit, raiseMemoryError, raiseTypeMsg, raiseBuf } from "../objects/errors";
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
  }
  const start = npos == 1 ? fromSmall(0) : load<u32>(args);
  const stop = npos == 1 ? load<u32>(args) : load<u32>(args, 4);
  const step = npos == 3 ? load<u32>(args, 8) : fromSmall(1);
  if (intSign(step) == 0) { raiseLit(ValueError, "range() arg 3 must not be zero"); return 0; }
  if (intFitsI64(start) && intFitsI64(stop) && intFitsI64(step)) {
    const s = intValue(start), e = intValue(stop), st = intValue(step);
    const n = rangeLen(s, e, st);
    // the iteration ends at start + len * step: it must not wrap around
    if (n >= 0 && endFits(s, n, st)) return newRange(s, e, st, 0);
  }
  return bigRange(start, stop, step);
}

function newRange(start: i64, stop: i64, step: i64, given: Value): Value {
  const r = rangeNew(start, stop, step);
  if (!r) { raiseMemoryError(); return 0; }
  asRange(r).given = given;
  return r;
}

// Where iteration stops, start + n * step, when it fits in 64 bits (in `rangeEnd`): the last item
// (between start and a 64-bit stop, or checked by lastFits) plus one step. The products wrap, but
// the last item is exact because it fits.
let rangeEnd: i64 = 0;
function endFits(start: i64, n: i64, step: i64): bool {
  rangeEnd = start;
  if (n == 0) return true;
  const last = start + (n - 1) * step;
  rangeEnd = last + step;
  return ((last ^ rangeEnd) & (step ^ rangeEnd)) >= 0;
}

// Is start + (n - 1) * step within 64 bits (ints of any size)?
function lastFits(start: Value, n: i64, step: Value): bool {
  const k = newInt(n - 1);
  if (!k) return false;
  const d = binaryOp(BinOp.MUL, k, step);
  decrefCall(k);
  if (!d) return false;
  const last = binaryOp(BinOp.ADD, start, d);
  decrefCall(d);
  if (!last) return false;
  const fits = intFitsI64(last);
  decrefCall(last);
  return fits;
}

function overflow(): Value {
  raiseLit(OverflowError, "range() items and length must fit in 64 bits here");
  return 0;
}

// A range from ints beyond 64 bits: fine when its items and length fit (range(-7, -10**25, 7) is
// empty); it is stored with the equivalent 64-bit stop, and a step beyond 64 bits (one item at
// most) as 1. The arguments are kept for .start, .stop, .step and repr().
function bigRange(start: Value, stop: Value, step: Value): Value {
  const up = intSign(step) > 0;
  // len = (|stop - start| - 1) // |step| + 1 when stop is past start in step's direction
  let n: i64 = 0;
  const dist = up ? binaryOp(BinOp.SUB, stop, start) : binaryOp(BinOp.SUB, start, stop);
  if (!dist) return 0;
  if (intSign(dist) > 0) {
    const less = binaryOp(BinOp.SUB, dist, fromSmall(1));
    decrefCall(dist);
    if (!less) return 0;
    const mag = up ? step : binaryOp(BinOp.SUB, fromSmall(0), step);
    if (!mag) { decrefCall(less); return 0; }
    const q = binaryOp(BinOp.FLOORDIV, less, mag);
    decrefCall(less);
    if (!up) decrefCall(mag);
    if (!q) return 0;
    const fits = intFitsI64(q) && intValue(q) < i64.MAX_VALUE;
    n = fits ? intValue(q) + 1 : 0;
    decrefCall(q);
    if (!fits) return overflow();
  } else decrefCall(dist);
  // an empty range is stored as range(0, 0, ±1); one item needs no step
  let s: i64 = 0;
  let st: i64 = up ? 1 : -1;
  if (n > 0) {
    if (!intFitsI64(start)) return overflow();
    s = intValue(start);
    if (intFitsI64(step)) st = intValue(step);
    else if (n > 1) return overflow();
    if (!lastFits(start, n, step)) return overflow();
  }
  if (!endFits(s, n, st)) return overflow();
  const given = tupleNew(3);
  if (!given) { raiseMemoryError(); return 0; }
  increfCall(start); increfCall(stop); increfCall(step);
  tupleSet(given, 0, start);
  tupleSet(given, 1, stop);
  tupleSet(given, 2, step);
  const r = newRange(s, rangeEnd, st, given);
  if (!r) decrefCall(given);
  return r;
}

@inline function lenOf(r: RangeObj): i64 { return rangeLen(r.start, r.stop, r.step); }

// The position of an int-valued item in r, or -1.
export function rangeFind(r: RangeObj, item: Value): i64 {
  let x: i64 = 0;
  const k = kindOfCall(item);
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

// reversed(range): an iterator from the last item back to the first (ending one step before it).
export function rangeReversed(v: Value): Value {
  const r = asRange(v);
  const n = lenOf(r);
  const last = r.start + (n - 1) * r.step;
  if (n && !endFits(last, n, -r.step)) return overflow();
  const it = n ? iterNew(rangeIterType, 0, last, rangeEnd, -r.step) : iterNew(rangeIterType, 0, 0, 0, 1);
  if (!it) raiseMemoryError();
  return it;
}

// r[a:b:c], the slice resolved to indexes (start, stop, step) and a length: a range of the items
// at those indexes, its bounds computed as CPython does; where they leave 64 bits, the same items
// end at the value one step past the last (or OverflowError when that leaves them too).
export function rangeSlice(r: RangeObj, start: i64, stop: i64, step: i64, n: i64): Value {
  const first = r.start + start * r.step; // an item, or unused when n is 0
  if (!mulFits(r.step, step)) return overflow();
  const by = r.step * step;
  const d = stop * r.step;
  const end = r.start + d;
  const exact = mulFits(stop, r.step) && ((r.start ^ end) & (d ^ end)) >= 0;
  if (n == 0) return newRange(exact ? first : 0, exact ? end : 0, by, 0);
  if (exact) return newRange(first, end, by, 0);
  if (!endFits(first, n, by)) return overflow();
  return newRange(first, rangeEnd, by, 0);
}

export function callRangeMethod(id: u32, self: Value, args: u32, n: u32): Value {
  if (id == RangeM.SLICE_START || id == RangeM.SLICE_STOP || id == RangeM.SLICE_STEP) {
    if (!self || kindOfCall(self) != Kind.SLICE) { raiseLit(TypeError, "descriptor requires a 'slice' object"); return 0; }
    const s = asSlice(self);
    const v = id == RangeM.SLICE_START ? s.start : id == RangeM.SLICE_STOP ? s.stop : s.step;
    increfCall(v);
    return v;
  }
  if (!self || kindOfCall(self) != Kind.RANGE) { raiseLit(TypeError, "descriptor requires a 'range' object"); return 0; }
  const r = asRange(self);
  switch (id) {
    case RangeM.START: case RangeM.STOP: case RangeM.STEP: {
      if (r.given) {
        const v = tupleGet(r.given, id == RangeM.START ? 0 : id == RangeM.STOP ? 1 : 2);
        increfCall(v);
        return v;
      }
      return newInt(id == RangeM.START ? r.start : id == RangeM.STOP ? r.stop : r.step);
    }
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

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function rangesReset(): void { rangeEnd = 0; }
