// Attributes and methods of int and float: real, imag, numerator, denominator, conjugate(),
// float.is_integer(), as_integer_ratio(). An int's own value is returned as is (so this holds
// for any int size).
import { Lit } from "../objects/str";
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOfCall, intType, floatType } from "../objects/type";
import { intValue, intFromI64 } from "../objects/int";
import { intShl } from "../vm/intarith";
import { tuplePair } from "../objects/tuple";
import { ValueError, OverflowError } from "../objects/exception";
import { floatNew, floatValue } from "../objects/float";
import { pyBool } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseMemoryError, raiseLit } from "../objects/errors";
import { PROPERTY, into, def, typeDict } from "./registry";
import { positional, arity, onlyKeywords } from "./args";

export namespace NumM {
  export const REAL: u32 = 1200 | PROPERTY;
  export const IMAG: u32 = 1201 | PROPERTY;
  export const NUMERATOR: u32 = 1202 | PROPERTY;
  export const DENOMINATOR: u32 = 1203 | PROPERTY;
  export const CONJUGATE: u32 = 1204;
  export const IS_INTEGER: u32 = 1205;
  export const AS_INTEGER_RATIO: u32 = 1206;
}

export function numbersInit(): void {
  into(typeDict(intType));
  def("real", NumM.REAL); def("imag", NumM.IMAG); def("conjugate", NumM.CONJUGATE);
  def("numerator", NumM.NUMERATOR); def("denominator", NumM.DENOMINATOR);
  def("as_integer_ratio", NumM.AS_INTEGER_RATIO);
  into(typeDict(floatType));
  def("real", NumM.REAL); def("imag", NumM.IMAG); def("conjugate", NumM.CONJUGATE);
  def("is_integer", NumM.IS_INTEGER); def("as_integer_ratio", NumM.AS_INTEGER_RATIO);
}

// The number itself as its own type's value: an int stays, a bool becomes its int.
function itself(x: Value): Value {
  if (kindOfCall(x) == Kind.BOOL) return fromSmall(<i32>intValue(x));
  increfCall(x);
  return x;
}

export function callNumberMethod(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  const isFloat = kindOfCall(self) == Kind.FLOAT;
  if (id & PROPERTY) {
    switch (id) {
      case NumM.REAL: case NumM.NUMERATOR: return itself(self);
      case NumM.DENOMINATOR: return fromSmall(1);
      case NumM.IMAG: {
        if (!isFloat) return fromSmall(0);
        const z = floatNew(0);
        if (!z) raiseMemoryError();
        return z;
      }
    }
    return 0;
  }
  const name: Lit = id == NumM.CONJUGATE ? "conjugate" : id == NumM.AS_INTEGER_RATIO ? "as_integer_ratio" : "is_integer";
  if (!onlyKeywords(name, kw, "") || !arity(name, positional(n, kw), 0, 0)) return 0;
  if (id == NumM.CONJUGATE) return itself(self);
  if (id == NumM.AS_INTEGER_RATIO) return isFloat ? floatRatio(floatValue(self)) : ratio(itself(self), fromSmall(1));
  const x = floatValue(self);
  return pyBool(x == Math.floor(x) && Math.abs(x) != Infinity);
}

// (numerator, denominator) in lowest terms, exactly: the mantissa as an odd int over a power of two.
function floatRatio(x: f64): Value {
  if (isNaN(x)) { raiseLit(ValueError, "cannot convert NaN to integer ratio"); return 0; }
  if (!isFinite(x)) { raiseLit(OverflowError, "cannot convert Infinity to integer ratio"); return 0; }
  if (x == 0) return ratio(fromSmall(0), fromSmall(1));
  const bits = reinterpret<u64>(x);
  const biased = <i32>((bits >> 52) & 0x7FF);
  let m = (bits & 0xFFFFFFFFFFFFF) | (biased ? <u64>1 << 52 : 0);
  let e = (biased ? biased : 1) - 1075; // |x| = m * 2^e
  const zeros = <i32>ctz(m);
  m >>= <u64>zeros;
  e += zeros;
  const mag = intFromI64(x < 0 ? -<i64>m : <i64>m);
  if (!mag) { raiseMemoryError(); return 0; }
  if (e >= 0) {
    const num = intShl(mag, <u64>e);
    decrefCall(mag);
    return num ? ratio(num, fromSmall(1)) : 0;
  }
  const den = intShl(fromSmall(1), <u64>-e);
  if (!den) { decrefCall(mag); return 0; }
  return ratio(mag, den);
}

// The pair (a, b), taking both references.
function ratio(a: Value, b: Value): Value {
  const t = tuplePair(a, b);
  if (!t) raiseMemoryError();
  return t;
}