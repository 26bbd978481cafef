// Specs for the object layer with the VM initialised: str, tuple, list, dict, int boxing, and
// reference counting (release of deep structures without recursion on the wasm stack).
// The VM heap is a block taken from the spec framework's own allocator (heap.alloc of the stub
// runtime), so the two never overlap; vmInitAt (assembly/testing.ts) runs vmInit's steps on it.
import { heap as vmHeap, alloc, free } from "../../assembly/memory/heap";
import { roundSize } from "../../assembly/memory/region";
import { GC_HEAD } from "../../assembly/memory/gc";
import { vmInitAt } from "../../assembly/testing";
import { incref, decref } from "../../assembly/memory/refcount";
import { Value, Kind, isSmall, isObj, smallValue, fromSmall, obj, IMMORTAL } from "../../assembly/objects/object";
import { kindOf } from "../../assembly/objects/type";
import {
  strFromBytes, strEq, strHash, strConcat, charStr, asStr, strLen, strData, emptyStr, strCharAt, charOffset,
  strCompare, STR_HEADER, strEqLiteral, litLen,
} from "../../assembly/objects/str";
import { bufLen, bufLit, bufStr } from "../../assembly/objects/buf";
import { tupleNew, tupleFrom, tupleSet, tupleGet, tupleLen, emptyTuple, TUPLE_HEADER } from "../../assembly/objects/tuple";
import {
  listNew, listAppend, listReserve, listLen, listGet, asList, listFromItems, ListObj,
} from "../../assembly/objects/list";
import {
  dictNew, dictSet, dictGet, dictPop, dictLen, dictNext, dictClear, entryAt, entryKey, entryValue, asDict,
  dictCap, dictVersion, dictWatch, classEpoch,
} from "../../assembly/objects/dict";
import { hashOf, keyEq } from "../../assembly/objects/hash";
import { intFromI64, intValue, intFromMag, intBytes, intFitsI64, intSign } from "../../assembly/objects/int";
import { floatNew, floatValue } from "../../assembly/objects/float";
import { True, False, None } from "../../assembly/objects/singletons";

const HEAP_BYTES: u32 = 24 << 20;
let HEAP_BASE: u32 = 0;

// A fresh VM on the same block each time (everything from earlier tests is forgotten).
function init(): void {
  if (!HEAP_BASE) HEAP_BASE = <u32>heap.alloc(HEAP_BYTES);
  const base = (HEAP_BASE + 15) & ~15;
  expect<i32>(vmInitAt(base, HEAP_BASE + HEAP_BYTES, 64 * 1024, 16 * 1024, 64, 64 * 1024, 0)).toBe(0);
}

const IN: usize = memory.data(4096, 16);

/** A VM str with the UTF-8 bytes of s. */
function S(s: string): Value {
  const n = String.UTF8.byteLength(s);
  String.UTF8.encodeUnsafe(changetype<usize>(s), s.length, IN);
  return strFromBytes(<u32>IN, <u32>n);
}

/** The VM str's bytes as an AS string. */
function text(v: Value): string {
  return String.UTF8.decodeUnsafe(<usize>strData(v), <usize>strLen(v));
}

function rc(v: Value): u32 { return obj(v).rc; }

const P40: i64 = 1099511627776;          // 2^40
const P53: i64 = 9007199254740992;       // 2^53

// Allocate from the VM heap until nothing at all is left (every size down to 8 bytes fails).
function exhaustHeap(): void {
  for (let size: u32 = 1 << 20; size >= 8; size >>= 1) {
    while (alloc(size)) {}
  }
  expect<u32>(alloc(8)).toBe(0);
}

