// Specs for the values crossing the host boundary (assembly/host/msgpack.ts, docs/abi.md
// "Values across the boundary"): exact bytes for every kind and int width, big ints as ext 1,
// round trips, and bad values and bad bytes raising the documented errors without a trap, a
// partial object or a leak.
import { heap as vmHeap } from "../../assembly/memory/heap";
import { vmInitAt } from "../../assembly/testing";
import { incref, decref } from "../../assembly/memory/refcount";
import { Value, Kind, isSmall, smallValue, fromSmall } from "../../assembly/objects/object";
import { kindOf, asType, intType } from "../../assembly/objects/type";
import { strFromBytes, strData, strLen, asStr } from "../../assembly/objects/str";
import { tupleNew, tupleSet, tupleGet, tupleLen } from "../../assembly/objects/tuple";
import { listNew, listAppend, listLen, listGet } from "../../assembly/objects/list";
import { dictNew, dictSet, dictGet, dictLen } from "../../assembly/objects/dict";
import { intFromI64, intFromMag, intValue, intCompare } from "../../assembly/objects/int";
import { floatNew, floatValue } from "../../assembly/objects/float";
import { bytesFrom, byteArrayFrom } from "../../assembly/objects/bytes";
import { setNew } from "../../assembly/objects/set";
import { True, False, None } from "../../assembly/objects/singletons";
import { bufPtr, bufLen, bufReset, bufFailed } from "../../assembly/objects/buf";
import { takeExc, curExc } from "../../assembly/objects/errors";
import { asExc } from "../../assembly/objects/exception";
import { encodeValue, decodeValue } from "../../assembly/host/msgpack";

const HEAP_BYTES: u32 = 8 << 20;
let HEAP_BASE: u32 = 0;

// A fresh VM whose heap is the first `bytes` of one block taken from the spec framework.
function init(bytes: u32 = HEAP_BYTES): void {
  if (!HEAP_BASE) HEAP_BASE = <u32>heap.alloc(HEAP_BYTES);
  const base = (HEAP_BASE + 15) & ~15;
  expect<i32>(vmInitAt(base, base + bytes - 16, 16 * 1024, 8 * 1024, 64, 64 * 1024, 0)).toBe(0);
}

// Input bytes for the decoder: a block of the spec framework's heap, outside the VM's.
const IN_BYTES: u32 = 1 << 20;
let IN: u32 = 0;

const HEX = "0123456789abcdef";

function hexOf(p: u32, n: u32): string {
  let s = "";
  for (let i: u32 = 0; i < n; i++) {
    const b = load<u8>(p + i);
    s += HEX.charAt(b >> 4) + HEX.charAt(b & 15);
  }
  return s;
}

// Writes the bytes of a hex string (spaces allowed) at IN; returns their count.
function put(h: string): u32 {
  if (!IN) IN = <u32>heap.alloc(IN_BYTES);
  let n: u32 = 0;
  for (let i = 0; i < h.length; i++) {
    if (h.charAt(i) == " ") continue;
    store<u8>(IN + n++, <u8>(HEX.indexOf(h.charAt(i)) * 16 + HEX.indexOf(h.charAt(i + 1))));
    i++;
  }
  return n;
}

// "TypeError: message" of the pending exception (taken and released), or "" if none.
function err(): string {
  const e = takeExc();
  if (!e) return "";
  const name = asType(asExc(e).type).name;
  let s = String.UTF8.decodeUnsafe(<usize>strData(name), <usize>strLen(name));
  const args = asExc(e).args;
  if (tupleLen(args)) s += ": " + text(tupleGet(args, 0));
  decref(e);
  return s;
}

// The encoding of v as hex (its first 1,000 bytes), or "!" and the error; the builder is left
// as it was.
function enc(v: Value): string {
  const mark = bufLen;
  const ok = encodeValue(v);
  const s = ok ? hexOf(bufPtr + mark, min(bufLen - mark, 1000)) : "!" + err();
  bufReset(mark);
  expect<bool>(bufFailed).toBe(false);
  if (ok) expect<Value>(curExc).toBe(0);
  return s;
}

