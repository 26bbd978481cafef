// TEMPORARY (lead's scaffolding until the codec branch lands): a minimal MessagePack codec for
// None, bool, int (i64), float, str, list/tuple and dict, with the codec branch's interface.
import { Value, Kind, isSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { None, True, False } from "../objects/singletons";
import { bufByte, bufBytes } from "../objects/buf";
import { intFromI64, intFitsI64, intValue, isIntLike } from "../objects/int";
import { floatNew, floatValue } from "../objects/float";
import { asStr, STR_HEADER, strFromBytes } from "../objects/str";
import { tupleLen, tupleGet } from "../objects/tuple";
import { listNew, listAppend, listLen, listGet } from "../objects/list";
import { dictNew, dictSet, dictLen, dictNext, entryAt } from "../objects/dict";
import { incref, decref } from "../memory/refcount";
import { raiseLit, raiseTypeMsg, raiseMemoryError } from "../vm/errors";
import { TypeError, ValueError } from "../objects/exception";

function be(x: u64, bytes: u32): void { for (let i = <i32>bytes - 1; i >= 0; i--) bufByte(<u32>((x >> (<u64>i * 8)) & 0xFF)); }

export function encodeValue(v: Value): bool {
  if (v == None) { bufByte(0xC0); return true; }
  if (v == True) { bufByte(0xC3); return true; }
  if (v == False) { bufByte(0xC2); return true; }
  if (isIntLike(v) && intFitsI64(v)) { bufByte(0xD3); be(<u64>intValue(v), 8); return true; }
  const k = kindOf(v);
  if (k == Kind.FLOAT) { bufByte(0xCB); be(reinterpret<u64>(floatValue(v)), 8); return true; }
  if (k == Kind.STR) { const n = asStr(v).len; bufByte(0xDB); be(n, 4); bufBytes(v + STR_HEADER, n); return true; }
  if (k == Kind.TUPLE || k == Kind.LIST) {
    const n = k == Kind.TUPLE ? tupleLen(v) : listLen(v);
    bufByte(0xDD); be(n, 4);
    for (let i: u32 = 0; i < n; i++) if (!encodeValue(k == Kind.TUPLE ? tupleGet(v, i) : listGet(v, i))) return false;
    return true;
  }
  if (k == Kind.DICT) {
    bufByte(0xDF); be(dictLen(v), 4);
    let e = dictNext(v, 0);
    while (e >= 0) {
      const ep = entryAt(v, <u32>e);
      if (!encodeValue(load<u32>(ep, 4)) || !encodeValue(load<u32>(ep, 8))) return false;
      e = dictNext(v, <u32>e + 1);
    }
    return true;
  }
  raiseTypeMsg("cannot send a '", v, "' object to the host");
  return false;
}

let at: u32 = 0;
let end: u32 = 0;
function rd(n: u32): u64 { let x: u64 = 0; for (let i: u32 = 0; i < n; i++) x = (x << 8) | <u64>load<u8>(at++); return x; }

function one(): Value {
  if (at >= end) { raiseLit(ValueError, "truncated MessagePack value"); return 0; }
  const b = load<u8>(at++);
  if (b <= 0x7F) return intFromI64(<i64>b);
  if (b >= 0xE0) return intFromI64(<i64><i8>b);
  if (b == 0xC0) { incref(None); return None; }
  if (b == 0xC2 || b == 0xC3) return b == 0xC3 ? True : False;
  if (b == 0xD3) return intFromI64(<i64>rd(8));
  if (b == 0xCB) return floatNew(reinterpret<f64>(rd(8)));
  if ((b & 0xE0) == 0xA0 || b == 0xDB) {
    const n = b == 0xDB ? <u32>rd(4) : <u32>(b & 0x1F);
    const s = strFromBytes(at, n); at += n;
    if (!s) raiseMemoryError();
    return s;
  }
  if ((b & 0xF0) == 0x90 || b == 0xDD) {
    const n = b == 0xDD ? <u32>rd(4) : <u32>(b & 0x0F);
    const l = listNew(n);
    for (let i: u32 = 0; i < n; i++) { const x = one(); if (!x) { decref(l); return 0; } listAppend(l, x); }
    return l;
  }
  if ((b & 0xF0) == 0x80 || b == 0xDF) {
    const n = b == 0xDF ? <u32>rd(4) : <u32>(b & 0x0F);
    const d = dictNew();
    for (let i: u32 = 0; i < n; i++) {
      const kk = one(); if (!kk) { decref(d); return 0; }
      const vv = one(); if (!vv) { decref(kk); decref(d); return 0; }
      dictSet(d, kk, vv); decref(kk); decref(vv);
    }
    return d;
  }
  raiseLit(ValueError, "unsupported MessagePack byte");
  return 0;
}

export function decodeValue(ptr: u32, len: u32): Value {
  at = ptr; end = ptr + len;
  const v = one();
  if (v && at != end) { decref(v); raiseLit(ValueError, "trailing bytes after a MessagePack value"); return 0; }
  return v;
}