describe("str", () => {
  it("strFromBytes copies bytes and counts ASCII chars", () => {
    init();
    const v = S("hello");
    expect<u32>(kindOf(v)).toBe(Kind.STR);
    expect<u32>(strLen(v)).toBe(5);
    expect<u32>(asStr(v).nchars).toBe(5);
    expect<u32>(rc(v)).toBe(1);
    expect<string>(text(v)).toBe("hello");
    store<u8>(IN, 0x58); // the str owns a copy
    expect<string>(text(v)).toBe("hello");
  });
  it("counts code points of non-ASCII text", () => {
    init();
    const a = S("héllo");
    expect<u32>(strLen(a)).toBe(6);
    expect<u32>(asStr(a).nchars).toBe(5);
    const b = S("€");
    expect<u32>(strLen(b)).toBe(3);
    expect<u32>(asStr(b).nchars).toBe(1);
    const c = S("a😀b"); // 4-byte UTF-8
    expect<u32>(strLen(c)).toBe(6);
    expect<u32>(asStr(c).nchars).toBe(3);
    expect<u32>(charOffset(c, 2)).toBe(5);
    expect<bool>(strEq(strCharAt(c, 1), S("😀"))).toBe(true);
    expect<u32>(strCharAt(a, 2)).toBe(charStr(0x6C)); // 'l' after the 2-byte é: the shared str
  });
  it("one-byte ASCII strs are shared; the empty str is shared", () => {
    init();
    const a = S("x");
    const b = S("x");
    expect<u32>(a).toBe(b);
    expect<u32>(a).toBe(charStr(0x78));
    expect<u32>(rc(a)).toBeGreaterThanOrEqual(IMMORTAL);
    const used = vmHeap.used;
    decref(a); decref(b);
    expect<u32>(vmHeap.used).toBe(used); // immortal: never freed
    expect<u32>(strFromBytes(<u32>IN, 0)).toBe(emptyStr);
    expect<u32>(strLen(emptyStr)).toBe(0);
  });
  it("a lone non-ASCII byte is not looked up in the ASCII table", () => {
    init();
    store<u8>(IN, 0xE9);
    const v = strFromBytes(<u32>IN, 1);
    expect<u32>(strLen(v)).toBe(1);
    expect<u8>(load<u8>(strData(v))).toBe(0xE9);
  });
  it("strEq compares contents, not identity", () => {
    init();
    const a = S("spam"), b = S("spam"), c = S("spaM"), d = S("spa");
    expect<bool>(a != b).toBe(true);
    expect<bool>(strEq(a, b)).toBe(true);
    expect<bool>(strEq(a, c)).toBe(false);
    expect<bool>(strEq(a, d)).toBe(false);
    strHash(a); strHash(c); // with cached hashes
    expect<bool>(strEq(a, c)).toBe(false);
    strHash(b);
    expect<bool>(strEq(a, b)).toBe(true);
    expect<i32>(strCompare(d, a)).toBeLessThan(0);
    expect<i32>(strCompare(a, c)).toBeGreaterThan(0);
    expect<i32>(strCompare(a, b)).toBe(0);
  });
  it("strHash is content-based, cached, and never 0", () => {
    init();
    const a = S("hello world"), b = S("hello world"), c = S("hello worle");
    expect<u32>(asStr(a).hash).toBe(0);
    const h = strHash(a);
    expect<u32>(h).not.toBe(0);
    expect<u32>(asStr(a).hash).toBe(h);
    expect<u32>(strHash(b)).toBe(h);
    expect<u32>(strHash(c)).not.toBe(h);
    expect<u32>(strHash(emptyStr)).not.toBe(0);
  });
  it("strConcat joins bytes and adds char counts", () => {
    init();
    const a = S("ab"), b = S("cé");
    const v = strConcat(a, b);
    expect<string>(text(v)).toBe("abcé");
    expect<u32>(strLen(v)).toBe(5);
    expect<u32>(asStr(v).nchars).toBe(4);
    expect<u32>(asStr(v).hash).toBe(0);
    expect<bool>(strEq(v, S("abcé"))).toBe(true);
    expect<u32>(strHash(v)).toBe(strHash(S("abcé")));
    expect<u32>(rc(a)).toBe(1); // operands untouched
    const e = strConcat(emptyStr, emptyStr);
    expect<u32>(strLen(e)).toBe(0);
    expect<bool>(strEq(e, emptyStr)).toBe(true);
  });
  it("freeing a str returns its bytes", () => {
    init();
    const used = vmHeap.used, blocks = vmHeap.blocks;
    const v = S("a longer string with a few bytes");
    expect<u32>(vmHeap.used).toBeGreaterThan(used);
    decref(v);
    expect<u32>(vmHeap.used).toBe(used);
    expect<u32>(vmHeap.blocks).toBe(blocks);
  });
  it("a message stored with dictionary words reads back as written (scripts/utf8-literals.mjs)", () => {
    init();
    expect<u32>(litLen(__litWords)).toBeGreaterThan(0);
    const mark = bufLen;
    // bufLit's literal is a message (its words as one or two bytes); strEqLiteral's is stored as it is
    bufLit("the argument must be an object, not a tasklet: cannot convert the string, too large for the memory budget");
    const s = bufStr(mark);
    expect<bool>(strEqLiteral(s, "the argument must be an object, not a tasklet: cannot convert the string, too large for the memory budget")).toBe(true);
    decref(s);
  });
});

