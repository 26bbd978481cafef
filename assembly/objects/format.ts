// str.format-style format specs (f-strings, format()) and %-formatting, into the text buffer.
import { Value, Kind } from "./object";
import { kindOf } from "./type";
import { asStr, STR_HEADER, strFromBytes } from "./str";
import { intValue, intSign } from "./int";
import { writeIntDigits } from "./intstr";
import { floatOverflow } from "./intfloat";
import { intAsF64, numAsF64, intOfFloat } from "../vm/intarith";
import { decref } from "../memory/refcount";
import { floatValue } from "./float";
import { tupleLen, tupleGet } from "./tuple";
import { bufReserve, bufByte, bufBytes, bufLit, bufLen, bufPtr, bufTrim, bufStr, bufReset, bufTakeFailure } from "./buf";
import { writeStr, writeRepr } from "./repr";
import { formatInt, formatIntBase, formatFloatRepr, formatFloatFixed, formatFloatExp, formatFloatGeneral } from "./numfmt";
import { raiseLit, raiseBuf, raiseMemoryError, raiseWith, bufTypeName } from "../vm/errors";
import { ValueError, TypeError, KeyError } from "./exception";
import { dictGet } from "./dict";

// A parsed spec: [[fill]align][sign][#][0][width][,|_][.precision][type]
let fill: u32 = 32;
let align: u32 = 0;     // 0 default, '<', '>', '^', '='
let sign: u32 = 0;      // 0 default ('-'), '+', ' '
let alt: bool = false;
let width: i32 = -1;
let grouping: u32 = 0;  // 0, ',' or '_'
let precision: i32 = -1;
let ftype: u32 = 0;

function isDigit(c: u32): bool { return c >= 48 && c <= 57; }
function isAlign(c: u32): bool { return c == 60 || c == 62 || c == 94 || c == 61; }

// False with ValueError pending if the spec is malformed.
function parseSpec(p: u32, n: u32): bool {
  fill = 32; align = 0; sign = 0; alt = false; width = -1; grouping = 0; precision = -1; ftype = 0;
  let i: u32 = 0;
  if (n >= 2 && isAlign(load<u8>(p + 1))) { fill = load<u8>(p); align = load<u8>(p + 1); i = 2; }
  else if (n >= 1 && isAlign(load<u8>(p))) { align = load<u8>(p); i = 1; }
  if (i < n) { const c = <u32>load<u8>(p + i); if (c == 43 || c == 45 || c == 32) { sign = c; i++; } }
  if (i < n && load<u8>(p + i) == 35) { alt = true; i++; }
  if (i < n && load<u8>(p + i) == 48) { if (!align) { fill = 48; align = 61; } i++; }
  if (i < n && isDigit(load<u8>(p + i))) {
    width = 0;
    while (i < n && isDigit(load<u8>(p + i))) { width = width * 10 + <i32>load<u8>(p + i) - 48; i++; }
  }
  if (i < n && (load<u8>(p + i) == 44 || load<u8>(p + i) == 95)) { grouping = load<u8>(p + i); i++; }
  if (i < n && load<u8>(p + i) == 46) {
    i++;
    if (i >= n || !isDigit(load<u8>(p + i))) { raiseLit(ValueError, "Format specifier missing precision"); return false; }
    precision = 0;
    while (i < n && isDigit(load<u8>(p + i))) { precision = precision * 10 + <i32>load<u8>(p + i) - 48; i++; }
  }
  if (i < n) { ftype = load<u8>(p + i); i++; }
  if (i != n) { raiseLit(ValueError, "Invalid format specifier"); return false; }
  return true;
}

