// repr() and str() of builtin objects, written into the text buffer.
import { asRef } from "./weakref";
import { UP, hasProp, charLen, decodeChar } from "./unicode";
import { Value, Kind, isSmall, smallValue, fromSmall } from "./object";
import { kindOf, typeOf, asType, isSubtype, generatorType } from "./type";
import { genCode } from "./generator";
import { STR_HEADER, asStr, Lit } from "./str";
import { writeInt } from "./intstr";
import { floatValue } from "./float";
import { tupleLen, tupleGet } from "./tuple";
import { listLen, listGet } from "./list";
import { asDict, entryAt, dictNext, dictGet } from "./dict";
import { N } from "./names";
import { strEq } from "./str";
import { asRange } from "./range";
import { asIter, DictMode } from "./iter";
import { dataOf, lenOf } from "./bytes";
import { asExc, KeyError } from "./exception";
import { asCode, asFunc } from "./function";
import { asModule } from "./module";
import { asPair } from "./instance";
import { True, None } from "./singletons";
import { bufReserve, bufByte, bufBytes, bufStrValue, bufLit, bufTrim } from "./buf";
import { formatInt, formatFloatRepr, formatIntBase } from "./numfmt";
import { nestEnter, nestLeave } from "./nesting";

// Nesting guard: repr of a deeply nested structure stops (objects/nesting.ts) instead of
// exhausting the wasm stack.
export let reprTooDeep: bool = false;
let depth: i32 = 0;
// The values being written, outermost first: the first CYCLE_DEPTH of them, a static block whose
// bytes count against the minimum budget. A container inside itself below that depth is not
// written `[...]`: its repr reaches the nesting bound and is a RecursionError.
const CYCLE_DEPTH: i32 = 200;
const reprStack = memory.data(CYCLE_DEPTH * 4, 4);

export function writeI64(i: i64): void {
  const p = bufReserve(24);
  if (!p) return;
  bufTrim(24 - formatInt(i, p));
}

export function writeF64(x: f64): void {
  const p = bufReserve(32);
  if (!p) return;
  bufTrim(32 - formatFloatRepr(x, p));
}

export function writeHex(x: u32): void {
  const p = bufReserve(16);
  if (!p) return;
  bufTrim(16 - formatIntBase(<i64>x, 16, false, p));
}

// A quoted literal of n bytes at p, quoted as CPython does; `high`: escape bytes >= 0x80 too (bytes).
function writeQuoted(p: u32, n: u32, high: bool): void {
  let hasSingle = false, hasDouble = false;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + i);
    if (c == 0x27) hasSingle = true;
    else if (c == 0x22) hasDouble = true;
  }
  const q: u32 = hasSingle && !hasDouble ? 0x22 : 0x27;
  bufByte(q);
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == q || c == 0x5C) { bufByte(0x5C); bufByte(c); }
    else if (c == 0x0A) bufLit("\\n");
    else if (c == 0x0D) bufLit("\\r");
    else if (c == 0x09) bufLit("\\t");
    else if (c < 0x20 || c == 0x7F || (high && c > 0x7F)) writeEscape(c);
    else if (c >= 0x80) {
      // non-ASCII text: printable characters as they are, the rest escaped, as CPython's repr
      const len = charLen(c);
      const cp = decodeChar(p + i);
      if (hasProp(cp, UP.PRINTABLE)) bufBytes(p + i, len); else writeEscape(cp);
      i += len - 1;
    } else bufByte(c);
  }
  bufByte(q);
}

// \xNN, \uNNNN or \UNNNNNNNN: the shortest of CPython's escapes that holds the code point.
export function writeEscape(cp: u32): void {
  const digits: u32 = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
  bufByte(0x5C);
  bufByte(digits == 2 ? 0x78 : digits == 4 ? 0x75 : 0x55);
  const h = "0123456789abcdef";
  for (let k = <i32>digits - 1; k >= 0; k--) bufByte(<u32>h.charCodeAt((cp >> (<u32>k << 2)) & 15));
}

function writeBytesRepr(v: Value): void {
  const ba = kindOf(v) == Kind.BYTEARRAY;
  if (ba) bufLit("bytearray(");
  bufByte(0x62); // b
  writeQuoted(dataOf(v), lenOf(v), true);
  if (ba) bufLit(")");
}

export function writeStrBytes(v: Value): void {
  bufStrValue(v);
}