describe("tuple", () => {
  it("tupleNew zero-fills; tupleFrom takes new references", () => {
    init();
    const t = tupleNew(3);
    expect<u32>(tupleLen(t)).toBe(3);
    expect<u32>(tupleGet(t, 0) | tupleGet(t, 1) | tupleGet(t, 2)).toBe(0);
    const src = memory.data(12, 4);
    const s = S("abc");
    const l = listNew(0);
    store<u32>(src, s); store<u32>(src, l, 4); store<u32>(src, fromSmall(7), 8);
    const u = tupleFrom(<u32>src, 3);
    expect<u32>(kindOf(u)).toBe(Kind.TUPLE);
    expect<u32>(tupleGet(u, 0)).toBe(s);
    expect<u32>(tupleGet(u, 1)).toBe(l);
    expect<i32>(smallValue(tupleGet(u, 2))).toBe(7);
    expect<u32>(rc(s)).toBe(2);
    expect<u32>(rc(l)).toBe(2);
    decref(u);
    expect<u32>(rc(s)).toBe(1);
    expect<u32>(rc(l)).toBe(1);
  });
  it("the empty tuple is shared and immortal", () => {
    init();
    expect<u32>(tupleFrom(0, 0)).toBe(emptyTuple);
    expect<u32>(tupleLen(emptyTuple)).toBe(0);
    const used = vmHeap.used;
    decref(emptyTuple);
    expect<u32>(vmHeap.used).toBe(used);
  });
  it("destroying a tuple releases its items and its memory", () => {
    init();
    const used = vmHeap.used;
    const t = tupleNew(4);
    tupleSet(t, 0, S("one"));
    tupleSet(t, 1, floatNew(2.5));
    tupleSet(t, 2, intFromI64(P40));
    tupleSet(t, 3, tupleNew(0)); // a second, non-shared empty tuple
    decref(t);
    expect<u32>(vmHeap.used).toBe(used);
  });
  it("tuples are dict keys by value, numbers compared as numbers", () => {
    init();
    const a = tupleNew(2); tupleSet(a, 0, fromSmall(1)); tupleSet(a, 1, S("x"));
    const b = tupleNew(2); tupleSet(b, 0, floatNew(1.0)); tupleSet(b, 1, S("x"));
    const c = tupleNew(2); tupleSet(c, 0, fromSmall(1)); tupleSet(c, 1, S("y"));
    expect<u32>(hashOf(a)).toBe(hashOf(b));
    expect<bool>(keyEq(a, b)).toBe(true);
    expect<bool>(keyEq(a, c)).toBe(false);
    const d = dictNew();
    dictSet(d, a, fromSmall(10));
    expect<i32>(smallValue(dictGet(d, b))).toBe(10);
    expect<u32>(dictGet(d, c)).toBe(0);
  });
});

