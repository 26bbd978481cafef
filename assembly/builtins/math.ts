// The `math` module (natives over f64 and i64).
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOfCall } from "../objects/type";
import { intValue, isIntLike, intFitsI64, intSign, intCompare } from "../objects/int";
import { floatOverflow, intToF64, intFrexp, frexpExp } from "../objects/intfloat";
import { isOddInteger } from "../vm/arith";
import { tuplePair } from "../objects/tuple";
import { intGcd, intIsqrt, intMulInto, intDivInto, intAdd } from "../vm/intarith";
import { intAsF64, intOfFloat } from "../objects/intfloat";
import { increfCall, decrefCall } from "../memory/refcount";
import { True } from "../objects/singletons";
import { floatNew, floatValue } from "../objects/float";
import { pyBool } from "../objects/singletons";
import { raiseLit, raiseBuf, raiseMemoryError, raiseTypeMsg, raiseTypeUnquoted } from "../objects/errors";
import { bufLen, bufLit, bufStrValue } from "../objects/buf";
import { writeI64 } from "../objects/repr";
import { builtinName } from "./init";
import { ValueError, OverflowError, TypeError, ZeroDivisionError } from "../objects/exception";
import { positional, onlyKeywords } from "./args";
import { into, def, defValue } from "./registry";

export namespace M {
  export const SQRT: u32 = 800;
  export const FLOOR: u32 = 801;
  export const CEIL: u32 = 802;
  export const FABS: u32 = 803;
  export const LOG: u32 = 804;
  export const LOG2: u32 = 805;
  export const LOG10: u32 = 806;
  export const EXP: u32 = 807;
  export const SIN: u32 = 808;
  export const COS: u32 = 809;
  export const TAN: u32 = 810;
  export const ATAN: u32 = 811;
  export const ATAN2: u32 = 812;
  export const HYPOT: u32 = 813;
  export const POW: u32 = 814;
  export const GCD: u32 = 815;
  export const ISQRT: u32 = 816;
  export const TRUNC: u32 = 817;
  export const ISNAN: u32 = 818;
  export const ISINF: u32 = 819;
  export const FACTORIAL: u32 = 820;
  export const ASIN: u32 = 821;
  export const ACOS: u32 = 822;
  export const DEGREES: u32 = 823;
  export const RADIANS: u32 = 824;
  export const COPYSIGN: u32 = 825;
  export const ISFINITE: u32 = 826;
  export const COMB: u32 = 827;
  export const FMOD: u32 = 828;
  export const LDEXP: u32 = 829;
  export const FREXP: u32 = 830;
  export const MODF: u32 = 831;
  export const SINH: u32 = 832;
  export const COSH: u32 = 833;
  export const TANH: u32 = 834;
  export const ASINH: u32 = 835;
  export const ACOSH: u32 = 836;
  export const ATANH: u32 = 837;
  export const EXPM1: u32 = 838;
  export const LOG1P: u32 = 839;
}

export function mathInit(d: Value): void {
  into(d);
  def("sqrt", M.SQRT); def("floor", M.FLOOR); def("ceil", M.CEIL); def("fabs", M.FABS); def("log", M.LOG);
  def("log2", M.LOG2); def("log10", M.LOG10); def("exp", M.EXP); def("sin", M.SIN); def("cos", M.COS);
  def("tan", M.TAN); def("atan", M.ATAN); def("atan2", M.ATAN2); def("hypot", M.HYPOT); def("pow", M.POW);
  def("gcd", M.GCD); def("isqrt", M.ISQRT); def("trunc", M.TRUNC); def("isnan", M.ISNAN); def("isinf", M.ISINF);
  def("factorial", M.FACTORIAL); def("asin", M.ASIN); def("acos", M.ACOS); def("degrees", M.DEGREES);
  def("radians", M.RADIANS); def("copysign", M.COPYSIGN); def("isfinite", M.ISFINITE); def("comb", M.COMB);
  def("fmod", M.FMOD); def("ldexp", M.LDEXP); def("frexp", M.FREXP); def("modf", M.MODF);
  def("sinh", M.SINH); def("cosh", M.COSH); def("tanh", M.TANH); def("asinh", M.ASINH); def("acosh", M.ACOSH);
  def("atanh", M.ATANH); def("expm1", M.EXPM1); def("log1p", M.LOG1P);
  defValue("pi", floatNew(Math.PI));
  defValue("e", floatNew(Math.E));
  defValue("tau", floatNew(2 * Math.PI));
  defValue("inf", floatNew(Infinity));
  defValue("nan", floatNew(NaN));
}

