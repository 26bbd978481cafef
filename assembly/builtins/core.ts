// The builtin functions (the `builtins` module) and the constructors of builtin types.
import { Host } from "../host/calls";
import { asRef } from "../objects/weakref";
import { bufChar, decodeChar } from "../objects/unicode";
import { Value, Kind, isSmall, smallValue, fromSmall } from "../objects/object";
import { kindOfCall, typeOf, asType, isSubtype, intType, floatType, strType, boolType, listType, tupleType,
  dictType, rangeType, typeType, zipType, enumerateType, seqIterType, objectType } from "../objects/type";
import { intFromI64, intValue, isIntLike, intFitsI64, intSign } from "../objects/int";
import { intParse, writeIntDigits, overDigitLimit } from "../objects/intstr";
import { floatOverflow } from "../objects/intfloat";
import { intAbs, intPowMod, intRoundDigits, floatRoundTens } from "../vm/intarith";
import { intOfFloat, intAsF64 } from "../objects/intfloat";
import { floatNew, floatValue } from "../objects/float";
import { asStr, STR_HEADER, strFromBytes, charStr, emptyStr, countChars, Lit } from "../objects/str";
import { tupleNew, tupleLen, tupleGet, tupleSet, tupleFrom, emptyTuple } from "../objects/tuple";
import { listNew, listLen, listGet, asList } from "../objects/list";
import { dictNew, dictSet, dictGet, dictLen, dictNext, entryAt, dictSetHashed, entryHash } from "../objects/dict";
import { rangeNew } from "../objects/range";
import { iterNew } from "../objects/iter";
import { excNew, asExc } from "../objects/exception";
import { asCode, asFunc, asBuiltin } from "../objects/function";
import { None, True, False, pyBool } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { bufLen, bufLit, bufByte, bufStrValue, bufStr, bufReset, bufPtr, bufReserve, bufTrim, bufTakeFailure, bufKeepChars } from "../objects/buf";
import { writeStr, writeRepr, reprTooDeep, writeI64, writeStrBytes, writeTypeName, writeHex } from "../objects/repr";
import { formatWithSpec } from "../objects/format";
import { parseFloat, parseOk, parseInt, parseOverflow, parseDigits, parseBase, formatFloatFixed, formatFloatFixedRoom, formatIntBase } from "../objects/numfmt";
import { hashOf, hashFailed, clearHashFailed, intHash, floatHash, pyHashOf } from "../objects/hash";
import { raiseLit, raiseBuf, raiseMemoryError, raiseBufFailure, raiseDigitLimit, raiseTypeMsg, raiseTypeUnquoted, bufTypeName, curExc } from "../objects/errors";
import { TypeError, ValueError, OverflowError, StopIteration, RecursionError, AttributeError } from "../objects/exception";
import { getIter, iterNext, exhausted, listOf, tupleOf } from "../vm/iterate";
import { truthy, length } from "../vm/protocol";
import { binaryOp, BinOp, floatFloorDiv, divmodOp } from "../vm/arith";
import { compareBool, Cmp } from "../vm/compare";
import { sortList } from "./sort";
import { writeStdout, writeStderr, flushStdout } from "./io";
import { printFile, printElsewhere, printSepEndOk, stdoutObj, stderrObj } from "./frames";
import { Core } from "./registry";
import { N } from "../objects/names";
import { userDunder, isUserObject, typeNew, metaclassOf } from "../vm/classes";
import { callPython, callValue, ENTER, enterFrame, isCallable } from "../vm/call";
import { channelNext } from "./stackless";
import { setFrameHook, Hook, hookOf } from "../vm/frame";
import { genNext } from "./classes";
import { holdsUserObjects, preludeCall } from "./dispatch";
import { dictUpdate } from "./dicts";
import { rangeOf, rangeReversed } from "./ranges";
import { hashIsPython } from "../vm/keys";
import { takeExc } from "../objects/errors";
import { preludeFunction } from "../vm/modules";
import { instNew } from "../objects/instance";
import { builtins, builtinName, builtinOwner } from "./init";
import { current } from "../stackless/scheduler";
import { asTasklet } from "../stackless/tasklet";
import { positional, kwarg, onlyKeywords, arity, cIntArg } from "./args";
import { isBytesLike, dataOf, lenOf } from "../objects/bytes";
import { lazyNew } from "./lazy";
import { nestEnter, nestLeave } from "../objects/nesting";


export function newInt(i: i64): Value { // a new int, MemoryError pending on failure
  const v = intFromI64(i);
  if (!v) raiseMemoryError();
  return v;
}

function newFloat(x: f64): Value {
  const v = floatNew(x);
  if (!v) raiseMemoryError();
  return v;
}

// str(v) / repr(v) as new strs.
export function strOf(v: Value): Value {
  if (kindOfCall(v) == Kind.STR) { increfCall(v); return v; }
  const mark = bufLen;
  writeStr(v);
  return finishText(mark);
}

export function reprOf(v: Value): Value {
  const mark = bufLen;
  writeRepr(v);
  return finishText(mark);
}