describe("list", () => {
  it("append grows capacity by half plus 4 and keeps the items", () => {
    init();
    const l = listNew(0);
    expect<u32>(asList(l).cap).toBe(0);
    expect<u32>(asList(l).items).toBe(0);
    const caps: u32[] = [4, 10, 19, 32, 52, 82, 127];
    let ci = 0;
    let ok = true;
    for (let i: i32 = 0; i < 100; i++) {
      expect<bool>(listAppend(l, fromSmall(i))).toBe(true);
      if (<u32>(i + 1) > caps[ci]) ci++;
      if (asList(l).cap != caps[ci]) ok = false;
    }
    expect<bool>(ok).toBe(true);
    expect<u32>(listLen(l)).toBe(100);
    expect<u32>(asList(l).cap).toBe(127);
    let same = true;
    for (let i: u32 = 0; i < 100; i++) if (smallValue(listGet(l, i)) != <i32>i) same = false;
    expect<bool>(same).toBe(true);
  });
  it("growth frees the old items block", () => {
    init();
    const used = vmHeap.used, blocks = vmHeap.blocks;
    const l = listNew(0);
    for (let i: i32 = 0; i < 1000; i++) listAppend(l, fromSmall(i));
    // the list's header and its collector link, and the items block
    expect<u32>(vmHeap.used).toBe(used + roundSize(offsetof<ListObj>() + GC_HEAD) + roundSize(asList(l).cap * 4));
    expect<u32>(vmHeap.blocks).toBe(blocks + 2);
  });
  it("listNew(cap) reserves exactly; listFromItems copies with references", () => {
    init();
    const l = listNew(7);
    expect<u32>(asList(l).cap).toBe(7);
    expect<u32>(listLen(l)).toBe(0);
    const src = memory.data(8, 4);
    const s = S("item");
    store<u32>(src, s); store<u32>(src, fromSmall(-3), 4);
    const m = listFromItems(<u32>src, 2);
    expect<u32>(listLen(m)).toBe(2);
    expect<u32>(listGet(m, 0)).toBe(s);
    expect<i32>(smallValue(listGet(m, 1))).toBe(-3);
    expect<u32>(rc(s)).toBe(2);
    decref(m);
    expect<u32>(rc(s)).toBe(1);
  });
  it("listReserve on an exhausted heap fails and leaves the list unchanged", () => {
    init();
    const l = listNew(0);
    listAppend(l, fromSmall(1)); listAppend(l, fromSmall(2)); listAppend(l, fromSmall(3));
    const x = floatNew(2.5);
    const spare = alloc(24); // given back below, so a list header fits again
    exhaustHeap();
    const items = asList(l).items, cap = asList(l).cap;
    expect<u32>(cap).toBe(4);
    expect<bool>(listReserve(l, 100)).toBe(false);
    expect<u32>(asList(l).items).toBe(items);
    expect<u32>(asList(l).cap).toBe(cap);
    expect<u32>(listLen(l)).toBe(3);
    expect<bool>(listReserve(l, 4)).toBe(true); // needs no memory
    // appending into spare capacity works; past it, fails and releases the item
    expect<bool>(listAppend(l, fromSmall(4))).toBe(true);
    const used = vmHeap.used;
    expect<bool>(listAppend(l, x)).toBe(false);
    expect<u32>(vmHeap.used).toBe(used - 16); // x was released
    expect<u32>(listLen(l)).toBe(4);
    expect<u32>(asList(l).items).toBe(items);
    let same = true;
    for (let i: u32 = 0; i < 4; i++) if (smallValue(listGet(l, i)) != <i32>(i + 1)) same = false;
    expect<bool>(same).toBe(true);
    // a list whose header fits but whose items do not: no leak
    free(spare, 24);
    const used2 = vmHeap.used, blocks2 = vmHeap.blocks;
    expect<u32>(listNew(100)).toBe(0);
    expect<u32>(vmHeap.used).toBe(used2);
    expect<u32>(vmHeap.blocks).toBe(blocks2);
  });
  it("listReserve of a size whose byte count overflows 32 bits fails", () => {
    init();
    const l = listNew(0);
    listAppend(l, fromSmall(1));
    const items = asList(l).items, cap = asList(l).cap;
    expect<bool>(listReserve(l, 0x40000001)).toBe(false);
    expect<u32>(asList(l).items).toBe(items);
    expect<u32>(asList(l).cap).toBe(cap);
  });
});

