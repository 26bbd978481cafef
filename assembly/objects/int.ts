// int: 31-bit values live in the Value itself; every other int is boxed as sign and magnitude:
// a signed limb count (negative for negative ints) followed by that many u32 limbs, little-endian
// (objects/bigint.ts does the limb arithmetic). Boxed ints are normalized: never a small value,
// never a high zero limb.
import { Value, Obj, Kind, SMALL_MIN, SMALL_MAX, isSmall, smallValue, fromSmall } from "./object";
import { intType, kindOf } from "./type";
import { True } from "./singletons";
import { alloc, free } from "../memory/heap";
import { magLen, magCmp } from "./bigint";

@unmanaged export class IntObj extends Obj {
  size: i32;   // limb count, negated for negative ints; the limbs follow
}

export const INT_HEADER: u32 = offsetof<IntObj>();
// Limb counts past this are refused (MemoryError): 2^24 limbs = 64 MiB, beyond any budget here.
export const MAX_LIMBS: u32 = 1 << 24;

@inline export function intLimbs(v: Value): usize { return <usize>v + INT_HEADER; }
@inline export function intSize(v: Value): i32 { return changetype<IntObj>(<usize>v).size; }
@inline export function intBytes(v: Value): u32 { const s = intSize(v); return INT_HEADER + (<u32>(s < 0 ? -s : s) << 2); }

// A boxed int with n limbs (uninitialised), or 0.
function intAlloc(neg: bool, n: u32): Value {
  const p = alloc(INT_HEADER + (n << 2));
  if (!p) return 0;
  const o = changetype<IntObj>(<usize>p);
  o.rc = 1;
  o.type = intType;
  o.size = neg ? -<i32>n : <i32>n;
  return p;
}

export function intFromI64(i: i64): Value {
  if (i >= SMALL_MIN && i <= SMALL_MAX) return fromSmall(<i32>i);
  const neg = i < 0;
  const m: u64 = neg ? 0 - <u64>i : <u64>i;
  const n: u32 = m >> 32 ? 2 : 1;
  const p = intAlloc(neg, n);
  if (!p) return 0;
  store<u32>(intLimbs(p), <u32>m);
  if (n == 2) store<u32>(intLimbs(p), <u32>(m >> 32), 4);
  return p;
}

// Writes i into the boxed int v when it takes as many limbs as v has (the box's size stays):
// true, else false and v unchanged. i must be past the small range (boxed ints are normalized).
@inline export function intSetI64(v: Value, i: i64): bool {
  const m: u64 = i < 0 ? 0 - <u64>i : <u64>i;
  const n: i32 = m >> 32 ? 2 : 1;
  const s = intSize(v);
  if ((s < 0 ? -s : s) != n) return false;
  changetype<IntObj>(<usize>v).size = i < 0 ? -n : n;
  store<u32>(intLimbs(v), <u32>m);
  if (n == 2) store<u32>(intLimbs(v), <u32>(m >> 32), 4);
  return true;
}

// The int of sign and magnitude (n limbs at p, high zero limbs allowed), or 0 when out of memory.
export function intFromMag(neg: bool, p: usize, n: u32): Value {
  n = magLen(p, n);
  if (n <= 2) {
    const m: u64 = n == 0 ? 0 : n == 1 ? <u64>load<u32>(p) : load<u64>(p);
    if (m <= <u64>i64.MAX_VALUE) return intFromI64(neg ? -<i64>m : <i64>m);
  }
  const v = intAlloc(neg, n);
  if (!v) return 0;
  memory.copy(intLimbs(v), p, <usize>n << 2);
  return v;
}

export function intFree(v: Value): void { free(v, intBytes(v)); }