function finishText(mark: u32): Value {
  if (reprTooDeep) {
    reprTooDeep = false;
    bufReset(mark);
    raiseLit(RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    return 0;
  }
  const s = bufStr(mark);
  if (!s) raiseBufFailure();
  return s;
}

function print(args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("print", kw, "sep,end,file,flush")) return 0;
  const npos = positional(n, kw);
  const sep = kwarg(args, n, kw, "sep");
  const end = kwarg(args, n, kw, "end");
  if (!printSepEndOk(args, n, kw)) return 0;
  const mark = bufLen;
  for (let i: u32 = 0; i < npos; i++) {
    if (i) { if (sep && sep != None) bufStrValue(sep); else bufByte(32); }
    writeStr(load<u32>(args + (i << 2)));
  }
  if (end && end != None) bufStrValue(end); else bufByte(10);
  if (reprTooDeep) { finishText(mark); return 0; }
  if (bufTakeFailure()) { bufReset(mark); raiseBufFailure(); return 0; }
  const file = printFile(args, n, kw);
  if (!file) { bufReset(mark); return 0; }
  if (file == stderrObj) writeStderr(bufPtr + mark, bufLen - mark);
  else writeStdout(bufPtr + mark, bufLen - mark);
  bufReset(mark);
  const flush = kwarg(args, n, kw, "flush");
  if (flush && file == stdoutObj && truthy(flush) > 0) flushStdout();
  return None;
}

function toInt(args: u32, npos: u32): Value {
  if (npos == 0) return fromSmall(0);
  const v = load<u32>(args);
  const k = kindOfCall(v);
  if (npos == 2 || k == Kind.STR) {
    if (k != Kind.STR) { raiseLit(TypeError, "int() can't convert non-string with explicit base"); return 0; }
    let base: i32 = 10;
    if (npos == 2) {
      const b = load<u32>(args, 4);
      if (!isIntLike(b)) { raiseTypeMsg("", b, " object cannot be interpreted as an integer"); return 0; }
      const b64 = intValue(b); // saturated past 64 bits: out of range either way
      base = <i32>b64;
      if ((b64 != 0 && b64 < 2) || b64 > 36) { raiseLit(ValueError, "int() base must be >= 2 and <= 36, or 0"); return 0; }
    }
    const i = parseInt(v + STR_HEADER, <i32>asStr(v).len, base);
    if (overDigitLimit(parseDigits, parseBase)) { raiseDigitLimit(parseDigits); return 0; }
    if (parseOverflow) {
      const big = intParse(v + STR_HEADER, asStr(v).len, <u32>base);
      if (!big) raiseMemoryError();
      return big;
    }
    if (!parseOk) {
      const mark = bufLen;
      bufLit("invalid literal for int() with base ");
      writeI64(<i64>base);
      bufLit(": ");
      const at = bufLen;
      writeRepr(v);
      bufKeepChars(at, 200); // CPython's %.200R (float() quotes all of it)
      raiseBuf(ValueError, mark);
      return 0;
    }
    return newInt(i);
  }
  if (k == Kind.INT) { increfCall(v); return v; }
  if (k == Kind.BOOL) return fromSmall(v == True ? 1 : 0);
  if (k == Kind.FLOAT) return intOfFloat(floatValue(v));
  raiseTypeMsg("int() argument must be a string, a bytes-like object or a real number, not ", v, "");
  return 0;
}

function toFloat(args: u32, npos: u32): Value {
  if (npos == 0) return newFloat(0);
  const v = load<u32>(args);
  const k = kindOfCall(v);
  if (k == Kind.FLOAT) { increfCall(v); return v; }
  if (k == Kind.INT || k == Kind.BOOL) {
    const x = intAsF64(v);
    return floatOverflow ? 0 : newFloat(x);
  }
  if (k == Kind.STR) {
    const x = parseFloat(v + STR_HEADER, <i32>asStr(v).len);
    if (!parseOk) {
      const mark = bufLen;
      bufLit("could not convert string to float: ");
      writeRepr(v);
      raiseBuf(ValueError, mark);
      return 0;
    }
    return newFloat(x);
  }
  raiseTypeMsg("float() argument must be a string or a real number, not ", v, "");
  return 0;
}

function isinstance(args: u32): Value {
  const r = instanceOf(load<u32>(args), load<u32>(args, 4));
  return r < 0 ? 0 : pyBool(r == 1);
}

