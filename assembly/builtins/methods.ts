// Methods of the builtin types str, list and dict.
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOfCall, strType, listType, tupleType, dictType, dictKeysType, dictValuesType, dictItemsType, classmethodType } from "../objects/type";
import { intFromI64, intValue, isIntLike } from "../objects/int";
import { asStr, STR_HEADER, strNew, strFromBytes, strFinish, emptyStr, charOffset, Lit } from "../objects/str";
import { tupleLen, tupleGet } from "../objects/tuple";
import { listNew, listLen, listGet, listAppend, asList, listReserve } from "../objects/list";
import { dictGet, dictSet, dictPop, dictClear, dictNew, dictNext, entryAt, dictLen, dictSetHashed, dictPopHashed, entryHash, dictCopy } from "../objects/dict";
import { iterNew, DictMode } from "../objects/iter";
import { None, pyBool } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { bufLen, bufLit, bufByte, bufBytes, bufStr, bufReset, bufPtr, bufTakeFailure, bufReserve, bufFits, repeatChar } from "../objects/buf";
import { writeStr, writeRepr, writeI64 } from "../objects/repr";
import { formatWithSpec } from "../objects/format";
import { raiseLit, raiseBuf, raiseMemoryError, raiseBufFailure, raiseTypeMsg, raiseTypeBare, raiseWith, curExc, bufTypeName } from "../objects/errors";
import { TypeError, ValueError, IndexError, KeyError } from "../objects/exception";
import { valueEq } from "../vm/compare";
import { getIter, iterNext, exhausted, extendList, listOf } from "../vm/iterate";
import { sortList } from "./sort";
import { truthy } from "../vm/protocol";
import { isUserObject } from "../vm/classes";
import { holdsUserObjects } from "./dispatch";
import { preludeFunction } from "../vm/modules";
import { memberNeedsPython, preludeCall3 } from "../vm/itemeq";
import { getItem, setItem, delItem } from "../vm/subscript";
import { callPython } from "../vm/call";
import { N } from "../objects/names";
import { tupleFrom } from "../objects/tuple";
import { dataOf, lenOf, isBytesLike, bytesLike, bytesAlloc, byteArg, byteNeedle } from "../objects/bytes";
import { searchBytes } from "../objects/str";

const fmtArgs = memory.data(12, 4);

// str.format over objects whose text is Python code: the prelude's format_method does it.
function formatInPython(s: Value, args: u32, n: u32, kw: Value): Value {
  const npos = positional(n, kw);
  const fn = preludeFunction(N.format_method_);
  if (!fn) return 0;
  const t = tupleFrom(args, npos);
  const d = dictNew();
  if (!t || !d) { decrefCall(t); decrefCall(d); raiseMemoryError(); return 0; }
  const k = kw ? tupleLen(kw) : 0;
  for (let i: u32 = 0; i < k; i++) {
    if (!dictSet(d, tupleGet(kw, i), load<u32>(args + ((npos + i) << 2)))) { decrefCall(t); decrefCall(d); raiseMemoryError(); return 0; }
  }
  store<u32>(fmtArgs, s);
  store<u32>(fmtArgs, t, 4);
  store<u32>(fmtArgs, d, 8);
  const r = callPython(fn, 0, fmtArgs, 3);
  decrefCall(t);
  decrefCall(d);
  return r;
}
import { ENTER } from "../vm/call";
import { positional, kwarg, onlyKeywords, arity, param, cIntArg } from "./args";
import { CaseMode, mapCase, allChars, allCased, isTitle, isIdentifier, isAscii, wsAt, wsBefore } from "./strchars";
import { UP, charLen, charStartBefore } from "../objects/unicode";
import { into, def, defValue, typeDict } from "./registry";
import { dictUpdate, dictFromKeys } from "./dicts";
import { pairNew } from "../objects/instance";
import { builtinNew } from "../objects/function";

export namespace StrM {
  export const JOIN: u32 = 100;
  export const SPLIT: u32 = 101;
  export const STRIP: u32 = 102;
  export const LSTRIP: u32 = 103;
  export const RSTRIP: u32 = 104;
  export const UPPER: u32 = 105;
  export const LOWER: u32 = 106;
  export const REPLACE: u32 = 107;
  export const STARTSWITH: u32 = 108;
  export const ENDSWITH: u32 = 109;
  export const FIND: u32 = 110;
  export const RFIND: u32 = 111;
  export const INDEX: u32 = 112;
  export const COUNT: u32 = 113;
  export const ISDIGIT: u32 = 114;
  export const ISALPHA: u32 = 115;
  export const ISSPACE: u32 = 116;
  export const ISUPPER: u32 = 117;
  export const ISLOWER: u32 = 118;
  export const ISALNUM: u32 = 119;
  export const FORMAT: u32 = 120;
  export const TITLE: u32 = 121;
  export const CAPITALIZE: u32 = 122;
  export const ZFILL: u32 = 123;
  export const CENTER: u32 = 124;
  export const LJUST: u32 = 125;
  export const RJUST: u32 = 126;
  export const SWAPCASE: u32 = 127;
  export const SPLITLINES: u32 = 128;
  export const RSPLIT: u32 = 129;
  export const PARTITION: u32 = 130;
  export const RPARTITION: u32 = 131;
  export const REMOVEPREFIX: u32 = 132;
  export const REMOVESUFFIX: u32 = 133;
  export const RINDEX: u32 = 134;
  export const ISTITLE: u32 = 135;
  export const ISDECIMAL: u32 = 180;
  export const ISNUMERIC: u32 = 181;
  export const ISIDENTIFIER: u32 = 182;
  export const ISASCII: u32 = 183;
  export const ISPRINTABLE: u32 = 184;
  export const CASEFOLD: u32 = 185;
  export const EXPANDTABS: u32 = 186;
}

export namespace ListM {
  export const APPEND: u32 = 200;
  export const POP: u32 = 201;
  export const INSERT: u32 = 202;
  export const INDEX: u32 = 203;
  export const COUNT: u32 = 204;
  export const EXTEND: u32 = 205;
  export const REMOVE: u32 = 206;
  export const REVERSE: u32 = 207;
  export const SORT: u32 = 208;
  export const CLEAR: u32 = 209;
  export const COPY: u32 = 210;
  export const INIT: u32 = 211;
  export const GETITEM: u32 = 212;
  export const SETITEM: u32 = 213;
}

export namespace DictM {
  export const GET: u32 = 300;
  export const ITEMS: u32 = 301;
  export const KEYS: u32 = 302;
  export const VALUES: u32 = 303;
  export const POP: u32 = 304;
  export const SETDEFAULT: u32 = 305;
  export const UPDATE: u32 = 306;
  export const CLEAR: u32 = 307;
  export const COPY: u32 = 308;
  export const POPITEM: u32 = 309;
  export const GETITEM: u32 = 310;
  export const SETITEM: u32 = 311;
  export const DELITEM: u32 = 312;
  export const FROMKEYS: u32 = 313;
}