// An int or a bool, as i64 (callers check isIntLike first); big values saturate to the i64
// range, which callers taking an index or a count treat as "too large". Inlined only where int
// arithmetic is hot (the interpreter's BINARY_OP, binaryOp's int case); everywhere else the
// call intValue, which scripts/cold-code.mjs keeps out of line (its copies in 150 callers cost
// about 15 KB).
@inline export function intValueInline(v: Value): i64 {
  if (isSmall(v)) return <i64>smallValue(v);
  if (kindOf(v) == Kind.BOOL) return v == True ? 1 : 0;
  const s = intSize(v);
  const n = s < 0 ? -s : s;
  const m: u64 = n == 1 ? <u64>load<u32>(intLimbs(v)) : n == 2 ? load<u64>(intLimbs(v)) : u64.MAX_VALUE;
  if (s < 0) return m >= 0x8000000000000000 ? i64.MIN_VALUE : -<i64>m;
  return m > <u64>i64.MAX_VALUE ? i64.MAX_VALUE : <i64>m;
}

// Is a * b within 64 bits? The -1 cases come first: i64.MIN_VALUE / -1 traps in wasm.
export function mulFits(a: i64, b: i64): bool {
  if (a == 0 || b == 0) return true;
  if (a == -1) return b != i64.MIN_VALUE;
  if (b == -1) return a != i64.MIN_VALUE;
  return (a * b) / a == b;
}

// Whether intValue(v) is exact (inlined where intValueInline is).
@inline export function intFitsI64Inline(v: Value): bool {
  if (isSmall(v) || kindOf(v) == Kind.BOOL) return true;
  const s = intSize(v);
  if (s > 2 || s < -2) return false;
  if (s == 1 || s == -1) return true;
  const m = load<u64>(intLimbs(v));
  return s > 0 ? m <= <u64>i64.MAX_VALUE : m <= 0x8000000000000000;
}

export function intValue(v: Value): i64 { return intValueInline(v); }
export function intFitsI64(v: Value): bool { return intFitsI64Inline(v); }

// A call (scripts/cold-code.mjs): no caller is on a hot path, and its copies cost more.
export function isIntLike(v: Value): bool {
  if (isSmall(v)) return true;
  const k = kindOf(v);
  return k == Kind.INT || k == Kind.BOOL;
}

// -1, 0 or 1 (the sign of an int or bool).
export function intSign(v: Value): i32 {
  if (isSmall(v)) { const i = smallValue(v); return i < 0 ? -1 : i > 0 ? 1 : 0; }
  if (kindOf(v) == Kind.BOOL) return v == True ? 1 : 0;
  return intSize(v) < 0 ? -1 : 1;
}

// An int operand as sign and magnitude: boxed ints show their own limbs; small ints and bools
// are written into the view's two spare limbs.
@unmanaged export class IntView {
  neg: bool;
  n: u32;
  p: usize;
  spare: u64;
}

export function viewInt(v: Value, w: IntView): void {
  if (isSmall(v) || kindOf(v) == Kind.BOOL) {
    const i = intValue(v);
    w.neg = i < 0;
    w.spare = i < 0 ? 0 - <u64>i : <u64>i;
    w.p = changetype<usize>(w) + offsetof<IntView>("spare");
    w.n = magLen(w.p, 2);
    return;
  }
  const s = intSize(v);
  w.neg = s < 0;
  w.n = <u32>(s < 0 ? -s : s);
  w.p = intLimbs(v);
}

export const viewA = changetype<IntView>(memory.data(offsetof<IntView>(), 8));
export const viewB = changetype<IntView>(memory.data(offsetof<IntView>(), 8));

// Three-way comparison of two ints (or bools).
export function intCompare(a: Value, b: Value): i32 {
  if (isSmall(a) && isSmall(b)) { const x = smallValue(a), y = smallValue(b); return x < y ? -1 : x > y ? 1 : 0; }
  viewInt(a, viewA);
  viewInt(b, viewB);
  if (viewA.neg != viewB.neg) return viewA.neg ? -1 : 1;
  const c = magCmp(viewA.p, viewA.n, viewB.p, viewB.n);
  return viewA.neg ? -c : c;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function intViewsReset(): void {
  memory.fill(changetype<usize>(viewA), 0, offsetof<IntView>());
  memory.fill(changetype<usize>(viewB), 0, offsetof<IntView>());
}
