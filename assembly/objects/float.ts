// float: a boxed f64.
import { Value, Obj } from "./object";
import { floatType } from "./type";
import { allocSmall, free } from "../memory/heap";

@unmanaged export class FloatObj extends Obj {
  value: f64;
}

export function floatNew(x: f64): Value {
  const p = allocSmall(offsetof<FloatObj>());
  if (!p) return 0;
  const o = changetype<FloatObj>(<usize>p);
  o.rc = 1;
  o.type = floatType;
  o.value = x;
  return p;
}

export const FLOAT_VALUE: u32 = offsetof<FloatObj>("value");

@inline export function floatValue(v: Value): f64 { return changetype<FloatObj>(<usize>v).value; }

export function floatFree(v: Value): void { free(v, offsetof<FloatObj>()); }