// isinstance(v, t) for a type or a tuple of them, nested at any depth, tried in order as CPython
// does (isinstance(1, (int, 1)) is True): 1, 0, or -1 with an exception.
function instanceOf(v: Value, t: Value): i32 {
  const kt = kindOfCall(t);
  if (kt == Kind.TYPE) return isSubtype(typeOf(v), t) ? 1 : 0;
  if (kt != Kind.TUPLE) { raiseLit(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union"); return -1; }
  if (!nestEnter()) { raiseLit(RecursionError, "maximum recursion depth exceeded in __instancecheck__"); return -1; }
  let r = 0;
  for (let i: u32 = 0; i < tupleLen(t) && r == 0; i++) r = instanceOf(v, tupleGet(t, i));
  nestLeave();
  return r;
}

// min/max over positional args or one iterable; `default=` for an empty iterable.
const minmaxArgs = memory.data(20, 4);

function minmax(isMax: bool, args: u32, n: u32, kw: Value): Value {
  const name: Lit = isMax ? "max" : "min";
  if (!onlyKeywords(name, kw, "default,key")) return 0;
  const key = kwarg(args, n, kw, "key");
  const npos = positional(n, kw);
  if (npos == 0) { raiseLit(TypeError, isMax ? "max expected at least 1 argument, got 0" : "min expected at least 1 argument, got 0"); return 0; }
  let items: Value = 0;
  if (npos == 1) {
    items = listOf(load<u32>(args));
    if (!items) return 0;
  } else {
    items = listNew(npos);
    if (!items) { raiseMemoryError(); return 0; }
    for (let i: u32 = 0; i < npos; i++) { const x = load<u32>(args + (i << 2)); increfCall(x); store<u32>(asList(items).items + (i << 2), x); }
    asList(items).len = npos;
  }
  const count = listLen(items);
  let python = key != 0 && key != None && kindOfCall(key) != Kind.BUILTIN;
  for (let i: u32 = 0; i < count && !python; i++) python = isUserObject(listGet(items, i));
  if (python || (key && key != None)) {
    // a key function or Python comparisons: the prelude's min_max runs in a frame
    const fn = preludeFunction(N.min_max_);
    if (!fn) { decrefCall(items); return 0; }
    const d = kwarg(args, n, kw, "default");
    store<u32>(minmaxArgs, items);
    store<u32>(minmaxArgs, key ? key : None, 4);
    store<u32>(minmaxArgs, d ? d : None, 8);
    store<u32>(minmaxArgs, pyBool(d != 0), 12);
    store<u32>(minmaxArgs, pyBool(isMax), 16);
    const r = callPython(fn, 0, minmaxArgs, 5);
    decrefCall(items);
    return r;
  }
  if (count == 0) {
    decrefCall(items);
    const d = kwarg(args, n, kw, "default");
    if (d) { increfCall(d); return d; }
    const mark = bufLen;
    bufLit(name);
    bufLit("() arg is an empty sequence");
    raiseBuf(ValueError, mark);
    return 0;
  }
  let best = listGet(items, 0);
  for (let i: u32 = 1; i < count; i++) {
    const x = listGet(items, i);
    const c = compareBool(isMax ? Cmp.GT : Cmp.LT, x, best);
    if (c < 0) { decrefCall(items); return 0; }
    if (c) best = x;
  }
  increfCall(best);
  decrefCall(items);
  return best;
}

// pow(b, e, m) with 64-bit intermediates: a * b mod m (a, b < m < 2^63) by doubling and adding,
// each partial sum below 2^64.
function mulMod(a: u64, b: u64, m: u64): u64 {
  if (m <= 0xFFFFFFFF) return (a * b) % m;
  let r: u64 = 0;
  a %= m;
  while (b) {
    if (b & 1) { r += a; if (r >= m) r -= m; }
    a <<= 1; if (a >= m) a -= m;
    b >>= 1;
  }
  return r;
}

function powMod(b: Value, e: Value, m: Value): Value {
  if (!isIntLike(b) || !isIntLike(e) || !isIntLike(m)) { raiseLit(TypeError, "pow() 3rd argument not allowed unless all arguments are integers"); return 0; }
  if (!intFitsI64(b) || !intFitsI64(e) || !intFitsI64(m) || intSign(e) < 0 || intValue(m) == i64.MIN_VALUE) return intPowMod(b, e, m);
  let mod = intValue(m), exp = intValue(e), base = intValue(b);
  if (mod == 0) { raiseLit(ValueError, "pow() 3rd argument cannot be 0"); return 0; }
  const neg = mod < 0;
  const um: u64 = <u64>(neg ? -mod : mod);
  // base mod um in [0, um): adding um to a negative remainder stays below 2^63
  const rem = base % <i64>um;
  let x: u64 = rem < 0 ? <u64>(rem + <i64>um) : <u64>rem;
  let r: u64 = um == 1 ? 0 : 1;
  while (exp > 0) {
    if (exp & 1) r = mulMod(r, x, um);
    x = mulMod(x, x, um);
    exp >>= 1;
  }
  let res = <i64>r;
  if (neg && res != 0) res -= <i64>um;
  return newInt(res);
}

const intArgs = memory.data(8, 4);

function sum(args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("sum", kw, "start")) return 0;
  const npos = positional(n, kw);
  if (!arity("sum", npos, 1, 2)) return 0;
  let acc: Value = npos == 2 ? load<u32>(args, 4) : kwarg(args, n, kw, "start");
  if (!acc) acc = fromSmall(0);
  if (kindOfCall(acc) == Kind.STR) { raiseLit(TypeError, "sum() can't sum strings [use ''.join(seq) instead]"); return 0; }
  {
    // user objects add through their Python dunders: the prelude's loop runs in frames
    const src = load<u32>(args);
    const k = kindOfCall(src);
    let python = isUserObject(acc);
    if (k == Kind.LIST || k == Kind.TUPLE) {
      const cnt = k == Kind.LIST ? listLen(src) : tupleLen(src);
      for (let i: u32 = 0; i < cnt && !python; i++) python = isUserObject(k == Kind.LIST ? listGet(src, i) : tupleGet(src, i));
    }
    if (python) {
      const fn = preludeFunction(N.sum_python_);
      if (!fn) return 0;
      store<u32>(intArgs, src);
      store<u32>(intArgs, acc, 4);
      return callPython(fn, 0, intArgs, 2);
    }
  }
  increfCall(acc);
  const it = getIter(load<u32>(args));
  if (!it) { decrefCall(acc); return 0; }
  while (true) {
    const x = iterNext(it);
    if (!x) { decrefCall(it); if (exhausted) return acc; decrefCall(acc); return 0; }
    const r = binaryOp(BinOp.ADD, acc, x);
    decrefCall(x);
    decrefCall(acc);
    if (!r) { decrefCall(it); return 0; }
    acc = r;
  }
  return 0;
}

function sorted(args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("sorted", kw, "reverse,key")) return 0;
  if (!arity("sorted", positional(n, kw), 1, 1)) return 0;
  const l = listOf(load<u32>(args));
  if (!l) return 0;
  const r = sortList(l, kwarg(args, n, kw, "key"), kwarg(args, n, kw, "reverse"), true);
  if (r == 1) return l;
  decrefCall(l); // on ENTER the prelude's frame holds the list
  return r < 0 ? ENTER : 0;
}