export function methodsInit(): void {
  into(typeDict(strType));
  def("join", StrM.JOIN); def("split", StrM.SPLIT); def("rsplit", StrM.RSPLIT); def("strip", StrM.STRIP);
  def("lstrip", StrM.LSTRIP); def("rstrip", StrM.RSTRIP); def("upper", StrM.UPPER); def("lower", StrM.LOWER);
  def("replace", StrM.REPLACE); def("startswith", StrM.STARTSWITH); def("endswith", StrM.ENDSWITH);
  def("find", StrM.FIND); def("rfind", StrM.RFIND); def("index", StrM.INDEX); def("count", StrM.COUNT);
  def("isdigit", StrM.ISDIGIT); def("isalpha", StrM.ISALPHA); def("isspace", StrM.ISSPACE);
  def("isupper", StrM.ISUPPER); def("islower", StrM.ISLOWER); def("isalnum", StrM.ISALNUM);
  def("format", StrM.FORMAT); def("title", StrM.TITLE); def("capitalize", StrM.CAPITALIZE);
  def("zfill", StrM.ZFILL); def("center", StrM.CENTER); def("ljust", StrM.LJUST); def("rjust", StrM.RJUST);
  def("swapcase", StrM.SWAPCASE); def("splitlines", StrM.SPLITLINES);
  def("partition", StrM.PARTITION); def("rpartition", StrM.RPARTITION);
  def("removeprefix", StrM.REMOVEPREFIX); def("removesuffix", StrM.REMOVESUFFIX); def("rindex", StrM.RINDEX);
  def("istitle", StrM.ISTITLE); def("isdecimal", StrM.ISDECIMAL); def("isnumeric", StrM.ISNUMERIC);
  def("isidentifier", StrM.ISIDENTIFIER); def("isascii", StrM.ISASCII); def("isprintable", StrM.ISPRINTABLE);
  def("casefold", StrM.CASEFOLD); def("expandtabs", StrM.EXPANDTABS);
  into(typeDict(listType));
  def("append", ListM.APPEND); def("pop", ListM.POP); def("insert", ListM.INSERT); def("index", ListM.INDEX);
  def("count", ListM.COUNT); def("extend", ListM.EXTEND); def("remove", ListM.REMOVE);
  def("reverse", ListM.REVERSE); def("sort", ListM.SORT); def("clear", ListM.CLEAR); def("copy", ListM.COPY);
  // for subclasses: super().__init__(items), super().__getitem__(i)...
  def("__init__", ListM.INIT); def("__getitem__", ListM.GETITEM); def("__setitem__", ListM.SETITEM);
  into(typeDict(tupleType));
  def("index", ListM.INDEX); def("count", ListM.COUNT);
  into(typeDict(dictType));
  def("get", DictM.GET); def("items", DictM.ITEMS); def("keys", DictM.KEYS); def("values", DictM.VALUES);
  def("pop", DictM.POP); def("setdefault", DictM.SETDEFAULT); def("update", DictM.UPDATE);
  def("clear", DictM.CLEAR); def("copy", DictM.COPY); def("popitem", DictM.POPITEM);
  def("__init__", DictM.UPDATE); def("__getitem__", DictM.GETITEM); def("__setitem__", DictM.SETITEM);
  def("__delitem__", DictM.DELITEM);
  defValue("fromkeys", pairNew(classmethodType, builtinNew(DictM.FROMKEYS, 0), 0, 0));
}

function newInt(i: i64): Value { const v = intFromI64(i); if (!v) raiseMemoryError(); return v; }

function finish(mark: u32): Value { const s = bufStr(mark); if (!s) raiseBufFailure(); return s; }

function needStr(v: Value, what: Lit): bool {
  if (kindOfCall(v) == Kind.STR) return true;
  raiseTypeMsg(what, v, "");
  return false;
}

// The str methods serve bytes and bytearray too: an argument must be of self's family.
function needSame(s: Value, v: Value, what: Lit): bool {
  if (kindOfCall(s) == Kind.STR) return needStr(v, what);
  if (isBytesLike(v)) return true;
  raiseTypeMsg("a bytes-like object is required, not ", v, "");
  return false;
}

// A result of self's kind (str, bytes or bytearray) holding n bytes from p.
function like(s: Value, p: u32, n: u32): Value {
  return kindOfCall(s) == Kind.STR ? strFromBytes(p, n) : bytesLike(s, p, n);
}

// The buffer's bytes since mark as a result of self's kind.
function finishAs(s: Value, mark: u32): Value {
  if (kindOfCall(s) == Kind.STR) return finish(mark);
  const v = bufTakeFailure() ? 0 : bytesLike(s, bufPtr + mark, bufLen - mark);
  bufReset(mark);
  if (!v) raiseMemoryError();
  return v;
}

// self unchanged: the same object if immutable, else a copy (bytearray.strip() is a new bytearray).
function unchanged(s: Value): Value {
  if (kindOfCall(s) != Kind.BYTEARRAY) { increfCall(s); return s; }
  const v = bytesLike(s, dataOf(s), lenOf(s));
  if (!v) raiseMemoryError();
  return v;
}

// Length in characters: code points for str, bytes otherwise.
function charsOf(s: Value): u32 { return kindOfCall(s) == Kind.STR ? asStr(s).nchars : lenOf(s); }

@inline function isWs(c: u32): bool { return c == 32 || (c >= 9 && c <= 13); }

// Byte position of needle in hay within [from, to), or -1.
function findBytes(hay: Value, needle: Value, from: u32, to: u32, last: bool): i32 {
  return searchBytes(dataOf(hay), from, to, dataOf(needle), lenOf(needle), last);
}

// Byte offset -> code point index.
function charIndex(s: Value, off: u32): i64 {
  if (charsOf(s) == lenOf(s)) return off;
  let c: i64 = 0;
  for (let i: u32 = 0; i < off; i++) if ((load<u8>(dataOf(s) + i) & 0xC0) != 0x80) c++;
  return c;
}

// Slice bounds in code points -> byte range [rFrom, rTo).
let rFrom: u32 = 0;
let rTo: u32 = 0;
function range(s: Value, args: u32, npos: u32, first: u32): bool {
  const nchars: i64 = charsOf(s);
  let a: i64 = 0, b: i64 = nchars;
  if (npos > first) {
    const x = load<u32>(args + (first << 2));
    if (x != None) { if (!isIntLike(x)) { raiseTypeMsg("slice indices must be integers or None, not ", x, ""); return false; } a = intValue(x); }
  }
  if (npos > first + 1) {
    const x = load<u32>(args + ((first + 1) << 2));
    if (x != None) { if (!isIntLike(x)) { raiseTypeMsg("slice indices must be integers or None, not ", x, ""); return false; } b = intValue(x); }
  }
  if (a < 0) { a += nchars; if (a < 0) a = 0; }
  if (b < 0) { b += nchars; if (b < 0) b = 0; }
  if (a > nchars) a = nchars + 1; // an empty range that even "" does not match
  if (b > nchars) b = nchars;
  if (a > nchars) { rFrom = asStr(s).len + 1; rTo = asStr(s).len; return true; }
  const ascii = nchars == <i64>lenOf(s);
  rFrom = ascii ? <u32>a : charOffset(s, <u32>a);
  rTo = b < a ? rFrom : ascii ? <u32>b : charOffset(s, <u32>b);
  return true;
}

