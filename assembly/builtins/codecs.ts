// str.encode and bytes.decode for the codecs used in practice: utf-8, ascii, latin-1, with the
// error handlers strict, ignore and replace; errors carry CPython's messages.
import { decodeChar, charLen } from "../objects/unicode";
import { writeEscape } from "../objects/repr";
import { Value, Kind } from "../objects/object";
import { kindOf } from "../objects/type";
import { asStr, STR_HEADER, Lit, litLen, litData } from "../objects/str";
import { bytesFrom, dataOf, lenOf } from "../objects/bytes";
import { bufLen, bufLit, bufByte, bufBytes, bufStrValue, bufStr, bufReset, bufPtr, bufTakeFailure } from "../objects/buf";
import { writeI64 } from "../objects/repr";
import { raiseBuf, raiseLit, raiseMemoryError, raiseTypeMsg } from "../objects/errors";
import { LookupError, UnicodeDecodeError, UnicodeEncodeError, ValueError } from "../objects/exception";

export namespace Codec {
  export const UTF8: i32 = 0;
  export const ASCII: i32 = 1;
  export const LATIN1: i32 = 2;
}
function codecName(codec: i32): Lit {
  return codec == 0 ? "utf-8" : codec == 1 ? "ascii" : "latin-1";
}
// Each codec's names: its own and CPython's aliases of it (encodings/aliases.py), as `spelled`
// compares them, comma-separated.
const UTF8_NAMES: Lit = "utf-8,cp65001,u8,utf,utf8,utf8-ucs2,utf8-ucs4";
const ASCII_NAMES: Lit = "ascii,646,ansi-x3.4-1968,ansi-x3.4-1986,ansi-x3-4-1968,cp367,csascii,ibm367,iso646-us,iso-646.irv-1991,iso-ir-6,us,us-ascii";
const LATIN1_NAMES: Lit = "latin-1,8859,cp819,csisolatin1,ibm819,iso8859,iso8859-1,iso-8859-1,iso-8859-1-1987,iso-ir-100,l1,latin,latin1";
// The error handlers, in their index order.
const HANDLERS: Lit = "strict,ignore,replace,backslashreplace";
const HEX = "0123456789abcdef";

// The index of the name in `names` (comma-separated) that the str v spells, or -1: as spelled
// (error handler names), or normalised as CPython normalises a codec name (_Py_normalize_encoding):
// ASCII letters in lower case, each run of other characters than letters, digits and '.' (any
// non-ASCII character included) one '-', none at either end; so "UTF_8", "utf 8" and "utf8," all
// name utf-8.
function spelled(v: Value, names: Lit, normalised: bool): i32 {
  const end = litLen(names);
  let start: u32 = 0, index = 0;
  for (let j: u32 = 0; j <= end; j++) {
    if (j < end && load<u8>(litData(names) + j) != 44) continue; // ','
    if (spells(v, litData(names) + start, j - start, normalised)) return index;
    start = j + 1;
    index++;
  }
  return -1;
}

function spells(v: Value, name: u32, len: u32, normalised: bool): bool {
  const n = asStr(v).len;
  let k: u32 = 0, gap = false;
  for (let i: u32 = 0; i < n; i++) {
    let c = <u32>load<u8>(v + STR_HEADER + i);
    if (normalised) {
      if (c >= 65 && c <= 90) c += 32;
      else if (!(c >= 97 && c <= 122) && !(c >= 48 && c <= 57) && c != 46) { gap = true; continue; }
      if (gap && k > 0) {
        if (k >= len || load<u8>(name + k) != 45) return false; // '-'
        k++;
      }
      gap = false;
    }
    if (k >= len || c != <u32>load<u8>(name + k)) return false;
    k++;
  }
  return k == len;
}

// A codec name with a NUL in it is refused as CPython refuses it (ValueError, before any lookup).
function hasNul(v: Value): bool {
  for (let i: u32 = 0; i < asStr(v).len; i++) {
    if (!load<u8>(v + STR_HEADER + i)) { raiseLit(ValueError, "embedded null character"); return true; }
  }
  return false;
}

// The codec named by v (0: the default), or -1 with LookupError/TypeError pending.
export function codecOf(v: Value, what: Lit): i32 {
  if (!v) return Codec.UTF8;
  if (kindOf(v) != Kind.STR) { raiseTypeMsg(what, v, ""); return -1; }
  if (hasNul(v)) return -1;
  if (spelled(v, UTF8_NAMES, true) >= 0) return Codec.UTF8;
  if (spelled(v, ASCII_NAMES, true) >= 0) return Codec.ASCII;
  if (spelled(v, LATIN1_NAMES, true) >= 0) return Codec.LATIN1;
  const mark = bufLen;
  bufLit("unknown encoding: ");
  bufStrValue(v);
  raiseBuf(LookupError, mark);
  return -1;
}

// The error handler named by v: its index in HANDLERS, or UNKNOWN (an error when needed).
const UNKNOWN: i32 = 4;
export function handlerOf(v: Value): i32 {
  if (!v || kindOf(v) != Kind.STR) return 0;
  const i = spelled(v, HANDLERS, false);
  return i >= 0 ? i : UNKNOWN;
}

let badHandler: Value = 0;

function unknownHandler(): void {
  const mark = bufLen;
  bufLit("unknown error handler name '");
  bufStrValue(badHandler);
  bufLit("'");
  raiseBuf(LookupError, mark);
}