function dictFrom(args: u32, n: u32, kw: Value): Value {
  const npos = positional(n, kw);
  if (!arity("dict", npos, 0, 1)) return 0;
  const d = dictNew();
  if (!d) { raiseMemoryError(); return 0; }
  if (dictUpdate(d, npos ? load<u32>(args) : 0, args, n, kw)) return d;
  decrefCall(d);
  return 0;
}

function chr(v: Value): Value {
  if (!cIntArg(v, 32, "int")) return 0;
  const c = intValue(v);
  if (c < 0 || c > 0x10FFFF) { raiseLit(ValueError, "chr() arg not in range(0x110000)"); return 0; }
  if (c < 128) return charStr(<u32>c);
  const mark = bufLen;
  bufChar(<u32>c);
  return finishText(mark);
}

function ord(v: Value): Value {
  const bytes = isBytesLike(v);
  if (kindOfCall(v) != Kind.STR && !bytes) { raiseTypeMsg("ord() expected string of length 1, but ", v, " found"); return 0; }
  const len = bytes ? lenOf(v) : asStr(v).nchars;
  if (len != 1) {
    const mark = bufLen;
    bufLit("ord() expected a character, but string of length ");
    writeI64(<i64>len);
    bufLit(" found");
    raiseBuf(TypeError, mark);
    return 0;
  }
  const p = dataOf(v);
  return fromSmall(<i32>(bytes ? <u32>load<u8>(p) : decodeChar(p)));
}

function round(args: u32, npos: u32): Value {
  if (!arity("round", npos, 1, 2)) return 0;
  const v = load<u32>(args);
  const k = kindOfCall(v);
  const nd = npos == 2 ? load<u32>(args, 4) : None;
  if (k != Kind.INT && k != Kind.BOOL && k != Kind.FLOAT) { raiseTypeUnquoted("type ", v, " doesn't define __round__ method"); return 0; }
  if (nd != None && !isIntLike(nd)) { raiseTypeMsg("", nd, " object cannot be interpreted as an integer"); return 0; }
  if (k == Kind.INT || k == Kind.BOOL) {
    if (nd == None || intSign(nd) >= 0) {
      if (k == Kind.BOOL) return fromSmall(v == True ? 1 : 0);
      increfCall(v);
      return v;
    }
    // past 10^(2^32) digits every int rounds to zero
    if (!intFitsI64(nd) || intValue(nd) < -0xFFFFFFFF) return fromSmall(0);
    return intRoundDigits(v, <u64>-intValue(nd));
  }
  const x = floatValue(v);
  if (nd == None) {
    let r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) == 0.5) r = 2.0 * Math.round(x / 2.0);
    return intOfFloat(r);
  }
  // CPython rounds through a correctly rounded decimal string
  const digits = intValue(nd);
  if (digits > 300 || x != x || x == Infinity || x == -Infinity) { increfCall(v); return v; }
  if (digits < -308) return newFloat(copysign<f64>(0, x));
  if (digits < 0) return floatRoundTens(x, <u64>-digits);
  const mark = bufLen;
  const p = bufReserve(<u64>formatFloatFixedRoom(x, <i32>digits));
  if (!p) { bufTakeFailure(); raiseMemoryError(); return 0; }
  const len = formatFloatFixed(x, <i32>digits, p);
  const y = parseFloat(p, len);
  bufReset(mark);
  return newFloat(y);
}

function typeCall(args: u32, npos: u32): Value {
  if (npos == 3) {
    // type(name, bases, ns) with a base whose metaclass is derived from type: that metaclass makes it
    const bases = load<u32>(args, 4);
    const meta = kindOfCall(bases) == Kind.TUPLE ? metaclassOf(0, bases) : typeType;
    if (!meta) return 0;
    return meta == typeType ? typeNew(typeType, args) : callValue(meta, 0, args, 3, 0);
  }
  if (npos != 1) { raiseLit(TypeError, "type() takes 1 or 3 arguments"); return 0; }
  const t = typeOf(load<u32>(args));
  increfCall(t);
  return t;
}

function next(args: u32, npos: u32): Value {
  if (!arity("next", npos, 1, 2)) return 0;
  const it = load<u32>(args);
  const k = kindOfCall(it);
  if (k == Kind.CHANNEL) return channelNext(it, npos == 2 ? load<u32>(args, 4) : 0);
  if (k != Kind.SEQ_ITER && k != Kind.RANGE_ITER && k != Kind.DICT_ITER && k != Kind.ZIP && k != Kind.ENUMERATE) {
    raiseTypeMsg("", it, " object is not an iterator");
    return 0;
  }
  const x = iterNext(it);
  if (x || !exhausted) return x;
  if (npos == 2) { const d = load<u32>(args, 4); increfCall(d); return d; }
  raiseWith(StopIteration, 0);
  return 0;
}