function split(s: Value, args: u32, n: u32, kw: Value, fromRight: bool): Value {
  if (!onlyKeywords(fromRight ? "rsplit" : "split", kw, "sep,maxsplit")) return 0;
  const npos = positional(n, kw);
  if (!arity(fromRight ? "rsplit" : "split", npos, 0, 2)) return 0;
  let sep: Value = npos > 0 ? load<u32>(args) : kwarg(args, n, kw, "sep");
  const ms: Value = npos > 1 ? load<u32>(args, 4) : kwarg(args, n, kw, "maxsplit");
  if (ms && !cIntArg(ms, 64, "ssize_t")) return 0;
  let maxsplit: i64 = ms ? intValue(ms) : -1;
  if (sep == None) sep = 0;
  if (sep && !needSame(s, sep, "must be str or None, not ")) return 0;
  const l = listNew(0);
  if (!l) { raiseMemoryError(); return 0; }
  const p = dataOf(s), len = asStr(s).len;
  const isStr = kindOfCall(s) == Kind.STR;
  if (!sep) {
    if (!fromRight) {
      let i: u32 = 0, k: u32 = 0;
      while (true) {
        while (i < len && (k = spaceAt(isStr, p + i))) i += k;
        if (i >= len) break;
        let j = i;
        if (maxsplit == 0) { j = len; while (j > i && (k = spaceBefore(isStr, p + j, p))) j -= k; }
        else while (j < len && !spaceAt(isStr, p + j)) j += isStr ? charLen(load<u8>(p + j)) : 1;
        const part = like(s, p + i, j - i);
        if (!part || !listAppend(l, part)) { decrefCall(l); raiseMemoryError(); return 0; }
        if (maxsplit > 0) maxsplit--;
        i = j;
      }
    } else {
      let j: i32 = <i32>len, k: u32 = 0;
      while (true) {
        while (j > 0 && (k = spaceBefore(isStr, p + <u32>j, p))) j -= k;
        if (j <= 0) break;
        let i = j;
        if (maxsplit == 0) { i = 0; while (i < j && (k = spaceAt(isStr, p + <u32>i))) i += k; }
        else while (i > 0 && !spaceBefore(isStr, p + <u32>i, p)) i = isStr ? <i32>(charStartBefore(p + <u32>i, p) - p) : i - 1;
        const part = like(s, p + <u32>i, <u32>(j - i));
        if (!part || !listAppend(l, part)) { decrefCall(l); raiseMemoryError(); return 0; }
        if (maxsplit > 0) maxsplit--;
        j = i;
      }
      reverseList(l);
    }
    return l;
  }
  const sn = asStr(sep).len;
  if (sn == 0) { decrefCall(l); raiseLit(ValueError, "empty separator"); return 0; }
  if (!fromRight) {
    let i: u32 = 0;
    while (true) {
      const at = maxsplit == 0 ? -1 : findBytes(s, sep, i, len, false);
      const end = at < 0 ? len : <u32>at;
      const part = like(s, p + i, end - i);
      if (!part || !listAppend(l, part)) { decrefCall(l); raiseMemoryError(); return 0; }
      if (at < 0) break;
      if (maxsplit > 0) maxsplit--;
      i = end + sn;
    }
  } else {
    let j: u32 = len;
    while (true) {
      const at = maxsplit == 0 ? -1 : findBytes(s, sep, 0, j, true);
      const start = at < 0 ? 0 : <u32>at + sn;
      const part = like(s, p + start, j - start);
      if (!part || !listAppend(l, part)) { decrefCall(l); raiseMemoryError(); return 0; }
      if (at < 0) break;
      if (maxsplit > 0) maxsplit--;
      j = <u32>at;
    }
    reverseList(l);
  }
  return l;
}

function reverseList(l: Value): void {
  const lo = asList(l);
  for (let i: u32 = 0, j = lo.len; i + 1 < j; i++, j--) {
    const a = load<u32>(lo.items + (i << 2));
    store<u32>(lo.items + (i << 2), load<u32>(lo.items + ((j - 1) << 2)));
    store<u32>(lo.items + ((j - 1) << 2), a);
  }
}

// The byte length of the character at p (or ending before p) if it is one of set's, else 0.
// (Characters are code points in str, single bytes in bytes and bytearray.)
function charIn(isStr: bool, p: u32, set: Value): u32 {
  const n = isStr ? charLen(load<u8>(p)) : 1;
  const sp = dataOf(set), end = sp + lenOf(set);
  for (let q = sp; q < end; q += isStr ? charLen(load<u8>(q)) : 1) {
    if ((isStr ? charLen(load<u8>(q)) : 1) == n && memory.compare(q, p, n) == 0) return n;
  }
  return 0;
}

function charInBefore(isStr: bool, p: u32, start: u32, set: Value): u32 {
  const q = isStr ? charStartBefore(p, start) : p - 1;
  return charIn(isStr, q, set) ? p - q : 0;
}

// Whitespace at p (or ending before p): Unicode in str, ASCII in bytes, as CPython.
function spaceAt(isStr: bool, p: u32): u32 { return isStr ? wsAt(p) : isWs(load<u8>(p)) ? 1 : 0; }
function spaceBefore(isStr: bool, p: u32, start: u32): u32 {
  return isStr ? wsBefore(p, start) : isWs(load<u8>(p - 1)) ? 1 : 0;
}

function strip(s: Value, args: u32, npos: u32, left: bool, right: bool): Value {
  if (!arity("strip", npos, 0, 1)) return 0;
  let chars: Value = npos ? load<u32>(args) : 0;
  if (chars == None) chars = 0;
  if (chars && !needSame(s, chars, "strip arg must be None or str, not ")) return 0;
  const p = dataOf(s);
  let i: u32 = 0, j = asStr(s).len;
  const isStr = kindOfCall(s) == Kind.STR;
  let k: u32 = 0;
  if (left) while (i < j && (k = chars ? charIn(isStr, p + i, chars) : spaceAt(isStr, p + i))) i += k;
  if (right) while (j > i && (k = chars ? charInBefore(isStr, p + j, p, chars) : spaceBefore(isStr, p + j, p))) j -= k;
  if (i == 0 && j == asStr(s).len) return unchanged(s);
  const v = like(s, p + i, j - i);
  if (!v) raiseMemoryError();
  return v;
}

// bytes and bytearray: ASCII letters only, as CPython.
function asciiCase(s: Value, mode: u32): Value {
  const n = asStr(s).len;
  const v = bytesAlloc(s, n);
  if (!v) { raiseMemoryError(); return 0; }
  const src = dataOf(s), dst = dataOf(v);
  let startOfWord = true;
  for (let i: u32 = 0; i < n; i++) {
    let c = <u32>load<u8>(src + i);
    const isUp = c >= 65 && c <= 90, isLo = c >= 97 && c <= 122;
    if (mode == 0 && isLo) c -= 32;                       // upper
    else if (mode == 1 && isUp) c += 32;                  // lower
    else if (mode == 2) {                                 // title
      if (startOfWord && isLo) c -= 32;
      else if (!startOfWord && isUp) c += 32;
    } else if (mode == 3) {                               // capitalize
      if (i == 0 && isLo) c -= 32;
      else if (i > 0 && isUp) c += 32;
    } else if (mode == 4) {                               // swapcase
      if (isLo) c -= 32; else if (isUp) c += 32;
    }
    startOfWord = !(isUp || isLo);
    store<u8>(dst + i, <u8>c);
  }
  return v;
}

