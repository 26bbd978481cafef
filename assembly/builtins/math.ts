// The `math` module (natives over f64 and i64).
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { intValue, isIntLike, intFitsI64, intSign, intCompare } from "../objects/int";
import { floatOverflow } from "../objects/intfloat";
import { intAsF64, intOfFloat, intGcd, intIsqrt, intMulInto, intDivInto, intAdd } from "../vm/intarith";
import { incref, decref } from "../memory/refcount";
import { True } from "../objects/singletons";
import { floatNew, floatValue } from "../objects/float";
import { pyBool } from "../objects/singletons";
import { raiseLit, raiseMemoryError, raiseTypeMsg } from "../vm/errors";
import { ValueError, OverflowError, TypeError } from "../objects/exception";
import { positional, arity, onlyKeywords } from "./args";
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
}

export function mathInit(d: Value): void {
  into(d);
  def("sqrt", M.SQRT); def("floor", M.FLOOR); def("ceil", M.CEIL); def("fabs", M.FABS); def("log", M.LOG);
  def("log2", M.LOG2); def("log10", M.LOG10); def("exp", M.EXP); def("sin", M.SIN); def("cos", M.COS);
  def("tan", M.TAN); def("atan", M.ATAN); def("atan2", M.ATAN2); def("hypot", M.HYPOT); def("pow", M.POW);
  def("gcd", M.GCD); def("isqrt", M.ISQRT); def("trunc", M.TRUNC); def("isnan", M.ISNAN); def("isinf", M.ISINF);
  def("factorial", M.FACTORIAL); def("asin", M.ASIN); def("acos", M.ACOS); def("degrees", M.DEGREES);
  def("radians", M.RADIANS); def("copysign", M.COPYSIGN); def("isfinite", M.ISFINITE); def("comb", M.COMB);
  def("fmod", M.FMOD);
  defValue("pi", floatNew(Math.PI));
  defValue("e", floatNew(Math.E));
  defValue("tau", floatNew(2 * Math.PI));
  defValue("inf", floatNew(Infinity));
  defValue("nan", floatNew(NaN));
}

let bad = false;
function num(v: Value): f64 {
  const k = kindOf(v);
  if (k == Kind.FLOAT) return floatValue(v);
  if (k == Kind.INT || k == Kind.BOOL) {
    const x = intAsF64(v);
    bad = floatOverflow;
    return x;
  }
  raiseTypeMsg("must be real number, not ", v, "");
  bad = true;
  return 0;
}

function flt(x: f64): Value { const v = floatNew(x); if (!v) raiseMemoryError(); return v; }
function domain(): Value { raiseLit(ValueError, "math domain error"); return 0; }

function integer(v: Value): bool {
  if (isIntLike(v)) return true;
  raiseTypeMsg("", v, " object cannot be interpreted as an integer");
  return false;
}

export function callMath(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("math function", kw, "")) return 0;
  const npos = positional(n, kw);
  bad = false;
  const two = id == M.ATAN2 || id == M.POW || id == M.COPYSIGN || id == M.COMB || id == M.FMOD;
  if (id == M.GCD || id == M.HYPOT || id == M.LOG) { if (npos < 1 && id != M.GCD) { arity("math", npos, 1, 2); return 0; } }
  else if (!arity("math", npos, two ? 2 : 1, two ? 2 : 1)) return 0;
  const a = npos > 0 ? load<u32>(args) : 0;
  switch (id) {
    case M.GCD: {
      let g: Value = fromSmall(0);
      for (let i: u32 = 0; i < npos && g; i++) {
        const v = load<u32>(args + (i << 2));
        if (!integer(v)) { decref(g); return 0; }
        const r = intGcd(g, v);
        decref(g);
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
      if (!intFitsI64(small) || intValue(small) > 0xFFFFFFFF) { decref(rest); raiseLit(OverflowError, "min(n - k, k) must not exceed 9223372036854775807"); return 0; }
      const kk = intValue(small);
      let r: Value = fromSmall(1);
      let top = intAdd(a, small, true);
      decref(rest);
      for (let i: i64 = 1; i <= kk && r && top; i++) {
        const t = intAdd(top, fromSmall(1), false);
        decref(top);
        top = t;
        if (!t) break;
        r = intMulInto(r, t);
        if (r) { r = intDivInto(r, fromSmall(<i32>i)); }
      }
      if (!top) { decref(r); return 0; }
      decref(top);
      return r;
    }
    case M.FLOOR: case M.CEIL: case M.TRUNC: {
      if (kindOf(a) == Kind.BOOL) return fromSmall(a == True ? 1 : 0);
      if (isIntLike(a)) { incref(a); return a; }
      const x = num(a); if (bad) return 0;
      return intOfFloat(id == M.FLOOR ? Math.floor(x) : id == M.CEIL ? Math.ceil(x) : Math.trunc(x));
    }
    case M.HYPOT: {
      let s: f64 = 0;
      for (let i: u32 = 0; i < npos; i++) { const x = num(load<u32>(args + (i << 2))); if (bad) return 0; s += x * x; }
      return flt(Math.sqrt(s));
    }
  }
  const x = num(a);
  if (bad) return 0;
  const y = two || (id == M.LOG && npos == 2) ? num(load<u32>(args, 4)) : 0;
  if (bad) return 0;
  switch (id) {
    case M.SQRT: return x < 0 ? domain() : flt(Math.sqrt(x));
    case M.FABS: return flt(Math.abs(x));
    case M.LOG: {
      if (x <= 0) return domain();
      if (npos == 2) { if (y <= 0 || y == 1) return domain(); return flt(Math.log(x) / Math.log(y)); }
      return flt(Math.log(x));
    }
    case M.LOG2: return x <= 0 ? domain() : flt(Math.log2(x));
    case M.LOG10: return x <= 0 ? domain() : flt(Math.log10(x));
    case M.EXP: return flt(Math.exp(x));
    case M.SIN: return flt(Math.sin(x));
    case M.COS: return flt(Math.cos(x));
    case M.TAN: return flt(Math.tan(x));
    case M.ASIN: return x < -1 || x > 1 ? domain() : flt(Math.asin(x));
    case M.ACOS: return x < -1 || x > 1 ? domain() : flt(Math.acos(x));
    case M.ATAN: return flt(Math.atan(x));
    case M.ATAN2: return flt(Math.atan2(x, y));
    case M.POW: return flt(Math.pow(x, y));
    case M.ISNAN: return pyBool(x != x);
    case M.ISINF: return pyBool(x == Infinity || x == -Infinity);
    case M.ISFINITE: return pyBool(x == x && x != Infinity && x != -Infinity);
    case M.DEGREES: return flt(x * 180 / Math.PI);
    case M.RADIANS: return flt(x * Math.PI / 180);
    case M.COPYSIGN: return flt(copysign<f64>(x, y));
    case M.FMOD: return y == 0 ? domain() : flt(x % y);
  }
  raiseLit(TypeError, "unknown math function");
  return 0;
}

// For vm_init on a used instance: the state instantiation gave (vm/vm.ts, resetModules).
export function mathReset(): void { bad = false; }