function writeSeq(v: Value, open: Lit, close: Lit, isList: bool): void {
  bufLit(open);
  const n = isList ? listLen(v) : tupleLen(v);
  for (let i: u32 = 0; i < n; i++) {
    if (i) bufLit(", ");
    writeRepr(isList ? listGet(v, i) : tupleGet(v, i));
  }
  if (!isList && n == 1) bufLit(",");
  bufLit(close);
}

export function writeTypeName(t: Value): void {
  writeStrBytes(asType(t).name);
}

// A user class as CPython names it in reprs: `module.Qualname` (its `__module__` and
// `__qualname__`, which the class body sets; no module for builtins). Builtin types: the name.
export function writeClassPath(t: Value): void {
  const d = asType(t).mro ? asType(t).dict : 0;
  if (!d) { writeTypeName(t); return; }
  const m = dictGet(d, N.module_);
  if (m && kindOf(m) == Kind.STR && !strEq(m, N.builtins_)) { writeStrBytes(m); bufByte(46); }
  const q = dictGet(d, N.qualname_);
  writeStrBytes(q && kindOf(q) == Kind.STR ? q : asType(t).name);
}

export function writeRepr(v: Value): void {
  if (isSmall(v)) { writeI64(<i64>smallValue(v)); return; }
  if (!nestEnter()) { reprTooDeep = true; return; }
  depth++;
  const k = kindOf(v);
  if (k == Kind.LIST || k == Kind.DICT || k == Kind.TUPLE) {
    // a container inside itself is written `[...]` (CPython's Py_ReprEnter)
    const recorded = min(depth - 1, CYCLE_DEPTH);
    for (let i: i32 = 0; i < recorded; i++) {
      if (load<u32>(reprStack + (<u32>i << 2)) == v) {
        bufLit(k == Kind.LIST ? "[...]" : k == Kind.DICT ? "{...}" : "(...)");
        depth--;
        nestLeave();
        return;
      }
    }
  }
  if (depth <= CYCLE_DEPTH) store<u32>(reprStack + (<u32>(depth - 1) << 2), v);
  switch (k) {
    case Kind.NONE: bufLit("None"); break;
    case Kind.BOOL: bufLit(v == True ? "True" : "False"); break;
    case Kind.INT: writeInt(v); break;
    case Kind.FLOAT: writeF64(floatValue(v)); break;
    case Kind.STR: writeQuoted(v + STR_HEADER, asStr(v).len, false); break;
    case Kind.BYTES: case Kind.BYTEARRAY: writeBytesRepr(v); break;
    case Kind.TUPLE: writeSeq(v, "(", ")", false); break;
    case Kind.LIST: writeSeq(v, "[", "]", true); break;
    case Kind.DICT: {
      bufLit("{");
      let i = dictNext(v, 0);
      let first = true;
      while (i >= 0) {
        if (!first) bufLit(", ");
        first = false;
        const e = entryAt(v, <u32>i);
        writeRepr(load<u32>(e, 4));
        bufLit(": ");
        writeRepr(load<u32>(e, 8));
        i = dictNext(v, <u32>i + 1);
      }
      bufLit("}");
      break;
    }
    case Kind.DICT_VIEW: {
      // dict_keys([...]), dict_values([...]), dict_items([(k, v), ...])
      writeTypeName(typeOf(v));
      bufLit("([");
      const d = asIter(v).a, mode = asIter(v).c;
      let i = dictNext(d, 0);
      for (let first = true; i >= 0; first = false) {
        if (!first) bufLit(", ");
        const e = entryAt(d, <u32>i);
        if (mode == DictMode.ITEMS) bufLit("(");
        if (mode != DictMode.VALUES) writeRepr(load<u32>(e, 4));
        if (mode == DictMode.ITEMS) bufLit(", ");
        if (mode != DictMode.KEYS) writeRepr(load<u32>(e, 8));
        if (mode == DictMode.ITEMS) bufLit(")");
        i = dictNext(d, <u32>i + 1);
      }
      bufLit("])");
      break;
    }
    case Kind.SET: case Kind.FROZENSET: {
      const frozen = k == Kind.FROZENSET;
      let i = dictNext(v, 0);
      if (i < 0) { bufLit(frozen ? "frozenset()" : "set()"); break; }
      bufLit(frozen ? "frozenset({" : "{");
      let first = true;
      while (i >= 0) {
        if (!first) bufLit(", ");
        first = false;
        writeRepr(load<u32>(entryAt(v, <u32>i), 4));
        i = dictNext(v, <u32>i + 1);
      }
      bufLit(frozen ? "})" : "}");
      break;
    }
    case Kind.RANGE: {
      const r = asRange(v);
      bufLit("range(");
      if (r.given) { // its arguments, beyond 64 bits
        writeRepr(tupleGet(r.given, 0));
        bufLit(", ");
        writeRepr(tupleGet(r.given, 1));
        const step = tupleGet(r.given, 2);
        if (step != fromSmall(1)) { bufLit(", "); writeRepr(step); }
      } else {
        writeI64(r.start);
        bufLit(", ");
        writeI64(r.stop);
        if (r.step != 1) { bufLit(", "); writeI64(r.step); }
      }
      bufLit(")");
      break;
    }
    case Kind.EXCEPTION: {
      writeTypeName(typeOf(v));
      const args = asExc(v).args;
      if (tupleLen(args) == 1) { bufLit("("); writeRepr(tupleGet(args, 0)); bufLit(")"); }
      else writeRepr(args);
      break;
    }
    case Kind.TYPE: {
      bufLit("<class '");
      writeClassPath(v);
      bufLit("'>");
      break;
    }
    case Kind.FUNCTION: {
      bufLit("<function ");
      writeStrBytes(asCode(asFunc(v).code).qualname);
      bufLit(" at 0x");
      writeHex(v);
      bufLit(">");
      break;
    }
    case Kind.MODULE: {
      bufLit("<module '");
      writeStrBytes(asModule(v).name);
      bufLit("'>");
      break;
    }
    case Kind.ELLIPSIS: bufLit("Ellipsis"); break;
    case Kind.GENERATOR: {
      if (typeOf(v) != generatorType) { writeObjectAt(v); break; } // map, filter
      bufLit("<generator object ");
      writeStrBytes(asCode(genCode(v)).qualname);
      bufLit(" at 0x");
      writeHex(v);
      bufLit(">");
      break;
    }
    case Kind.WEAKREF: {
      const x = asRef(v).referent;
      bufLit("<weakref at 0x");
      writeHex(v);
      if (x) {
        bufLit("; to '");
        writeTypeName(typeOf(x));
        bufLit("' at 0x");
        writeHex(x);
        bufLit(">");
      } else bufLit("; dead>");
      break;
    }
    case Kind.BUILTIN: if (!builtinRepr(v, 0)) writeObjectAt(v); break;
    case Kind.METHOD: {
      // a bound method (an object with a Python __repr__ in it is written by the prelude's repr_of)
      const f = asPair(v).a, self = asPair(v).b;
      if (!isSmall(f) && kindOf(f) == Kind.FUNCTION) {
        bufLit("<bound method ");
        writeStrBytes(asCode(asFunc(f).code).qualname);
        bufLit(" of ");
        writeRepr(self);
        bufLit(">");
      } else if (isSmall(f) || kindOf(f) != Kind.BUILTIN || !builtinRepr(f, self)) writeObjectAt(v);
      break;
    }
    default: writeObjectAt(v);
  }
  depth--;
  nestLeave();
}