function asciiClassify(s: Value, mode: u32): Value {
  const n = asStr(s).len;
  if (n == 0) return pyBool(false);
  let cased = false;
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(dataOf(s) + i);
    const up = c >= 65 && c <= 90, lo = c >= 97 && c <= 122, dg = c >= 48 && c <= 57;
    switch (mode) {
      case 0: if (!dg) return pyBool(false); break;
      case 1: if (!(up || lo)) return pyBool(false); break;
      case 2: if (!isWs(c)) return pyBool(false); break;
      case 3: if (lo) return pyBool(false); if (up) cased = true; break;
      case 4: if (up) return pyBool(false); if (lo) cased = true; break;
      case 5: if (!(up || lo || dg)) return pyBool(false); break;
    }
  }
  return pyBool(mode == 3 || mode == 4 ? cased : true);
}

function replace(s: Value, args: u32, npos: u32): Value {
  if (!arity("replace", npos, 2, 3)) return 0;
  const old = load<u32>(args), rep = load<u32>(args, 4);
  if (!needSame(s, old, "replace() argument 1 must be str, not ") || !needSame(s, rep, "replace() argument 2 must be str, not ")) return 0;
  if (npos == 3 && !cIntArg(load<u32>(args, 8), 64, "ssize_t")) return 0;
  let count: i64 = npos == 3 ? intValue(load<u32>(args, 8)) : -1;
  const mark = bufLen;
  const p = dataOf(s), len = asStr(s).len, on = asStr(old).len;
  let i: u32 = 0;
  if (on == 0) {
    // insert rep between characters
    while (i <= len) {
      if (count != 0) { bufBytes(dataOf(rep), asStr(rep).len); if (count > 0) count--; }
      if (i == len) break;
      let e = i + 1;
      while (e < len && (load<u8>(p + e) & 0xC0) == 0x80 && kindOfCall(s) == Kind.STR) e++;
      bufBytes(p + i, e - i);
      i = e;
    }
    return finishAs(s, mark);
  }
  while (i < len) {
    const at = count == 0 ? -1 : findBytes(s, old, i, len, false);
    if (at < 0) { bufBytes(p + i, len - i); break; }
    bufBytes(p + i, <u32>at - i);
    bufBytes(dataOf(rep), asStr(rep).len);
    i = <u32>at + on;
    if (count > 0) count--;
  }
  return finishAs(s, mark);
}

function startsEnds(s: Value, args: u32, npos: u32, ends: bool): Value {
  if (!arity(ends ? "endswith" : "startswith", npos, 1, 3)) return 0;
  const x = load<u32>(args);
  if (!range(s, args, npos, 1)) return 0;
  const test = (t: Value, s: Value, ends: bool): bool => {
    const n = asStr(t).len;
    if (rFrom > rTo || rTo - rFrom < n) return false;
    const at = ends ? rTo - n : rFrom;
    return memory.compare(dataOf(s) + at, dataOf(t), n) == 0;
  };
  if (kindOfCall(x) == Kind.TUPLE) {
    for (let i: u32 = 0; i < tupleLen(x); i++) {
      const t = tupleGet(x, i);
      if (!needSame(s, t, "tuple for startswith must only contain str, not ")) return 0;
      if (test(t, s, ends)) return pyBool(true);
    }
    return pyBool(false);
  }
  if (kindOfCall(s) != Kind.STR && !isBytesLike(x)) {
    raiseTypeBare(ends ? "endswith" : "startswith", " first arg must be bytes or a tuple of bytes, not ", x);
    return 0;
  }
  if (!needSame(s, x, ends ? "endswith first arg must be str or a tuple of str, not " : "startswith first arg must be str or a tuple of str, not ")) return 0;
  return pyBool(test(x, s, ends));
}

function find(s: Value, args: u32, npos: u32, last: bool, strict: bool, name: Lit): Value {
  if (!arity(name, npos, 1, 3)) return 0;
  const x = needle(s, load<u32>(args));
  if (!x) return 0;
  if (!range(s, args, npos, 1)) return 0;
  const at = rFrom > rTo ? -1 : findBytes(s, x, rFrom, rTo, last);
  if (at < 0 && strict) { raiseLit(ValueError, kindOfCall(s) == Kind.STR ? "substring not found" : "subsection not found"); return 0; }
  return newInt(at < 0 ? -1 : charIndex(s, <u32>at));
}

// What find/count/index look for: for bytes, an int is one byte.
function needle(s: Value, x: Value): Value {
  if (kindOfCall(s) == Kind.STR) return needStr(x, "must be str, not ") ? x : 0;
  if (isBytesLike(x)) return x;
  if (!isIntLike(x)) { raiseTypeMsg("argument should be integer or bytes-like object, not ", x, ""); return 0; }
  const c = byteArg(x);
  return c < 0 ? 0 : byteNeedle(c);
}

function countSub(s: Value, args: u32, npos: u32): Value {
  if (!arity("count", npos, 1, 3)) return 0;
  const x = needle(s, load<u32>(args));
  if (!x) return 0;
  if (!range(s, args, npos, 1)) return 0;
  if (rFrom > rTo) return fromSmall(0);
  const n = asStr(x).len;
  if (n == 0) return newInt(charIndex(s, rTo) - charIndex(s, rFrom) + 1);
  let c: i64 = 0, i = rFrom;
  while (true) {
    const at = findBytes(s, x, i, rTo, false);
    if (at < 0) break;
    c++;
    i = <u32>at + n;
  }
  return newInt(c);
}

function join(s: Value, iterable: Value): Value {
  const items = listOf(iterable);
  if (!items) return 0;
  const mark = bufLen;
  const n = listLen(items);
  const isStr = kindOfCall(s) == Kind.STR;
  for (let i: u32 = 0; i < n; i++) {
    const x = listGet(items, i);
    if (isStr ? kindOfCall(x) != Kind.STR : !isBytesLike(x)) {
      bufReset(mark);
      const m2 = bufLen;
      bufLit("sequence item ");
      writeI64(<i64>i);
      bufLit(isStr ? ": expected str instance, " : ": expected a bytes-like object, ");
      bufTypeName(x);
      bufLit(" found");
      raiseBuf(TypeError, m2);
      decrefCall(items);
      return 0;
    }
    if (i) bufBytes(dataOf(s), asStr(s).len);
    bufBytes(dataOf(x), asStr(x).len);
  }
  decrefCall(items);
  return finishAs(s, mark);
}

