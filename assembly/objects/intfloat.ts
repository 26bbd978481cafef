// Between ints of any size and floats: correctly rounded conversion, exact conversion of integral
// floats, and exact comparison (no rounding of the int), as CPython does them.
import { Value } from "./object";
import { viewA, viewInt, intFromMag, intFromI64, intFitsI64, intValue } from "./int";
import { magCmp, magLen, magBitLength, magShr, magLowBits } from "./bigint";
import { Kind } from "./object";
import { kindOf } from "./type";
import { floatValue } from "./float";
import { OverflowError, ValueError } from "./exception";
import { raiseLit, raiseMemoryError } from "./errors";

// Set by intToF64 when the int is too large for a float (the result is then infinite).
export let floatOverflow: bool = false;
export function clearFloatOverflow(): void { floatOverflow = false; }

// The float nearest to v (ties to even).
export function intToF64(v: Value): f64 {
  floatOverflow = false;
  if (intFitsI64(v)) return <f64>intValue(v); // i64 -> f64 rounds to nearest even
  viewInt(v, viewA);
  const bits = magBitLength(viewA.p, viewA.n);
  if (bits > 1024) { floatOverflow = true; return viewA.neg ? -Infinity : Infinity; }
  // the top 64 bits, with every lower bit folded into the last one (sticky), round exactly once
  const shift = <u32>bits - 64;
  magShr(TOP, viewA.p, viewA.n, shift);
  let top = load<u64>(TOP);
  if (magLowBits(viewA.p, viewA.n, shift)) top |= 1;
  let x = <f64>top * Math.pow(2, <f64>shift);
  if (x == Infinity) floatOverflow = true;
  return viewA.neg ? -x : x;
}

// v = m * 2^frexpExp with 0.5 <= |m| < 1, m correctly rounded: the logarithm of an int too large
// for a float (CPython's _PyLong_Frexp).
export let frexpExp: i64 = 0;
export function intFrexp(v: Value): f64 {
  viewInt(v, viewA);
  const bits = magBitLength(viewA.p, viewA.n);
  frexpExp = bits;
  let m: f64;
  if (bits <= 64) m = Math.abs(intToF64(v)) / Math.pow(2, <f64>bits);
  else {
    const shift = <u32>bits - 64;
    magShr(TOP, viewA.p, viewA.n, shift);
    let top = load<u64>(TOP);
    if (magLowBits(viewA.p, viewA.n, shift)) top |= 1; // sticky: one correct rounding below
    m = <f64>top * Math.pow(2, -64);
  }
  if (m == 1.0) { m = 0.5; frexpExp++; }
  return viewA.neg ? -m : m;
}

// Room for a shifted magnitude: the top 64 bits of an int, or an integral float (<= 1024 bits).
const TOP = memory.data(36 * 4, 8);

// The magnitude of an integral finite float into FLT (returns its limb count).
function floatMag(x: f64): u32 {
  const bits = reinterpret<u64>(x) & 0x7FFFFFFFFFFFFFFF;
  const e = <i32>(bits >> 52);
  const m = (bits & 0xFFFFFFFFFFFFF) | (e ? <u64>1 << 52 : 0);
  const shift = e - 1075; // x = m * 2^shift
  memory.fill(TOP, 0, 36 * 4);
  if (shift <= 0) { store<u64>(TOP, shift > -64 ? m >> <u64>(-shift) : 0); return magLen(TOP, 2); }
  const words = <u32>shift >> 5, s = <u64>(shift & 31);
  store<u64>(TOP + (<usize>words << 2), m << s);
  store<u32>(TOP + ((<usize>words + 2) << 2), <u32>(s ? m >> (64 - s) : 0));
  return magLen(TOP, words + 3);
}

// int(x) for a finite float, truncating; 0 when out of memory.
export function intFromF64(x: f64): Value {
  if (x > -9.2e18 && x < 9.2e18) return intFromI64(<i64>x);
  const n = floatMag(x);
  return intFromMag(x < 0, TOP, n);
}

// Three-way comparison of an int with a float: -1, 0, 1, or 2 when x is NaN.
export function intCompareFloat(v: Value, x: f64): i32 {
  if (x != x) return 2;
  if (x == Infinity) return -1;
  if (x == -Infinity) return 1;
  if (intFitsI64(v) && x < 9.2e18 && x > -9.2e18) {
    const i = intValue(v);
    const fl = Math.floor(x);
    const whole = <i64>fl;
    if (i < whole) return -1;
    if (i > whole) return 1;
    return x > fl ? -1 : 0;
  }
  // one of them is beyond 2^63 in magnitude, so the float (if it matters) is integral
  viewInt(v, viewA);
  const xNeg = x < 0;
  if (viewA.neg != xNeg) {
    if (viewA.n == 0 && x == 0) return 0;
    return viewA.neg ? -1 : 1;
  }
  const n = floatMag(Math.trunc(x));
  let c = magCmp(viewA.p, viewA.n, TOP, n);
  if (c == 0 && x != Math.trunc(x)) c = -1; // |v| equals the integral part, below |x|
  return viewA.neg ? -c : c;
}

// float(v), raising OverflowError (floatOverflow is then set) when v is too large.
export function intAsF64(v: Value): f64 {
  const x = intToF64(v);
  if (floatOverflow) raiseLit(OverflowError, "int too large to convert to float");
  return x;
}

// A float, int or bool as f64 (floatOverflow, set or cleared by every call, says it failed).
export function numAsF64(v: Value): f64 {
  if (kindOf(v) == Kind.FLOAT) { clearFloatOverflow(); return floatValue(v); }
  return intAsF64(v);
}

// int(x) for a float, truncating toward zero.
export function intOfFloat(x: f64): Value {
  if (x != x) { raiseLit(ValueError, "cannot convert float NaN to integer"); return 0; }
  if (x == Infinity || x == -Infinity) { raiseLit(OverflowError, "cannot convert float infinity to integer"); return 0; }
  const v = intFromF64(x);
  if (!v) raiseMemoryError();
  return v;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function intfloatReset(): void {
  floatOverflow = false;
  frexpExp = 0;
  memory.fill(TOP, 0, 36 * 4);
}
