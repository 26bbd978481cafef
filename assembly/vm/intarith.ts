// Arithmetic on ints of any size (arith.ts takes the 64-bit fast path first and comes here when
// an operand or the result does not fit). Operands are ints or bools; results are new references,
// or 0 with an exception pending (MemoryError when the limbs do not fit the budget).
import { Value, Kind, fromSmall } from "../objects/object";
import { alloc, free } from "../memory/heap";
import {
  IntView, viewA, viewB, viewInt, intFromMag, intValue, intSign, intCompare, MAX_LIMBS,
} from "../objects/int";
import {
  magCmp, magAdd, magSub, magMul, magMulScratch, magDivSmall, magDivMod, magShl, magShr, magLowBits, magBitLength, magNegate,
} from "../objects/bigint";
import { raiseMemoryError, raiseLit } from "../objects/errors";
import { OverflowError, ZeroDivisionError, ValueError } from "../objects/exception";
import { floatNew, floatValue } from "../objects/float";
import { kindOfCall } from "../objects/type";
import { intToF64, intFromF64, floatOverflow, clearFloatOverflow } from "../objects/intfloat";
import { increfCall, decrefCall } from "../memory/refcount";

// n limbs of work space from the heap, or 0 with MemoryError raised.
export function limbsAlloc(n: u32): usize {
  const p = n < MAX_LIMBS ? alloc((n + 1) << 2) : 0;
  if (!p) raiseMemoryError();
  return p;
}

export function limbsFree(p: usize, n: u32): void { free(<u32>p, (n + 1) << 2); }

// The int of a magnitude in work space, which is freed.
function finish(neg: bool, p: usize, n: u32, room: u32): Value {
  const v = intFromMag(neg, p, n);
  limbsFree(p, room);
  if (!v) raiseMemoryError();
  return v;
}

// a + b, or a - b when `subtract`.
export function intAdd(a: Value, b: Value, subtract: bool): Value {
  viewInt(a, viewA);
  viewInt(b, viewB);
  const bNeg = viewB.neg != subtract;
  let x = viewA, y = viewB, xNeg = viewA.neg, yNeg = bNeg;
  if (magCmp(x.p, x.n, y.p, y.n) < 0) { x = viewB; y = viewA; xNeg = bNeg; yNeg = viewA.neg; }
  const room = x.n + 1;
  const r = limbsAlloc(room);
  if (!r) return 0;
  const n = xNeg == yNeg ? magAdd(r, x.p, x.n, y.p, y.n) : magSub(r, x.p, x.n, y.p, y.n);
  return finish(xNeg, r, n, room);
}

export function intMul(a: Value, b: Value): Value {
  viewInt(a, viewA);
  viewInt(b, viewB);
  // the product and Karatsuba's work space in one block; if that does not fit, the product
  // alone (magMul then multiplies by schoolbook, as with no work space)
  const prod = <u64>viewA.n + <u64>viewB.n;
  const scratch = magMulScratch(viewA.n, viewB.n);
  let room = prod + scratch < <u64>MAX_LIMBS ? <u32>(prod + scratch) : 0;
  let r = room ? alloc((room + 1) << 2) : 0;
  if (!r) { room = <u32>prod; r = limbsAlloc(room); }
  if (!r) return 0;
  const n = magMul(r, viewA.p, viewA.n, viewB.p, viewB.n, room > <u32>prod ? r + (<usize>prod << 2) : 0);
  return finish(viewA.neg != viewB.neg, r, n, room);
}

export function intNeg(a: Value): Value {
  viewInt(a, viewA);
  const v = intFromMag(!viewA.neg, viewA.p, viewA.n);
  if (!v) raiseMemoryError();
  return v;
}

export function intAbs(a: Value): Value {
  viewInt(a, viewA);
  const v = intFromMag(false, viewA.p, viewA.n);
  if (!v) raiseMemoryError();
  return v;
}