function justify(s: Value, args: u32, npos: u32, mode: u32, name: Lit): Value {
  if (!arity(name, npos, 1, 2)) return 0;
  const w = load<u32>(args);
  if (!cIntArg(w, 64, "ssize_t")) return 0;
  let fill: u32 = 0, fillLen: u32 = 1; // the fill character's bytes (0: a space)
  if (npos == 2) {
    const f = load<u32>(args, 4);
    if (kindOfCall(s) != Kind.STR && (!isBytesLike(f) || lenOf(f) != 1)) {
      raiseTypeBare(name, "() argument 2 must be a byte string of length 1, not ", f);
      return 0;
    }
    if (kindOfCall(s) == Kind.STR && (kindOfCall(f) != Kind.STR || asStr(f).nchars != 1)) { raiseLit(TypeError, "The fill character must be exactly one character long"); return 0; }
    fill = dataOf(f);
    fillLen = lenOf(f);
  }
  const width = intValue(w);
  const n: i64 = charsOf(s);
  if (width <= n) return unchanged(s);
  const padN = width - n;
  // the whole result at once: a width past the budget fails here, before any work
  const len = lenOf(s);
  if (!bufFits(padN) || !bufFits(padN * fillLen + len)) { raiseMemoryError(); return 0; }
  // ljust, rjust, center (CPython's rule: the odd pad goes left when the width is odd)
  const left = <u32>(mode == 0 ? 0 : mode == 1 ? padN : (padN >> 1) + (padN & width & 1));
  const right = <u32>padN - left;
  const mark = bufLen;
  const p = bufReserve(<u64>(padN * fillLen + len));
  if (!p) return finishAs(s, mark);
  putPad(p, left, fill, fillLen);
  memory.copy(p + left * fillLen, dataOf(s), len);
  putPad(p + left * fillLen + len, right, fill, fillLen);
  return finishAs(s, mark);
}

function putPad(p: u32, k: u32, fill: u32, fillLen: u32): void {
  if (fill) repeatChar(p, k, fill, fillLen); else memory.fill(p, 32, k);
}

function zfill(s: Value, w: Value): Value {
  if (!cIntArg(w, 64, "ssize_t")) return 0;
  const width = intValue(w);
  const n: i64 = charsOf(s);
  if (width <= n) return unchanged(s);
  const zeros = width - n, len = lenOf(s);
  if (!bufFits(zeros + len)) { raiseMemoryError(); return 0; }
  const mark = bufLen;
  const p = bufReserve(<u64>(zeros + len));
  if (!p) return finishAs(s, mark);
  // a leading sign stays in front of the zeros
  const src = dataOf(s);
  const signed: u32 = len > 0 && (load<u8>(src) == 43 || load<u8>(src) == 45) ? 1 : 0;
  if (signed) store<u8>(p, load<u8>(src));
  memory.fill(p + signed, 48, <u32>zeros);
  memory.copy(p + signed + <u32>zeros, src + signed, len - signed);
  return finishAs(s, mark);
}

// expandtabs(tabsize=8): columns count characters (bytes for bytes); a line break restarts
// them. The size is computed first (in i64), so a huge tab size is a quick MemoryError.
function expandtabs(s: Value, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("expandtabs", kw, "tabsize")) return 0;
  if (!arity("expandtabs", positional(n, kw), 0, 1)) return 0;
  const t = param(args, n, kw, 0, "tabsize");
  if (t && !cIntArg(t, 32, "int")) return 0;
  const tab: i64 = t ? intValue(t) : 8;
  const src = dataOf(s), len = lenOf(s);
  const isStr = kindOfCall(s) == Kind.STR;
  let col: i64 = 0, total: i64 = 0;
  for (let i: u32 = 0; i < len; ) {
    const c = <u32>load<u8>(src + i);
    const k: u32 = isStr ? charLen(c) : 1;
    if (c == 9) { if (tab > 0) { const spaces = tab - col % tab; total += spaces; col += spaces; } }
    else { total += k; col = c == 10 || c == 13 ? 0 : col + 1; }
    if (!bufFits(total)) { raiseMemoryError(); return 0; }
    i += k;
  }
  const mark = bufLen;
  let p = bufReserve(<u64>total);
  if (!p) return finishAs(s, mark);
  col = 0;
  for (let i: u32 = 0; i < len; ) {
    const c = <u32>load<u8>(src + i);
    const k: u32 = isStr ? charLen(c) : 1;
    if (c == 9) {
      if (tab > 0) { const spaces = <u32>(tab - col % tab); memory.fill(p, 32, spaces); p += spaces; col += spaces; }
    } else {
      memory.copy(p, src + i, k);
      p += k;
      col = c == 10 || c == 13 ? 0 : col + 1;
    }
    i += k;
  }
  return finishAs(s, mark);
}

function badIndex(index: u32): Value {
  const mark = bufLen;
  bufLit("Replacement index ");
  writeI64(index);
  bufLit(" out of range for positional args tuple");
  raiseBuf(IndexError, mark);
  return 0;
}

// str.format: {} {0} {name} with !r/!s conversions and :spec.
function strFormat(s: Value, args: u32, n: u32, kw: Value): Value {
  const npos = positional(n, kw);
  const p = s + STR_HEADER, len = asStr(s).len;
  const mark = bufLen;
  let auto: u32 = 0;
  let i: u32 = 0;
  while (i < len) {
    const c = <u32>load<u8>(p + i);
    if (c == 125) {
      if (i + 1 < len && load<u8>(p + i + 1) == 125) { bufByte(125); i += 2; continue; }
      bufReset(mark); raiseLit(ValueError, "Single '}' encountered in format string"); return 0;
    }
    if (c != 123) { bufByte(c); i++; continue; }
    if (i + 1 < len && load<u8>(p + i + 1) == 123) { bufByte(123); i += 2; continue; }
    i++;
    const fieldStart = i;
    while (i < len && load<u8>(p + i) != 125 && load<u8>(p + i) != 33 && load<u8>(p + i) != 58) {
      // {0[1]} and {p.x} reach into the argument (Python code may run): the prelude does those
      if (load<u8>(p + i) == 46 || load<u8>(p + i) == 91) { bufReset(mark); return formatInPython(s, args, n, kw); }
      i++;
    }
    const fieldEnd = i;
    let conv: u32 = 0;
    if (i < len && load<u8>(p + i) == 33) { conv = i + 1 < len ? load<u8>(p + i + 1) : 0; i += 2; }
    let specStart = i, specEnd = i;
    if (i < len && load<u8>(p + i) == 58) {
      specStart = i + 1;
      let depth = 0;
      i++;
      while (i < len && (load<u8>(p + i) != 125 || depth > 0)) { if (load<u8>(p + i) == 123) depth++; if (load<u8>(p + i) == 125) depth--; i++; }
      specEnd = i;
      // a nested field ({:{w}}) is formatted first: the prelude does that too
      for (let k = specStart; k < specEnd; k++) if (load<u8>(p + k) == 123) { bufReset(mark); return formatInPython(s, args, n, kw); }
    }
    if (i >= len) { bufReset(mark); raiseLit(ValueError, "expected '}' before end of string"); return 0; }
    i++; // '}'
    let arg: Value = 0;
    if (fieldEnd == fieldStart) {
      if (auto >= npos) { bufReset(mark); return badIndex(auto); }
      arg = load<u32>(args + (auto++ << 2));
    } else if (load<u8>(p + fieldStart) >= 48 && load<u8>(p + fieldStart) <= 57) {
      let idx: u32 = 0;
      for (let k = fieldStart; k < fieldEnd; k++) idx = idx * 10 + <u32>load<u8>(p + k) - 48;
      if (idx >= npos) { bufReset(mark); return badIndex(idx); }
      arg = load<u32>(args + (idx << 2));
    } else {
      const k = kw ? tupleLen(kw) : 0;
      for (let j: u32 = 0; j < k; j++) {
        const name = tupleGet(kw, j);
        if (asStr(name).len == fieldEnd - fieldStart && memory.compare(name + STR_HEADER, p + fieldStart, fieldEnd - fieldStart) == 0) {
          arg = load<u32>(args + ((n - k + j) << 2));
        }
      }
      if (!arg) {
        bufReset(mark);
        const key = strFromBytes(p + fieldStart, fieldEnd - fieldStart);
        if (!key) { raiseMemoryError(); return 0; }
        raiseWith(KeyError, key);
        return 0;
      }
    }
    if (conv == 114 || conv == 115 || conv == 97) {
      const m2 = bufLen;
      if (conv == 115) writeStr(arg); else writeRepr(arg);
      const converted = bufStr(m2);
      if (!converted) { bufReset(mark); raiseBufFailure(); return 0; }
      arg = converted;
    } else increfCall(arg);
    const spec = strFromBytes(p + specStart, specEnd - specStart);
    if (!spec) { decrefCall(arg); bufReset(mark); raiseMemoryError(); return 0; }
    const ok = formatWithSpec(arg, spec);
    decrefCall(spec);
    decrefCall(arg);
    if (!ok) { bufReset(mark); return 0; }
  }
  return finish(mark);
}

