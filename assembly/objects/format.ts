// str.format-style format specs (f-strings, format()) and %-formatting, into the text buffer.
import { Value, Kind, fromSmall } from "./object";
import { kindOfCall } from "./type";
import { asStr, STR_HEADER, strFromBytes, countChars, Lit } from "./str";
import { intValue, intSign, intFitsI64 } from "./int";
import { writeIntDigits } from "./intstr";
import { floatOverflow } from "./intfloat";
import { intAsF64, numAsF64, intOfFloat } from "./intfloat";
import { decrefCall } from "../memory/refcount";
import { floatValue } from "./float";
import { tupleLen, tupleGet } from "./tuple";
import { bufReserve, bufByte, bufBytes, bufStrValue, bufLit, bufLen, bufPtr, bufTrim, bufStr, bufReset, bufTakeFailure, bufFits, repeatChar } from "./buf";
import { writeStr, writeRepr, writeI64 } from "./repr";
import { charLen, decodeChar, bufChar } from "./unicode";
import { formatFloatRepr, formatFloatFixed, formatFloatExp, formatFloatGeneral } from "./numfmt";
import { raiseLit, raiseBuf, raiseMemoryError, raiseBufFailure, raiseWith, bufTypeName } from "./errors";
import { ValueError, TypeError, KeyError, OverflowError } from "./exception";
import { dictGet } from "./dict";

// A parsed spec: [[fill]align][sign][#][0][width][,|_][.precision][type]
// Width and precision are i64 (CPython's Py_ssize_t): a script may write any digits.
let fillP: u32 = 0;     // the fill character's UTF-8 bytes (0: a space)
let fillN: u32 = 1;
let align: u32 = 0;     // 0 default, '<', '>', '^', '='
let sign: u32 = 0;      // 0 default ('-'), '+', ' '
let alt: bool = false;
let width: i64 = -1;
let grouping: u32 = 0;  // 0, ',' or '_'
let precision: i64 = -1;
let ftype: u32 = 0;
const ZERO = memory.data<u8>([48]);

function isDigit(c: u32): bool { return c >= 48 && c <= 57; }
function isAlign(c: u32): bool { return c == 60 || c == 62 || c == 94 || c == 61; }
@inline function zeroFill(): bool { return fillP == <u32>ZERO; }

// Digits at p[i, n) as a non-negative i64; -1 (nothing consumed) past i64. Sets `digitsEnd`.
let digitsEnd: u32 = 0;
function parseDigits(p: u32, i: u32, n: u32): i64 {
  let v: i64 = 0;
  while (i < n && isDigit(load<u8>(p + i))) {
    const d = <i64>load<u8>(p + i) - 48;
    if (v > (i64.MAX_VALUE - d) / 10) return -1;
    v = v * 10 + d;
    i++;
  }
  digitsEnd = i;
  return v;
}

// False with ValueError pending if the spec (for a value v) is malformed.
function parseSpec(v: Value, p: u32, n: u32): bool {
  fillP = 0; fillN = 1; align = 0; sign = 0; alt = false; width = -1; grouping = 0; precision = -1; ftype = 0;
  digitsEnd = 0; starValue = 0;
  let i: u32 = 0;
  // the fill is any one character (UTF-8: up to 4 bytes)
  const cl = n ? charLen(load<u8>(p)) : 0;
  if (n > cl && isAlign(load<u8>(p + cl))) { fillP = p; fillN = cl; align = load<u8>(p + cl); i = cl + 1; }
  else if (n >= 1 && isAlign(load<u8>(p))) { align = load<u8>(p); i = 1; }
  if (i < n) { const c = <u32>load<u8>(p + i); if (c == 43 || c == 45 || c == 32) { sign = c; i++; } }
  if (i < n && load<u8>(p + i) == 35) { alt = true; i++; }
  if (i < n && load<u8>(p + i) == 48) { if (!align) { fillP = <u32>ZERO; fillN = 1; align = 61; } i++; }
  if (i < n && isDigit(load<u8>(p + i))) {
    width = parseDigits(p, i, n);
    if (width < 0) { raiseLit(ValueError, "Too many decimal digits in format string"); return false; }
    i = digitsEnd;
  }
  if (i < n && (load<u8>(p + i) == 44 || load<u8>(p + i) == 95)) { grouping = load<u8>(p + i); i++; }
  if (i < n && load<u8>(p + i) == 46) {
    i++;
    if (i >= n || !isDigit(load<u8>(p + i))) { raiseLit(ValueError, "Format specifier missing precision"); return false; }
    precision = parseDigits(p, i, n);
    if (precision < 0) { raiseLit(ValueError, "Too many decimal digits in format string"); return false; }
    if (precision > I32.MAX_VALUE) { raiseLit(ValueError, "precision too big"); return false; }
    i = digitsEnd;
  }
  if (i < n) { ftype = load<u8>(p + i); i++; }
  if (i != n) {
    const mark = bufLen;
    bufLit("Invalid format specifier '");
    bufBytes(p, n);
    bufLit("' for object of type '");
    bufTypeName(v);
    bufLit("'");
    raiseBuf(ValueError, mark);
    return false;
  }
  return true;
}