// Floor division and modulo (b != 0): sets `quotient` and `remainder` (new references) and
// returns true, or false with MemoryError raised.
export let quotient: Value = 0;
export let remainder: Value = 0;

export function intDivMod(a: Value, b: Value): bool {
  quotient = 0; remainder = 0;
  viewInt(a, viewA);
  viewInt(b, viewB);
  const an = viewA.n, bn = viewB.n;
  // one block: q (an + 2), r (bn + 1), un (an + 1), vn (bn)
  const room = 2 * an + 2 * bn + 4;
  const w = limbsAlloc(room);
  if (!w) return false;
  const q = w, r = w + ((<usize>an + 2) << 2);
  const un = r + ((<usize>bn + 1) << 2), vn = un + ((<usize>an + 1) << 2);
  let qn: u32 = 0, rn: u32 = 0;
  memory.fill(q, 0, (<usize>an + 2) << 2);
  memory.fill(r, 0, (<usize>bn + 1) << 2);
  if (magCmp(viewA.p, an, viewB.p, bn) < 0) {
    memory.copy(r, viewA.p, <usize>an << 2);
    rn = an;
  } else if (bn == 1) {
    store<u32>(r, magDivSmall(q, viewA.p, an, load<u32>(viewB.p)));
    qn = an; rn = 1;
  } else {
    magDivMod(q, r, viewA.p, an, viewB.p, bn, un, vn);
    qn = an - bn + 1; rn = bn;
  }
  const mixed = viewA.neg != viewB.neg;
  if (mixed && (rn = magLenOf(r, rn))) {
    // floor: the quotient moves away from zero and the remainder takes b's sign
    store<u32>(vn, 1);
    qn = magAdd(q, q, magLenOf(q, qn), vn, 1);
    rn = magSub(r, viewB.p, bn, r, rn);
  }
  quotient = intFromMag(mixed, q, qn);
  remainder = intFromMag(viewB.neg, r, rn);
  limbsFree(w, room);
  if (!quotient || !remainder) { decrefCall(quotient); decrefCall(remainder); quotient = 0; remainder = 0; raiseMemoryError(); return false; }
  return true;
}

function magLenOf(p: usize, n: u32): u32 {
  while (n && !load<u32>(p + ((<usize>n - 1) << 2))) n--;
  return n;
}

export function intBitLength(a: Value): u64 {
  viewInt(a, viewA);
  return magBitLength(viewA.p, viewA.n);
}

// a << bits (bits >= 0).
export function intShl(a: Value, bits: u64): Value {
  if (intSign(a) == 0) return fromSmall(0);
  viewInt(a, viewA);
  if (bits >= <u64>MAX_LIMBS << 5) { raiseMemoryError(); return 0; }
  const room = viewA.n + <u32>(bits >> 5) + 1;
  const r = limbsAlloc(room);
  if (!r) return 0;
  const n = magShl(r, viewA.p, viewA.n, <u32>bits);
  return finish(viewA.neg, r, n, room);
}

// a >> bits (bits >= 0), rounding toward minus infinity as Python does.
export function intShr(a: Value, bits: u64): Value {
  viewInt(a, viewA);
  if (bits >= magBitLength(viewA.p, viewA.n)) return fromSmall(viewA.neg ? -1 : 0);
  const room = viewA.n + 1;
  const r = limbsAlloc(room);
  if (!r) return 0;
  let n = magShr(r, viewA.p, viewA.n, <u32>bits);
  if (viewA.neg && magLowBits(viewA.p, viewA.n, <u32>bits)) {
    store<u32>(r + (<usize>n << 2), 0);
    n = magAdd(r, r, n, changetype<usize>(ONE), 1);
  }
  return finish(viewA.neg, r, n, room);
}

const ONE = memory.data<u32>([1]);