// Pads the text appended since `mark` to `width`. `signLen` leading bytes stay left of '=' padding.
function pad(mark: u32, defaultAlign: u32, signLen: u32): void {
  const len = bufLen - mark;
  // width counts characters; our formatted numbers are ASCII and strs carry their count
  let chars = len;
  for (let k: u32 = 0; k < len; k++) if ((load<u8>(bufPtr + mark + k) & 0xC0) == 0x80) chars--;
  if (width < 0 || chars >= <u32>width) return;
  const padN = <u32>width - chars;
  const a = align ? align : defaultAlign;
  let left: u32 = 0, right: u32 = 0, mid: u32 = 0;
  if (a == 60) right = padN;
  else if (a == 62) left = padN;
  else if (a == 94) { left = padN >> 1; right = padN - left; }
  else mid = padN;
  if (!bufReserve(padN)) return;
  const base = bufPtr + mark;
  // shift the body right by left+mid, leaving the sign in place for '='
  const bodyStart = a == 61 ? signLen : 0;
  memory.copy(base + bodyStart + left + mid, base + bodyStart, len - bodyStart);
  for (let k: u32 = 0; k < left; k++) store<u8>(base + k, <u8>fill);
  for (let k: u32 = 0; k < mid; k++) store<u8>(base + bodyStart + k, <u8>fill);
  for (let k: u32 = 0; k < right; k++) store<u8>(base + len + left + mid + k, <u8>fill);
}

// Insert grouping separators into the integer digits of [start, start+ndigits).
function group(start: u32, ndigits: u32, every: u32): void {
  if (!grouping || ndigits <= every) return;
  const extra = (ndigits - 1) / every;
  const tailLen = bufLen - start - ndigits;
  if (!bufReserve(extra)) return;
  const base = bufPtr + start;
  memory.copy(base + ndigits + extra, base + ndigits, tailLen);
  let src = <i32>ndigits - 1, dst = <i32>(ndigits + extra) - 1, count: u32 = 0;
  while (src >= 0) {
    store<u8>(base + dst, load<u8>(base + src));
    dst--; src--; count++;
    if (count % every == 0 && src >= 0) { store<u8>(base + dst, <u8>grouping); dst--; }
  }
}

// Zero padding with grouping pads the digits themselves (CPython: format(1234, "08,") is
// "0,001,234"): leading zeros so that the grouped digits fill `room` characters; the new count.
function zeroPadDigits(start: u32, ndigits: u32, every: u32, room: i32): u32 {
  if (!grouping || fill != 48 || align != 61) return ndigits;
  let d = ndigits;
  while (<i32>(d + (d - 1) / every) < room) d++;
  if (d == ndigits || !bufReserve(d - ndigits)) return ndigits;
  const base = bufPtr + start;
  memory.copy(base + d - ndigits, base, bufLen - (d - ndigits) - start);
  memory.fill(base, 48, d - ndigits);
  return d;
}

function writeSign(negative: bool): u32 {
  if (negative) { bufByte(45); return 1; }
  if (sign == 43) { bufByte(43); return 1; }
  if (sign == 32) { bufByte(32); return 1; }
  return 0;
}

function formatIntSpec(v: Value): bool {
  const mark = bufLen;
  const neg = intSign(v) < 0;
  const signLen = writeSign(neg);
  let base: u32 = 10;
  if (ftype == 120 || ftype == 88) base = 16;
  else if (ftype == 111) base = 8;
  else if (ftype == 98) base = 2;
  else if (ftype == 99) { bufTrim(signLen); bufByte(<u32>intValue(v)); pad(mark, 60, 0); return true; }
  if (alt && base != 10) { bufByte(48); bufByte(base == 16 ? ftype : base == 8 ? 111 : 98); }
  const prefix = bufLen - mark;
  writeIntDigits(v, base, ftype == 88);
  if (bufTakeFailure()) { raiseMemoryError(); return false; }
  const every: u32 = base == 10 ? 3 : 4;
  group(mark + prefix, zeroPadDigits(mark + prefix, bufLen - mark - prefix, every, width - <i32>prefix), every);
  pad(mark, 62, prefix);
  return true;
}