// Whether `bytes` more bytes could ever fit (bufFits); MemoryError pending if not.
function roomFor(bytes: i64): bool {
  return bufFits(bytes) || noMemory();
}

// MemoryError pending, the buffer's failure flag taken (the text is dropped by the caller); false.
function noMemory(): bool {
  raiseBufFailure();
  return false;
}

// Pads the text appended since `mark` to `width`. `signLen` leading bytes stay left of '=' padding.
// False with MemoryError pending.
function pad(mark: u32, defaultAlign: u32, signLen: u32): bool {
  const len = bufLen - mark;
  // width counts characters; our formatted numbers are ASCII and strs carry their count
  let chars = len;
  for (let k: u32 = 0; k < len; k++) if ((load<u8>(bufPtr + mark + k) & 0xC0) == 0x80) chars--;
  if (width <= <i64>chars) return true;
  const padN64 = width - <i64>chars;
  if (!roomFor(padN64) || !roomFor(padN64 * <i64>fillN)) return false;
  const padN = <u32>padN64;
  const a = align ? align : defaultAlign;
  let left: u32 = 0, right: u32 = 0, mid: u32 = 0;
  if (a == 60) right = padN;
  else if (a == 62) left = padN;
  else if (a == 94) { left = padN >> 1; right = padN - left; }
  else mid = padN;
  if (!bufReserve(<u64>padN * fillN)) return noMemory();
  const base = bufPtr + mark;
  // shift the body right past the left and middle padding, leaving the sign in place for '='
  const bodyStart = a == 61 ? signLen : 0;
  const body = base + bodyStart + (left + mid) * fillN;
  memory.copy(body, base + bodyStart, len - bodyStart);
  putFill(base, left);
  putFill(base + left * fillN + bodyStart, mid);
  putFill(body + len - bodyStart, right);
  return true;
}

// k fill characters at p.
function putFill(p: u32, k: u32): void {
  if (!fillP) memory.fill(p, 32, k);
  else repeatChar(p, k, fillP, fillN);
}

// Insert grouping separators into the integer digits of [start, start+ndigits).
function group(start: u32, ndigits: u32, every: u32): bool {
  if (!grouping || ndigits <= every) return true;
  const extra = (ndigits - 1) / every;
  const tailLen = bufLen - start - ndigits;
  if (!bufReserve(extra)) return noMemory();
  const base = bufPtr + start;
  memory.copy(base + ndigits + extra, base + ndigits, tailLen);
  let src = <i32>ndigits - 1, dst = <i32>(ndigits + extra) - 1, count: u32 = 0;
  while (src >= 0) {
    store<u8>(base + dst, load<u8>(base + src));
    dst--; src--; count++;
    if (count % every == 0 && src >= 0) { store<u8>(base + dst, <u8>grouping); dst--; }
  }
  return true;
}

// Zero padding with grouping pads the digits themselves (CPython: format(1234, "08,") is
// "0,001,234"): leading zeros so that the grouped digits fill `room` characters; the new
// count, or -1 with MemoryError pending.
function zeroPadDigits(start: u32, ndigits: u32, every: u32, room: i64): i64 {
  if (!grouping || !zeroFill() || align != 61 || room <= <i64>ndigits) return ndigits;
  if (!roomFor(room)) return -1;
  // d digits take d + (d-1)/every characters, at most d * (every+1)/every: start just below
  let d: i64 = room - room / (every + 1) - 1;
  if (d < <i64>ndigits) d = ndigits;
  while (d + (d - 1) / every < room) d++;
  const more = <u32>d - ndigits;
  if (!more) return ndigits;
  if (!bufReserve(more)) { noMemory(); return -1; }
  const base = bufPtr + start;
  memory.copy(base + more, base, bufLen - more - start);
  memory.fill(base, 48, more);
  return d;
}

function writeSign(negative: bool): u32 {
  if (negative) { bufByte(45); return 1; }
  if (sign == 43) { bufByte(43); return 1; }
  if (sign == 32) { bufByte(32); return 1; }
  return 0;
}

