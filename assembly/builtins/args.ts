// Argument checking for natives, with CPython's wording.
import { Value } from "../objects/object";
import { tupleLen, tupleGet } from "../objects/tuple";
import { strEqLiteral, STR_HEADER, asStr, Lit, litLen, litData } from "../objects/str";
import { raiseBuf, raiseTypeMsg } from "../objects/errors";
import { TypeError, OverflowError } from "../objects/exception";
import { isIntLike, intFitsI64, intValue } from "../objects/int";
import { bufLit, bufLen, bufStrValue } from "../objects/buf";
import { writeI64 } from "../objects/repr";

// Positional count of a call (n values, the last len(kw) of them keyword values).
@inline export function positional(n: u32, kw: Value): u32 { return kw ? n - tupleLen(kw) : n; }

// The keyword value named `name`, or 0.
export function kwarg(args: u32, n: u32, kw: Value, name: Lit): Value {
  if (!kw) return 0;
  const k = tupleLen(kw);
  for (let i: u32 = 0; i < k; i++) {
    if (strEqLiteral(tupleGet(kw, i), name)) return load<u32>(args + ((n - k + i) << 2));
  }
  return 0;
}

function nameIs(name: Value, list: Lit, start: u32, end: u32): bool {
  const n = end - start;
  return asStr(name).len == n && memory.compare(name + STR_HEADER, litData(list) + start, n) == 0;
}

// Parameter i (named `name`) given by position or by keyword, or 0.
export function param(args: u32, n: u32, kw: Value, i: u32, name: Lit): Value {
  return positional(n, kw) > i ? load<u32>(args + (i << 2)) : kwarg(args, n, kw, name);
}

// False (TypeError pending) unless every keyword is one of the allowed names (comma-separated).
export function onlyKeywords(fname: Lit, kw: Value, allowed: Lit): bool {
  if (!kw) return true;
  const k = tupleLen(kw);
  const len = litLen(allowed);
  for (let i: u32 = 0; i < k; i++) {
    const name = tupleGet(kw, i);
    let ok = false;
    let start: u32 = 0;
    for (let j: u32 = 0; j <= len; j++) {
      if (j == len || load<u8>(litData(allowed) + j) == 44) {
        if (j > start && nameIs(name, allowed, start, j)) ok = true;
        start = j + 1;
      }
    }
    if (!ok) {
      const mark = bufLen;
      if (len == 0) {
        bufLit(fname);
        bufLit("() takes no keyword arguments");
      } else {
        bufLit("'");
        bufStrValue(name);
        bufLit("' is an invalid keyword argument for ");
        bufLit(fname);
        bufLit("()");
      }
      raiseBuf(TypeError, mark);
      return false;
    }
  }
  return true;
}

// False (TypeError pending) unless min <= npos <= max.
export function arity(fname: Lit, npos: u32, min: u32, max: u32): bool {
  if (npos >= min && npos <= max) return true;
  const mark = bufLen;
  bufLit(fname);
  if (min == max) {
    if (min == 0) bufLit("() takes no arguments (");
    else if (min == 1) bufLit("() takes exactly one argument (");
    else { bufLit("() takes exactly "); writeI64(<i64>min); bufLit(" arguments ("); }
    writeI64(<i64>npos);
    bufLit(" given)");
  } else if (npos < min) {
    bufLit(" expected at least ");
    writeI64(<i64>min);
    bufLit(min == 1 ? " argument, got " : " arguments, got ");
    writeI64(<i64>npos);
  } else {
    bufLit(" expected at most ");
    writeI64(<i64>max);
    bufLit(max == 1 ? " argument, got " : " arguments, got ");
    writeI64(<i64>npos);
  }
  raiseBuf(TypeError, mark);
  return false;
}

// An int argument CPython converts to a C integer (a length, width, count, tab size...): false,
// with TypeError or OverflowError pending, unless v is an int of at most `bits` signed bits (64:
// Py_ssize_t or long, 32: int), which `cname` names. Then intValue(v) is exact.
export function cIntArg(v: Value, bits: u32, cname: Lit): bool {
  if (!isIntLike(v)) { raiseTypeMsg("", v, " object cannot be interpreted as an integer"); return false; }
  if (intFitsI64(v) && (bits == 64 || (intValue(v) >= I32.MIN_VALUE && intValue(v) <= I32.MAX_VALUE))) return true;
  const mark = bufLen;
  bufLit("Python int too large to convert to C ");
  bufLit(cname);
  raiseBuf(OverflowError, mark);
  return false;
}