describe("dict", () => {
  it("set, get, overwrite, len", () => {
    init();
    const d = dictNew();
    const k = S("key");
    const v1 = S("v1"), v2 = S("v2");
    expect<bool>(dictSet(d, k, v1)).toBe(true);
    expect<u32>(dictLen(d)).toBe(1);
    expect<u32>(dictGet(d, S("key"))).toBe(v1);
    expect<u32>(rc(k)).toBe(2);
    expect<u32>(rc(v1)).toBe(2);
    dictSet(d, S("key"), v2);
    expect<u32>(dictLen(d)).toBe(1);
    expect<u32>(dictGet(d, k)).toBe(v2);
    expect<u32>(rc(v1)).toBe(1); // the old value was released
    expect<u32>(dictGet(d, S("other"))).toBe(0);
  });
  it("keeps insertion order across deletes and resizes", () => {
    init();
    const d = dictNew();
    // expected order, built alongside
    const order: i32[] = [];
    for (let i = 0; i < 100; i++) { dictSet(d, fromSmall(i), fromSmall(i * 2)); order.push(i); }
    for (let i = 0; i < 100; i += 3) {
      const v = dictPop(d, fromSmall(i));
      expect<i32>(smallValue(v)).toBe(i * 2);
      order.splice(order.indexOf(i), 1);
    }
    for (let i = 100; i < 300; i++) { dictSet(d, fromSmall(i), fromSmall(i * 2)); order.push(i); }
    // re-inserting a deleted key puts it at the end; overwriting keeps the position
    dictSet(d, fromSmall(0), fromSmall(0)); order.push(0);
    dictSet(d, fromSmall(1), fromSmall(2));
    for (let i = 100; i < 300; i += 7) { dictPop(d, fromSmall(i)); order.splice(order.indexOf(i), 1); }
    expect<u32>(dictLen(d)).toBe(<u32>order.length);
    let pos: i32 = 0, j = 0, ok = true;
    while ((pos = dictNext(d, <u32>pos)) >= 0) {
      const e = entryAt(d, <u32>pos);
      const k = smallValue(entryKey(e));
      if (j >= order.length || k != order[j] || smallValue(entryValue(e)) != k * 2) ok = false;
      j++; pos++;
    }
    expect<bool>(ok).toBe(true);
    expect<i32>(j).toBe(order.length);
    let found = true;
    for (let i = 0; i < order.length; i++) if (smallValue(dictGet(d, fromSmall(order[i]))) != order[i] * 2) found = false;
    expect<bool>(found).toBe(true);
    expect<u32>(dictGet(d, fromSmall(3))).toBe(0);
  });
  it("a resize compacts deleted entries", () => {
    init();
    const d = dictNew();
    for (let i = 0; i < 8; i++) dictSet(d, fromSmall(i), None);
    for (let i = 0; i < 7; i++) dictPop(d, fromSmall(i));
    expect<u32>(asDict(d).count).toBe(8);
    dictSet(d, fromSmall(100), None); // entries full: resize
    expect<u32>(asDict(d).count).toBe(2);
    expect<u32>(dictCap(d)).toBe(8);
    expect<i32>(dictNext(d, 0)).toBe(0);
    expect<i32>(smallValue(entryKey(entryAt(d, 0)))).toBe(7);
    expect<i32>(smallValue(entryKey(entryAt(d, 1)))).toBe(100);
  });
  it("keys versions: kept by a replaced value, forgotten by an insert, a delete, a clear", () => {
    init();
    const d = dictNew();
    dictSet(d, fromSmall(1), None);
    const v1 = dictVersion(d);
    expect<bool>(v1 != 0).toBe(true);
    expect<u32>(dictVersion(d)).toBe(v1);
    dictSet(d, fromSmall(1), True); // a value replaced in place
    expect<u32>(asDict(d).ver).toBe(v1);
    dictSet(d, fromSmall(2), None);
    expect<u32>(asDict(d).ver).toBe(0);
    const v2 = dictVersion(d);
    expect<bool>(v2 != v1 && v2 != 0).toBe(true); // numbers are never reused
    dictPop(d, fromSmall(2));
    expect<u32>(asDict(d).ver).toBe(0);
    dictVersion(d);
    dictClear(d);
    expect<u32>(asDict(d).ver).toBe(0);
  });
  it("a watched dict moves the class epoch on every change, values included", () => {
    init();
    const d = dictNew();
    dictWatch(d);
    const e0 = classEpoch;
    dictSet(d, fromSmall(1), None);
    const e1 = classEpoch;
    expect<bool>(e1 != e0).toBe(true);
    dictSet(d, fromSmall(1), True);
    expect<bool>(classEpoch != e1).toBe(true);
    const e2 = classEpoch;
    dictSet(dictNew(), fromSmall(1), None); // an unwatched dict: no move
    expect<u32>(classEpoch).toBe(e2);
    dictPop(d, fromSmall(1));
    expect<bool>(classEpoch != e2).toBe(true);
  });
  it("1, 1.0 and True are one key; the first key object is kept", () => {
    init();
    const d = dictNew();
    dictSet(d, fromSmall(1), S("int"));
    expect<bool>(strEq(dictGet(d, floatNew(1.0)), S("int"))).toBe(true);
    expect<bool>(strEq(dictGet(d, True), S("int"))).toBe(true);
    dictSet(d, True, S("bool"));
    dictSet(d, floatNew(1.0), S("float"));
    expect<u32>(dictLen(d)).toBe(1);
    expect<u32>(entryKey(entryAt(d, 0))).toBe(fromSmall(1));
    expect<bool>(strEq(dictGet(d, fromSmall(1)), S("float"))).toBe(true);
    // 0, 0.0, -0.0 and False
    dictSet(d, False, S("zero"));
    expect<bool>(strEq(dictGet(d, fromSmall(0)), S("zero"))).toBe(true);
    expect<bool>(strEq(dictGet(d, floatNew(-0.0)), S("zero"))).toBe(true);
    expect<u32>(dictLen(d)).toBe(2);
    // 1.5 is not 1; "1" is not 1
    expect<u32>(dictGet(d, floatNew(1.5))).toBe(0);
    expect<u32>(dictGet(d, S("1"))).toBe(0);
    // boxed ints and integral floats beyond 31 bits
    dictSet(d, intFromI64(P40), S("big"));
    expect<bool>(strEq(dictGet(d, floatNew(<f64>P40)), S("big"))).toBe(true);
    expect<bool>(strEq(dictGet(d, intFromI64(P40)), S("big"))).toBe(true);
  });
  // Python compares int and float exactly: 2**53 + 1 != 2.0**53 and 2**63 - 1 != 2.0**63.
  it("keyEq: an int and a float are equal only when exactly equal (2**53 + 1 vs 2.0**53)", () => {
    init();
    expect<bool>(keyEq(intFromI64(P53), floatNew(<f64>P53))).toBe(true, "2**53 == 2.0**53");
    expect<bool>(keyEq(intFromI64(P53 + 1), floatNew(<f64>P53))).toBe(false, "2**53 + 1 == 2.0**53");
    expect<bool>(keyEq(floatNew(<f64>P53), intFromI64(P53 + 1))).toBe(false, "2.0**53 == 2**53 + 1");
  });
  it("keyEq: 2**63 - 1 is not 2.0**63", () => {
    init();
    expect<bool>(keyEq(intFromI64(i64.MAX_VALUE), floatNew(9223372036854775808.0))).toBe(false, "2**63 - 1 == 2.0**63");
  });
  it("a dict keyed by 2**63 - 1 does not answer to 2.0**63", () => {
    init();
    const d = dictNew();
    dictSet(d, intFromI64(i64.MAX_VALUE), S("int"));
    expect<u32>(dictGet(d, floatNew(9223372036854775808.0))).toBe(0, "d[2**63 - 1] found by 2.0**63");
  });
  it("float keys outside the int range (1e300, inf, nan) work", () => {
    init();
    const d = dictNew();
    const big = floatNew(1e300), inf = floatNew(Infinity), ninf = floatNew(-Infinity), nan = floatNew(NaN);
    dictSet(d, big, fromSmall(1));
    dictSet(d, inf, fromSmall(2));
    dictSet(d, ninf, fromSmall(3));
    dictSet(d, nan, fromSmall(4));
    expect<i32>(smallValue(dictGet(d, floatNew(1e300)))).toBe(1);
    expect<i32>(smallValue(dictGet(d, floatNew(Infinity)))).toBe(2);
    expect<i32>(smallValue(dictGet(d, floatNew(-Infinity)))).toBe(3);
    expect<i32>(smallValue(dictGet(d, nan))).toBe(4);      // the same nan object: found
    expect<u32>(dictGet(d, floatNew(NaN))).toBe(0);        // another nan: not equal
    expect<u32>(dictLen(d)).toBe(4);
  });
  it("dictPop returns the value reference and releases the key", () => {
    init();
    const d = dictNew();
    const k = S("k"), v = S("value");
    const used = vmHeap.used;
    dictSet(d, k, v);
    decref(k); decref(v); // the dict holds the only references now
    const got = dictPop(d, S("k"));
    expect<u32>(got).toBe(v);
    expect<u32>(rc(v)).toBe(1);
    expect<u32>(dictLen(d)).toBe(0);
    expect<u32>(dictPop(d, S("k"))).toBe(0);
    expect<u32>(dictPop(d, fromSmall(5))).toBe(0);
    // a key given as an equal number pops the stored entry
    dictSet(d, fromSmall(2), v);
    const two = floatNew(2.0);
    expect<u32>(dictPop(d, two)).toBe(v);
    expect<u32>(rc(v)).toBe(2); // ours, and the one the dict handed over
    expect<u32>(dictLen(d)).toBe(0);
    decref(two);
    decref(v); decref(v);
    dictClear(d);
    expect<u32>(vmHeap.used).toBe(used - roundSize(STR_HEADER + 5)); // v is gone, and the dict holds no blocks
  });
  it("holds many keys; destroying it frees everything", () => {
    init();
    const used = vmHeap.used, blocks = vmHeap.blocks;
    const d = dictNew();
    const N = 20000;
    for (let i = 0; i < N; i++) {
      const k = S("key" + i.toString());
      const v = intFromI64(<i64>i << 32);
      dictSet(d, k, v);
      dictSet(d, fromSmall(i), v);
      decref(k); decref(v);
    }
    expect<u32>(dictLen(d)).toBe(2 * N);
    let ok = true;
    for (let i = 0; i < N; i += 7) {
      const k = S("key" + i.toString());
      const v = dictGet(d, k);
      if (!v || intValue(v) != (<i64>i << 32) || dictGet(d, fromSmall(i)) != v) ok = false;
      decref(k);
    }
    expect<bool>(ok).toBe(true);
    for (let i = 0; i < N; i += 2) decref(dictPop(d, fromSmall(i)));
    expect<u32>(dictLen(d)).toBe(N + N / 2);
    decref(d);
    expect<u32>(vmHeap.used).toBe(used);
    expect<u32>(vmHeap.blocks).toBe(blocks);
  });
  it("unhashable keys (list, dict) are refused", () => {
    init();
    const d = dictNew();
    const l = listNew(0);
    expect<bool>(dictSet(d, l, None)).toBe(false);
    expect<u32>(dictLen(d)).toBe(0);
    expect<u32>(dictGet(d, l)).toBe(0);
    expect<u32>(rc(l)).toBe(1);
  });
});