let bad = false;
function num(v: Value): f64 {
  const k = kindOfCall(v);
  if (k == Kind.FLOAT) return floatValue(v);
  if (k == Kind.INT || k == Kind.BOOL) {
    const x = intAsF64(v);
    bad = floatOverflow;
    return x;
  }
  raiseTypeUnquoted("must be real number, not ", v, ""); // CPython leaves this type name bare
  bad = true;
  return 0;
}

function flt(x: f64): Value { const v = floatNew(x); if (!v) raiseMemoryError(); return v; }
function domain(): Value { raiseLit(ValueError, "math domain error"); return 0; }
function rangeError(): Value { raiseLit(OverflowError, "math range error"); return 0; }

// CPython's rule for a one-argument function (math_1): a NaN from a number is a domain error; an
// infinity from a finite number is a range error where the function overflows (exp, sinh...),
// else a domain error (a pole: log(0), atanh(1)). An underflow to zero is no error.
function checked(x: f64, r: f64, canOverflow: bool): Value {
  if (isNaN(r) && !isNaN(x)) return domain();
  if (!isFinite(r) && !isNaN(r) && isFinite(x)) return canOverflow ? rangeError() : domain();
  return flt(r);
}

// math.pow: C99's pow() special values, where JavaScript's Math.pow differs (1 ** nan and
// (-1) ** inf are 1), then domain and range errors as CPython raises them.
function powOf(x: f64, y: f64): Value {
  if (!isFinite(x) || !isFinite(y)) {
    if (isNaN(x)) return flt(y == 0 ? 1.0 : x);
    if (isNaN(y)) return flt(x == 1.0 ? 1.0 : y);
    if (!isFinite(x)) {
      const odd = isOddInteger(y);
      if (y > 0) return flt(odd ? x : Math.abs(x));
      if (y == 0) return flt(1.0);
      return flt(odd ? copysign<f64>(0.0, x) : 0.0);
    }
    const ax = Math.abs(x); // y is infinite
    if (ax == 1.0) return flt(1.0);
    if (y > 0 && ax > 1.0) return flt(y);
    if (y < 0 && ax < 1.0) return flt(-y);
    return flt(0.0);
  }
  const r = Math.pow(x, y);
  if (isNaN(r)) return domain();
  if (!isFinite(r)) return x == 0 ? domain() : rangeError();
  return flt(r);
}

// The natural logarithm of a positive int of any size: as a float when it converts, else from
// its mantissa and binary exponent (CPython's loghelper). 0 means an exception is pending.
function logOf(v: Value, base: u32): f64 {
  if (isIntLike(v)) {
    if (intSign(v) <= 0) { domain(); bad = true; return 0; }
    const x = intToF64(v);
    if (floatOverflow) {
      const m = intFrexp(v);
      return logBase(m, base) + logBase(2.0, base) * <f64>frexpExp;
    }
    return logBase(x, base);
  }
  const x = num(v);
  if (bad) return 0;
  // log(0) is a pole, log(-1) and log(-inf) NaN: both domain errors
  if (x == 0 || x < 0 || x == -Infinity) { domain(); bad = true; return 0; }
  return logBase(x, base);
}

function logBase(x: f64, base: u32): f64 {
  return base == 2 ? Math.log2(x) : base == 10 ? Math.log10(x) : Math.log(x);
}

// hypot of n coordinates without overflow or underflow on the way: scaled by a power of two
// (exact) near the largest; an infinite coordinate wins over a NaN, as in C99.
function hypotOf(args: u32, n: u32): Value {
  let max: f64 = 0;
  let nan = false;
  for (let i: u32 = 0; i < n; i++) {
    const x = Math.abs(num(load<u32>(args + (i << 2))));
    if (bad) return 0;
    if (isNaN(x)) nan = true;
    else if (x > max) max = x;
  }
  if (max == Infinity) return flt(Infinity);
  if (nan) return flt(NaN);
  if (max == 0 || n == 1) return flt(max);
  const e = <i32>((reinterpret<u64>(max) >> 52) & 0x7FF) - 1023;
  const scale = Math.scalbn(1.0, -e);
  let s: f64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const x = num(load<u32>(args + (i << 2))) * scale;
    s += x * x;
  }
  return flt(Math.scalbn(Math.sqrt(s), e));
}

// math.ldexp(x, i): x * 2**i, i an int of any size (clamped: beyond ±2200 the result is already
// infinite or zero); an overflow is a range error.
function ldexpOf(x: f64, i: Value): Value {
  if (kindOfCall(i) == Kind.BOOL || !isIntLike(i)) { raiseLit(TypeError, "Expected an int as second argument to ldexp."); return 0; }
  if (x == 0 || !isFinite(x)) return flt(x);
  let e: i64 = intFitsI64(i) ? intValue(i) : intSign(i) * <i64>10000;
  if (e > 2200) e = 2200;
  if (e < -2200) e = -2200;
  const r = Math.scalbn(x, <i32>e);
  return isFinite(r) ? flt(r) : rangeError();
}