import { raiseWith } from "../objects/errors";

function isNumber(v: Value): bool { return isIntLike(v) || kindOfCall(v) == Kind.FLOAT; }

function anyAll(isAll: bool, v: Value): Value {
  const it = getIter(v);
  if (!it) return 0;
  while (true) {
    const x = iterNext(it);
    if (!x) { decrefCall(it); return exhausted ? pyBool(isAll) : 0; }
    const t = truthy(x);
    decrefCall(x);
    if (t < 0) { decrefCall(it); return 0; }
    if ((t == 1) != isAll) { decrefCall(it); return pyBool(!isAll); }
  }
  return 0;
}

function reversed(v: Value): Value {
  const k = kindOfCall(v);
  if (k == Kind.RANGE) return rangeReversed(v);
  if (k != Kind.LIST && k != Kind.TUPLE && k != Kind.STR && k != Kind.BYTES && k != Kind.BYTEARRAY &&
      k != Kind.DICT && k != Kind.DICT_VIEW) {
    raiseTypeMsg("", v, " object is not reversible");
    return 0;
  }
  const l = listOf(v);
  if (!l) return 0;
  const lo = asList(l);
  for (let i: u32 = 0, j = lo.len; i + 1 < j; i++, j--) {
    const a = load<u32>(lo.items + (i << 2));
    store<u32>(lo.items + (i << 2), load<u32>(lo.items + ((j - 1) << 2)));
    store<u32>(lo.items + ((j - 1) << 2), a);
  }
  const it = iterNew(seqIterType, l, 0, 0, 0);
  if (!it) { decrefCall(l); raiseMemoryError(); }
  return it;
}

function baseString(v: Value, base: u32, prefix: Lit): Value {
  if (!isIntLike(v)) { raiseTypeMsg("", v, " object cannot be interpreted as an integer"); return 0; }
  const mark = bufLen;
  if (intSign(v) < 0) bufByte(45);
  bufLit(prefix);
  writeIntDigits(v, base, false);
  return finishText(mark);
}

// Builtins applied to user objects (or generators) whose answer is Python code: the dunder's
// frame is prepared (ENTER). 0 when the builtin handles the arguments itself.
function userProtocol(id: u32, args: u32, npos: u32): Value {
  if (npos == 0) return 0;
  const a0 = load<u32>(args);
  if (id == Core.PRINT) {
    for (let i: u32 = 0; i < npos; i++) {
      const x = load<u32>(args + (i << 2));
      if (!isUserObject(x) && holdsUserObjects(x, 0)) return preludeCall(N.repr_of_, x, hookOf(Hook.RETRY, i));
      let f = userDunder(x, N.str_);
      if (!f) f = userDunder(x, N.repr_);
      // the argument is replaced by its str() and print runs again (the interpreter maps the
      // argument index to its stack slot)
      if (f) return withHook(callPython(f, x, 0, 0), Hook.RETRY, i);
    }
    return 0;
  }
  if (npos != 1 && id != Core.NEXT && id != Core.FORMAT) return 0;
  if (kindOfCall(a0) == Kind.GENERATOR) {
    if (id == Core.NEXT) {
      const r = genNext(a0, 0);
      // with a default, the generator's return gives the default (Hook.NEXTDEF)
      if (npos == 2 && r == ENTER) return withHook(r, Hook.NEXTDEF, 0);
      if (!r && npos == 2 && isSubtype(typeOf(curExc), StopIteration)) {
        decrefCall(takeExc());
        const d = load<u32>(args, 4);
        increfCall(d);
        return d;
      }
      return r ? r : NOT_HANDLED_ERROR;
    }
    if (id == Core.ITER) { increfCall(a0); return a0; }
    return 0;
  }
  if ((id == Core.STR || id == Core.REPR || id == Core.FORMAT) && !isUserObject(a0) && kindOfCall(a0) != Kind.STR && holdsUserObjects(a0, 0)) {
    return preludeCall(N.repr_of_, a0, 0);
  }
  // hash() of a tuple holding objects whose __hash__ is Python code
  if (id == Core.HASH && !isUserObject(a0) && hashIsPython(a0)) return preludeCall(N.key_hash_, a0, 0);
  if (!isUserObject(a0)) return 0;
  let name: Value = 0;
  switch (id) {
    case Core.LEN: {
      const f = userDunder(a0, N.len_);
      return f ? withHook(callPython(f, a0, 0, 0), Hook.LEN, 0) : 0;
    }
    case Core.STR: name = userDunder(a0, N.str_) ? N.str_ : N.repr_; break;
    case Core.REPR: name = N.repr_; break;
    case Core.ITER: name = N.iter_; break;
    case Core.NEXT: {
      const f = userDunder(a0, N.next_);
      if (!f) return 0;
      // with a default, StopIteration out of __next__ gives the default (Hook.NEXTDEF)
      return npos == 2 ? withHook(callPython(f, a0, 0, 0), Hook.NEXTDEF, 0) : callPython(f, a0, 0, 0);
    }
    case Core.HASH: name = N.hash_; break;
    case Core.REVERSED: {
      if (userDunder(a0, N.reversed_)) { name = N.reversed_; break; }
      // the sequence protocol: the prelude's generator indexes from len() - 1 down
      if (userDunder(a0, N.len_) && userDunder(a0, N.getitem_)) return preludeCall(N.reversed_seq_, a0, 0);
      return 0;
    }
    case Core.ABS: name = N.abs_; break;
    case Core.FORMAT: name = userDunder(a0, N.format_) ? N.format_ : N.str_; break;
    case Core.BOOL: {
      let f = userDunder(a0, N.bool_);
      if (!f) f = userDunder(a0, N.len_);
      return f ? withHook(callPython(f, a0, 0, 0), Hook.BOOL, 0) : 0;
    }
    default: return 0;
  }
  const f = userDunder(a0, name);
  if (!f) return 0;
  if (name != N.format_) return callPython(f, a0, 0, 0);
  // format(x) is x.__format__('')
  store<u32>(specArg, npos > 1 ? load<u32>(args, 4) : emptyStr);
  return callPython(f, a0, specArg, 1);
}
const specArg = memory.data(4, 4);