// a & b, a | b, a ^ b (op 0, 1, 2) in two's complement of unbounded width.
export function intBitwise(op: u32, a: Value, b: Value): Value {
  viewInt(a, viewA);
  viewInt(b, viewB);
  const n = (viewA.n > viewB.n ? viewA.n : viewB.n) + 1;
  const room = 3 * n;
  const w = limbsAlloc(room);
  if (!w) return 0;
  const x = w, y = w + (<usize>n << 2), r = y + (<usize>n << 2);
  twos(viewA, x, n);
  twos(viewB, y, n);
  for (let i: u32 = 0; i < n; i++) {
    const o = <usize>i << 2;
    const p = load<u32>(x + o), q = load<u32>(y + o);
    store<u32>(r + o, op == 0 ? p & q : op == 1 ? p | q : p ^ q);
  }
  const neg = (load<u32>(r + ((<usize>n - 1) << 2)) >> 31) != 0;
  if (neg) magNegate(r, n);
  const v = intFromMag(neg, r, n);
  limbsFree(w, room);
  if (!v) raiseMemoryError();
  return v;
}

function twos(w: IntView, out: usize, n: u32): void {
  memory.fill(out, 0, <usize>n << 2);
  memory.copy(out, w.p, <usize>w.n << 2);
  if (w.neg) magNegate(out, n);
}

// ~a = -a - 1
export function intInvert(a: Value): Value {
  const m = intNeg(a);
  if (!m) return 0;
  const r = intAdd(m, fromSmall(1), true);
  decrefCall(m);
  return r;
}

// a ** e for e >= 0 (square and multiply).
export function intPow(a: Value, e: u64): Value {
  if (e == 0) return fromSmall(1);
  const bits = intBitLength(a);
  if (bits <= 1) {
    // 0, 1, -1: no growth, whatever the exponent
    if (intSign(a) >= 0 || !(e & 1)) return fromSmall(intSign(a) == 0 ? 0 : 1);
    return fromSmall(-1);
  }
  if ((bits - 1) * e >= <u64>MAX_LIMBS << 5) { raiseMemoryError(); return 0; }
  let result: Value = fromSmall(1);
  let base: Value = a;
  let ownBase = false;
  while (true) {
    if (e & 1) {
      const r = intMul(result, base);
      decrefCall(result);
      if (!r) { if (ownBase) decrefCall(base); return 0; }
      result = r;
    }
    e >>= 1;
    if (!e) break;
    const sq = intMul(base, base);
    if (ownBase) decrefCall(base);
    if (!sq) { decrefCall(result); return 0; }
    base = sq;
    ownBase = true;
  }
  if (ownBase) decrefCall(base);
  return result;
}

export function intIsOdd(a: Value): bool {
  viewInt(a, viewA);
  return viewA.n != 0 && (load<u32>(viewA.p) & 1) != 0;
}

// a / b correctly rounded (one rounding of the exact quotient), as CPython's long_true_divide.
export function intTrueDiv(a: Value, b: Value): Value {
  const sb = intSign(b), neg = (intSign(a) < 0) != (sb < 0);
  if (sb == 0) { raiseLit(ZeroDivisionError, "division by zero"); return 0; }
  const diff = <i64>intBitLength(a) - <i64>intBitLength(b);
  if (intSign(a) == 0 || diff < -1100) return floatResult(neg ? -0.0 : 0.0);
  if (diff > 1100) { raiseLit(OverflowError, "integer division result too large for a float"); return 0; }
  // scale so that the quotient has 55 or 56 bits; the remainder only matters as a sticky bit
  const shift = diff - 55;
  let x = intAbs(a), y = intAbs(b);
  if (!x || !y) { decrefCall(x); decrefCall(y); return 0; }
  const scaled = shift >= 0 ? intShl(y, <u64>shift) : intShl(x, <u64>-shift);
  if (shift >= 0) { decrefCall(y); y = scaled; } else { decrefCall(x); x = scaled; }
  if (!scaled || !intDivMod(x, y)) { decrefCall(x); decrefCall(y); return 0; }
  decrefCall(x); decrefCall(y);
  const q = <u64>intValue(quotient) | (intSign(remainder) != 0 ? 1 : 0);
  decrefCall(quotient); decrefCall(remainder);
  const half = <f64>(shift / 2);
  let r = <f64>q * Math.pow(2, half) * Math.pow(2, <f64>shift - half);
  if (r == Infinity) { raiseLit(OverflowError, "integer division result too large for a float"); return 0; }
  return floatResult(neg ? -r : r);
}

