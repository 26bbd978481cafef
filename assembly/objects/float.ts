// float: a boxed f64.
import { Value, Obj } from "./object";
import { floatType } from "./type";
import { alloc, free } from "../memory/heap";

@unmanaged export class FloatObj extends Obj {
  value: f64;
}

export function floatNew(x: f64): Value {
  const p = alloc(offsetof<FloatObj>());
  if (!p) return 0;
  const o = changetype<FloatObj>(<usize>p);
  o.rc = 1;
  o.type = floatType;
  o.value = x;
  return p;
}

@inline export function floatValue(v: Value): f64 { return changetype<FloatObj>(<usize>v).value; }

export function floatFree(v: Value): void { free(v, offsetof<FloatObj>()); }

// Exact three-way comparison of an int with a float, as Python does it (no rounding of the int):
// -1, 0, 1, or 2 when x is NaN.
export function compareIntFloat(i: i64, x: f64): i32 {
  if (x != x) return 2;
  if (x >= 9223372036854775808.0) return -1;
  if (x < -9223372036854775808.0) return 1;
  const fl = Math.floor(x);
  const whole = <i64>fl; // exact: |fl| < 2^63
  if (i < whole) return -1;
  if (i > whole) return 1;
  return x > fl ? -1 : 0;
}

// An integral float within the i64 range, as that i64 (for hashing equal numbers alike).
export function floatAsI64(x: f64, out: usize): bool {
  if (x != Math.floor(x) || x >= 9223372036854775808.0 || x < -9223372036854775808.0) return false;
  store<i64>(out, <i64>x);
  return true;
}
