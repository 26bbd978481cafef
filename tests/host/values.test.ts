// The host's side of values crossing the boundary (host/runtime/values.ts): every mapping both
// ways, and the bytes of a set of values checked against hand-written MessagePack — the same
// bytes tests/assembly/msgpack.spec.ts expects from the VM and tests/host/values-wasmtime
// expects from the Python bindings, so the three sides agree on int widths and ext 1.
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { encodeValue, decodeValue } from "../../host/runtime/values";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const bytes = (h: string) => new Uint8Array(Buffer.from(h.replace(/ /g, ""), "hex"));
const zeros = (n: number) => "00".repeat(n);

// [value, its canonical bytes, what those bytes decode to when it is not the value itself]
export const CASES: [unknown, string, unknown?][] = [
  [null, "c0"],
  [undefined, "c0", null],
  [true, "c3"],
  [false, "c2"],
  [1.5, "cb3ff8000000000000"],
  [-1.5e300, "cbfe41eb2d66005835"],
  [1.0, "01", 1],
  [-0, "00", 0],
  [Number.NaN, "cb7ff8000000000000"],
  [Infinity, "cb7ff0000000000000"],
  [2 ** 53, "cb4340000000000000"], // not a safe integer: a float
  // every int width boundary, as numbers
  [0, "00"], [127, "7f"], [128, "cc80"], [255, "ccff"], [256, "cd0100"], [65535, "cdffff"],
  [65536, "ce00010000"], [2 ** 30, "ce40000000"], [2 ** 32 - 1, "ceffffffff"],
  [2 ** 32, "cf0000000100000000"], [Number.MAX_SAFE_INTEGER, "cf001fffffffffffff"],
  [-1, "ff"], [-32, "e0"], [-33, "d0df"], [-128, "d080"], [-129, "d1ff7f"], [-32768, "d18000"],
  [-32769, "d2ffff7fff"], [-(2 ** 31), "d280000000"], [-(2 ** 31) - 1, "d3ffffffff7fffffff"],
  [Number.MIN_SAFE_INTEGER, "d3ffe0000000000001"],
  // bigints: the same forms by value, ext 1 outside int64/uint64
  [5n, "05", 5], [-(2n ** 31n), "d280000000", -(2 ** 31)], [2n ** 53n, "cf0020000000000000"],
  [2n ** 63n - 1n, "cf7fffffffffffffff"], [2n ** 63n, "cf8000000000000000"], [2n ** 64n - 1n, "cfffffffffffffffff"],
  [-(2n ** 63n), "d38000000000000000"],
  [2n ** 64n, "c70901" + "01" + zeros(8)],
  [-(2n ** 64n), "c70901" + "ff" + zeros(8)],
  [-(2n ** 63n) - 1n, "c70901ff7fffffffffffffff"],
  [-(2n ** 64n) + 1n, "c70901ff0000000000000001"],
  [2n ** 71n, "c70a01" + "0080" + zeros(8)],
  [-(2n ** 71n), "c70901" + "80" + zeros(8)],
  [2n ** 120n, "d801" + "01" + zeros(15)],
  [2n ** 200n, "c71a01" + "01" + zeros(25)],
  [-(2n ** 200n), "c71a01" + "ff" + zeros(25)],
  // str and bin
  ["", "a0"], ["é", "a2c3a9"], ["a".repeat(31), "bf" + "61".repeat(31)], ["a".repeat(32), "d920" + "61".repeat(32)],
  ["a".repeat(256), "da0100" + "61".repeat(256)],
  [new Uint8Array(0), "c400"], [Uint8Array.of(0x61, 0x62, 0xff), "c4036162ff"],
  // containers
  [[], "90"], [[1, "x"], "9201a178"],
  [Array.from({ length: 16 }, (_, i) => i), "dc0010000102030405060708090a0b0c0d0e0f"],
  [{ a: 1, b: [true, null] }, "82a16101a16292c3c0"],
  [{}, "80"],
  [new Map<unknown, unknown>([["a", 1], [-2, null], [1n, [1, "x"]]]), "83a16101fec0019201a178", { a: 1, "-2": null, 1: [1, "x"] }],
  [new Map([["k", 1]]), "81a16b01", { k: 1 }],
  [[new Map([[1, null]])], "918101c0", [{ 1: null }]],
  [{ k: [new Map([[2n ** 64n, 2]]), 3] }, "81a16b9281c7090101" + zeros(8) + "0203", { k: [{ "18446744073709551616": 2 }, 3] }],
  [{ __proto__: null, "__proto__x": 1 }, "81aa5f5f70726f746f5f5f7801"],
];

// Objects compared as plain data (decodeValue's maps have a null prototype).
function plain(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plain);
  if (x instanceof Uint8Array || x === null || typeof x !== "object") return x;
  return Object.fromEntries(Object.entries(x as object).map(([k, v]) => [k, plain(v)]));
}