const NOT_HANDLED_ERROR: Value = 0xFFFFFFF0; // an error from the user path (curExc set)

function withHook(r: Value, kind: u32, n: u32): Value {
  if (r == ENTER) setFrameHook(enterFrame, hookOf(kind, n));
  return r;
}

// A builtin's name; a host function is named by its registration (host/calls.ts: (index, name)).
function builtinNameOf(b: Value): Value {
  return asBuiltin(b).id == Host.CALL ? tupleGet(asBuiltin(b).self, 1) : builtinName(asBuiltin(b).id);
}

// repr() of a builtin as CPython writes it (registered with objects/repr.ts): <built-in function
// len>, <built-in method append of list object at 0x…>, <method 'upper' of 'str' objects>.
export function writeBuiltinRepr(v: Value, boundTo: Value): bool {
  const name = builtinNameOf(v);
  if (!name) return false;
  const self = boundTo ? boundTo : asBuiltin(v).self;
  if (self && asBuiltin(v).id != Host.CALL && (isSmall(self) || kindOfCall(self) != Kind.MODULE)) {
    bufLit("<built-in method ");
    writeStrBytes(name);
    bufLit(" of ");
    writeTypeName(typeOf(self));
    bufLit(" object at 0x");
    writeHex(self);
  } else {
    const t = builtinOwner(asBuiltin(v).id);
    if (t) {
      bufLit("<method '");
      writeStrBytes(name);
      bufLit("' of '");
      writeTypeName(t);
      bufLit("' objects");
    } else {
      bufLit("<built-in function ");
      writeStrBytes(name);
    }
  }
  bufLit(">");
  return true;
}

// enumerate(v, start): start an int or 0 (the arguments checked, v iterable by natives).
export function enumerateOf(v: Value, start: Value): Value {
  const it = getIter(v);
  if (!it) return 0;
  // a start past i64 is kept as the int object (iterate.ts enumCount)
  const big = start && !intFitsI64(start);
  const e = iterNew(enumerateType, it, start && !big ? intValue(start) : 0, big ? <i64>start : 0, 0);
  if (!e) { decrefCall(it); raiseMemoryError(); }
  else if (big) increfCall(start);
  return e;
}