// A builtin's repr needs its name, which only builtins/ can find: registered there at init (until
// then, and for a builtin it cannot name, the generic form). `self`: the object a bound method
// binds it to (else its own).
function noBuiltinRepr(v: Value, self: Value): bool { return false; }
let builtinRepr: (v: Value, self: Value) => bool = noBuiltinRepr;
export function registerBuiltinRepr(write: (v: Value, self: Value) => bool): void { builtinRepr = write; }

function writeObjectAt(v: Value): void {
  bufLit("<");
  writeClassPath(typeOf(v));
  bufLit(" object at 0x");
  writeHex(v);
  bufLit(">");
}

export function writeStr(v: Value): void {
  if (isSmall(v)) { writeI64(<i64>smallValue(v)); return; }
  const k = kindOf(v);
  if (k == Kind.STR) { writeStrBytes(v); return; }
  if (k == Kind.EXCEPTION) {
    const args = asExc(v).args;
    const n = tupleLen(args);
    if (n == 1) {
      // KeyError shows its key's repr, so that a missing '' key is visible
      if (isSubtype(typeOf(v), KeyError)) writeRepr(tupleGet(args, 0));
      else writeStr(tupleGet(args, 0));
    }
    else if (n > 1) writeRepr(args);
    return;
  }
  writeRepr(v);
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function reprReset(): void {
  builtinRepr = noBuiltinRepr;
  depth = 0;
  reprTooDeep = false;
  memory.fill(reprStack, 0, CYCLE_DEPTH * 4);
}
