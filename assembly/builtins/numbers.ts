// Attributes and methods of int and float: real, imag, numerator, denominator, conjugate(),
// as_integer_ratio(), float.is_integer(). An int's own value is returned as is (so this holds
// for any int size).
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOf, intType, floatType } from "../objects/type";
import { intValue } from "../objects/int";
import { floatNew, floatValue } from "../objects/float";
import { pyBool } from "../objects/singletons";
import { incref } from "../memory/refcount";
import { raiseMemoryError, raiseLit } from "../vm/errors";
import { OverflowError, ValueError } from "../objects/exception";
import { tupleNew, tupleSet } from "../objects/tuple";
import { intFromF64 } from "../objects/intfloat";
import { decref } from "../memory/refcount";
import { binaryOp, BinOp } from "../vm/arith";
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
  def("as_integer_ratio", NumM.AS_INTEGER_RATIO);
  def("is_integer", NumM.IS_INTEGER);
}

// The number itself as its own type's value: an int stays, a bool becomes its int.
function itself(x: Value): Value {
  if (kindOf(x) == Kind.BOOL) return fromSmall(<i32>intValue(x));
  incref(x);
  return x;
}

export function callNumberMethod(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  const isFloat = kindOf(self) == Kind.FLOAT;
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
  const name = id == NumM.CONJUGATE ? "conjugate" : id == NumM.AS_INTEGER_RATIO ? "as_integer_ratio" : "is_integer";
  if (!onlyKeywords(name, kw, "") || !arity(name, positional(n, kw), 0, 0)) return 0;
  if (id == NumM.CONJUGATE) return itself(self);
  if (id == NumM.AS_INTEGER_RATIO) return isFloat ? floatRatio(floatValue(self)) : pair(itself(self), fromSmall(1));
  const x = floatValue(self);
  return pyBool(x == Math.floor(x) && Math.abs(x) != Infinity);
}

// (a, b) from two new references, or 0 (both released) when the tuple cannot be had.
function pair(a: Value, b: Value): Value {
  const t = a && b ? tupleNew(2) : 0;
  if (!t) {
    if (a) decref(a);
    if (b) decref(b);
    if (a && b) raiseMemoryError();
    return 0;
  }
  tupleSet(t, 0, a);
  tupleSet(t, 1, b);
  return t;
}

// The exact fraction of a float in lowest terms: doubling is exact, so scaling up until the
// value is whole gives an odd numerator over a power of two.
function floatRatio(x: f64): Value {
  if (isNaN(x)) { raiseLit(ValueError, "cannot convert NaN to integer ratio"); return 0; }
  if (!isFinite(x)) { raiseLit(OverflowError, "cannot convert Infinity to integer ratio"); return 0; }
  let shift = 0;
  while (x != Math.floor(x)) { x *= 2; shift++; }
  const one = fromSmall(1);
  return pair(intFromF64(x), shift ? binaryOp(BinOp.LSHIFT, one, fromSmall(shift)) : one);
}