export function callCore(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  const npos = positional(n, kw);
  if (id == Core.PRINT) {
    // to an object's write(), before any argument is converted: CPython converts each as it writes
    const r = printElsewhere(args, n, kw);
    if (r) return r;
    if (curExc) return 0;
  }
  if (id == Core.PRINT || id == Core.LEN || id == Core.STR || id == Core.REPR || id == Core.ITER || id == Core.NEXT ||
      id == Core.HASH || id == Core.ABS || id == Core.FORMAT || id == Core.BOOL || id == Core.REVERSED) {
    const u = userProtocol(id, args, npos);
    if (u == NOT_HANDLED_ERROR) return 0;
    if (u) return u;
    if (curExc) return 0;
  }
  if (id == Core.INT && kw) {
    // int(x, base=b)
    if (!onlyKeywords("int", kw, "base")) return 0;
    const b = kwarg(args, n, kw, "base");
    if (npos != 1) { raiseLit(TypeError, "int() missing string argument"); return 0; }
    store<u32>(intArgs, load<u32>(args));
    store<u32>(intArgs, b, 4);
    return toInt(intArgs, 2);
  }
  if (id != Core.PRINT && id != Core.MIN && id != Core.MAX && id != Core.SUM && id != Core.SORTED &&
      id != Core.DICT && id != Core.ENUMERATE && id != Core.EXCEPTION_NEW && !onlyKeywords(coreName(id), kw, "")) return 0;
  const a0 = npos > 0 ? load<u32>(args) : 0;
  switch (id) {
    case Core.PRINT: return print(args, n, kw);
    case Core.LEN: {
      if (!arity("len", npos, 1, 1)) return 0;
      const l = length(a0);
      return l < 0 ? 0 : newInt(l);
    }
    case Core.RANGE: return rangeOf(args, npos);
    case Core.STR: if (!arity("str", npos, 0, 1)) return 0; if (npos == 0) { increfCall(emptyStr); return emptyStr; } return strOf(a0);
    case Core.REPR: if (!arity("repr", npos, 1, 1)) return 0; return reprOf(a0);
    case Core.INT: if (!arity("int", npos, 0, 2)) return 0; return toInt(args, npos);
    case Core.FLOAT: if (!arity("float", npos, 0, 1)) return 0; return toFloat(args, npos);
    case Core.BOOL: {
      if (!arity("bool", npos, 0, 1)) return 0;
      if (npos == 0) return False;
      const t = truthy(a0);
      return t < 0 ? 0 : pyBool(t == 1);
    }
    case Core.ISINSTANCE: if (!arity("isinstance", npos, 2, 2)) return 0; return isinstance(args);
    case Core.ABS: {
      if (!arity("abs", npos, 1, 1)) return 0;
      const k = kindOfCall(a0);
      if (k == Kind.FLOAT) return newFloat(Math.abs(floatValue(a0)));
      if (k == Kind.INT || k == Kind.BOOL) return intAbs(a0);
      raiseTypeMsg("bad operand type for abs(): ", a0, "");
      return 0;
    }
    case Core.MIN: return minmax(false, args, n, kw);
    case Core.MAX: return minmax(true, args, n, kw);
    case Core.SUM: return sum(args, n, kw);
    case Core.SORTED: return sorted(args, n, kw);
    case Core.ENUMERATE: {
      if (!onlyKeywords("enumerate", kw, "start")) return 0;
      if (!arity("enumerate", npos, 1, 2)) return 0;
      let start: Value = npos == 2 ? load<u32>(args, 4) : kwarg(args, n, kw, "start");
      if (start && !isIntLike(start)) { raiseTypeMsg("", start, " object cannot be interpreted as an integer"); return 0; }
      return enumerateOf(a0, start);
    }
    case Core.MAP: case Core.FILTER: return lazyNew(id == Core.MAP, args, npos);
    case Core.ZIP: {
      const its = tupleNew(npos);
      if (!its) { raiseMemoryError(); return 0; }
      for (let i: u32 = 0; i < npos; i++) {
        const it = getIter(load<u32>(args + (i << 2)));
        if (!it) { decrefCall(its); return 0; }
        tupleSet(its, i, it);
      }
      const z = iterNew(zipType, its, 0, 0, 0);
      if (!z) { decrefCall(its); raiseMemoryError(); }
      return z;
    }
    case Core.LIST: {
      if (!arity("list", npos, 0, 1)) return 0;
      if (npos == 0) { const l = listNew(0); if (!l) raiseMemoryError(); return l; }
      return listOf(a0);
    }
    case Core.TUPLE: {
      if (!arity("tuple", npos, 0, 1)) return 0;
      if (npos == 0) { increfCall(emptyTuple); return emptyTuple; }
      return tupleOf(a0);
    }
    case Core.DICT: return dictFrom(args, n, kw);
    case Core.CHR: if (!arity("chr", npos, 1, 1)) return 0; return chr(a0);
    case Core.ORD: if (!arity("ord", npos, 1, 1)) return 0; return ord(a0);
    case Core.TYPE: return typeCall(args, npos);
    case Core.ITER: {
      if (!arity("iter", npos, 1, 2)) return 0;
      if (npos == 2) {
        // iter(callable, sentinel): a prelude generator calls it until the sentinel
        const fn = preludeFunction(N.iter_callable_);
        if (!fn) return 0;
        return callPython(fn, 0, args, 2);
      }
      return getIter(a0);
    }
    case Core.GLOBALS: {
      const f = asTasklet(current).frame;
      const g = asFunc(load<u32>(f, 4)).globals;
      increfCall(g);
      return g;
    }
    case Core.NEXT: return next(args, npos);
    case Core.DIVMOD: if (!arity("divmod", npos, 2, 2)) return 0; return divmodOp(a0, load<u32>(args, 4));
    case Core.ROUND: return round(args, npos);
    case Core.ANY: if (!arity("any", npos, 1, 1)) return 0; return anyAll(false, a0);
    case Core.ALL: if (!arity("all", npos, 1, 1)) return 0; return anyAll(true, a0);
    case Core.HASH: {
      if (!arity("hash", npos, 1, 1)) return 0;
      const k = kindOfCall(a0);
      if (k == Kind.INT || k == Kind.BOOL) return newInt(k == Kind.INT ? intHash(a0) : a0 == True ? 1 : 0);
      if (k == Kind.FLOAT) return newInt(floatHash(a0));
      if (k == Kind.WEAKREF && asRef(a0).pyHash) { increfCall(asRef(a0).pyHash); return asRef(a0).pyHash; }
      const h = hashOf(a0);
      if (hashFailed) { clearHashFailed(); return 0; }
      return newInt(pyHashOf(h));
    }
    case Core.ID: if (!arity("id", npos, 1, 1)) return 0; return newInt(<i64>a0);
    case Core.CALLABLE: {
      if (!arity("callable", npos, 1, 1)) return 0;
      return pyBool(isCallable(a0));
    }
    case Core.REVERSED: if (!arity("reversed", npos, 1, 1)) return 0; return reversed(a0);
    case Core.POW: {
      if (!arity("pow", npos, 2, 3)) return 0;
      if (npos == 3 && load<u32>(args, 8) != None) return powMod(a0, load<u32>(args, 4), load<u32>(args, 8));
      return binaryOp(BinOp.POW, a0, load<u32>(args, 4));
    }
    case Core.FORMAT: {
      if (!arity("format", npos, 1, 2)) return 0;
      const spec = npos == 2 ? load<u32>(args, 4) : emptyStr;
      if (kindOfCall(spec) != Kind.STR) { raiseTypeMsg("format() argument 2 must be str, not ", spec, ""); return 0; }
      const mark = bufLen;
      if (!formatWithSpec(a0, spec)) { bufReset(mark); return 0; }
      return finishText(mark);
    }
    case Core.HEX: if (!arity("hex", npos, 1, 1)) return 0; return baseString(a0, 16, "0x");
    case Core.BIN: if (!arity("bin", npos, 1, 1)) return 0; return baseString(a0, 2, "0b");
    case Core.OCT: if (!arity("oct", npos, 1, 1)) return 0; return baseString(a0, 8, "0o");
    case Core.TYPE_NAME: { const nm = asType(self).name; increfCall(nm); return nm; }
    case Core.EXC_ARGS: { const a = asExc(self).args; increfCall(a); return a; }
    case Core.BUILTIN_NAME: {
      if (n) { raiseLit(AttributeError, "readonly attribute"); return 0; }
      const nm = builtinNameOf(self);
      if (!nm) { raiseLit(AttributeError, "'builtin_function_or_method' object has no attribute '__name__'"); return 0; }
      increfCall(nm);
      return nm;
    }
    case Core.ITER_SELF: case Core.ITER_NEXT: {
      // (self is 0 when the method was taken from the class: there is no iterator to use)
      if (!self) { raiseLit(TypeError, "descriptor requires an iterator object"); return 0; }
      if (!arity(id == Core.ITER_SELF ? "__iter__" : "__next__", npos, 0, 0)) return 0;
      if (id == Core.ITER_SELF) { increfCall(self); return self; }
      const x = iterNext(self);
      if (x || !exhausted) return x;
      raiseWith(StopIteration, 0);
      return 0;
    }
    case Core.FUNC_NAME: case Core.FUNC_QUALNAME: case Core.FUNC_DOC: case Core.FUNC_MODULE: {
      // function attributes: a value set on the function wins over what its code says
      const key = id == Core.FUNC_NAME ? N.name_ : id == Core.FUNC_QUALNAME ? N.qualname_ : id == Core.FUNC_DOC ? N.doc_ : N.module_;
      const fo = asFunc(self);
      if (n == 1) {
        if (!fo.dict) fo.dict = dictNew();
        if (!fo.dict || !dictSet(fo.dict, key, load<u32>(args))) { raiseMemoryError(); return 0; }
        return None;
      }
      const set = fo.dict ? dictGet(fo.dict, key) : 0;
      if (set) { increfCall(set); return set; }
      let v: Value = None;
      if (id == Core.FUNC_NAME) v = asCode(fo.code).name;
      else if (id == Core.FUNC_QUALNAME) v = asCode(fo.code).qualname;
      else if (id == Core.FUNC_MODULE) { const m = dictGet(fo.globals, N.name_); v = m ? m : None; }
      else if (asCode(fo.code).doc) v = asCode(fo.code).doc;
      increfCall(v);
      return v;
    }
    case Core.OBJECT: {
      if (!arity("object", npos, 0, 0)) return 0;
      const o = instNew(objectType);
      if (!o) raiseMemoryError();
      return o;
    }
    case Core.EXPORT: {
      // the prelude publishes its Python builtins (map, filter) under their names
      for (let i: u32 = 0; i < npos; i++) {
        const f = load<u32>(args + (i << 2));
        if (kindOfCall(f) != Kind.FUNCTION) continue;
        if (!dictSet(builtins, asCode(asFunc(f).code).name, f)) { raiseMemoryError(); return 0; }
      }
      return None;
    }
  }
  raiseLit(TypeError, "unknown builtin");
  return 0;
}