function floatResult(x: f64): Value {
  const v = floatNew(x);
  if (!v) raiseMemoryError();
  return v;
}

// a % b (b != 0) as a new reference.
function mod(a: Value, b: Value): Value {
  if (!intDivMod(a, b)) return 0;
  decrefCall(quotient);
  return remainder;
}

// pow(b, e, m) for ints of any size, as CPython 3.8+: a negative exponent inverts b mod m.
export function intPowMod(b: Value, e: Value, m: Value): Value {
  const ms = intSign(m);
  if (ms == 0) { raiseLit(ValueError, "pow() 3rd argument cannot be 0"); return 0; }
  const am = intAbs(m);
  if (!am) return 0;
  let base = mod(b, am);
  let exp = intAbs(e);
  if (!base || !exp) { decrefCall(base); decrefCall(exp); decrefCall(am); return 0; }
  if (intSign(e) < 0) {
    const inv = intInverse(base, am);
    decrefCall(base);
    base = inv;
    if (!inv) { decrefCall(exp); decrefCall(am); return 0; }
  }
  // square and multiply over the exponent's bits, low to high
  let result: Value = intCompare(am, fromSmall(1)) == 0 ? fromSmall(0) : fromSmall(1);
  const bits = intBitLength(exp);
  for (let i: u64 = 0; i < bits && result; i++) {
    if (intBit(exp, i)) {
      const p = intMul(result, base);
      decrefCall(result);
      result = p ? mod(p, am) : 0;
      decrefCall(p);
    }
    if (i + 1 < bits) {
      const sq = intMul(base, base);
      decrefCall(base);
      base = sq ? mod(sq, am) : 0;
      decrefCall(sq);
      if (!base) { decrefCall(result); result = 0; }
    }
  }
  decrefCall(base); decrefCall(exp);
  if (result && ms < 0 && intSign(result) != 0) {
    const r = intAdd(result, am, true);
    decrefCall(result);
    result = r;
  }
  decrefCall(am);
  return result;
}

function intBit(v: Value, i: u64): bool {
  viewInt(v, viewA);
  const w = <u32>(i >> 5);
  return w < viewA.n && ((load<u32>(viewA.p + (<usize>w << 2)) >> <u32>(i & 31)) & 1) != 0;
}

// The inverse of a modulo m (0 <= a < m), by the extended Euclidean algorithm.
function intInverse(a: Value, m: Value): Value {
  let r0 = a, r1 = m, s0: Value = fromSmall(1), s1: Value = fromSmall(0);
  increfCall(r0); increfCall(r1);
  let ok = true;
  while (ok && intSign(r1) != 0) {
    if (!intDivMod(r0, r1)) { ok = false; break; }
    const q = quotient;
    decrefCall(r0); r0 = r1; r1 = remainder;
    const qs = intMul(q, s1);
    decrefCall(q);
    const s2 = qs ? intAdd(s0, qs, true) : 0;
    decrefCall(qs);
    decrefCall(s0); s0 = s1; s1 = s2;
    if (!s2) ok = false;
  }
  const unit = ok && intCompare(r0, fromSmall(1)) == 0;
  decrefCall(r0); decrefCall(r1); decrefCall(s1);
  if (!unit) {
    decrefCall(s0);
    if (ok) raiseLit(ValueError, "base is not invertible for the given modulus");
    return 0;
  }
  const r = mod(s0, m);
  decrefCall(s0);
  return r;
}