describe("intFromI64", () => {
  it("keeps 31-bit values small and boxes the rest", () => {
    init();
    const hi = intFromI64((1 << 30) - 1);
    expect<bool>(isSmall(hi)).toBe(true);
    expect<i32>(smallValue(hi)).toBe((1 << 30) - 1);
    const lo = intFromI64(-(1 << 30));
    expect<bool>(isSmall(lo)).toBe(true);
    expect<i32>(smallValue(lo)).toBe(-(1 << 30));
    const used = vmHeap.used;
    const b1 = intFromI64(1 << 30);
    expect<bool>(isObj(b1)).toBe(true);
    expect<u32>(kindOf(b1)).toBe(Kind.INT);
    expect<i64>(intValue(b1)).toBe(1 << 30);
    const b2 = intFromI64(-(1 << 30) - 1);
    expect<bool>(isObj(b2)).toBe(true);
    expect<i64>(intValue(b2)).toBe(-(1 << 30) - 1);
    const b3 = intFromI64(i64.MIN_VALUE);
    expect<i64>(intValue(b3)).toBe(i64.MIN_VALUE);
    const b4 = intFromI64(i64.MAX_VALUE);
    expect<i64>(intValue(b4)).toBe(i64.MAX_VALUE);
    // a header and one limb up to 2^32, two limbs (24 bytes with rounding) up to 2^64
    expect<u32>(vmHeap.used).toBe(used + 2 * 16 + 2 * 24);
    decref(b1); decref(b2); decref(b3); decref(b4);
    expect<u32>(vmHeap.used).toBe(used);
  });
  it("boxes ints past 64 bits as sign and limbs, normalized, freed by their size", () => {
    init();
    const used = vmHeap.used;
    const limbs = memory.data<u32>([1, 2, 3, 0]);
    const v = intFromMag(true, limbs, 4); // -(3 * 2^64 + 2 * 2^32 + 1), the zero limb dropped
    expect<u32>(intBytes(v)).toBe(8 + 4 + 3 * 4);
    expect<bool>(intFitsI64(v)).toBe(false);
    expect<i32>(intSign(v)).toBe(-1);
    expect<i64>(intValue(v)).toBe(i64.MIN_VALUE); // saturated
    const w = intFromMag(false, limbs, 1); // fits: a small int again
    expect<bool>(isSmall(w)).toBe(true);
    expect<u32>(vmHeap.used).toBe(used + 24);
    decref(v);
    expect<u32>(vmHeap.used).toBe(used);
  });
  it("small and boxed ints of equal value are equal keys with equal hashes", () => {
    init();
    expect<u32>(hashOf(True)).toBe(hashOf(fromSmall(1)));
    expect<u32>(hashOf(False)).toBe(hashOf(fromSmall(0)));
    expect<u32>(hashOf(floatNew(5.0))).toBe(hashOf(fromSmall(5)));
    expect<u32>(hashOf(intFromI64(P40))).toBe(hashOf(floatNew(<f64>P40)));
    expect<bool>(keyEq(intFromI64(P40), intFromI64(P40))).toBe(true); // two boxes, one value
    expect<i64>(intValue(True)).toBe(1);
    expect<i64>(intValue(False)).toBe(0);
    const d = dictNew();
    dictSet(d, intFromI64((1 << 30) - 1), None);
    expect<u32>(dictGet(d, floatNew(<f64>((1 << 30) - 1)))).toBe(None);
    expect<u32>(dictGet(d, intFromI64(1 << 30))).toBe(0);
  });
});