function coreName(id: u32): Lit {
  switch (id) {
    case Core.LEN: return "len";
    case Core.RANGE: return "range";
    case Core.STR: return "str";
    case Core.INT: return "int";
    case Core.FLOAT: return "float";
    case Core.REPR: return "repr";
    case Core.ISINSTANCE: return "isinstance";
    case Core.ABS: return "abs";
    case Core.ZIP: return "zip";
    case Core.MAP: return "map";
    case Core.FILTER: return "filter";
    case Core.LIST: return "list";
    case Core.TUPLE: return "tuple";
    case Core.BOOL: return "bool";
    case Core.CHR: return "chr";
    case Core.ORD: return "ord";
    case Core.TYPE: return "type";
    case Core.ITER: return "iter";
    case Core.NEXT: return "next";
    case Core.DIVMOD: return "divmod";
    case Core.ROUND: return "round";
    case Core.ANY: return "any";
    case Core.ALL: return "all";
    case Core.HASH: return "hash";
    case Core.ID: return "id";
    case Core.CALLABLE: return "callable";
    case Core.REVERSED: return "reversed";
    case Core.POW: return "pow";
    case Core.FORMAT: return "format";
    case Core.HEX: return "hex";
    case Core.BIN: return "bin";
    case Core.OCT: return "oct";
  }
  return "builtin";
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function coreArgsReset(): void {
  memory.fill(minmaxArgs, 0, 20);
  memory.fill(specArg, 0, 4);
  memory.fill(intArgs, 0, 8);
}