// The code point of %c or format(v, 'c'): -1 with OverflowError pending out of range(0x110000)
// (format() first converts to a C long, and says so past 64 bits, as CPython).
function codePoint(v: Value, percent: bool): i32 {
  if (!percent && !intFitsI64(v)) { raiseLit(OverflowError, "Python int too large to convert to C long"); return -1; }
  const c = intValue(v); // saturated past 64 bits: out of range either way
  if (c < 0 || c > 0x10FFFF) { raiseLit(OverflowError, "%c arg not in range(0x110000)"); return -1; }
  return <i32>c;
}

// The character c, padded (right-aligned by default, as numbers).
function formatChar(c: i32): bool {
  const mark = bufLen;
  bufChar(<u32>c);
  return pad(mark, 62, 0);
}

function formatIntSpec(v: Value): bool {
  if (ftype == 99) {
    const c = codePoint(v, false);
    return c >= 0 && formatChar(c);
  }
  const mark = bufLen;
  const neg = intSign(v) < 0;
  writeSign(neg);
  let base: u32 = 10;
  if (ftype == 120 || ftype == 88) base = 16;
  else if (ftype == 111) base = 8;
  else if (ftype == 98) base = 2;
  if (alt && base != 10) { bufByte(48); bufByte(base == 16 ? ftype : base == 8 ? 111 : 98); }
  const prefix = bufLen - mark;
  writeIntDigits(v, base, ftype == 88);
  if (bufTakeFailure()) { raiseBufFailure(); return false; }
  const every: u32 = base == 10 ? 3 : 4;
  const d = zeroPadDigits(mark + prefix, bufLen - mark - prefix, every, width - <i64>prefix);
  return d >= 0 && group(mark + prefix, <u32>d, every) && pad(mark, 62, prefix);
}

function formatFloatSpec(x: f64): bool {
  const mark = bufLen;
  const neg = x < 0 || (x == 0 && 1 / x < 0);
  const signLen = writeSign(neg);
  const mag = Math.abs(x);
  const prec = precision < 0 ? 6 : <i32>precision;
  // numfmt's bound: a double's integer part has at most 309 digits, the rest is the precision
  const room: i64 = <i64>prec + 330;
  if (!roomFor(room)) return false;
  const p = bufReserve(<u64>room);
  if (!p) return noMemory();
  let n: i32 = 0;
  const t = ftype;
  if (t == 37) { n = formatFloatFixed(mag * 100, prec, p); store<u8>(p + n, 37); n++; }
  else if (t == 102 || t == 70) n = formatFloatFixed(mag, prec, p);
  else if (t == 101 || t == 69) n = formatFloatExp(mag, prec, t == 69, p);
  else if (t == 103 || t == 71 || t == 110) n = formatFloatGeneral(mag, prec, t == 71, alt, p); // 'n': 'g' in the C locale
  else if (precision >= 0) n = formatFloatGeneral(mag, prec == 0 ? 1 : prec, false, true, p);
  else n = formatFloatRepr(mag, p);
  bufTrim(<u32>room - <u32>n);
  // grouping applies to the integer digits
  let digits: u32 = 0;
  while (digits < <u32>n && isDigit(load<u8>(p + digits))) digits++;
  const d = zeroPadDigits(mark + signLen, digits, 3, width - <i64>signLen - <i64>n + <i64>digits);
  return d >= 0 && group(mark + signLen, <u32>d, 3) && pad(mark, 62, signLen);
}

@inline function isIntType(t: u32): bool {
  return t == 0 || t == 100 || t == 110 || t == 120 || t == 88 || t == 111 || t == 98 || t == 99;
}
@inline function isFloatType(t: u32): bool {
  return t == 0 || t == 102 || t == 70 || t == 101 || t == 69 || t == 103 || t == 71 || t == 37 || t == 110;
}

// ',' goes with decimal and float types; '_' also with b, o, x, X (CPython's rule). `t` is the
// effective type (the kind's default when the spec names none).
function groupingAllowed(t: u32): bool {
  if (t == 100 || t == 101 || t == 102 || t == 103 || t == 69 || t == 70 || t == 71 || t == 37) return true;
  return grouping == 95 && (t == 98 || t == 111 || t == 120 || t == 88);
}

function raiseSpec(what: Lit, c: u32, tail: Lit): bool {
  const mark = bufLen;
  bufLit(what);
  bufByte(c);
  bufLit(tail);
  raiseBuf(ValueError, mark);
  return false;
}