function formatFloatSpec(x: f64): bool {
  const mark = bufLen;
  const neg = x < 0 || (x == 0 && 1 / x < 0);
  const signLen = writeSign(neg);
  const mag = Math.abs(x);
  const p = bufReserve(400);
  if (!p) return false;
  let n: i32 = 0;
  let t = ftype;
  if (t == 37) { n = formatFloatFixed(mag * 100, precision < 0 ? 6 : precision, p); store<u8>(p + n, 37); n++; }
  else if (t == 102 || t == 70) n = formatFloatFixed(mag, precision < 0 ? 6 : precision, p);
  else if (t == 101 || t == 69) n = formatFloatExp(mag, precision < 0 ? 6 : precision, t == 69, p);
  else if (t == 103 || t == 71) n = formatFloatGeneral(mag, precision < 0 ? 6 : precision, t == 71, alt, p);
  else if (precision >= 0) n = formatFloatGeneral(mag, precision == 0 ? 1 : precision, false, true, p);
  else n = formatFloatRepr(mag, p);
  bufTrim(400 - n);
  // grouping applies to the integer digits
  let digits: u32 = 0;
  while (digits < <u32>n && isDigit(load<u8>(p + digits))) digits++;
  group(mark + signLen, zeroPadDigits(mark + signLen, digits, 3, width - <i32>signLen - n + <i32>digits), 3);
  pad(mark, 62, signLen);
  return true;
}

// format(v, spec) into the buffer. False with an exception pending.
export function formatWithSpec(v: Value, spec: Value): bool {
  const sp = spec + STR_HEADER, sn = asStr(spec).len;
  const k = kindOf(v);
  if (sn == 0) { writeStr(v); return true; }
  if (!parseSpec(sp, sn)) return false;
  if (k == Kind.INT || k == Kind.BOOL) {
    if (ftype == 0 || ftype == 100 || ftype == 110 || ftype == 120 || ftype == 88 || ftype == 111 || ftype == 98 || ftype == 99) {
      if (k == Kind.BOOL && ftype == 0) { const mark = bufLen; writeStr(v); pad(mark, 60, 0); return true; }
      return formatIntSpec(v);
    }
    const x = intAsF64(v);
    if (floatOverflow) return false;
    return formatFloatSpec(x);
  }
  if (k == Kind.FLOAT) {
    if (ftype == 0 || ftype == 102 || ftype == 70 || ftype == 101 || ftype == 69 || ftype == 103 || ftype == 71 || ftype == 37) {
      return formatFloatSpec(floatValue(v));
    }
  } else if (ftype == 0 || ftype == 115) {
    if (sign || grouping || (align == 61 && k == Kind.STR)) {
      raiseLit(ValueError, "Sign not allowed in string format specifier");
      return false;
    }
    const mark = bufLen;
    if (k == Kind.STR) {
      const s = asStr(v);
      if (precision >= 0 && <u32>precision < s.nchars) {
        let off: u32 = 0, c: i32 = 0;
        while (off < s.len && c < precision) { off++; while (off < s.len && (load<u8>(v + STR_HEADER + off) & 0xC0) == 0x80) off++; c++; }
        bufBytes(v + STR_HEADER, off);
      } else bufBytes(v + STR_HEADER, s.len);
    } else writeStr(v);
    pad(mark, 60, 0);
    return true;
  }
  const mark = bufLen;
  bufLit("Unknown format code '");
  bufByte(ftype);
  bufLit("' for object of type '");
  bufTypeName(v);
  bufLit("'");
  raiseBuf(ValueError, mark);
  return false;
}

// The int argument a '*' width or precision takes, or I32.MIN_VALUE with TypeError pending.
function starArg(args: Value, isTuple: bool, nargs: u32, index: u32): i32 {
  if (index >= nargs) { raiseLit(TypeError, "not enough arguments for format string"); return I32.MIN_VALUE; }
  const a = isTuple ? tupleGet(args, index) : args;
  const k = kindOf(a);
  if (k != Kind.INT && k != Kind.BOOL) { raiseLit(TypeError, "* wants int"); return I32.MIN_VALUE; }
  return <i32>intValue(a);
}