export function callStrMethod(id: u32, s: Value, args: u32, n: u32, kw: Value): Value {
  const sk = s ? kindOfCall(s) : 0;
  if (sk != Kind.STR && sk != Kind.BYTES && sk != Kind.BYTEARRAY) { raiseLit(TypeError, "descriptor requires a 'str' object"); return 0; }
  const npos = positional(n, kw);
  if (id != StrM.SPLIT && id != StrM.RSPLIT && id != StrM.FORMAT && id != StrM.SPLITLINES && id != StrM.EXPANDTABS && !onlyKeywords("str method", kw, "")) return 0;
  switch (id) {
    case StrM.JOIN: if (!arity("join", npos, 1, 1)) return 0; return join(s, load<u32>(args));
    case StrM.SPLIT: return split(s, args, n, kw, false);
    case StrM.RSPLIT: return split(s, args, n, kw, true);
    case StrM.STRIP: return strip(s, args, npos, true, true);
    case StrM.LSTRIP: return strip(s, args, npos, true, false);
    case StrM.RSTRIP: return strip(s, args, npos, false, true);
    case StrM.UPPER: case StrM.LOWER: case StrM.TITLE: case StrM.CAPITALIZE: case StrM.SWAPCASE: {
      const mode = id == StrM.UPPER ? CaseMode.UPPER : id == StrM.LOWER ? CaseMode.LOWER : id == StrM.TITLE ? CaseMode.TITLE
        : id == StrM.CAPITALIZE ? CaseMode.CAPITALIZE : CaseMode.SWAPCASE;
      return kindOfCall(s) == Kind.STR ? mapCase(s, mode) : asciiCase(s, mode);
    }
    case StrM.CASEFOLD: return mapCase(s, CaseMode.CASEFOLD);
    case StrM.REPLACE: return replace(s, args, npos);
    case StrM.STARTSWITH: return startsEnds(s, args, npos, false);
    case StrM.ENDSWITH: return startsEnds(s, args, npos, true);
    case StrM.FIND: return find(s, args, npos, false, false, "find");
    case StrM.RFIND: return find(s, args, npos, true, false, "rfind");
    case StrM.INDEX: return find(s, args, npos, false, true, "index");
    case StrM.COUNT: return countSub(s, args, npos);
    case StrM.ISDIGIT: return kindOfCall(s) == Kind.STR ? allChars(s, UP.DIGIT, false) : asciiClassify(s, 0);
    case StrM.ISALPHA: return kindOfCall(s) == Kind.STR ? allChars(s, UP.ALPHA, false) : asciiClassify(s, 1);
    case StrM.ISSPACE: return kindOfCall(s) == Kind.STR ? allChars(s, UP.SPACE, false) : asciiClassify(s, 2);
    case StrM.ISALNUM: return kindOfCall(s) == Kind.STR ? allChars(s, UP.ALPHA | UP.DECIMAL | UP.DIGIT | UP.NUMERIC, false) : asciiClassify(s, 5);
    case StrM.ISDECIMAL: return allChars(s, UP.DECIMAL, false);
    case StrM.ISNUMERIC: return allChars(s, UP.NUMERIC, false);
    case StrM.ISPRINTABLE: return allChars(s, UP.PRINTABLE, true);
    case StrM.ISUPPER: return kindOfCall(s) == Kind.STR ? allCased(s, UP.UPPER) : asciiClassify(s, 3);
    case StrM.ISLOWER: return kindOfCall(s) == Kind.STR ? allCased(s, UP.LOWER) : asciiClassify(s, 4);
    case StrM.ISIDENTIFIER: return isIdentifier(s);
    case StrM.ISASCII: return isAscii(s);
    case StrM.FORMAT: {
      for (let i: u32 = 0; i < n; i++) {
        const x = load<u32>(args + (i << 2));
        if (isUserObject(x) || holdsUserObjects(x, 0)) return formatInPython(s, args, n, kw);
      }
      return strFormat(s, args, n, kw);
    }
    case StrM.ZFILL: if (!arity("zfill", npos, 1, 1)) return 0; return zfill(s, load<u32>(args));
    case StrM.EXPANDTABS: return expandtabs(s, args, n, kw);
    case StrM.LJUST: return justify(s, args, npos, 0, "ljust");
    case StrM.RJUST: return justify(s, args, npos, 1, "rjust");
    case StrM.CENTER: return justify(s, args, npos, 2, "center");
    case StrM.RINDEX: return find(s, args, npos, true, true, "rindex");
    case StrM.REMOVEPREFIX: case StrM.REMOVESUFFIX: {
      if (!arity(id == StrM.REMOVEPREFIX ? "removeprefix" : "removesuffix", npos, 1, 1)) return 0;
      const a = load<u32>(args);
      if (!needSame(s, a, "must be str, not ")) return 0;
      const n2 = asStr(a).len, len = asStr(s).len;
      const at = id == StrM.REMOVEPREFIX ? 0 : len - n2;
      if (n2 <= len && memory.compare(dataOf(s) + at, dataOf(a), n2) == 0 && n2 > 0) {
        const r = like(s, dataOf(s) + (id == StrM.REMOVEPREFIX ? n2 : 0), len - n2);
        if (!r) raiseMemoryError();
        return r;
      }
      return unchanged(s);
    }
    case StrM.ISTITLE: {
      if (kindOfCall(s) == Kind.STR) return isTitle(s);
      // cased runs start upper-case and continue lower-case
      const len = asStr(s).len;
      let prevCased = false, any = false;
      for (let i: u32 = 0; i < len; i++) {
        const c = <u32>load<u8>(dataOf(s) + i);
        const up = c >= 65 && c <= 90, lo = c >= 97 && c <= 122;
        if (up) { if (prevCased) return pyBool(false); prevCased = true; any = true; }
        else if (lo) { if (!prevCased) return pyBool(false); prevCased = true; any = true; }
        else prevCased = false;
      }
      return pyBool(any);
    }
    case StrM.PARTITION: case StrM.RPARTITION: {
      if (!arity("partition", npos, 1, 1)) return 0;
      const sep = load<u32>(args);
      if (!needSame(s, sep, "must be str, not ")) return 0;
      if (asStr(sep).len == 0) { raiseLit(ValueError, "empty separator"); return 0; }
      const len = asStr(s).len;
      const at = findBytes(s, sep, 0, len, id == StrM.RPARTITION);
      const t = tupleNew(3);
      if (!t) { raiseMemoryError(); return 0; }
      const p = dataOf(s);
      // not found: (s, '', '') or ('', '', s)
      const sn = at < 0 ? 0 : lenOf(sep), cut: u32 = at < 0 ? (id == StrM.PARTITION ? len : 0) : <u32>at;
      const a = like(s, p, cut), m = like(s, dataOf(sep), sn), b = like(s, p + cut + sn, len - cut - sn);
      tupleSet(t, 0, a); tupleSet(t, 1, m); tupleSet(t, 2, b);
      if (!a || !m || !b) { decrefCall(t); raiseMemoryError(); return 0; }
      return t;
    }
    case StrM.SPLITLINES: {
      const ke = npos ? load<u32>(args) : kwarg(args, n, kw, "keepends");
      if (ke && !cIntArg(ke, 32, "int")) return 0;
      const keep = ke && intValue(ke) != 0;
      const l = listNew(0);
      if (!l) { raiseMemoryError(); return 0; }
      const p = dataOf(s), len = asStr(s).len;
      let i: u32 = 0;
      while (i < len) {
        let j = i;
        while (j < len && load<u8>(p + j) != 10 && load<u8>(p + j) != 13) j++;
        let e = j; // end of the line break
        if (e < len) { e++; if (load<u8>(p + j) == 13 && e < len && load<u8>(p + e) == 10) e++; }
        const part = like(s, p + i, (keep ? e : j) - i);
        if (!part || !listAppend(l, part)) { decrefCall(l); raiseMemoryError(); return 0; }
        i = e;
      }
      return l;
    }
  }
  raiseLit(TypeError, "unknown str method");
  return 0;
}

