// int: 31-bit values live in the Value itself; the rest of the signed 64-bit range is boxed.
// Results beyond 64 bits raise OverflowError until big integers arrive.
import { Value, Obj, Kind, SMALL_MIN, SMALL_MAX, isSmall, smallValue, fromSmall } from "./object";
import { intType, kindOf } from "./type";
import { True } from "./singletons";
import { alloc, free } from "../memory/heap";

@unmanaged export class IntObj extends Obj {
  value: i64;
}

export function intFromI64(i: i64): Value {
  if (i >= SMALL_MIN && i <= SMALL_MAX) return fromSmall(<i32>i);
  const p = alloc(offsetof<IntObj>());
  if (!p) return 0;
  const o = changetype<IntObj>(<usize>p);
  o.rc = 1;
  o.type = intType;
  o.value = i;
  return p;
}

export function intFree(v: Value): void { free(v, offsetof<IntObj>()); }

// An int or a bool, as i64 (callers check isIntLike first).
@inline export function intValue(v: Value): i64 {
  if (isSmall(v)) return <i64>smallValue(v);
  if (kindOf(v) == Kind.BOOL) return v == True ? 1 : 0;
  return changetype<IntObj>(<usize>v).value;
}

@inline export function isIntLike(v: Value): bool {
  if (isSmall(v)) return true;
  const k = kindOf(v);
  return k == Kind.INT || k == Kind.BOOL;
}
// memory/refcount.ts frees boxed ints and floats by this size without looking them up
assert(offsetof<IntObj>() == 16);