// fmt % args as a new str, or 0 with an exception pending.
export function percentFormat(fmt: Value, args: Value): Value {
  const isTuple = kindOf(args) == Kind.TUPLE;
  const isMapping = kindOf(args) == Kind.DICT;
  const nargs: u32 = isTuple ? tupleLen(args) : 1;
  let argi: u32 = 0;
  const start = bufLen;
  const p = fmt + STR_HEADER;
  const n = asStr(fmt).len;
  let i: u32 = 0;
  while (i < n) {
    const c = <u32>load<u8>(p + i);
    if (c != 37) { bufByte(c); i++; continue; }
    i++;
    if (i >= n) { bufReset(start); raiseLit(ValueError, "incomplete format"); return 0; }
    if (load<u8>(p + i) == 37) { bufByte(37); i++; continue; }
    // %(key)s takes its argument from a mapping
    let keyed: Value = 0;
    if (load<u8>(p + i) == 40) {
      let depth = 1, e = i + 1;
      while (e < n && depth > 0) { const ch = load<u8>(p + e); if (ch == 40) depth++; else if (ch == 41) depth--; e++; }
      if (depth > 0) { bufReset(start); raiseLit(ValueError, "incomplete format key"); return 0; }
      if (!isMapping) { bufReset(start); raiseLit(TypeError, "format requires a mapping"); return 0; }
      const key = strFromBytes(p + i + 1, e - i - 2);
      if (!key) { bufReset(start); raiseMemoryError(); return 0; }
      keyed = dictGet(args, key);
      if (!keyed) { bufReset(start); raiseWith(KeyError, key); return 0; }
      decref(key);
      i = e;
    }
    // flags
    fill = 32; align = 62; sign = 0; alt = false; width = -1; precision = -1; grouping = 0;
    let zero = false;
    while (i < n) {
      const f = <u32>load<u8>(p + i);
      if (f == 45) align = 60;
      else if (f == 43) sign = 43;
      else if (f == 32) { if (sign != 43) sign = 32; }
      else if (f == 35) alt = true;
      else if (f == 48) zero = true;
      else break;
      i++;
    }
    if (i < n && load<u8>(p + i) == 42) {
      // '*': the width is the next argument
      const w = starArg(args, isTuple, nargs, argi++);
      if (w == I32.MIN_VALUE) { bufReset(start); return 0; }
      if (w < 0) { align = 60; width = -w; } else width = w;
      i++;
    } else if (i < n && isDigit(load<u8>(p + i))) {
      width = 0;
      while (i < n && isDigit(load<u8>(p + i))) { width = width * 10 + <i32>load<u8>(p + i) - 48; i++; }
    }
    if (zero && align != 60) { fill = 48; align = 61; }
    if (i < n && load<u8>(p + i) == 46) {
      i++;
      precision = 0;
      if (i < n && load<u8>(p + i) == 42) {
        precision = starArg(args, isTuple, nargs, argi++);
        if (precision == I32.MIN_VALUE) { bufReset(start); return 0; }
        if (precision < 0) precision = 0;
        i++;
      } else while (i < n && isDigit(load<u8>(p + i))) { precision = precision * 10 + <i32>load<u8>(p + i) - 48; i++; }
    }
    if (i >= n) { bufReset(start); raiseLit(ValueError, "incomplete format"); return 0; }
    const t = <u32>load<u8>(p + i);
    i++;
    let arg = keyed;
    if (!arg) {
      if (argi >= nargs) { bufReset(start); raiseLit(TypeError, "not enough arguments for format string"); return 0; }
      arg = isTuple ? tupleGet(args, argi) : args;
      argi++;
    }
    const ka = kindOf(arg);
    const isNum = ka == Kind.INT || ka == Kind.BOOL || ka == Kind.FLOAT;
    const mark = bufLen;
    if (t == 99 && ka == Kind.STR) {
      // %c of a one-character str
      if (asStr(arg).nchars != 1) { bufReset(start); raiseLit(TypeError, "%c requires int or char"); return 0; }
      bufBytes(arg + STR_HEADER, asStr(arg).len);
      fill = 32;
      if (align == 61) align = 62;
      pad(mark, 62, 0);
    } else if (t == 115 || t == 114 || t == 97) {
      if (t == 115) writeStr(arg); else writeRepr(arg);
      if (precision >= 0) {
        let off: u32 = 0, cnt: i32 = 0;
        const len = bufLen - mark;
        while (off < len && cnt < precision) { off++; while (off < len && (load<u8>(bufPtr + mark + off) & 0xC0) == 0x80) off++; cnt++; }
        bufTrim(len - off);
      }
      if (align == 61) align = 62;
      fill = 32;
      pad(mark, 62, 0);
    } else if (t == 100 || t == 105 || t == 117 || t == 120 || t == 88 || t == 111 || t == 99) {
      if (!isNum) {
        bufReset(start);
        const m2 = bufLen;
        bufLit("%");
        bufByte(t);
        bufLit(" format: a real number is required, not ");
        bufTypeName(arg);
        raiseBuf(TypeError, m2);
        return 0;
      }
      ftype = t == 105 || t == 117 ? 100 : t;
      const iv = ka == Kind.FLOAT ? intOfFloat(floatValue(arg)) : arg;
      if (!iv) { bufReset(start); return 0; }
      if (precision >= 0 && ftype != 99) {
        // %.Nd pads the digits with zeros to N
        const neg = intSign(iv) < 0;
        writeSign(neg);
        const dpOff = bufLen;
        writeIntDigits(iv, ftype == 100 ? 10 : ftype == 120 || ftype == 88 ? 16 : 8, ftype == 88);
        const dn = bufLen - dpOff;
        if (dn < <u32>precision) {
          const zeros = <u32>precision - dn;
          bufReserve(zeros);
          const dq = bufPtr + dpOff;
          memory.copy(dq + zeros, dq, dn);
          memory.fill(dq, 48, zeros);
        }
        pad(mark, 62, neg || sign ? 1 : 0);
      } else {
        const savedAlt = alt;
        const ok = formatIntSpec(iv);
        alt = savedAlt;
        if (!ok) { if (iv != arg) decref(iv); bufReset(start); return 0; }
      }
      if (iv != arg) decref(iv);
    } else if (t == 102 || t == 70 || t == 101 || t == 69 || t == 103 || t == 71) {
      if (!isNum) {
        bufReset(start);
        const m2 = bufLen;
        bufLit("must be real number, not ");
        bufTypeName(arg);
        raiseBuf(TypeError, m2);
        return 0;
      }
      ftype = t;
      if (precision < 0) precision = 6;
      const x = numAsF64(arg);
      if (floatOverflow) { bufReset(start); return 0; }
      if (!formatFloatSpec(x)) { bufReset(start); raiseMemoryError(); return 0; }
    } else {
      bufReset(start);
      const m2 = bufLen;
      bufLit("unsupported format character '");
      bufByte(t);
      bufLit("'");
      raiseBuf(ValueError, m2);
      return 0;
    }
  }
  if (argi < nargs && !isMapping) { bufReset(start); raiseLit(TypeError, "not all arguments converted during string formatting"); return 0; }
  const s = bufStr(start);
  if (!s) raiseMemoryError();
  return s;
}

// For vm_init on a used instance: the state instantiation gave (vm/vm.ts, resetModules).
export function formatReset(): void {
  fill = 32; align = 0; sign = 0; alt = false; width = -1; grouping = 0; precision = -1; ftype = 0;
}