// format(v, spec) into the buffer. False with an exception pending.
export function formatWithSpec(v: Value, spec: Value): bool {
  const sp = spec + STR_HEADER, sn = asStr(spec).len;
  const k = kindOfCall(v);
  if (sn == 0) { writeStr(v); return true; }
  if (!parseSpec(v, sp, sn)) return false;
  // a bool with a spec is formatted as the int it is (CPython: format(True, '>5') is '    1')
  const isInt = k == Kind.INT || k == Kind.BOOL;
  const t = ftype ? ftype : isInt ? 100 : k == Kind.FLOAT ? 103 : 115;
  if (grouping && !groupingAllowed(t)) return raiseSpec(grouping == 44 ? "Cannot specify ',' with '" : "Cannot specify '_' with '", t, "'.");
  if (isInt) {
    if (isIntType(ftype)) {
      if (precision >= 0) { raiseLit(ValueError, "Precision not allowed in integer format specifier"); return false; }
      if (ftype == 99 && sign) { raiseLit(ValueError, "Sign not allowed with integer format specifier 'c'"); return false; }
      if (ftype == 99 && alt) { raiseLit(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'"); return false; }
      return formatIntSpec(v);
    }
    if (isFloatType(ftype)) {
      const x = intAsF64(v);
      if (floatOverflow) return false;
      return formatFloatSpec(x);
    }
  } else if (k == Kind.FLOAT) {
    if (isFloatType(ftype)) return formatFloatSpec(floatValue(v));
  } else if (ftype == 0 || ftype == 115) {
    if (sign) { raiseLit(ValueError, "Sign not allowed in string format specifier"); return false; }
    if (align == 61 && k == Kind.STR) { raiseLit(ValueError, "'=' alignment not allowed in string format specifier"); return false; }
    const mark = bufLen;
    if (k == Kind.STR) {
      const s = asStr(v);
      if (precision >= 0 && precision < <i64>s.nchars) {
        let off: u32 = 0, c: i64 = 0;
        while (off < s.len && c < precision) { off++; while (off < s.len && (load<u8>(v + STR_HEADER + off) & 0xC0) == 0x80) off++; c++; }
        bufBytes(v + STR_HEADER, off);
      } else bufBytes(v + STR_HEADER, s.len);
    } else writeStr(v);
    return pad(mark, 60, 0);
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

// The int a '*' width or precision takes, in starValue; false with an exception pending.
// A width is a Py_ssize_t, a precision a C int: past those, CPython's OverflowError.
let starValue: i64 = 0;
function starArg(args: Value, isTuple: bool, nargs: u32, index: u32, isWidth: bool): bool {
  if (index >= nargs) { raiseLit(TypeError, "not enough arguments for format string"); return false; }
  const a = isTuple ? tupleGet(args, index) : args;
  const k = kindOfCall(a);
  if (k != Kind.INT && k != Kind.BOOL) { raiseLit(TypeError, "* wants int"); return false; }
  const v = intValue(a);
  if (!intFitsI64(a) || (!isWidth && (v < I32.MIN_VALUE || v > I32.MAX_VALUE))) {
    raiseLit(OverflowError, isWidth ? "Python int too large to convert to C ssize_t" : "Python int too large to convert to C int");
    return false;
  }
  starValue = v;
  return true;
}

// fmt % args as a new str, or 0 with an exception pending.
export function percentFormat(fmt: Value, args: Value): Value {
  const isTuple = kindOfCall(args) == Kind.TUPLE;
  const isMapping = kindOfCall(args) == Kind.DICT;
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
      decrefCall(key);
      i = e;
    }
    // flags
    fillP = 0; fillN = 1; align = 62; sign = 0; alt = false; width = -1; precision = -1; grouping = 0;
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
      // '*': the width is the next argument; a negative one left-aligns (-2**63 stays negative:
      // no padding, as CPython)
      if (!starArg(args, isTuple, nargs, argi++, true)) { bufReset(start); return 0; }
      if (starValue < 0) { align = 60; width = -starValue; } else width = starValue;
      i++;
    } else if (i < n && isDigit(load<u8>(p + i))) {
      width = parseDigits(p, i, n);
      if (width < 0) { bufReset(start); raiseLit(ValueError, "width too big"); return 0; }
      i = digitsEnd;
    }
    if (zero && align != 60) { fillP = <u32>ZERO; align = 61; }
    if (i < n && load<u8>(p + i) == 46) {
      i++;
      precision = 0;
      if (i < n && load<u8>(p + i) == 42) {
        if (!starArg(args, isTuple, nargs, argi++, false)) { bufReset(start); return 0; }
        precision = starValue < 0 ? 0 : starValue;
        i++;
      } else if (i < n && isDigit(load<u8>(p + i))) {
        precision = parseDigits(p, i, n);
        if (precision < 0 || precision > I32.MAX_VALUE) { bufReset(start); raiseLit(ValueError, "precision too big"); return 0; }
        i = digitsEnd;
      }
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
    const ka = kindOfCall(arg);
    const isNum = ka == Kind.INT || ka == Kind.BOOL || ka == Kind.FLOAT;
    const mark = bufLen;
    if (t == 99) {
      // %c: a one-character str or a code point (never a float, unlike %d)
      if (align == 61) { align = 62; fillP = 0; }
      if (ka == Kind.STR && asStr(arg).nchars == 1) {
        bufStrValue(arg);
        if (!pad(mark, 62, 0)) { bufReset(start); return 0; }
      } else if (ka == Kind.INT || ka == Kind.BOOL) {
        const c = codePoint(arg, true);
        if (c < 0 || !formatChar(c)) { bufReset(start); return 0; }
      } else { bufReset(start); raiseLit(TypeError, "%c requires int or char"); return 0; }
    } else if (t == 115 || t == 114 || t == 97) {
      if (t == 115) writeStr(arg); else writeRepr(arg);
      if (precision >= 0) {
        let off: u32 = 0, cnt: i64 = 0;
        const len = bufLen - mark;
        while (off < len && cnt < precision) { off++; while (off < len && (load<u8>(bufPtr + mark + off) & 0xC0) == 0x80) off++; cnt++; }
        bufTrim(len - off);
      }
      if (align == 61) align = 62;
      fillP = 0;
      if (!pad(mark, 62, 0)) { bufReset(start); return 0; }
    } else if (t == 100 || t == 105 || t == 117 || t == 120 || t == 88 || t == 111) {
      // %d %i %u take any real number (truncated); %x %X %o only ints, as CPython
      if (!isNum || (ka == Kind.FLOAT && (t == 120 || t == 88 || t == 111))) {
        bufReset(start);
        const m2 = bufLen;
        bufLit("%");
        bufByte(t);
        bufLit(t == 120 || t == 88 || t == 111 ? " format: an integer is required, not " : " format: a real number is required, not ");
        bufTypeName(arg);
        raiseBuf(TypeError, m2);
        return 0;
      }
      ftype = t == 105 || t == 117 ? 100 : t;
      const iv = ka == Kind.FLOAT ? intOfFloat(floatValue(arg)) : arg;
      if (!iv) { bufReset(start); return 0; }
      let ok = true;
      if (precision >= 0) {
        // %.Nd pads the digits with zeros to N
        const neg = intSign(iv) < 0;
        writeSign(neg);
        if (alt && ftype != 100) { bufByte(48); bufByte(ftype == 111 ? 111 : ftype); }
        const dpOff = bufLen;
        writeIntDigits(iv, ftype == 100 ? 10 : ftype == 120 || ftype == 88 ? 16 : 8, ftype == 88);
        const dn = bufLen - dpOff;
        if (<i64>dn < precision) {
          const zeros = precision - <i64>dn;
          ok = roomFor(zeros);
          const q = ok ? bufReserve(<u64>zeros) : 0;
          if (ok && !q) ok = noMemory();
          if (ok) {
            const dq = bufPtr + dpOff;
            memory.copy(dq + <u32>zeros, dq, dn);
            memory.fill(dq, 48, <u32>zeros);
          }
        }
        ok = ok && pad(mark, 62, dpOff - mark);
      } else {
        const savedAlt = alt;
        ok = formatIntSpec(iv);
        alt = savedAlt;
      }
      if (iv != arg) decrefCall(iv);
      if (!ok) { bufReset(start); return 0; }
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
      if (!formatFloatSpec(x)) { bufReset(start); return 0; }
    } else {
      // CPython names the character (ASCII, else '?'), its code and its index (in characters)
      bufReset(start);
      const at = p + i - 1;
      const m2 = bufLen;
      bufLit("unsupported format character '");
      bufByte(t < 0x80 ? t : 63);
      bufLit("' (0x");
      writeIntDigits(fromSmall(<i32>decodeChar(at)), 16, false);
      bufLit(") at index ");
      writeI64(<i64>countChars(p, at - p));
      raiseBuf(ValueError, m2);
      return 0;
    }
  }
  if (argi < nargs && !isMapping) { bufReset(start); raiseLit(TypeError, "not all arguments converted during string formatting"); return 0; }
  const s = bufStr(start);
  if (!s) raiseBufFailure();
  return s;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function formatReset(): void {
  fillP = 0; fillN = 1; align = 0; sign = 0; alt = false; width = -1; grouping = 0; precision = -1; ftype = 0;
  digitsEnd = 0; starValue = 0;
}