// (m, e) with x = m * 2**e and 0.5 <= |m| < 1; zero, infinities and NaN give (x, 0).
function frexpOf(x: f64): Value {
  let e: i32 = 0;
  let m = x;
  if (x != 0 && isFinite(x)) {
    if (Math.abs(x) < 2.2250738585072014e-308) { m *= 18014398509481984.0; e = -54; } // subnormal: 2^54
    const bits = reinterpret<u64>(m);
    e += <i32>((bits >> 52) & 0x7FF) - 1022;
    m = reinterpret<f64>((bits & 0x800FFFFFFFFFFFFF) | (<u64>1022 << 52));
  }
  return pair(flt(m), fromSmall(e));
}

// (fractional part, integral part), both carrying x's sign.
function modfOf(x: f64): Value {
  if (!isFinite(x)) return pair(flt(isNaN(x) ? x : copysign<f64>(0.0, x)), flt(x));
  const i = Math.trunc(x);
  return pair(flt(copysign<f64>(x - i, x)), flt(copysign<f64>(i, x)));
}

// (a, b) of two new floats (0 when one failed: MemoryError is pending).
function pair(a: Value, b: Value): Value {
  if (!a || !b) { if (a) decrefCall(a); if (b) decrefCall(b); return 0; }
  const t = tuplePair(a, b);
  if (!t) raiseMemoryError();
  return t;
}

function integer(v: Value): bool {
  if (isIntLike(v)) return true;
  raiseTypeMsg("", v, " object cannot be interpreted as an integer");
  return false;
}

// CPython's words for a wrong argument count: "math.sqrt() takes exactly one argument (3 given)",
// "pow expected 2 arguments, got 3".
function raiseArgCount(id: u32, npos: u32, two: bool): void {
  const mark = bufLen;
  if (!two) bufLit("math.");
  bufStrValue(builtinName(id));
  bufLit(two ? " expected 2 arguments, got " : "() takes exactly one argument (");
  writeI64(<i64>npos);
  if (!two) bufLit(" given)");
  raiseBuf(TypeError, mark);
}