describe("reference counting", () => {
  it("decref to zero frees; incref keeps alive", () => {
    init();
    const used = vmHeap.used;
    const l = listNew(4);
    incref(l);
    decref(l);
    expect<u32>(rc(l)).toBe(1);
    expect<u32>(vmHeap.used).toBeGreaterThan(used);
    decref(l);
    expect<u32>(vmHeap.used).toBe(used);
    // small ints and NULL are not objects: incref/decref ignore them
    incref(fromSmall(3)); decref(fromSmall(3)); decref(0);
    expect<u32>(vmHeap.used).toBe(used);
  });
  it("releasing a list of 10,000 nested lists returns every byte", () => {
    init();
    const used = vmHeap.used, blocks = vmHeap.blocks;
    const outer = listNew(0);
    for (let i = 0; i < 10000; i++) {
      const inner = listNew(0);
      listAppend(inner, intFromI64(<i64>i << 31));
      listAppend(inner, S("s" + i.toString()));
      const t = tupleNew(2);
      tupleSet(t, 0, floatNew(<f64>i));
      tupleSet(t, 1, listNew(0));
      listAppend(inner, t);
      listAppend(outer, inner);
    }
    expect<u32>(listLen(outer)).toBe(10000);
    expect<u32>(vmHeap.used).toBeGreaterThan(used + 10000 * 100);
    decref(outer);
    expect<u32>(vmHeap.used).toBe(used);
    expect<u32>(vmHeap.blocks).toBe(blocks);
  });
  it("releases a 100,000-deep chain of single-element lists without trapping", () => {
    init();
    const used = vmHeap.used, blocks = vmHeap.blocks;
    let v = listNew(0);
    let ok = true;
    for (let i = 0; i < 100000; i++) {
      const outer = listNew(1);
      if (!outer || !listAppend(outer, v)) ok = false;
      v = outer;
    }
    expect<bool>(ok).toBe(true);
    // walk down: the chain really is 100,000 deep
    let depth = 0;
    let w = v;
    while (listLen(w)) { w = listGet(w, 0); depth++; }
    expect<i32>(depth).toBe(100000);
    decref(v);
    expect<u32>(vmHeap.used).toBe(used);
    expect<u32>(vmHeap.blocks).toBe(blocks);
  });
  it("releases a 100,000-deep chain through tuples, dicts and lists", () => {
    init();
    const used = vmHeap.used, blocks = vmHeap.blocks;
    let v = listNew(0);
    for (let i = 0; i < 100000; i++) {
      const k = i % 3;
      if (k == 0) { const t = tupleNew(1); tupleSet(t, 0, v); v = t; }
      else if (k == 1) { const d = dictNew(); dictSet(d, fromSmall(i), v); decref(v); v = d; }
      else { const l = listNew(1); listAppend(l, v); v = l; }
    }
    decref(v);
    expect<u32>(vmHeap.used).toBe(used);
    expect<u32>(vmHeap.blocks).toBe(blocks);
  });
  it("a shared child outlives the first parent's release", () => {
    init();
    const child = S("shared child");
    const a = listNew(0), b = listNew(0);
    incref(child); listAppend(a, child);
    incref(child); listAppend(b, child);
    decref(child);
    expect<u32>(rc(child)).toBe(2);
    decref(a);
    expect<u32>(rc(child)).toBe(1);
    expect<bool>(strEq(listGet(b, 0), S("shared child"))).toBe(true);
    decref(b);
  });
});