// Why UTF-8 at p[i) is invalid (errEnd: where the bad sequence ends), or "" if it is valid.
let errEnd: u32 = 0;
function asciiProblem(c: u32): Lit {
  return c >= 0x80 ? "ordinal not in range(128)" : "";
}

function utf8Problem(p: u32, n: u32, i: u32): Lit {
  const c = <u32>load<u8>(p + i);
  let need: u32 = 0, lo: u32 = 0x80, hi: u32 = 0xBF;
  if (c < 0x80) { errEnd = i + 1; return ""; }
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
  else { errEnd = i + 1; return "invalid start byte"; }
  for (let j: u32 = 1; j <= need; j++) {
    if (i + j >= n) { errEnd = n; return "unexpected end of data"; }
    const d = <u32>load<u8>(p + i + j);
    if (d < (j == 1 ? lo : 0x80) || d > (j == 1 ? hi : 0xBF)) { errEnd = i + j; return "invalid continuation byte"; }
  }
  errEnd = i + need + 1;
  return "";
}

// Whether the n bytes at p are valid UTF-8 (the image loader checks the source lines it keeps;
// host/msgpack.ts, a str from the host).
export function utf8Valid(p: u32, n: u32): bool {
  for (let i: u32 = 0; i < n; i = errEnd) if (litLen(utf8Problem(p, n, i))) return false;
  return true;
}

function decodeError(codec: i32, p: u32, start: u32, end: u32, reason: Lit): void {
  const mark = bufLen;
  bufLit("'");
  bufLit(codecName(codec));
  if (end - start == 1) {
    bufLit("' codec can't decode byte 0x");
    const c = <u32>load<u8>(p + start);
    bufByte(<u32>HEX.charCodeAt(c >> 4));
    bufByte(<u32>HEX.charCodeAt(c & 15));
    bufLit(" in position ");
    writeI64(<i64>start);
  } else {
    bufLit("' codec can't decode bytes in position ");
    writeI64(<i64>start);
    bufLit("-");
    writeI64(<i64>end - 1);
  }
  bufLit(": ");
  bufLit(reason);
  raiseBuf(UnicodeDecodeError, mark);
}

// bytes-like b decoded to a str, or 0 with an exception pending.
export function decode(b: Value, codec: i32, handler: Value): Value {
  const p = dataOf(b), n = lenOf(b);
  const mode = handlerOf(handler);
  badHandler = handler;
  const mark = bufLen;
  let i: u32 = 0;
  while (i < n) {
    const c = <u32>load<u8>(p + i);
    let reason: Lit = "";
    let next = i + 1;
    if (codec == Codec.UTF8) { reason = utf8Problem(p, n, i); next = errEnd; }
    else if (codec == Codec.ASCII) reason = asciiProblem(c);
    if (litLen(reason) == 0) {
      if (codec == Codec.LATIN1 && c >= 0x80) { bufByte(0xC0 | (c >> 6)); bufByte(0x80 | (c & 63)); }
      else bufBytes(p + i, next - i);
    } else if (mode == 0 || mode == UNKNOWN) {
      bufReset(mark);
      if (mode == UNKNOWN) unknownHandler(); else decodeError(codec, p, i, next, reason);
      return 0;
    } else if (mode == 2) replacement();
    else if (mode == 3) for (let k = i; k < next; k++) writeEscape(load<u8>(p + k));
    i = next;
  }
  const s = bufStr(mark);
  if (!s) raiseMemoryError();
  return s;
}

// U+FFFD in UTF-8.
function replacement(): void { bufByte(0xEF); bufByte(0xBF); bufByte(0xBD); }

// str s encoded to bytes, or 0 with an exception pending.
export function encode(s: Value, codec: i32, handler: Value): Value {
  const p = s + STR_HEADER, n = asStr(s).len;
  if (codec == Codec.UTF8) {
    const v = bytesFrom(p, n);
    if (!v) raiseMemoryError();
    return v;
  }
  const limit: u32 = codec == Codec.ASCII ? 0x80 : 0x100;
  const mode = handlerOf(handler);
  badHandler = handler;
  const mark = bufLen;
  let i: u32 = 0, chars: i64 = 0;
  while (i < n) {
    const cp = decodeChar(p + i);
    if (cp < limit) { bufByte(cp); i += charLen(load<u8>(p + i)); chars++; continue; }
    // a run of characters the codec cannot encode
    const first = cp, start = chars;
    while (i < n && decodeChar(p + i) >= limit) {
      if (mode == 2) bufByte(63);
      else if (mode == 3) writeEscape(decodeChar(p + i));
      i += charLen(load<u8>(p + i));
      chars++;
    }
    if (mode == 0 || mode == UNKNOWN) {
      bufReset(mark);
      if (mode == UNKNOWN) { unknownHandler(); return 0; }
      const m = bufLen;
      bufLit("'");
      bufLit(codecName(codec));
      if (chars - start == 1) {
        bufLit("' codec can't encode character '");
        writeEscape(first);
        bufLit("' in position ");
        writeI64(start);
      } else {
        bufLit("' codec can't encode characters in position ");
        writeI64(start);
        bufLit("-");
        writeI64(chars - 1);
      }
      bufLit(codec == Codec.ASCII ? ": ordinal not in range(128)" : ": ordinal not in range(256)");
      raiseBuf(UnicodeEncodeError, m);
      return 0;
    }
  }
  const v = bufTakeFailure() ? 0 : bytesFrom(bufPtr + mark, bufLen - mark);
  bufReset(mark);
  if (!v) raiseMemoryError();
  return v;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function codecsReset(): void { badHandler = 0; errEnd = 0; }
