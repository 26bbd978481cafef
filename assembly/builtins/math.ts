// The `math` module (natives over f64 and i64).
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { intValue, isIntLike, intFromI64 } from "../objects/int";
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
  if (k == Kind.INT || k == Kind.BOOL) return <f64>intValue(v);
  raiseTypeMsg("must be real number, not ", v, "");
  bad = true;
  return 0;
}

function flt(x: f64): Value { const v = floatNew(x); if (!v) raiseMemoryError(); return v; }
function int(i: i64): Value { const v = intFromI64(i); if (!v) raiseMemoryError(); return v; }
function domain(): Value { raiseLit(ValueError, "math domain error"); return 0; }

function toInt(x: f64): Value {
  if (x != x) { raiseLit(ValueError, "cannot convert float NaN to integer"); return 0; }
  if (x == Infinity || x == -Infinity) { raiseLit(OverflowError, "cannot convert float infinity to integer"); return 0; }
  if (x >= 9.2e18 || x <= -9.2e18) { raiseLit(OverflowError, "integer result exceeds 64 bits"); return 0; }
  return int(<i64>x);
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
      let g: i64 = 0;
      for (let i: u32 = 0; i < npos; i++) {
        const v = load<u32>(args + (i << 2));
        if (!isIntLike(v)) { raiseTypeMsg("", v, " object cannot be interpreted as an integer"); return 0; }
        let x = intValue(v); if (x < 0) x = -x;
        let y = g;
        while (y) { const t = x % y; x = y; y = t; }
        g = x;
      }
      return int(g);
    }
    case M.ISQRT: {
      if (!isIntLike(a)) { raiseTypeMsg("", a, " object cannot be interpreted as an integer"); return 0; }
      const x = intValue(a);
      if (x < 0) { raiseLit(ValueError, "isqrt() argument must be nonnegative"); return 0; }
      let r = <i64>Math.sqrt(<f64>x);
      while (r * r > x) r--;
      while ((r + 1) * (r + 1) <= x) r++;
      return int(r);
    }
    case M.FACTORIAL: {
      if (!isIntLike(a)) { raiseTypeMsg("", a, " object cannot be interpreted as an integer"); return 0; }
      const x = intValue(a);
      if (x < 0) { raiseLit(ValueError, "factorial() not defined for negative values"); return 0; }
      if (x > 20) { raiseLit(OverflowError, "integer result exceeds 64 bits (big integers are not supported yet)"); return 0; }
      let r: i64 = 1;
      for (let i: i64 = 2; i <= x; i++) r *= i;
      return int(r);
    }
    case M.COMB: {
      const nn = intValue(a), k = intValue(load<u32>(args, 4));
      if (nn < 0 || k < 0) { raiseLit(ValueError, "must be a non-negative integer"); return 0; }
      if (k > nn) return fromSmall(0);
      let r: i64 = 1;
      const kk = k < nn - k ? k : nn - k;
      for (let i: i64 = 1; i <= kk; i++) {
        // r * (nn - kk + i) / i stays exact; the check guards 64 bits
        const m = nn - kk + i;
        if (r > i64.MAX_VALUE / m) { raiseLit(OverflowError, "integer result exceeds 64 bits"); return 0; }
        r = r * m / i;
      }
      return int(r);
    }
    case M.FLOOR: case M.CEIL: case M.TRUNC: {
      if (isIntLike(a)) return int(intValue(a));
      const x = num(a); if (bad) return 0;
      return toInt(id == M.FLOOR ? Math.floor(x) : id == M.CEIL ? Math.ceil(x) : Math.trunc(x));
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