function dec(h: string): Value { return decodeValue(IN, put(h)); }

// The error decoding h raises ("" if it decodes).
function decErr(h: string): string {
  const v = dec(h);
  if (v) { decref(v); return ""; }
  return err();
}

// h decodes to a value that encodes back to h (h is the canonical form).
function roundTrip(h: string): Value {
  const v = dec(h);
  expect<bool>(v != 0).toBe(true, h + ": " + (v ? "" : err()));
  expect<string>(enc(v)).toBe(h.replaceAll(" ", ""));
  return v;
}

function text(v: Value): string { return String.UTF8.decodeUnsafe(<usize>strData(v), <usize>strLen(v)); }

function S(s: string): Value {
  const b = String.UTF8.encode(s);
  return strFromBytes(<u32>changetype<usize>(b), <u32>b.byteLength);
}

// ±2^k as a VM int.
const LIMBS: u32 = memory.data(64, 8);
function pow2(k: u32, neg: bool): Value {
  memory.fill(LIMBS, 0, 64);
  store<u32>(LIMBS + ((k >> 5) << 2), 1 << (k & 31));
  return intFromMag(neg, LIMBS, (k >> 5) + 1);
}
// ±(2^64 - 1) and ±(2^63 + 1), from two limbs.
function twoLimbs(lo: u32, hi: u32, neg: bool): Value {
  store<u32>(LIMBS, lo); store<u32>(LIMBS + 4, hi);
  return intFromMag(neg, LIMBS, 2);
}

function zeros(n: i32): string { return "00".repeat(n); }
function repeat(s: string, n: i32): string { return s.repeat(n); }

