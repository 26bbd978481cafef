// Arithmetic: BINARY_OP and UNARY_OP on the builtin numeric and sequence types.
import { Value, Kind, isSmall, smallValue, fromSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { intFromI64, intValue, intValueInline, isIntLike, intFitsI64, intFitsI64Inline, intSign, intCompare, mulFits } from "../objects/int";
import { floatOverflow, intAsF64, numAsF64 } from "../objects/intfloat";
import {
  intAdd, intMul, intDivMod, quotient, remainder, intPow as bigPow, intShl, intShr, intBitwise, intNeg, intInvert,
  intTrueDiv, intBitLength, intIsOdd,
} from "./intarith";
import { floatNew, floatValue } from "../objects/float";
import { strNew, strConcat, asStr, STR_HEADER, emptyStr, strFromLiteral, Lit } from "../objects/str";
import { tupleNew, tupleLen, tupleGet, tupleSet, tupleItems, emptyTuple, tuplePair } from "../objects/tuple";
import { listNew, listLen, listGet, listAppend, asList, listReserve } from "../objects/list";
import { None, True, False, pyBool } from "../objects/singletons";
import { incref, decref } from "../memory/refcount";
import { raiseLit, raiseMemoryError, raiseBuf, bufTypeName, raiseValue } from "../objects/errors";
import { bufLit, bufLen } from "../objects/buf";
import { TypeError, ZeroDivisionError, OverflowError, ValueError, excNew } from "../objects/exception";
import { percentFormat } from "../objects/format";
import { truthy } from "./protocol";
import { extendList } from "./iterate";
import { isSet, setBinary } from "../builtins/sets";
import { dataOf, lenOf, isBytesLike, bytesAlloc, byteArrayAppend } from "../objects/bytes";

export namespace BinOp {
  export const ADD: u32 = 0;
  export const SUB: u32 = 1;
  export const MUL: u32 = 2;
  export const TRUEDIV: u32 = 3;
  export const FLOORDIV: u32 = 4;
  export const MOD: u32 = 5;
  export const POW: u32 = 6;
  export const LSHIFT: u32 = 7;
  export const RSHIFT: u32 = 8;
  export const AND: u32 = 9;
  export const OR: u32 = 10;
  export const XOR: u32 = 11;
  export const MATMUL: u32 = 12;
  export const INPLACE: u32 = 16;
}

// CPython names ** "** or pow()" (not in **=); 13 is the divmod() builtin's.
function symbol(op: u32): Lit {
  switch (op) {
    case 0: return "+";
    case 1: return "-";
    case 2: return "*";
    case 3: return "/";
    case 4: return "//";
    case 5: return "%";
    case 6: return "** or pow()";
    case 7: return "<<";
    case 8: return ">>";
    case 9: return "&";
    case 10: return "|";
    case 11: return "^";
    case 12: return "@";
    default: return "divmod()";
  }
}
const DIVMOD: u32 = 13;

function boxInt(i: i64): Value {
  const v = intFromI64(i);
  if (!v) raiseMemoryError();
  return v;
}

function boxFloat(x: f64): Value {
  const v = floatNew(x);
  if (!v) raiseMemoryError();
  return v;
}

export function floorDiv(a: i64, b: i64): i64 {
  let q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

export function floorMod(a: i64, b: i64): i64 {
  let r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// base ** exp in 64 bits, or the limb arithmetic when the result leaves them.
function intPow(base: i64, exp: i64, a: Value, b: Value): Value {
  let result: i64 = 1;
  let x = base;
  let e = exp;
  while (e > 0) {
    if (e & 1) {
      if (!mulFits(result, x)) return bigOp(BinOp.POW, a, b);
      result *= x;
    }
    e >>= 1;
    if (e > 0) {
      if (!mulFits(x, x)) return bigOp(BinOp.POW, a, b);
      x *= x;
    }
  }
  return boxInt(result);
}

// Ints whose values fit in 64 bits (av, bv); results that do not fit go to bigOp.
function intOp(op: u32, a: i64, b: i64, av: Value, bv: Value): Value {
  switch (op) {
    case BinOp.ADD: {
      const r = a + b;
      if (((a ^ r) & (b ^ r)) < 0) return bigOp(op, av, bv);
      return boxInt(r);
    }
    case BinOp.SUB: {
      const r = a - b;
      if (((a ^ b) & (a ^ r)) < 0) return bigOp(op, av, bv);
      return boxInt(r);
    }
    case BinOp.MUL: {
      if (!mulFits(a, b)) return bigOp(op, av, bv);
      return boxInt(a * b);
    }
    case BinOp.TRUEDIV:
      if (b == 0) { raiseLit(ZeroDivisionError, "division by zero"); return 0; }
      if (a > EXACT || a < -EXACT || b > EXACT || b < -EXACT) return intTrueDiv(av, bv);
      return boxFloat(<f64>a / <f64>b);
    case BinOp.FLOORDIV:
      if (b == 0) { raiseLit(ZeroDivisionError, "integer division or modulo by zero"); return 0; }
      if (a == i64.MIN_VALUE && b == -1) return bigOp(op, av, bv);
      return boxInt(floorDiv(a, b));
    case BinOp.MOD:
      if (b == 0) { raiseLit(ZeroDivisionError, "integer modulo by zero"); return 0; }
      if (b == -1) return fromSmall(0);
      return boxInt(floorMod(a, b));
    case BinOp.POW:
      if (b < 0) {
        if (a == 0) { raiseLit(ZeroDivisionError, "0.0 cannot be raised to a negative power"); return 0; }
        return floatOp(op, <f64>a, <f64>b);
      }
      return intPow(a, b, av, bv);
    case BinOp.LSHIFT:
      if (b < 0) { raiseLit(ValueError, "negative shift count"); return 0; }
      if (a == 0) return fromSmall(0);
      if (b >= 63 || ((a << b) >> b) != a) return intShl(av, <u64>b);
      return boxInt(a << b);
    case BinOp.RSHIFT:
      if (b < 0) { raiseLit(ValueError, "negative shift count"); return 0; }
      return boxInt(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case BinOp.AND: return boxInt(a & b);
    case BinOp.OR: return boxInt(a | b);
    case BinOp.XOR: return boxInt(a ^ b);
  }
  return 0;
}

// Integers within 2^53 convert to floats exactly (true division of such ints is one rounding).
const EXACT: i64 = 1 << 53;

// Ints beyond 64 bits: the limb arithmetic of intarith.ts.
function bigOp(op: u32, a: Value, b: Value): Value {
  switch (op) {
    case BinOp.ADD: return intAdd(a, b, false);
    case BinOp.SUB: return intAdd(a, b, true);
    case BinOp.MUL: return intMul(a, b);
    case BinOp.TRUEDIV: return intTrueDiv(a, b);
    case BinOp.FLOORDIV: case BinOp.MOD: {
      if (intSign(b) == 0) {
        raiseLit(ZeroDivisionError, op == BinOp.MOD ? "integer modulo by zero" : "integer division or modulo by zero");
        return 0;
      }
      if (!intDivMod(a, b)) return 0;
      if (op == BinOp.MOD) { decref(quotient); return remainder; }
      decref(remainder);
      return quotient;
    }
    case BinOp.POW: {
      if (intSign(b) < 0) {
        const x = intAsF64(a);
        if (floatOverflow) return 0;
        const y = intAsF64(b);
        return floatOverflow ? 0 : floatOp(op, x, y);
      }
      if (intFitsI64(b)) return bigPow(a, <u64>intValue(b));
      if (intBitLength(a) > 1) { raiseMemoryError(); return 0; }
      return bigPow(a, intIsOdd(b) ? 1 : 2);
    }
    case BinOp.LSHIFT: case BinOp.RSHIFT: {
      if (intSign(b) < 0) { raiseLit(ValueError, "negative shift count"); return 0; }
      const n: u64 = intFitsI64(b) ? <u64>intValue(b) : u64.MAX_VALUE;
      if (op == BinOp.RSHIFT) return intShr(a, n);
      if (n == u64.MAX_VALUE && intSign(a) != 0) return tooManyDigits(a, b);
      return intShl(a, n);
    }
    case BinOp.AND: case BinOp.OR: case BinOp.XOR: return intBitwise(op - BinOp.AND, a, b);
  }
  return 0;
}

// a << b with b beyond 64 bits: CPython's OverflowError when the result would have more 30-bit
// digits than a 64-bit size can count ((2^63 - 25) / 4), else its MemoryError (never allocated).
function tooManyDigits(a: Value, b: Value): Value {
  const maxDigits: i64 = (i64.MAX_VALUE - 24) / 4;
  const digits = <i64>((intBitLength(a) + 29) / 30);
  const room = boxInt(maxDigits - digits);
  const limit = intMul(room, fromSmall(30)); // b // 30 + digits (+1 for a partial digit) > max
  decref(room);
  if (!limit) return 0;
  const over = intCompare(b, limit) > 0;
  decref(limit);
  if (over) raiseLit(OverflowError, "too many digits in integer");
  else raiseMemoryError();
  return 0;
}

function pyFmod(x: f64, y: f64): f64 {
  let m = x % y;
  if (m != 0) { if ((y < 0) != (m < 0)) m += y; }
  else m = y < 0 ? -0.0 : 0.0;
  return m;
}

// CPython's float floor division (float_divmod), so results match to the last bit.
export function floatFloorDiv(vx: f64, wx: f64): f64 {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod != 0) {
    if ((wx < 0) != (mod < 0)) div -= 1.0;
  }
  if (div != 0) {
    let fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1.0;
    return fd;
  }
  return copysign<f64>(0.0, vx / wx);
}

// Is x an odd integer (a float with no fractional part whose half has one)?
export function isOddInteger(x: f64): bool { return Math.abs(x % 2) == 1; }

// x ** y for floats, CPython's float_pow case by case: C99's pow() special values (where
// JavaScript's Math.pow differs: 1 ** nan and (-1) ** inf are 1), OverflowError where a finite
// base and exponent overflow, and no complex results (a negative base to a fractional power).
function floatPow(x: f64, y: f64): Value {
  if (y == 0) return boxFloat(1.0);
  if (isNaN(x)) return boxFloat(x);
  if (isNaN(y)) return boxFloat(x == 1.0 ? 1.0 : y);
  if (!isFinite(y)) {
    const ax = Math.abs(x);
    if (ax == 1.0) return boxFloat(1.0);
    return boxFloat((y > 0) == (ax > 1.0) ? Math.abs(y) : 0.0);
  }
  if (!isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return boxFloat(odd ? x : Math.abs(x));
    return boxFloat(odd ? copysign<f64>(0.0, x) : 0.0);
  }
  if (x == 0) {
    if (y < 0) { raiseLit(ZeroDivisionError, "0.0 cannot be raised to a negative power"); return 0; }
    return boxFloat(isOddInteger(y) ? x : 0.0);
  }
  let negate = false;
  if (x < 0) {
    // CPython 3 returns a complex number here; there are no complex numbers (docs/language.md)
    if (y != Math.floor(y)) { raiseLit(ValueError, "negative number cannot be raised to a fractional power"); return 0; }
    x = -x;
    negate = isOddInteger(y);
  }
  if (x == 1.0) return boxFloat(negate ? -1.0 : 1.0);
  const r = Math.pow(x, y);
  if (!isFinite(r)) { raiseRange(); return 0; }
  return boxFloat(negate ? -r : r);
}

// CPython's OverflowError from C's ERANGE: its args are (errno, text), as OSError-style errors
// carry them, so str(e) is "(34, 'Numerical result out of range')".
function raiseRange(): void {
  const text = strFromLiteral("Numerical result out of range");
  const args = text ? tuplePair(fromSmall(34), text) : 0;
  const e = args ? excNew(OverflowError, args) : 0;
  if (!e) { if (args) decref(args); raiseMemoryError(); return; }
  raiseValue(e);
}

function floatOp(op: u32, a: f64, b: f64): Value {
  switch (op) {
    case BinOp.ADD: return boxFloat(a + b);
    case BinOp.SUB: return boxFloat(a - b);
    case BinOp.MUL: return boxFloat(a * b);
    case BinOp.TRUEDIV:
      if (b == 0) { raiseLit(ZeroDivisionError, "float division by zero"); return 0; }
      return boxFloat(a / b);
    case BinOp.FLOORDIV:
      if (b == 0) { raiseLit(ZeroDivisionError, "float floor division by zero"); return 0; }
      return boxFloat(floatFloorDiv(a, b));
    case BinOp.MOD:
      if (b == 0) { raiseLit(ZeroDivisionError, "float modulo"); return 0; }
      return boxFloat(pyFmod(a, b));
    case BinOp.POW: return floatPow(a, b);
  }
  return unsupported(op, 0, 0);
}

let lastA: Value = 0;
let lastB: Value = 0;

function unsupported(op: u32, a: Value, b: Value): Value {
  if (a) { lastA = a; lastB = b; }
  const mark = bufLen;
  bufLit("unsupported operand type(s) for ");
  const base = op & 15;
  bufLit(base == BinOp.POW && op >= BinOp.INPLACE ? "**" : symbol(base));
  if (op >= BinOp.INPLACE) bufLit("=");
  bufLit(": '");
  bufTypeName(lastA);
  bufLit("' and '");
  bufTypeName(lastB);
  bufLit("'");
  raiseBuf(TypeError, mark);
  return 0;
}

function repeat(seq: Value, count: i64, k: u32): Value {
  if (count < 0) count = 0;
  if (k == Kind.STR || k == Kind.BYTES || k == Kind.BYTEARRAY) {
    const n = <u64>asStr(seq).len;
    if (n * <u64>count > 0x3FFFFFFF) { raiseMemoryError(); return 0; }
    if (k == Kind.STR && (n == 0 || count == 0)) { incref(emptyStr); return emptyStr; }
    const total = <u32>(n * <u64>count);
    const v = k == Kind.STR ? strNew(total) : bytesAlloc(seq, total);
    if (!v) { raiseMemoryError(); return 0; }
    const src = dataOf(seq), dst = dataOf(v);
    for (let i: u32 = 0; i < <u32>count; i++) memory.copy(dst + i * <u32>n, src, <u32>n);
    if (k == Kind.STR) asStr(v).nchars = asStr(seq).nchars * <u32>count;
    return v;
  }
  const n = <u64>(k == Kind.LIST ? listLen(seq) : tupleLen(seq));
  if (n * <u64>count > 0x0FFFFFFF) { raiseMemoryError(); return 0; }
  const total = <u32>(n * <u64>count);
  if (k == Kind.TUPLE) {
    if (total == 0) { incref(emptyTuple); return emptyTuple; }
    const t = tupleNew(total);
    if (!t) { raiseMemoryError(); return 0; }
    for (let i: u32 = 0; i < total; i++) {
      const x = tupleGet(seq, i % <u32>n);
      incref(x);
      tupleSet(t, i, x);
    }
    return t;
  }
  const l = listNew(total);
  if (!l) { raiseMemoryError(); return 0; }
  for (let i: u32 = 0; i < total; i++) {
    const x = listGet(seq, i % <u32>n);
    incref(x);
    store<u32>(asList(l).items + (i << 2), x);
  }
  asList(l).len = total;
  return l;
}

// a + b of bytes-likes, of a's kind; `inPlace` (bytearray += x) extends a itself.
function concatBytes(a: Value, b: Value, inPlace: bool): Value {
  const na = lenOf(a), nb = lenOf(b);
  if (inPlace && kindOf(a) == Kind.BYTEARRAY) {
    if (!byteArrayAppend(a, b)) { raiseMemoryError(); return 0; }
    incref(a);
    return a;
  }
  const v = bytesAlloc(a, na + nb);
  if (!v) { raiseMemoryError(); return 0; }
  memory.copy(dataOf(v), dataOf(a), na);
  memory.copy(dataOf(v) + na, dataOf(b), nb);
  return v;
}

function concatSeq(a: Value, b: Value, k: u32): Value {
  if (k == Kind.TUPLE) {
    const na = tupleLen(a), nb = tupleLen(b);
    const t = tupleNew(na + nb);
    if (!t) { raiseMemoryError(); return 0; }
    for (let i: u32 = 0; i < na; i++) { const x = tupleGet(a, i); incref(x); tupleSet(t, i, x); }
    for (let i: u32 = 0; i < nb; i++) { const x = tupleGet(b, i); incref(x); tupleSet(t, na + i, x); }
    return t;
  }
  const na = listLen(a), nb = listLen(b);
  const l = listNew(na + nb);
  if (!l) { raiseMemoryError(); return 0; }
  for (let i: u32 = 0; i < na; i++) { const x = listGet(a, i); incref(x); store<u32>(asList(l).items + (i << 2), x); }
  for (let i: u32 = 0; i < nb; i++) { const x = listGet(b, i); incref(x); store<u32>(asList(l).items + ((na + i) << 2), x); }
  asList(l).len = na + nb;
  return l;
}

// a ⊕ b as a new reference, or 0 with an exception pending. Neither operand is consumed.
export function binaryOp(op: u32, a: Value, b: Value): Value {
  const base = op & 15;
  const ka = kindOf(a), kb = kindOf(b);
  const aInt = ka == Kind.INT || ka == Kind.BOOL;
  const bInt = kb == Kind.INT || kb == Kind.BOOL;
  if (aInt && bInt) {
    if (base == BinOp.MATMUL) return unsupported(op, a, b);
    if (ka == Kind.BOOL && kb == Kind.BOOL && (base == BinOp.AND || base == BinOp.OR || base == BinOp.XOR)) {
      const x = a == True, y = b == True;
      return pyBool(base == BinOp.AND ? x && y : base == BinOp.OR ? x || y : x != y);
    }
    if (intFitsI64Inline(a) && intFitsI64Inline(b)) return intOp(base, intValueInline(a), intValueInline(b), a, b);
    return bigOp(base, a, b);
  }
  if ((aInt || ka == Kind.FLOAT) && (bInt || kb == Kind.FLOAT)) {
    if (base >= BinOp.LSHIFT) return unsupported(op, a, b);
    const x = numAsF64(a);
    if (floatOverflow) return 0;
    const y = numAsF64(b);
    if (floatOverflow) return 0;
    return floatOp(base, x, y);
  }
  if (base == BinOp.ADD) {
    if (ka == Kind.STR && kb == Kind.STR) {
      const v = strConcat(a, b);
      if (!v) raiseMemoryError();
      return v;
    }
    if (isBytesLike(a) && isBytesLike(b)) return concatBytes(a, b, op == (BinOp.ADD | BinOp.INPLACE));
    if (isBytesLike(a)) {
      const mark = bufLen;
      bufLit("can't concat ");
      bufTypeName(b);
      bufLit(" to ");
      bufTypeName(a);
      raiseBuf(TypeError, mark);
      return 0;
    }
    if (ka == Kind.LIST && kb == Kind.LIST && op == (BinOp.ADD | BinOp.INPLACE)) {
      if (!extendList(a, b)) return 0;
      incref(a);
      return a;
    }
    if ((ka == Kind.LIST || ka == Kind.TUPLE) && ka == kb) return concatSeq(a, b, ka);
    if (ka == Kind.LIST && op == (BinOp.ADD | BinOp.INPLACE)) {
      if (!extendList(a, b)) return 0;
      incref(a);
      return a;
    }
    if (ka == Kind.STR || ka == Kind.LIST || ka == Kind.TUPLE) {
      const mark = bufLen;
      bufLit("can only concatenate ");
      bufTypeName(a);
      bufLit(" (not \"");
      bufTypeName(b);
      bufLit("\") to ");
      bufTypeName(a);
      raiseBuf(TypeError, mark);
      return 0;
    }
  }
  if (base == BinOp.MUL) {
    const seqA = ka == Kind.STR || ka == Kind.LIST || ka == Kind.TUPLE || isBytesLike(a);
    const seqB = kb == Kind.STR || kb == Kind.LIST || kb == Kind.TUPLE || isBytesLike(b);
    if (ka == Kind.LIST && bInt && intFitsI64(b) && op == (BinOp.MUL | BinOp.INPLACE)) {
      // xs *= n changes xs itself: build the result, then swap item arrays with it
      const r = repeat(a, intValue(b), ka);
      if (!r) return 0;
      const la = asList(a), lr = asList(r);
      const items = la.items, len = la.len, cap = la.cap;
      la.items = lr.items; la.len = lr.len; la.cap = lr.cap;
      lr.items = items; lr.len = len; lr.cap = cap;
      decref(r);
      incref(a);
      return a;
    }
    if ((seqA && bInt && !intFitsI64(b)) || (seqB && aInt && !intFitsI64(a))) {
      raiseLit(OverflowError, "cannot fit 'int' into an index-sized integer");
      return 0;
    }
    if (seqA && bInt) return repeat(a, intValue(b), ka);
    if (seqB && aInt) return repeat(b, intValue(a), kb);
    if (seqA || seqB) {
      // CPython's sequence repeat names the operand that is not the count
      const mark = bufLen;
      bufLit("can't multiply sequence by non-int of type '");
      bufTypeName(seqA ? b : a);
      bufLit("'");
      raiseBuf(TypeError, mark);
      return 0;
    }
  }
  if (base == BinOp.MOD && ka == Kind.STR) return percentFormat(a, b);
  if ((base == BinOp.OR || base == BinOp.AND || base == BinOp.SUB || base == BinOp.XOR) && isSet(a) && isSet(b)) {
    return setBinary(base, a, b);
  }
  return unsupported(op, a, b);
}

// divmod(a, b): (a // b, a % b); CPython names divmod itself when a float is divided by zero.
export function divmodOp(a: Value, b: Value): Value {
  const fa = kindOf(a) == Kind.FLOAT, fb = kindOf(b) == Kind.FLOAT;
  const numbers = (fa || isIntLike(a)) && (fb || isIntLike(b));
  if (!numbers) return unsupported(DIVMOD, a, b);
  if ((fa || fb) && (fb ? floatValue(b) == 0 : intSign(b) == 0)) {
    raiseLit(ZeroDivisionError, "float divmod()");
    return 0;
  }
  const q = binaryOp(BinOp.FLOORDIV, a, b);
  if (!q) return 0;
  const r = binaryOp(BinOp.MOD, a, b);
  if (!r) { decref(q); return 0; }
  const t = tuplePair(q, r);
  if (!t) raiseMemoryError();
  return t;
}

export function unaryOp(op: u32, a: Value): Value {
  if (op == 2) {
    const t = truthy(a);
    if (t < 0) return 0;
    return pyBool(t == 0);
  }
  const k = kindOf(a);
  if (k == Kind.INT || k == Kind.BOOL) {
    if (!intFitsI64(a)) {
      if (op == 1) { incref(a); return a; }
      return op == 0 ? intNeg(a) : intInvert(a);
    }
    const i = intValue(a);
    if (op == 0) { if (i == i64.MIN_VALUE) return intNeg(a); return boxInt(-i); }
    if (op == 1) return boxInt(i);
    return boxInt(~i);
  }
  if (k == Kind.FLOAT && op != 3) return boxFloat(op == 0 ? -floatValue(a) : floatValue(a));
  const mark = bufLen;
  bufLit("bad operand type for unary ");
  bufLit(op == 0 ? "-" : op == 1 ? "+" : "~");
  bufLit(": '");
  bufTypeName(a);
  bufLit("'");
  raiseBuf(TypeError, mark);
  return 0;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function arithReset(): void { lastA = 0; lastB = 0; }
