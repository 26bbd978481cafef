// Attributes and methods of int and float: real, imag, numerator, denominator, conjugate(),
// float.is_integer(). An int's own value is returned as is (so this holds for any int size).
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOf, intType, floatType } from "../objects/type";
import { intValue } from "../objects/int";
import { floatNew, floatValue } from "../objects/float";
import { pyBool } from "../objects/singletons";
import { incref } from "../memory/refcount";
import { raiseMemoryError } from "../vm/errors";
import { PROPERTY, into, def, typeDict } from "./registry";
import { positional, arity, onlyKeywords } from "./args";

export namespace NumM {
  export const REAL: u32 = 1200 | PROPERTY;
  export const IMAG: u32 = 1201 | PROPERTY;
  export const NUMERATOR: u32 = 1202 | PROPERTY;
  export const DENOMINATOR: u32 = 1203 | PROPERTY;
  export const CONJUGATE: u32 = 1204;
  export const IS_INTEGER: u32 = 1205;
}

export function numbersInit(): void {
  into(typeDict(intType));
  def("real", NumM.REAL); def("imag", NumM.IMAG); def("conjugate", NumM.CONJUGATE);
  def("numerator", NumM.NUMERATOR); def("denominator", NumM.DENOMINATOR);
  into(typeDict(floatType));
  def("real", NumM.REAL); def("imag", NumM.IMAG); def("conjugate", NumM.CONJUGATE);
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
  const name = id == NumM.CONJUGATE ? "conjugate" : "is_integer";
  if (!onlyKeywords(name, kw, "") || !arity(name, positional(n, kw), 0, 0)) return 0;
  if (id == NumM.CONJUGATE) return itself(self);
  const x = floatValue(self);
  return pyBool(x == Math.floor(x) && Math.abs(x) != Infinity);
}