describe("encoding scalars", () => {
  it("None, bools, floats", () => {
    init();
    expect<string>(enc(None)).toBe("c0");
    expect<string>(enc(True)).toBe("c3");
    expect<string>(enc(False)).toBe("c2");
    expect<string>(enc(floatNew(1.5))).toBe("cb3ff8000000000000");
    expect<string>(enc(floatNew(-0.0))).toBe("cb8000000000000000");
  });
  it("every int width boundary takes the smallest form", () => {
    init();
    const cases: i64[] = [0, 127, 128, 255, 256, 65535, 65536, 1073741823, 1073741824, 4294967295, 4294967296,
      9223372036854775807, -1, -32, -33, -128, -129, -32768, -32769, -1073741824, -1073741825, -2147483648,
      -2147483649, i64.MIN_VALUE];
    const want: string[] = ["00", "7f", "cc80", "ccff", "cd0100", "cdffff", "ce00010000", "ce3fffffff", "ce40000000",
      "ceffffffff", "cf0000000100000000", "cf7fffffffffffffff", "ff", "e0", "d0df", "d080", "d1ff7f", "d18000",
      "d2ffff7fff", "d2c0000000", "d2bfffffff", "d280000000", "d3ffffffff7fffffff", "d38000000000000000"];
    for (let i = 0; i < cases.length; i++) {
      const v = intFromI64(cases[i]);
      expect<string>(enc(v)).toBe(want[i], cases[i].toString());
      const back = dec(want[i]);
      expect<bool>(isSmall(back) || kindOf(back) == Kind.INT).toBe(true);
      expect<i64>(intValue(back)).toBe(cases[i]);
      decref(v); decref(back);
    }
  });
  it("ints past int64: uint64 up to 2^64-1, then ext 1 of minimal two's complement bytes", () => {
    init();
    expect<string>(enc(pow2(63, false))).toBe("cf8000000000000000");
    expect<string>(enc(twoLimbs(0xFFFFFFFF, 0xFFFFFFFF, false))).toBe("cfffffffffffffffff");
    expect<string>(enc(pow2(64, false))).toBe("c70901" + "01" + zeros(8));
    expect<string>(enc(pow2(64, true))).toBe("c70901" + "ff" + zeros(8));
    expect<string>(enc(twoLimbs(1, 0x80000000, true))).toBe("c70901ff7fffffffffffffff"); // -(2^63+1)
    expect<string>(enc(twoLimbs(0xFFFFFFFF, 0xFFFFFFFF, true))).toBe("c70901ff0000000000000001"); // -(2^64-1)
    expect<string>(enc(pow2(71, false))).toBe("c70a01" + "0080" + zeros(8)); // the sign needs a byte
    expect<string>(enc(pow2(71, true))).toBe("c70901" + "80" + zeros(8));    // -2^71 does not
    expect<string>(enc(pow2(120, false))).toBe("d801" + "01" + zeros(15));  // 16 bytes: fixext 16
    expect<string>(enc(pow2(200, false))).toBe("c71a01" + "01" + zeros(25));
    expect<string>(enc(pow2(200, true))).toBe("c71a01" + "ff" + zeros(25));
  });
  it("big ints decode from ext 1 of any length, and back to the same int", () => {
    init();
    const ks: u32[] = [63, 64, 71, 100, 120, 200, 511];
    for (let i = 0; i < ks.length; i++) {
      for (let s = 0; s < 2; s++) {
        const v = pow2(ks[i], s == 1);
        const h = enc(v);
        const back = roundTrip(h);
        expect<i32>(intCompare(back, v)).toBe(0, ks[i].toString());
        decref(v); decref(back);
      }
    }
    // ext 1 holding a value that fits int64 (not minimal, or short) is still that int
    const small: string[] = ["d40105", "d401ff", "c70001", "c7020100ff", "c70901" + "ff" + "ffffffffffffff85", "d50180 00"];
    const want: i64[] = [5, -1, 0, 255, -123, -32768];
    for (let i = 0; i < small.length; i++) {
      const v = dec(small[i]);
      expect<bool>(v != 0).toBe(true, small[i]);
      expect<i64>(intValue(v)).toBe(want[i], small[i]);
      decref(v);
    }
    const u = dec("c70901 00 8000000000000000"); // 2^63 as ext: re-encoded as uint64
    expect<string>(enc(u)).toBe("cf8000000000000000");
  });
  it("str, bytes and bytearray by length", () => {
    init();
    expect<string>(enc(S(""))).toBe("a0");
    expect<string>(enc(S("é"))).toBe("a2c3a9");
    const a31 = repeat("a", 31), a32 = repeat("a", 32), a256 = repeat("a", 256), a65536 = repeat("a", 65536);
    expect<string>(enc(S(a31))).toBe("bf" + repeat("61", 31));
    expect<string>(enc(S(a32))).toBe("d920" + repeat("61", 32));
    expect<string>(enc(S(a256))).toBe("da0100" + repeat("61", 256));
    expect<string>(enc(S(a65536)).slice(0, 12)).toBe("db0001000061");
    expect<string>(enc(bytesFrom(IN, 0))).toBe("c400");
    put("6162ff");
    expect<string>(enc(bytesFrom(IN, 3))).toBe("c4036162ff");
    expect<string>(enc(byteArrayFrom(IN, 3))).toBe("c4036162ff");
    // a str holding a lone surrogate (the VM keeps its 3 bytes) is not UTF-8: it cannot cross
    put("61eda080");
    expect<string>(enc(strFromBytes(IN, 4))).toBe("!ValueError: cannot send a str holding a surrogate to the host");
    const d = dictNew();
    dictSet(d, strFromBytes(IN, 4), None);
    expect<string>(enc(d)).toBe("!ValueError: cannot send a str holding a surrogate to the host");
    put("61f09f9880");
    expect<string>(enc(strFromBytes(IN, 5))).toBe("a561f09f9880");
  });
});