// gcd(a, b) >= 0.
export function intGcd(a: Value, b: Value): Value {
  let x = intAbs(a), y = intAbs(b);
  while (x && y && intSign(y) != 0) {
    const r = mod(x, y);
    decrefCall(x);
    x = y;
    y = r;
  }
  if (!x || !y) { decrefCall(x); decrefCall(y); return 0; }
  decrefCall(y);
  return x;
}

// The integer square root of n >= 0 (Newton's method from above).
export function intIsqrt(n: Value): Value {
  if (intSign(n) == 0) return fromSmall(0);
  let x = intShl(fromSmall(1), (intBitLength(n) + 1) >> 1); // >= isqrt(n)
  while (x) {
    if (!intDivMod(n, x)) { decrefCall(x); return 0; }
    decrefCall(remainder);
    const s = intAdd(x, quotient, false);
    decrefCall(quotient);
    const y = s ? intShr(s, 1) : 0;
    decrefCall(s);
    if (!y) { decrefCall(x); return 0; }
    if (intCompare(y, x) >= 0) { decrefCall(y); break; }
    decrefCall(x);
    x = y;
  }
  return x;
}

// a * b as a new reference, releasing a (for running products).
export function intMulInto(a: Value, b: Value): Value {
  const r = intMul(a, b);
  decrefCall(a);
  return r;
}

// a // b as a new reference, releasing a (for running quotients; b != 0).
export function intDivInto(a: Value, b: Value): Value {
  const ok = intDivMod(a, b);
  decrefCall(a);
  if (!ok) return 0;
  decrefCall(remainder);
  return quotient;
}

// round(v, -digits) for digits > 0: to a multiple of 10^digits, ties to even.
export function intRoundDigits(v: Value, digits: u64): Value {
  const p = intPow(fromSmall(10), digits);
  if (!p || !intDivMod(v, p)) { decrefCall(p); return 0; }
  let q = quotient;
  const r = remainder;
  const twice = intShl(r, 1);
  decrefCall(r);
  if (!twice) { decrefCall(q); decrefCall(p); return 0; }
  const c = intCompare(twice, p);
  decrefCall(twice);
  if (c > 0 || (c == 0 && intIsOdd(q))) {
    const q1 = intAdd(q, fromSmall(1), false);
    decrefCall(q);
    q = q1;
  }
  const result = q ? intMul(q, p) : 0;
  decrefCall(q); decrefCall(p);
  return result;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function intarithReset(): void { quotient = 0; remainder = 0; }

// round(x, -digits) for a finite float and 0 < digits <= 308: the exact binary value of x to a
// multiple of 10^digits, ties to even, then to the nearest float (CPython rounds through a
// correctly rounded decimal string: the same result).
export function floatRoundTens(x: f64, digits: u64): Value {
  let r: f64;
  if (x == Math.trunc(x)) {
    const v = intFromF64(x);
    if (!v) { raiseMemoryError(); return 0; }
    const q = intRoundDigits(v, digits);
    decrefCall(v);
    if (!q) return 0;
    r = intToF64(q);
    decrefCall(q);
    if (floatOverflow) { raiseLit(OverflowError, "rounded value too large to represent"); return 0; }
  } else if (digits >= 16) r = 0; // |x| < 2^52 < 10^16 / 2
  else {
    // |x| < 2^52: its integral part is exact in 64 bits, and a fraction breaks a tie upward
    const a = Math.abs(x);
    const whole = <i64>Math.floor(a);
    const m = <i64>Math.pow(10, <f64>digits);
    let q = whole / m;
    const twice = (whole % m) * 2;
    if (twice > m || (twice == m && (a > Math.floor(a) || (q & 1)))) q++;
    r = <f64>(q * m);
  }
  const f = floatNew(copysign<f64>(Math.abs(r), x)); // rounding never changes the sign
  if (!f) raiseMemoryError();
  return f;
}