function seqLen(l: Value): u32 { return kindOfCall(l) == Kind.LIST ? listLen(l) : tupleLen(l); }

// The first index of x in a list or tuple within [start, stop), -1 if absent, -2 on error.
function seqIndex(l: Value, x: Value, start: i64, stop: i64): i64 {
  const isList = kindOfCall(l) == Kind.LIST;
  const n: i64 = isList ? listLen(l) : tupleLen(l);
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  // the list may shrink while a Python __eq__ runs: its length is read each time
  for (let i = start; i < stop && i < <i64>seqLen(l); i++) {
    const e = valueEq(isList ? listGet(l, <u32>i) : tupleGet(l, <u32>i), x);
    if (e < 0) return -2;
    if (e) return i;
  }
  return -1;
}

function listIndex(l: Value, x: Value): i64 { return seqIndex(l, x, 0, i64.MAX_VALUE); }

// index(x[, start[, stop]]) and count(x) of a list or tuple.
function seqSearch(id: u32, l: Value, args: u32, npos: u32): Value {
  const isList = kindOfCall(l) == Kind.LIST;
  const x = load<u32>(args);
  if (id == ListM.COUNT) {
    if (!arity("count", npos, 1, 1)) return 0;
    let c: i64 = 0;
    for (let i: u32 = 0; i < seqLen(l); i++) {
      const e = valueEq(isList ? listGet(l, i) : tupleGet(l, i), x);
      if (e < 0) return 0;
      c += e;
    }
    return newInt(c);
  }
  if (!arity("index", npos, 1, 3)) return 0;
  let start: i64 = 0, stop: i64 = i64.MAX_VALUE;
  for (let k: u32 = 1; k < npos; k++) {
    const b = load<u32>(args + (k << 2));
    if (!isIntLike(b)) { raiseLit(TypeError, "slice indices must be integers or have an __index__ method"); return 0; }
    if (k == 1) start = intValue(b); else stop = intValue(b);
  }
  const i = seqIndex(l, x, start, stop);
  if (i == -2) return 0;
  if (i >= 0) return newInt(i);
  if (!isList) { raiseLit(ValueError, "tuple.index(x): x not in tuple"); return 0; }
  const mark = bufLen;
  writeRepr(x);
  bufLit(" is not in list");
  raiseBuf(ValueError, mark);
  return 0;
}

export function callListMethod(id: u32, l: Value, args: u32, n: u32, kw: Value): Value {
  const npos = positional(n, kw);
  if (l && kindOfCall(l) == Kind.TUPLE && (id == ListM.INDEX || id == ListM.COUNT)) {
    // tuple.index and tuple.count are the list's
    return onlyKeywords("tuple method", kw, "") ? seqSearch(id, l, args, npos) : 0;
  }
  if (!l || kindOfCall(l) != Kind.LIST) { raiseLit(TypeError, "descriptor requires a 'list' object"); return 0; }
  if (id != ListM.SORT && !onlyKeywords("list method", kw, "")) return 0;
  const lo = asList(l);
  if ((id == ListM.INDEX || id == ListM.COUNT || id == ListM.REMOVE) && npos == 1 && memberNeedsPython(l, load<u32>(args))) {
    // items with a Python __eq__: the prelude's loop compares them in frames
    const name = id == ListM.INDEX ? N.list_index_ : id == ListM.COUNT ? N.list_count_ : N.list_remove_;
    return preludeCall3(name, l, load<u32>(args), -1, 0);
  }
  switch (id) {
    case ListM.APPEND: {
      if (!arity("list.append", npos, 1, 1)) return 0;
      const x = load<u32>(args);
      increfCall(x);
      if (!listAppend(l, x)) { raiseMemoryError(); return 0; }
      return None;
    }
    case ListM.POP: {
      if (!arity("pop", npos, 0, 1)) return 0;
      // the index is converted first, as CPython's argument parsing does ([].pop("x") is a TypeError)
      if (npos && !cIntArg(load<u32>(args), 64, "ssize_t")) return 0;
      if (lo.len == 0) { raiseLit(IndexError, "pop from empty list"); return 0; }
      let i: i64 = npos ? intValue(load<u32>(args)) : <i64>lo.len - 1;
      if (i < 0) i += <i64>lo.len;
      if (i < 0 || i >= <i64>lo.len) { raiseLit(IndexError, "pop index out of range"); return 0; }
      const x = listGet(l, <u32>i);
      memory.copy(lo.items + (<u32>i << 2), lo.items + ((<u32>i + 1) << 2), (lo.len - <u32>i - 1) << 2);
      lo.len--;
      return x;
    }
    case ListM.INSERT: {
      if (!arity("insert", npos, 2, 2)) return 0;
      if (!cIntArg(load<u32>(args), 64, "ssize_t")) return 0;
      let i = intValue(load<u32>(args));
      if (i < 0) { i += <i64>lo.len; if (i < 0) i = 0; }
      if (i > <i64>lo.len) i = <i64>lo.len;
      if (!listReserve(l, lo.len + 1)) { raiseMemoryError(); return 0; }
      memory.copy(lo.items + ((<u32>i + 1) << 2), lo.items + (<u32>i << 2), (lo.len - <u32>i) << 2);
      const x = load<u32>(args, 4);
      increfCall(x);
      store<u32>(lo.items + (<u32>i << 2), x);
      lo.len++;
      return None;
    }
    case ListM.INDEX: case ListM.COUNT: return seqSearch(id, l, args, npos);
    case ListM.EXTEND: if (!arity("extend", npos, 1, 1)) return 0; return extendList(l, load<u32>(args)) ? None : 0;
    case ListM.REMOVE: {
      if (!arity("remove", npos, 1, 1)) return 0;
      const i = listIndex(l, load<u32>(args));
      if (i == -2) return 0;
      if (i < 0) { raiseLit(ValueError, "list.remove(x): x not in list"); return 0; }
      const x = listGet(l, <u32>i);
      memory.copy(lo.items + (<u32>i << 2), lo.items + ((<u32>i + 1) << 2), (lo.len - <u32>i - 1) << 2);
      lo.len--;
      decrefCall(x);
      return None;
    }
    case ListM.REVERSE: reverseList(l); return None;
    case ListM.INIT: {
      if (!arity("list", npos, 0, 1)) return 0;
      const old = callListMethod(ListM.CLEAR, l, args, 0, 0);
      if (!old) return 0;
      decrefCall(old);
      return npos ? (extendList(l, load<u32>(args)) ? None : 0) : None;
    }
    case ListM.GETITEM: case ListM.SETITEM: return subscriptMethod(id == ListM.SETITEM, l, args, npos);
    case ListM.SORT:
      if (!onlyKeywords("sort", kw, "key,reverse")) return 0;
      if (npos) { raiseLit(TypeError, "sort() takes no positional arguments"); return 0; }
      {
        const r = sortList(l, kwarg(args, n, kw, "key"), kwarg(args, n, kw, "reverse"), false);
        return r < 0 ? ENTER : r == 1 ? None : 0;
      }
    case ListM.CLEAR: {
      const old = listNew(0);
      if (!old) { raiseMemoryError(); return 0; }
      // hand the items to a temporary list, so releasing them sees an empty list
      const to = asList(old);
      to.items = lo.items; to.len = lo.len; to.cap = lo.cap;
      lo.items = 0; lo.len = 0; lo.cap = 0;
      decrefCall(old);
      return None;
    }
    case ListM.COPY: {
      const c = listNew(lo.len);
      if (!c) { raiseMemoryError(); return 0; }
      for (let i: u32 = 0; i < lo.len; i++) { const x = listGet(l, i); increfCall(x); store<u32>(asList(c).items + (i << 2), x); }
      asList(c).len = lo.len;
      return c;
    }
  }
  raiseLit(TypeError, "unknown list method");
  return 0;
}