export function callMath(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("math function", kw, "")) return 0;
  const npos = positional(n, kw);
  bad = false;
  const two = id == M.ATAN2 || id == M.POW || id == M.COPYSIGN || id == M.COMB || id == M.FMOD || id == M.LDEXP;
  if (id == M.GCD || id == M.HYPOT) { /* any number of arguments */ }
  else if (id == M.LOG) { if (npos < 1 || npos > 2) { raiseLit(TypeError, "math.log requires 1 to 2 arguments"); return 0; } }
  else if (npos != (two ? 2 : 1)) { raiseArgCount(id, npos, two); return 0; }
  const a = npos > 0 ? load<u32>(args) : 0;
  switch (id) {
    case M.GCD: {
      let g: Value = fromSmall(0);
      for (let i: u32 = 0; i < npos && g; i++) {
        const v = load<u32>(args + (i << 2));
        if (!integer(v)) { decrefCall(g); return 0; }
        const r = intGcd(g, v);
        decrefCall(g);
        g = r;
      }
      return g;
    }
    case M.ISQRT: {
      if (!integer(a)) return 0;
      if (intSign(a) < 0) { raiseLit(ValueError, "isqrt() argument must be nonnegative"); return 0; }
      return intIsqrt(a);
    }
    case M.FACTORIAL: {
      if (!integer(a)) return 0;
      if (intSign(a) < 0) { raiseLit(ValueError, "factorial() not defined for negative values"); return 0; }
      if (!intFitsI64(a) || intValue(a) > 0xFFFFFFFF) { raiseLit(OverflowError, "factorial() argument should not exceed 9223372036854775807"); return 0; }
      const x = intValue(a);
      let r: Value = fromSmall(1);
      for (let i: i64 = 2; i <= x && r; i++) r = intMulInto(r, fromSmall(<i32>i));
      return r;
    }
    case M.COMB: {
      const b = load<u32>(args, 4);
      if (!integer(a) || !integer(b)) return 0;
      if (intSign(a) < 0 || intSign(b) < 0) { raiseLit(ValueError, intSign(a) < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer"); return 0; }
      if (intCompare(b, a) > 0) return fromSmall(0);
      // C(n, k) = prod (n - k + i) / i for i = 1..min(k, n - k); each partial product is exact
      const rest = intAdd(a, b, true);
      if (!rest) return 0;
      const small = intCompare(b, rest) < 0 ? b : rest;
      if (!intFitsI64(small) || intValue(small) > 0xFFFFFFFF) { decrefCall(rest); raiseLit(OverflowError, "min(n - k, k) must not exceed 9223372036854775807"); return 0; }
      const kk = intValue(small);
      let r: Value = fromSmall(1);
      let top = intAdd(a, small, true);
      decrefCall(rest);
      for (let i: i64 = 1; i <= kk && r && top; i++) {
        const t = intAdd(top, fromSmall(1), false);
        decrefCall(top);
        top = t;
        if (!t) break;
        r = intMulInto(r, t);
        if (r) { r = intDivInto(r, fromSmall(<i32>i)); }
      }
      if (!top) { decrefCall(r); return 0; }
      decrefCall(top);
      return r;
    }
    case M.FLOOR: case M.CEIL: case M.TRUNC: {
      if (kindOfCall(a) == Kind.BOOL) return fromSmall(a == True ? 1 : 0);
      if (isIntLike(a)) { increfCall(a); return a; }
      if (id == M.TRUNC && kindOfCall(a) != Kind.FLOAT) { raiseTypeUnquoted("type ", a, " doesn't define __trunc__ method"); return 0; }
      const x = num(a); if (bad) return 0;
      return intOfFloat(id == M.FLOOR ? Math.floor(x) : id == M.CEIL ? Math.ceil(x) : Math.trunc(x));
    }
    case M.HYPOT: return hypotOf(args, npos);
    case M.LOG: case M.LOG2: case M.LOG10: {
      const base: u32 = id == M.LOG2 ? 2 : id == M.LOG10 ? 10 : 0;
      const top = logOf(a, base);
      if (bad) return 0;
      if (npos == 1) return flt(top);
      const den = logOf(load<u32>(args, 4), 0);
      if (bad) return 0;
      if (den == 0) { raiseLit(ZeroDivisionError, "float division by zero"); return 0; }
      return flt(top / den);
    }
    case M.LDEXP: { const x = num(a); return bad ? 0 : ldexpOf(x, load<u32>(args, 4)); }
  }
  const x = num(a);
  if (bad) return 0;
  const y = two ? num(load<u32>(args, 4)) : 0;
  if (bad) return 0;
  switch (id) {
    case M.SQRT: return checked(x, Math.sqrt(x), false);
    case M.FABS: return flt(Math.abs(x));
    case M.EXP: return checked(x, Math.exp(x), true);
    case M.EXPM1: return checked(x, Math.expm1(x), true);
    case M.LOG1P: return checked(x, Math.log1p(x), false);
    case M.SIN: return checked(x, Math.sin(x), false);
    case M.COS: return checked(x, Math.cos(x), false);
    case M.TAN: return checked(x, Math.tan(x), false);
    case M.ASIN: return checked(x, Math.asin(x), false);
    case M.ACOS: return checked(x, Math.acos(x), false);
    case M.ATAN: return checked(x, Math.atan(x), false);
    case M.SINH: return checked(x, Math.sinh(x), true);
    case M.COSH: return checked(x, Math.cosh(x), true);
    case M.TANH: return checked(x, Math.tanh(x), false);
    case M.ASINH: return checked(x, Math.asinh(x), false);
    case M.ACOSH: return checked(x, Math.acosh(x), false);
    case M.ATANH: return checked(x, Math.atanh(x), false);
    case M.ATAN2: return flt(Math.atan2(x, y));
    case M.POW: return powOf(x, y);
    case M.ISNAN: return pyBool(isNaN(x));
    case M.ISINF: return pyBool(!isFinite(x) && !isNaN(x));
    case M.ISFINITE: return pyBool(isFinite(x));
    case M.DEGREES: return flt(x * (180.0 / Math.PI));
    case M.RADIANS: return flt(x * (Math.PI / 180.0));
    case M.COPYSIGN: return flt(copysign<f64>(x, y));
    case M.FREXP: return frexpOf(x);
    case M.MODF: return modfOf(x);
    case M.FMOD: {
      // fmod(x, ±inf) is x; a NaN from numbers (fmod(inf, 1), fmod(1, 0)) is a domain error
      if (!isFinite(y) && !isNaN(y) && isFinite(x)) return flt(x);
      const r = x % y;
      return isNaN(r) && !isNaN(x) && !isNaN(y) ? domain() : flt(r);
    }
  }
  raiseLit(TypeError, "unknown math function");
  return 0;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function mathReset(): void { bad = false; }
