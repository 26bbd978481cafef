// Ints of any size as text: digits into the text buffer (bases 2, 8, 10, 16) and int(str, base)
// past 64 bits. Decimal output divides by 10^9 per pass, so a 1000-digit int takes ~100 passes.
import { Value } from "./object";
import { viewA, viewInt, intFromMag, intFitsI64, intValue, intSign, MAX_LIMBS } from "./int";
import { magLen, magDivSmall, magMulSmall, magBitLength } from "./bigint";
import { bufReserve, bufTrim, bufPtr, bufLen, bufReset, bufByte, bufFailDigits } from "./buf";
import { config } from "../memory/config";
import { chargeLimbOps } from "./charge";
import { formatIntBase } from "./numfmt";
import { alloc, free } from "../memory/heap";

const DIGITS = "0123456789abcdef";

// CPython's default for sys.set_int_max_str_digits: decimal conversion is quadratic, so a
// script converting a huge int (or parsing a huge str) is refused instead of stalling.
export const INT_MAX_STR_DIGITS: u32 = 4300;
// The smallest limit set_int_max_str_digits takes (other than 0, no limit).
export const INT_MAX_STR_DIGITS_MIN: u32 = 640;

// Whether a decimal str of `digits` digits is past the limit (bases 2, 8, 16 and 32 are linear
// and never limited).
export function overDigitLimit(digits: u64, base: u32): bool {
  const lim = config.intMaxStrDigits;
  return lim != 0 && (base & (base - 1)) != 0 && digits > <u64>lim;
}

// Appends the digits of |v| in base 2, 8, 10 or 16 (no sign, no prefix). On memory exhaustion
// the buffer records the failure, as for any append.
export function writeIntDigits(v: Value, base: u32, upper: bool): void {
  if (intFitsI64(v) && intValue(v) != i64.MIN_VALUE) {
    const i = intValue(v);
    const p = bufReserve(70);
    if (p) bufTrim(70 - <u32>formatIntBase(i < 0 ? -i : i, <i32>base, upper, p));
    return;
  }
  viewInt(v, viewA);
  if (base == 10) decimalDigits(viewA.p, viewA.n);
  else binaryDigits(viewA.p, viewA.n, base == 2 ? 1 : base == 8 ? 3 : 4, upper);
}

function digitValue(c: u32): u32 { return c <= 57 ? c - 48 : (c | 32) - 87; }
function digitChar(d: u32, upper: bool): u8 { const c = <u8>DIGITS.charCodeAt(d); return upper && d >= 10 ? c - 32 : c; }

// Past the digit limit the buffer fails (bufFailDigits): a sure excess (the digit count of
// 2^(bits-1)) before any work, an excess by a few digits once written.
function decimalDigits(mag: usize, n: u32): void {
  if (overDigitLimit(<u64>(<f64>(magBitLength(mag, n) - 1) * 0.30102999566) + 1, 10)) { bufFailDigits(); return; }
  // scratch in the buffer itself: a copy of the magnitude, the base-1e9 chunks, then the digits
  const chunksMax = n + (n >> 3) + 2; // 32 bits hold 1.07 chunks of 9 digits
  const need = (n << 2) + (chunksMax << 2) + chunksMax * 9;
  const mark = bufLen;
  const s = <usize>bufReserve(need);
  if (!s) return;
  const chunks = s + (<usize>n << 2), out = chunks + (<usize>chunksMax << 2);
  memory.copy(s, mag, <usize>n << 2);
  let k: u32 = 0;
  let work: u64 = 0; // limb divisions, quadratic in n: charged to the op budget
  while (n) {
    store<u32>(chunks + (<usize>k << 2), magDivSmall(s, s, n, 1000000000));
    work += <u64>n;
    k++;
    n = magLen(s, n);
  }
  chargeLimbOps(work * 6); // a 64-bit division costs about six multiply-adds (measured)
  let o = out;
  for (let i = <i32>k - 1; i >= 0; i--) {
    let c = load<u32>(chunks + (<usize>i << 2));
    const len: i32 = i == <i32>k - 1 ? decimalLen(c) : 9;
    for (let j = len - 1; j >= 0; j--) { store<u8>(o + <usize>j, <u8>(48 + c % 10)); c /= 10; }
    o += <usize>len;
  }
  const digits = <u32>(o - out);
  if (overDigitLimit(<u64>digits, 10)) { bufReset(mark); bufFailDigits(); return; }
  memory.copy(bufPtr + mark, out, digits);
  bufReset(mark + digits);
}

function decimalLen(c: u32): i32 {
  let len = 1;
  while (c >= 10) { c /= 10; len++; }
  return len;
}

function binaryDigits(mag: usize, n: u32, bits: u32, upper: bool): void {
  const total = magBitLength(mag, n);
  const count = <u32>((total + <u64>bits - 1) / <u64>bits);
  const p = bufReserve(count);
  if (!p) return;
  for (let i: u32 = 0; i < count; i++) {
    const pos = (count - 1 - i) * bits;
    const w = pos >> 5, off = <u64>(pos & 31);
    let x = <u64>load<u32>(mag + (<usize>w << 2));
    if (w + 1 < n) x |= <u64>load<u32>(mag + ((<usize>w + 1) << 2)) << 32;
    store<u8>(p + i, digitChar(<u32>((x >> off) & ((1 << bits) - 1)), upper));
  }
}

// int(text, base) for a text whose syntax is already checked (numfmt's parseInt accepted it but
// the value left 64 bits). 0 when out of memory.
export function intParse(p: usize, len: u32, base: u32): Value {
  const end = p + len;
  let neg = false;
  // skip whitespace and the sign up to the first digit
  while (p < end && !isAlnum(load<u8>(p))) { if (load<u8>(p) == 45) neg = true; p++; }
  if (p + 1 < end && load<u8>(p) == 48) {
    const c = <u32>load<u8>(p + 1) | 32;
    const pb: u32 = c == 120 ? 16 : c == 111 ? 8 : c == 98 ? 2 : 0;
    if (pb && (base == 0 || base == pb)) { base = pb; p += 2; }
  }
  if (base == 0) base = 10;
  // base^k: the largest power of the base that fits a limb, to add k digits per pass
  let k: u32 = 0, chunkMul: u64 = 1;
  while (chunkMul * <u64>base <= 0xFFFFFFFF) { chunkMul *= <u64>base; k++; }
  const limbs = <u32>(<u64>len * 6 / 32 + 2); // log2(36) < 6 bits per digit
  if (limbs >= MAX_LIMBS) return 0;
  const bytes = limbs << 2;
  const r = alloc(bytes);
  if (!r) return 0;
  let n: u32 = 0, acc: u32 = 0, inChunk: u32 = 0, mul: u32 = 1;
  let work: u64 = 0; // limb multiplications, quadratic in len: charged to the op budget
  for (; p < end; p++) {
    const c = <u32>load<u8>(p);
    if (c == 95) continue;
    if (!isAlnum(c)) break; // trailing whitespace
    acc = acc * base + digitValue(c);
    mul *= base;
    if (++inChunk == k) { n = magMulSmall(r, r, n, mul, acc); work += <u64>n; acc = 0; inChunk = 0; mul = 1; }
  }
  if (inChunk) n = magMulSmall(r, r, n, mul, acc);
  chargeLimbOps(work);
  const v = intFromMag(neg, r, n);
  free(r, bytes);
  return v;
}

function isAlnum(c: u32): bool { return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122); }

// str(v) of an int.
export function writeInt(v: Value): void {
  if (intSign(v) < 0) bufByte(45);
  writeIntDigits(v, 10, false);
}
