// str methods that look at characters rather than bytes: case mapping (upper … casefold, with
// CPython's special casing and final-sigma rule), the is…() predicates, and Unicode whitespace
// for split()/strip(). Character data comes from objects/unicode.ts.
import { Value } from "../objects/object";
import { asStr, STR_HEADER } from "../objects/str";
import { pyBool } from "../objects/singletons";
import { bufLen, bufStr } from "../objects/buf";
import { raiseMemoryError } from "../objects/errors";
import { UP, Case, charProps, hasProp, bufCased, bufChar, charLen, decodeChar, charStartBefore } from "../objects/unicode";

export namespace CaseMode {
  export const UPPER: u32 = 0;
  export const LOWER: u32 = 1;
  export const TITLE: u32 = 2;
  export const CAPITALIZE: u32 = 3;
  export const SWAPCASE: u32 = 4;
  export const CASEFOLD: u32 = 5;
}

const SIGMA: u32 = 0x3A3;

// Σ lowers to final ς after a cased letter and not before one (case-ignorables are skipped).
function finalSigma(p: u32, at: u32, end: u32): bool {
  let i = at;
  let before = false;
  while (i > p) {
    i = charStartBefore(i, p);
    const props = charProps(decodeChar(i));
    if (props & UP.CASE_IGNORABLE) continue;
    before = (props & UP.CASED) != 0;
    break;
  }
  if (!before) return false;
  let j = at + 2; // Σ is two bytes
  while (j < end) {
    const props = charProps(decodeChar(j));
    if (!(props & UP.CASE_IGNORABLE)) return (props & UP.CASED) == 0;
    j += charLen(load<u8>(j));
  }
  return true;
}

function bufLower(cp: u32, p: u32, at: u32, end: u32): void {
  if (cp == SIGMA) bufChar(finalSigma(p, at, end) ? 0x3C2 : 0x3C3);
  else bufCased(cp, Case.LOWER);
}

export function mapCase(s: Value, mode: u32): Value {
  const p = s + STR_HEADER, end = p + asStr(s).len;
  const mark = bufLen;
  let prevCased = false;
  let first = true;
  for (let q = p; q < end; q += charLen(load<u8>(q))) {
    const cp = decodeChar(q);
    const props = charProps(cp);
    switch (mode) {
      case CaseMode.UPPER: bufCased(cp, Case.UPPER); break;
      case CaseMode.LOWER: bufLower(cp, p, q, end); break;
      case CaseMode.CASEFOLD: bufCased(cp, Case.FOLD); break;
      case CaseMode.TITLE:
        if (prevCased) bufLower(cp, p, q, end); else bufCased(cp, Case.TITLE);
        prevCased = (props & UP.CASED) != 0;
        break;
      case CaseMode.CAPITALIZE:
        if (first) bufCased(cp, Case.TITLE); else bufLower(cp, p, q, end);
        break;
      default: // swapcase
        if (props & UP.UPPER) bufLower(cp, p, q, end);
        else if (props & UP.LOWER) bufCased(cp, Case.UPPER);
        else bufChar(cp);
    }
    first = false;
  }
  const v = bufStr(mark);
  if (!v) raiseMemoryError();
  return v;
}

// Predicates where every character needs one of `bits` (isalpha, isdigit, isspace, …).
export function allChars(s: Value, bits: u32, emptyResult: bool): Value {
  const p = s + STR_HEADER, end = p + asStr(s).len;
  if (p == end) return pyBool(emptyResult);
  for (let q = p; q < end; q += charLen(load<u8>(q))) {
    if (!hasProp(decodeChar(q), bits)) return pyBool(false);
  }
  return pyBool(true);
}

// isupper/islower: no character of the other cases, and at least one of this one.
export function allCased(s: Value, want: u32): Value {
  const p = s + STR_HEADER, end = p + asStr(s).len;
  const against = (want == UP.UPPER ? UP.LOWER : UP.UPPER) | UP.TITLE;
  let seen = false;
  for (let q = p; q < end; q += charLen(load<u8>(q))) {
    const props = charProps(decodeChar(q));
    if (props & against) return pyBool(false);
    if (props & want) seen = true;
  }
  return pyBool(seen);
}

// istitle: upper- or title-case letters only after uncased ones, lower-case only after cased.
export function isTitle(s: Value): Value {
  const p = s + STR_HEADER, end = p + asStr(s).len;
  let prevCased = false, any = false;
  for (let q = p; q < end; q += charLen(load<u8>(q))) {
    const props = charProps(decodeChar(q));
    if (props & (UP.UPPER | UP.TITLE)) {
      if (prevCased) return pyBool(false);
      prevCased = any = true;
    } else if (props & UP.LOWER) {
      if (!prevCased) return pyBool(false);
      prevCased = any = true;
    } else prevCased = false;
  }
  return pyBool(any);
}

export function isIdentifier(s: Value): Value {
  const p = s + STR_HEADER, end = p + asStr(s).len;
  if (p == end) return pyBool(false);
  for (let q = p; q < end; q += charLen(load<u8>(q))) {
    if (!hasProp(decodeChar(q), q == p ? UP.ID_START : UP.ID_CONTINUE)) return pyBool(false);
  }
  return pyBool(true);
}

export function isAscii(s: Value): Value {
  return pyBool(asStr(s).nchars == asStr(s).len);
}

// Whitespace as split() and strip() see it: the byte length of the space character at p
// (or ending just before p, for `wsBefore`), or 0.
export function wsAt(p: u32): u32 {
  const b0 = <u32>load<u8>(p);
  if (b0 < 0x80) return b0 == 32 || (b0 >= 9 && b0 <= 13) || (b0 >= 28 && b0 <= 31) ? 1 : 0;
  return hasProp(decodeChar(p), UP.SPACE) ? charLen(b0) : 0;
}

export function wsBefore(p: u32, start: u32): u32 {
  const q = charStartBefore(p, start);
  return wsAt(q) ? p - q : 0;
}