describe("encoding containers", () => {
  it("list and tuple are arrays, dict a map in insertion order", () => {
    init();
    expect<string>(enc(listNew(0))).toBe("90");
    const t = tupleNew(2);
    tupleSet(t, 0, fromSmall(1)); tupleSet(t, 1, S("x"));
    expect<string>(enc(t)).toBe("9201a178");
    const l = listNew(0);
    for (let i = 0; i < 16; i++) listAppend(l, fromSmall(i));
    expect<string>(enc(l)).toBe("dc0010000102030405060708090a0b0c0d0e0f");
    const d = dictNew();
    dictSet(d, S("a"), fromSmall(1));
    dictSet(d, fromSmall(-2), None);
    dictSet(d, True, t); // True is the int 1 as a key
    expect<string>(enc(d)).toBe("83a16101fec0019201a178");
    expect<string>(enc(dictNew())).toBe("80");
    const big = dictNew();
    for (let i = 0; i < 16; i++) dictSet(big, fromSmall(i), None);
    expect<string>(enc(big).slice(0, 10)).toBe("de001000c0");
  });
  it("nested and shared containers (shared is not a cycle)", () => {
    init();
    const inner = listNew(0);
    listAppend(inner, fromSmall(7));
    const outer = listNew(0);
    incref(inner); listAppend(outer, inner);
    incref(inner); listAppend(outer, inner);
    const d = dictNew();
    dictSet(d, S("k"), outer);
    expect<string>(enc(d)).toBe("81a16b92910791 07".replaceAll(" ", ""));
    roundTrip("81a16b9291079107");
  });
  it("a cycle is a TypeError naming the type", () => {
    init();
    const l = listNew(0);
    incref(l); listAppend(l, l);
    expect<string>(enc(l)).toBe("!TypeError: cannot send a recursive 'list' to the host");
    const d = dictNew();
    const m = listNew(0);
    listAppend(m, fromSmall(1));
    incref(d); listAppend(m, d);
    dictSet(d, S("m"), m);
    expect<string>(enc(d)).toBe("!TypeError: cannot send a recursive 'dict' to the host");
    expect<string>(enc(m)).toBe("!TypeError: cannot send a recursive 'list' to the host");
  });
  it("nesting past 100 is a TypeError; 100 is fine", () => {
    init();
    for (let depth = 100; depth <= 101; depth++) {
      let v = fromSmall(1);
      for (let i = 0; i < depth; i++) { const l = listNew(0); listAppend(l, v); v = l; }
      const h = enc(v);
      if (depth == 100) {
        expect<string>(h).toBe(repeat("91", 100) + "01");
        decref(roundTrip(h));
      } else expect<string>(h).toBe("!TypeError: cannot send a 'list' nested more than 100 deep to the host");
      decref(v);
    }
    // an empty container is a level too
    let e = dictNew();
    for (let i = 0; i < 100; i++) { const l = listNew(0); listAppend(l, e); e = l; }
    expect<string>(enc(e)).toBe("!TypeError: cannot send a 'dict' nested more than 100 deep to the host");
  });
  it("a value that cannot cross is a TypeError naming its type, also inside a container", () => {
    init();
    expect<string>(enc(setNew())).toBe("!TypeError: cannot send a 'set' object to the host");
    expect<string>(enc(intType)).toBe("!TypeError: cannot send a 'type' object to the host");
    const l = listNew(0);
    listAppend(l, S("a"));
    listAppend(l, setNew());
    expect<string>(enc(l)).toBe("!TypeError: cannot send a 'set' object to the host");
    const d = dictNew();
    dictSet(d, floatNew(1.5), fromSmall(1));
    expect<string>(enc(d)).toBe("!TypeError: cannot send a dict key of type 'float' to the host");
    const e = dictNew();
    dictSet(e, None, fromSmall(1));
    expect<string>(enc(e)).toBe("!TypeError: cannot send a dict key of type 'NoneType' to the host");
  });
  it("a value bigger than the budget is a MemoryError, and the VM goes on", () => {
    init(512 * 1024);
    const s = S(repeat("x", 10000));
    const l = listNew(0);
    for (let i = 0; i < 100; i++) { incref(s); listAppend(l, s); }
    expect<string>(enc(l)).toBe("!MemoryError");
    expect<string>(enc(S("ok"))).toBe("a26f6b");
    decref(l);
    expect<string>(enc(listNew(0))).toBe("90");
  });
});

