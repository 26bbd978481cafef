// The character database: properties and case mappings of every code point, from tables that
// scripts/gen-unicode.py derives from CPython (unicode-data.ts), plus UTF-8 decoding/encoding.
// ASCII takes the same paths: a bisection over the few runs of a page is cheap next to building a str.
import {
  PROP_PAGES, PROP_RUNS, PROP_COMBOS, UPPER_ROWS, UPPER_ROWS_COUNT, LOWER_ROWS, LOWER_ROWS_COUNT,
  OVERRIDE_KEYS, OVERRIDE_KEYS_COUNT, OVERRIDE_VALUES, POOL,
} from "./unicode-data";
import { bufByte, bufBytes } from "./buf";

// PROP_RUNS: code points in pages of 2^PAGE_BITS; an entry is its start in the page and a combo.
const PAGE_BITS: u32 = 11;
const COMBO_BITS: u32 = 16 - PAGE_BITS;

// Property bits (the generator's FLAGS order).
export namespace UP {
  export const ALPHA: u32 = 1;
  export const DECIMAL: u32 = 2;
  export const DIGIT: u32 = 4;
  export const NUMERIC: u32 = 8;
  export const SPACE: u32 = 16;
  export const UPPER: u32 = 32;
  export const LOWER: u32 = 64;
  export const TITLE: u32 = 128;
  export const PRINTABLE: u32 = 256;
  export const ID_START: u32 = 512;
  export const ID_CONTINUE: u32 = 1024;
  export const CASE_IGNORABLE: u32 = 2048;
  export const CASED: u32 = UPPER | LOWER | TITLE;
}

// Case mapping kinds (the generator's KIND).
export namespace Case {
  export const UPPER: u32 = 0;
  export const LOWER: u32 = 1;
  export const TITLE: u32 = 2;
  export const FOLD: u32 = 3;
}

export function charProps(cp: u32): u32 {
  if (cp > 0x10FFFF) cp = 0x10FFFF;
  // the page's entries (scripts/gen-unicode.py), then the last run starting at or before cp
  const page = cp >> PAGE_BITS, at = cp & ((1 << PAGE_BITS) - 1);
  let lo = <u32>load<u16>(PROP_PAGES + (page << 1)), hi = <u32>load<u16>(PROP_PAGES + (page << 1), 2) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((<u32>load<u16>(PROP_RUNS + (mid << 1)) >> COMBO_BITS) <= at) lo = mid; else hi = mid - 1;
  }
  return <u32>load<u16>(PROP_COMBOS + ((<u32>load<u16>(PROP_RUNS + (lo << 1)) & ((1 << COMBO_BITS) - 1)) << 1));
}

@inline export function hasProp(cp: u32, bits: u32): bool { return (charProps(cp) & bits) != 0; }

// Single-character mapping by rows of (start, step, length, delta), two words a row.
function mapByRows(rows: usize, count: u32, cp: u32): u32 {
  let lo: i32 = 0, hi: i32 = <i32>(count >> 1) - 1, found: i32 = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((load<u32>(rows + (<u32>mid << 3)) & 0x1FFFFF) <= cp) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return cp;
  const r = rows + (<u32>found << 3);
  const first = load<u32>(r);
  const start = first & 0x1FFFFF, step = ((first >> 21) & 1) + 1;
  if (cp > start + (first >> 22) || (cp - start) % step != 0) return cp;
  return <u32>(<i32>cp + load<i32>(r, 4));
}

// An override's value (pool offset << 4 | length), or 0.
function overrideOf(kind: u32, cp: u32): u32 {
  const key = kind << 21 | cp;
  let lo: i32 = 0, hi: i32 = <i32>OVERRIDE_KEYS_COUNT - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = load<u32>(OVERRIDE_KEYS + (<u32>mid << 2));
    if (k == key) return <u32>load<u16>(OVERRIDE_VALUES + (<u32>mid << 1));
    if (k < key) lo = mid + 1; else hi = mid - 1;
  }
  return 0;
}

// Appends cp mapped to the case `kind` (one or more characters, as CPython's str methods give).
export function bufCased(cp: u32, kind: u32): void {
  const o = overrideOf(kind, cp);
  if (o) { bufBytes(<u32>POOL + (o >> 4), o & 0xF); return; }
  const useUpper = kind == Case.UPPER || kind == Case.TITLE;
  bufChar(useUpper ? mapByRows(UPPER_ROWS, UPPER_ROWS_COUNT, cp) : mapByRows(LOWER_ROWS, LOWER_ROWS_COUNT, cp));
}

// UTF-8: the length of the character starting with byte b0, its code point, and its encoding.
@inline export function charLen(b0: u32): u32 { return b0 < 0xC0 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4; }

export function decodeChar(p: u32): u32 {
  const b0 = <u32>load<u8>(p);
  if (b0 < 0x80) return b0;
  if (b0 >= 0xF0) return ((b0 & 7) << 18) | ((<u32>load<u8>(p + 1) & 63) << 12) | ((<u32>load<u8>(p + 2) & 63) << 6) | (<u32>load<u8>(p + 3) & 63);
  if (b0 >= 0xE0) return ((b0 & 15) << 12) | ((<u32>load<u8>(p + 1) & 63) << 6) | (<u32>load<u8>(p + 2) & 63);
  return ((b0 & 31) << 6) | (<u32>load<u8>(p + 1) & 63);
}

// The first byte of the character that ends just before p (never before start).
export function charStartBefore(p: u32, start: u32): u32 {
  let q = p - 1;
  while (q > start && (load<u8>(q) & 0xC0) == 0x80) q--;
  return q;
}

export function bufChar(u: u32): void {
  if (u < 0x80) bufByte(u);
  else if (u < 0x800) { bufByte(0xC0 | (u >> 6)); bufByte(0x80 | (u & 63)); }
  else if (u < 0x10000) { bufByte(0xE0 | (u >> 12)); bufByte(0x80 | ((u >> 6) & 63)); bufByte(0x80 | (u & 63)); }
  else { bufByte(0xF0 | (u >> 18)); bufByte(0x80 | ((u >> 12) & 63)); bufByte(0x80 | ((u >> 6) & 63)); bufByte(0x80 | (u & 63)); }
}