describe("values: encoding", () => {
  test("every kind and int width gives the hand-written bytes", () => {
    for (const [v, h] of CASES) assert.equal(hex(encodeValue(v)), h, h);
  });
  test("a 16-entry map and a 65536-byte str take the 16- and 32-bit forms", () => {
    const m = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [String.fromCharCode(97 + i), i]));
    assert.equal(hex(encodeValue(m)).slice(0, 10), "de0010a161");
    assert.equal(hex(encodeValue("a".repeat(65536))).slice(0, 12), "db0001000061");
    const big = new Map(Array.from({ length: 70000 }, (_, i) => [i, 0]));
    assert.equal(hex(encodeValue(big)).slice(0, 14), "df00011170" + "0000");
  });
  test("what cannot cross is a TypeError naming its type", () => {
    class Npc { hp = 1; }
    const bad: [unknown, string][] = [
      [() => 1, "cannot send a 'function' to the script"],
      [Symbol("s"), "cannot send a 'symbol' to the script"],
      [new Date(0), "cannot send a 'Date' to the script"],
      [new Set([1]), "cannot send a 'Set' to the script"],
      [new Npc(), "cannot send a 'Npc' to the script"],
      [new Int16Array(2), "cannot send a 'Int16Array' to the script"],
      [[1, { f: () => 1 }], "cannot send a 'function' to the script"],
      [new Map([[1.5, 1]]), "cannot send a map key of type 'number' to the script"],
      [new Map([[true, 1]]), "cannot send a map key of type 'boolean' to the script"],
      [new Map([[[1], 1]]), "cannot send a map key of type 'Array' to the script"],
      ["a\ud800", "cannot send a string holding a lone surrogate to the script"],
      ["x".repeat(300) + "\udc00", "cannot send a string holding a lone surrogate to the script"],
      [{ "\ud800": 1 }, "cannot send a string holding a lone surrogate to the script"],
      [new Map([["\ud800", 1]]), "cannot send a string holding a lone surrogate to the script"],
    ];
    assert.equal(hex(encodeValue("\ud83d\ude00")), "a4f09f9880"); // a pair is one character
    for (const [v, message] of bad) assert.throws(() => encodeValue(v), { name: "TypeError", message });
  });
  test("a cycle is a TypeError naming the container; sharing is not a cycle", () => {
    const a: unknown[] = [1];
    a.push(a);
    assert.throws(() => encodeValue(a), { name: "TypeError", message: "cannot send a recursive 'Array' to the script" });
    const o: Record<string, unknown> = {};
    o.me = [o];
    assert.throws(() => encodeValue(o), { name: "TypeError", message: "cannot send a recursive 'Object' to the script" });
    const m = new Map<unknown, unknown>();
    m.set(1, m);
    assert.throws(() => encodeValue(m), { name: "TypeError", message: "cannot send a recursive 'Map' to the script" });
    const shared = [7];
    assert.equal(hex(encodeValue({ k: [shared, shared] })), "81a16b9291079107");
  });
  test("100 nested containers cross, 101 do not (an empty one counts)", () => {
    const nest = (n: number, inner: unknown) => { let v = inner; for (let i = 0; i < n; i++) v = [v]; return v; };
    assert.equal(hex(encodeValue(nest(100, 1))), "91".repeat(100) + "01");
    assert.equal(hex(encodeValue(nest(99, []))), "91".repeat(99) + "90");
    assert.throws(() => encodeValue(nest(100, [])), { name: "TypeError", message: "cannot send a 'Array' nested more than 100 deep to the script" });
    assert.throws(() => encodeValue(nest(100, new Map([[1, 2]]))), { message: "cannot send a 'Map' nested more than 100 deep to the script" });
  });
});

describe("values: decoding", () => {
  test("the canonical bytes decode to the value (ints by value: number when safe, else bigint)", () => {
    for (const [v, h, want] of CASES) {
      const got = decodeValue(bytes(h));
      const expected = want !== undefined ? want : v;
      if (typeof expected === "number" && Number.isNaN(expected)) assert.ok(Number.isNaN(got as number));
      else assert.deepStrictEqual(plain(got), plain(expected), h);
    }
  });
  test("other forms of the same values: float 32, ext 1 of any length, longer headers", () => {
    assert.equal(decodeValue(bytes("ca3fc00000")), 1.5);
    assert.equal(decodeValue(bytes("d40105")), 5);
    assert.equal(decodeValue(bytes("d401ff")), -1);
    assert.equal(decodeValue(bytes("c70001")), 0);
    assert.equal(decodeValue(bytes("c7020100ff")), 255);
    assert.equal(decodeValue(bytes("c70901" + "00" + "8000000000000000")), 2n ** 63n);
    assert.equal(decodeValue(bytes("cf0000000100000000")), 2 ** 32);
    assert.equal(decodeValue(bytes("d3ffffffffffffffff")), -1);
    assert.equal(decodeValue(bytes("d903616263")), "abc");
    assert.deepStrictEqual(decodeValue(bytes("dc0001c0")), [null]);
  });
  test("a map's int keys become strings; a dict of 1 and '1' keeps the later", () => {
    const m = decodeValue(bytes("8301a161a13102 ff c0")) as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(m), null);
    assert.deepStrictEqual(plain(m), { 1: 2, "-1": null });
  });
  test("bin is a copy, not a view of the input", () => {
    const input = bytes("c4026162");
    const b = decodeValue(input) as Uint8Array;
    input[2] = 0;
    assert.deepStrictEqual([...b], [0x61, 0x62]);
  });
  test("malformed bytes, other ext types, bad keys and deep nesting throw", () => {
    const bad = ["", "0102", "c1", "92 01", "d40200", "d6ff00000000", "81cb3ff800000000000001",
      "81c301", "81c001", "81a95f5f70726f746f5f5f01", "dd80000000", "91".repeat(101) + "c0", "91".repeat(100) + "90"];
    for (const h of bad) assert.throws(() => decodeValue(bytes(h)), Error, h);
    assert.throws(() => decodeValue(bytes("d40200")), { message: "unsupported MessagePack ext type 2" });
    assert.throws(() => decodeValue(bytes("d6ff00000000")), { message: "unsupported MessagePack ext type -1" });
    assert.throws(() => decodeValue(bytes("91".repeat(101) + "c0")), { message: "MessagePack value nested more than 100 deep" });
    assert.deepStrictEqual(decodeValue(bytes("91".repeat(99) + "90")), JSON.parse("[".repeat(100) + "]".repeat(100)));
  });
});