// The builtin o[k] / o[k] = v as methods (what super() finds for a subclass overriding them).
function subscriptMethod(set: bool, o: Value, args: u32, npos: u32): Value {
  if (!arity(set ? "__setitem__" : "__getitem__", npos, set ? 2 : 1, set ? 2 : 1)) return 0;
  if (!set) return getItem(o, load<u32>(args));
  return setItem(o, load<u32>(args), load<u32>(args, 4)) ? None : 0;
}

function dictView(d: Value, mode: i64): Value {
  increfCall(d);
  const t = mode == DictMode.KEYS ? dictKeysType : mode == DictMode.VALUES ? dictValuesType : dictItemsType;
  const v = iterNew(t, d, 0, mode, 0);
  if (!v) { decrefCall(d); raiseMemoryError(); }
  return v;
}

export function callDictMethod(id: u32, d: Value, args: u32, n: u32, kw: Value): Value {
  if (id == DictM.FROMKEYS) return onlyKeywords("fromkeys", kw, "") ? dictFromKeys(d, args, n) : 0; // d: the class
  if (!d || kindOfCall(d) != Kind.DICT) { raiseLit(TypeError, "descriptor requires a 'dict' object"); return 0; }
  const npos = positional(n, kw);
  if (id != DictM.UPDATE && !onlyKeywords("dict method", kw, "")) return 0;
  switch (id) {
    case DictM.GET: {
      if (!arity("get", npos, 1, 2)) return 0;
      const v = dictGet(d, load<u32>(args));
      if (curExc) return 0;
      const r = v ? v : npos == 2 ? load<u32>(args, 4) : None;
      increfCall(r);
      return r;
    }
    case DictM.ITEMS: return dictView(d, DictMode.ITEMS);
    case DictM.KEYS: return dictView(d, DictMode.KEYS);
    case DictM.VALUES: return dictView(d, DictMode.VALUES);
    case DictM.POP: {
      if (!arity("pop", npos, 1, 2)) return 0;
      const v = dictPop(d, load<u32>(args));
      if (v) return v;
      if (curExc) return 0;
      if (npos == 2) { const x = load<u32>(args, 4); increfCall(x); return x; }
      const key = load<u32>(args);
      increfCall(key);
      raiseWith(KeyError, key);
      return 0;
    }
    case DictM.SETDEFAULT: {
      if (!arity("setdefault", npos, 1, 2)) return 0;
      const v = dictGet(d, load<u32>(args));
      if (curExc) return 0;
      if (v) { increfCall(v); return v; }
      const x = npos == 2 ? load<u32>(args, 4) : None;
      if (!dictSet(d, load<u32>(args), x)) { if (!curExc) raiseMemoryError(); return 0; }
      increfCall(x);
      return x;
    }
    case DictM.UPDATE:
      if (!arity("update", npos, 0, 1)) return 0;
      return dictUpdate(d, npos ? load<u32>(args) : 0, args, n, kw) ? None : 0;
    case DictM.CLEAR: dictClear(d); return None;
    case DictM.GETITEM: case DictM.SETITEM: return subscriptMethod(id == DictM.SETITEM, d, args, npos);
    case DictM.DELITEM: {
      if (!arity("__delitem__", npos, 1, 1)) return 0;
      return delItem(d, load<u32>(args)) ? None : 0;
    }
    case DictM.COPY: {
      const c = dictCopy(d);
      if (!c) raiseMemoryError();
      return c;
    }
    case DictM.POPITEM: {
      if (dictLen(d) == 0) { raiseLit(KeyError, "popitem(): dictionary is empty"); return 0; }
      // the last live entry
      let last: i32 = -1, i = dictNext(d, 0);
      while (i >= 0) { last = i; i = dictNext(d, <u32>i + 1); }
      const e = entryAt(d, <u32>last);
      const k = load<u32>(e, 4);
      increfCall(k);
      const v = dictPopHashed(d, k, entryHash(e));
      const t = tupleNewPair(k, v);
      return t;
    }
  }
  raiseLit(TypeError, "unknown dict method");
  return 0;
}

import { tupleNew, tupleSet } from "../objects/tuple";
function tupleNewPair(a: Value, b: Value): Value {
  const t = tupleNew(2);
  if (!t) { decrefCall(a); decrefCall(b); raiseMemoryError(); return 0; }
  tupleSet(t, 0, a);
  tupleSet(t, 1, b);
  return t;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function methodsReset(): void {
  rFrom = 0; rTo = 0;
  memory.fill(fmtArgs, 0, 12);
}
