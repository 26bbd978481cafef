// Comparisons and membership for the builtin types.
import { Value, Kind, isSmall, smallValue } from "../objects/object";
import { kindOf } from "../objects/type";
import { intValue, isIntLike, intCompare, intFitsI64 } from "../objects/int";
import { floatValue } from "../objects/float";
import { intCompareFloat } from "../objects/intfloat";
import { strEq, strCompare, searchBytes, asStr, STR_HEADER, Lit } from "../objects/str";
import { dataOf, lenOf, isBytesLike, bytesCompare, byteArg, byteNeedle } from "../objects/bytes";
import { tupleLen, tupleGet } from "../objects/tuple";
import { listLen, listGet } from "../objects/list";
import { dictGet, dictLen, asDict, entryAt, dictNext, dictGetHashed, entryHash } from "../objects/dict";
import { asRange } from "../objects/range";
import { boundSame, refEq } from "../objects/hash";
import { rangeFind } from "../builtins/ranges";
import { rangeEq } from "../objects/range";
import { asIter, DictMode } from "../objects/iter";
import { pyBool } from "../objects/singletons";
import { raiseBuf, bufTypeName, curExc, raiseTypeMsg, raiseLit } from "../objects/errors";
import { bufLit, bufLen } from "../objects/buf";
import { TypeError, RecursionError } from "../objects/exception";
import { nestEnter, nestLeave } from "../objects/nesting";
import { isSet, setCompare } from "../builtins/sets";

export namespace Cmp {
  export const LT: u32 = 0;
  export const LE: u32 = 1;
  export const EQ: u32 = 2;
  export const NE: u32 = 3;
  export const GT: u32 = 4;
  export const GE: u32 = 5;
}
function symbol(op: u32): Lit {
  switch (op) {
    case 0: return "<";
    case 1: return "<=";
    case 2: return "==";
    case 3: return "!=";
    case 4: return ">";
    default: return ">=";
  }
}

@inline function isNum(k: u32): bool { return k == Kind.INT || k == Kind.BOOL || k == Kind.FLOAT; }

function ordered(op: u32, c: i32): bool {
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c == 0;
    case Cmp.NE: return c != 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
}