describe("decoding", () => {
  it("scalars, float 32, and arrays as lists, maps as dicts", () => {
    init();
    expect<Value>(dec("c0")).toBe(None);
    expect<Value>(dec("c3")).toBe(True);
    expect<Value>(dec("c2")).toBe(False);
    const f = dec("ca3fc00000");
    expect<u32>(kindOf(f)).toBe(Kind.FLOAT);
    expect<f64>(floatValue(f)).toBe(1.5);
    expect<f64>(floatValue(dec("cb3ff8000000000000"))).toBe(1.5);
    const s = dec("a2c3a9");
    expect<string>(text(s)).toBe("é");
    expect<u32>(asStr(s).nchars).toBe(1);
    expect<string>(text(dec("d903616263"))).toBe("abc"); // a longer form than needed is accepted
    const b = dec("c4026162");
    expect<u32>(kindOf(b)).toBe(Kind.BYTES);
    expect<u32>(kindOf(dec("c50002 6162"))).toBe(Kind.BYTES);
    const a = dec("920102");
    expect<u32>(kindOf(a)).toBe(Kind.LIST);
    expect<u32>(listLen(a)).toBe(2);
    expect<i32>(smallValue(listGet(a, 1))).toBe(2);
    const m = dec("82a16101 02 a162");
    expect<u32>(kindOf(m)).toBe(Kind.DICT);
    expect<u32>(dictLen(m)).toBe(2);
    expect<i32>(smallValue(dictGet(m, S("a")))).toBe(1);
    expect<string>(text(dictGet(m, fromSmall(2)))).toBe("b");
    const dup = dec("82 01 a178 01 a179"); // a repeated key: the last value wins, as in a dict display
    expect<u32>(dictLen(dup)).toBe(1);
    expect<string>(text(dictGet(dup, fromSmall(1)))).toBe("y");
    roundTrip("dc0010" + "00010203040506070809 0a0b0c0d0e0f");
    roundTrip("92 81a161 92c3c2 90");
  });
  it("truncated at every byte offset: ValueError, never a partial value or a leak", () => {
    init();
    const h = "84 a161 92 01 cb3ff8000000000000 01 c70901ff0000000000000001 a3627978 81 a17a c4026162 d38000000000000000 c0".replaceAll(" ", "");
    const n = put(h);
    const v = decodeValue(IN, n);
    expect<bool>(v != 0).toBe(true, err());
    decref(v);
    const used = vmHeap.used;
    for (let k: u32 = 0; k < n; k++) {
      expect<Value>(decodeValue(IN, k)).toBe(0);
      expect<string>(err()).toBe("ValueError: truncated MessagePack value", k.toString());
      expect<u32>(vmHeap.used).toBe(used, k.toString());
    }
  });
  it("malformed bytes raise clear ValueErrors", () => {
    init();
    expect<string>(decErr("")).toBe("ValueError: truncated MessagePack value");
    expect<string>(decErr("0102")).toBe("ValueError: trailing bytes after a MessagePack value");
    expect<string>(decErr("9101 02")).toBe("ValueError: trailing bytes after a MessagePack value");
    expect<string>(decErr("c1")).toBe("ValueError: invalid MessagePack byte 0xc1");
    expect<string>(decErr("a2c328")).toBe("ValueError: MessagePack str is not valid UTF-8");
    expect<string>(decErr("a3eda080")).toBe("ValueError: MessagePack str is not valid UTF-8"); // a surrogate
    expect<string>(decErr("a1ff")).toBe("ValueError: MessagePack str is not valid UTF-8");
    expect<string>(decErr("d40200")).toBe("ValueError: unsupported MessagePack ext type 2");
    expect<string>(decErr("d6ff00000000")).toBe("ValueError: unsupported MessagePack ext type -1");
    expect<string>(decErr("c70a7f")).toBe("ValueError: truncated MessagePack value");
    expect<string>(decErr("81 cb3ff8000000000000 01")).toBe("ValueError: MessagePack map key must be str or int, not 'float'");
    expect<string>(decErr("81 c0 01")).toBe("ValueError: MessagePack map key must be str or int, not 'NoneType'");
    expect<string>(decErr("81 c3 01")).toBe("ValueError: MessagePack map key must be str or int, not 'bool'");
    expect<string>(decErr("92 81 9101 01 02")).toBe("ValueError: MessagePack map key must be str or int, not 'list'");
    expect<string>(decErr("91 81 81a16101 01")).toBe("ValueError: MessagePack map key must be str or int, not 'dict'");
  });
  it("huge length headers fail before allocating", () => {
    init();
    const used = vmHeap.used;
    const heads: string[] = ["dd80000000 01", "ddffffffff", "df80000000 0101", "dbffffffff 61", "c6ffffffff 00",
      "c9ffffffff01 00", "dc ffff", "de 0002 01"];
    for (let i = 0; i < heads.length; i++) {
      expect<string>(decErr(heads[i])).toBe("ValueError: truncated MessagePack value", heads[i]);
      expect<u32>(vmHeap.used).toBe(used, heads[i]);
    }
  });
  it("nesting past 100 is a ValueError; 100 is fine; nothing leaks", () => {
    init();
    enc(None); // the text builder's first block, kept
    const used = vmHeap.used;
    decref(roundTrip(repeat("91", 100) + "c0"));
    expect<u32>(vmHeap.used).toBe(used);
    expect<string>(decErr(repeat("91", 101) + "c0")).toBe("ValueError: MessagePack value nested more than 100 deep");
    expect<string>(decErr(repeat("81a0", 101) + "c0")).toBe("ValueError: MessagePack value nested more than 100 deep");
    expect<u32>(vmHeap.used).toBe(used);
    // an empty container is a level too
    decref(roundTrip(repeat("91", 99) + "90"));
    expect<string>(decErr(repeat("91", 100) + "90")).toBe("ValueError: MessagePack value nested more than 100 deep");
    expect<string>(decErr(repeat("91", 100) + "80")).toBe("ValueError: MessagePack value nested more than 100 deep");
    expect<u32>(vmHeap.used).toBe(used);
  });
  it("out of memory while building is a MemoryError; everything built is freed; the VM goes on", () => {
    init(512 * 1024);
    const used = vmHeap.used;
    // an array of 60,000 two-char strs (180 KB of input; a str object is larger than its bytes)
    const n = put("dd0000ea60");
    for (let i: u32 = 0; i < 60000; i++) { store<u8>(IN + n + i * 3, 0xA2); store<u8>(IN + n + i * 3 + 1, 0x61 + (i % 26)); store<u8>(IN + n + i * 3 + 2, 0x62); }
    expect<Value>(decodeValue(IN, n + 180000)).toBe(0);
    expect<string>(err()).toBe("MemoryError");
    expect<u32>(vmHeap.used).toBe(used);
    // a bin bigger than the heap
    put("c60008 0000");
    expect<Value>(decodeValue(IN, 5 + 0x80000)).toBe(0);
    expect<string>(err()).toBe("MemoryError");
    expect<u32>(vmHeap.used).toBe(used);
    const v = dec("92a26f6b01");
    expect<u32>(listLen(v)).toBe(2);
  });
});