// Three-way order of two numbers, exact across int and float: -1/0/1, or 2 if a NaN is involved.
function numOrder(a: Value, ka: u32, b: Value, kb: u32): i32 {
  if (ka == Kind.FLOAT && kb == Kind.FLOAT) {
    const x = floatValue(a), y = floatValue(b);
    if (x != x || y != y) return 2;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (kb == Kind.FLOAT) return intCompareFloat(a, floatValue(b));
  if (ka == Kind.FLOAT) {
    const c = intCompareFloat(b, floatValue(a));
    return c == 2 ? 2 : -c;
  }
  return intCompare(a, b);
}

// Past the nesting bound (objects/nesting.ts): CPython's error for a comparison too deep.
function tooDeep(): void {
  raiseLit(RecursionError, "maximum recursion depth exceeded in comparison");
}

// 1 equal, 0 not, -1 error pending.
export function valueEq(a: Value, b: Value): i32 {
  if (a == b) return 1;
  const ka = kindOf(a);
  if (ka != Kind.TUPLE && ka != Kind.LIST && ka != Kind.DICT) return itemEq(a, b);
  if (!nestEnter()) { tooDeep(); return -1; }
  const r = itemEq(a, b);
  nestLeave();
  return r;
}

function itemEq(a: Value, b: Value): i32 {
  const ka = kindOf(a), kb = kindOf(b);
  if (isNum(ka) && isNum(kb)) return numOrder(a, ka, b, kb) == 0 ? 1 : 0;
  if (isSet(a) && isSet(b)) return setCompare(2, a, b);
  if (isBytesLike(a) && isBytesLike(b)) return bytesCompare(a, b) == 0 ? 1 : 0;
  if (ka != kb) return 0;
  switch (ka) {
    case Kind.STR: return strEq(a, b) ? 1 : 0;
    case Kind.TUPLE: case Kind.LIST: {
      const n = ka == Kind.LIST ? listLen(a) : tupleLen(a);
      if (n != (ka == Kind.LIST ? listLen(b) : tupleLen(b))) return 0;
      for (let i: u32 = 0; i < n; i++) {
        const e = valueEq(ka == Kind.LIST ? listGet(a, i) : tupleGet(a, i), ka == Kind.LIST ? listGet(b, i) : tupleGet(b, i));
        if (e != 1) return e;
      }
      return 1;
    }
    case Kind.DICT: {
      if (dictLen(a) != dictLen(b)) return 0;
      let i = dictNext(a, 0);
      while (i >= 0) {
        const e = entryAt(a, <u32>i);
        const other = dictGetHashed(b, load<u32>(e, 4), entryHash(e));
        if (!other) return curExc ? -1 : 0;
        const r = valueEq(load<u32>(e, 8), other);
        if (r != 1) return r;
        i = dictNext(a, <u32>i + 1);
      }
      return 1;
    }
    case Kind.RANGE: return rangeEq(a, b) ? 1 : 0;
    // bound methods are new objects at each lookup: equal when bound to the same object
    case Kind.METHOD: case Kind.BUILTIN: return boundSame(a, b) ? 1 : 0;
    case Kind.WEAKREF: return refEq(a, b) ? 1 : 0;
  }
  return 0;
}

function notSupported(op: u32, a: Value, b: Value): i32 {
  const mark = bufLen;
  bufLit("'");
  bufLit(symbol(op));
  bufLit("' not supported between instances of '");
  bufTypeName(a);
  bufLit("' and '");
  bufTypeName(b);
  bufLit("'");
  raiseBuf(TypeError, mark);
  return -2;
}

// Three-way comparison for ordering: -1/0/1, or -2 with an exception pending.
function order(op: u32, a: Value, b: Value): i32 {
  if (!nestEnter()) { tooDeep(); return -2; }
  const r = orderItems(op, a, b);
  nestLeave();
  return r;
}

function orderItems(op: u32, a: Value, b: Value): i32 {
  const ka = kindOf(a), kb = kindOf(b);
  if (isNum(ka) && isNum(kb)) return numOrder(a, ka, b, kb);
  if (ka == Kind.STR && kb == Kind.STR) {
    const c = strCompare(a, b);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if (isBytesLike(a) && isBytesLike(b)) {
    const c = bytesCompare(a, b);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if ((ka == Kind.TUPLE || ka == Kind.LIST) && ka == kb) {
    const isList = ka == Kind.LIST;
    const na = isList ? listLen(a) : tupleLen(a);
    const nb = isList ? listLen(b) : tupleLen(b);
    const n = na < nb ? na : nb;
    for (let i: u32 = 0; i < n; i++) {
      const x = isList ? listGet(a, i) : tupleGet(a, i);
      const y = isList ? listGet(b, i) : tupleGet(b, i);
      const e = valueEq(x, y);
      if (e < 0) return -2;
      if (e == 0) return order(op, x, y);
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
  }
  if (isSet(a) && isSet(b)) return setCompare(op, a, b) == 1 ? 3 : 4;
  return notSupported(op, a, b);
}

// -1 error, else 0/1.
export function compareBool(op: u32, a: Value, b: Value): i32 {
  if (op == Cmp.EQ || op == Cmp.NE) {
    const e = valueEq(a, b);
    if (e < 0) return -1;
    return (op == Cmp.EQ) == (e == 1) ? 1 : 0;
  }
  const c = order(op, a, b);
  if (c == -2) return -1;
  if (c == 2 || c == 4) return 0;
  if (c == 3) return 1;
  return ordered(op, c) ? 1 : 0;
}

export function compareOp(op: u32, a: Value, b: Value): Value {
  if (isSmall(a) && isSmall(b)) {
    const x = smallValue(a), y = smallValue(b);
    return pyBool(ordered(op, x < y ? -1 : x > y ? 1 : 0));
  }
  const r = compareBool(op, a, b);
  if (r < 0) return 0;
  return pyBool(r == 1);
}

// Is needle (str in str, bytes-like in bytes-like) a part of hay?
function subContains(hay: Value, needle: Value): bool {
  return searchBytes(dataOf(hay), 0, lenOf(hay), dataOf(needle), lenOf(needle), false) >= 0;
}

// `item in d.keys()/values()/items()`: keys and items look the key up; values compare each value.
function viewContains(view: Value, item: Value): i32 {
  const d = asIter(view).a, mode = asIter(view).c;
  if (mode == DictMode.KEYS) {
    if (dictGet(d, item)) return 1;
    return curExc ? -1 : 0;
  }
  if (mode == DictMode.ITEMS) {
    if (kindOf(item) != Kind.TUPLE || tupleLen(item) != 2) return 0;
    const v = dictGet(d, tupleGet(item, 0));
    if (!v) return curExc ? -1 : 0;
    return valueEq(v, tupleGet(item, 1));
  }
  let i = dictNext(d, 0);
  while (i >= 0) {
    const e = valueEq(load<u32>(entryAt(d, <u32>i), 8), item);
    if (e != 0) return e;
    i = dictNext(d, <u32>i + 1);
  }
  return 0;
}

// `item in container`: 1/0, or -1 with an exception pending.
export function contains(container: Value, item: Value): i32 {
  const k = kindOf(container);
  switch (k) {
    case Kind.STR:
      if (kindOf(item) != Kind.STR) {
        raiseTypeMsg("'in <string>' requires string as left operand, not ", item, "");
        return -1;
      }
      return subContains(container, item) ? 1 : 0;
    case Kind.BYTES: case Kind.BYTEARRAY: {
      if (isBytesLike(item)) return subContains(container, item) ? 1 : 0;
      if (!isIntLike(item)) { raiseTypeMsg("a bytes-like object is required, not ", item, ""); return -1; }
      const c = byteArg(item);
      if (c < 0) return -1;
      return subContains(container, byteNeedle(c)) ? 1 : 0;
    }
    case Kind.LIST: case Kind.TUPLE: {
      const isList = k == Kind.LIST;
      const n = isList ? listLen(container) : tupleLen(container);
      for (let i: u32 = 0; i < n; i++) {
        const e = valueEq(isList ? listGet(container, i) : tupleGet(container, i), item);
        if (e != 0) return e;
      }
      return 0;
    }
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET: {
      const v = dictGet(container, item);
      if (v) return 1;
      return curExc ? -1 : 0;
    }
    case Kind.DICT_VIEW: return viewContains(container, item);
    case Kind.RANGE: return rangeFind(asRange(container), item) >= 0 ? 1 : 0;
  }
  raiseTypeMsg("argument of type ", container, " is not iterable");
  return -1;
}
