// Values crossing the boundary between the host and the script, as MessagePack (docs/abi.md,
// "Values across the boundary"; the VM's side is assembly/host/msgpack.ts). The bytes are
// @msgpack/msgpack's: this file only checks what may cross, maps JS values onto the format's
// types (ints by value, big ints as ext 1) and back, and frames the one thing the library cannot
// write: a map with int keys.
import { Encoder, Decoder, ExtData, ExtensionCodec, DecodeError } from "@msgpack/msgpack";

/** Containers nested deeper than this are refused both ways, as by the VM. */
export const MAX_DEPTH = 100;
/** The ext type of an int outside int64/uint64: big-endian two's complement, minimal length. */
export const EXT_INT = 1;

const INT64_MIN = -(1n << 63n);
const UINT64_END = 1n << 64n;

const codec = new ExtensionCodec();
// The library's timestamp (ext -1) replaced: a Date does not cross, and ext -1 is refused
// like any ext but 1 (decodeValue), not read as a Date.
codec.register({ type: -1, encode: () => null, decode: (data: Uint8Array) => new ExtData(-1, data) });
codec.register({
  type: EXT_INT,
  encode: () => null,
  decode: (data: Uint8Array) => intFromTwos(data),
});
// int64/uint64 come as bigints (exact), and become numbers below when safe.
// (its maxDepth counts the scalar inside the innermost container too)
const encoder = new Encoder({ extensionCodec: codec, useBigInt64: true, maxDepth: MAX_DEPTH + 1 });
const decoder = new Decoder({ extensionCodec: codec, useBigInt64: true, mapKeyConverter: mapKey });

/**
 * The MessagePack bytes of a JS value: null and undefined → nil; booleans; a number that is a
 * safe integer → int (so 1.0 and -0 are the int 0 and 1), other numbers → float 64; a bigint →
 * int (ext 1 outside int64/uint64); string → str (not one holding a lone surrogate); Uint8Array → bin; Array → array; a plain
 * object (string keys) or a Map with string or integer keys → map. Anything else, a cycle, or
 * nesting deeper than MAX_DEPTH throws a TypeError naming the type.
 */
export function encodeValue(v: unknown): Uint8Array {
  const framed = new Set<object>();
  const x = prepare(v, [], framed);
  if (!framed.size && !(x instanceof Entries)) return encoder.encode(x);
  const parts: Uint8Array[] = [];
  emit(x, framed, parts);
  return concat(parts);
}

// The value in the library's terms: ints normalized (number within 32 bits, bigint within
// 64, ExtData beyond), a string-keyed Map as a plain object, an int-keyed Map as an Entries.
// Containers holding an Entries anywhere are put in `framed`: emit frames them by hand.
function prepare(v: unknown, path: object[], framed: Set<object>): unknown {
  switch (typeof v) {
    case "undefined": return null;
    case "boolean": return v;
    case "string": return text(v);
    case "number": return Number.isSafeInteger(v) ? intValue(BigInt(v)) : v;
    case "bigint": return intValue(v);
    case "object": break;
    default: throw refused(v);
  }
  if (v === null || v instanceof Uint8Array) return v;
  if (path.includes(v)) throw new TypeError(`cannot send a recursive '${typeName(v)}' to the script`);
  if (path.length === MAX_DEPTH) throw new TypeError(`cannot send a '${typeName(v)}' nested more than ${MAX_DEPTH} deep to the script`);
  path.push(v);
  let out: unknown;
  let inner = false;
  const item = (x: unknown) => {
    const p = prepare(x, path, framed);
    if (p instanceof Entries || framed.has(p as object)) inner = true;
    return p;
  };
  if (Array.isArray(v)) out = v.map(item);
  else if (v instanceof Map) {
    const pairs: [unknown, unknown][] = [];
    let strings = true;
    for (const [k, x] of v) {
      if (typeof k === "number" && !Number.isSafeInteger(k) || typeof k !== "number" && typeof k !== "bigint" && typeof k !== "string") {
        throw new TypeError(`cannot send a map key of type '${typeName(k)}' to the script`);
      }
      if (typeof k !== "string") strings = false;
      pairs.push([typeof k === "string" ? text(k) : intValue(BigInt(k)), item(x)]);
    }
    out = strings ? entriesObject(pairs) : new Entries(pairs);
  } else if (isPlain(v)) {
    out = entriesObject(Object.entries(v).map(([k, x]) => [text(k), item(x)]));
  } else throw refused(v);
  path.pop();
  if (inner && !(out instanceof Entries)) framed.add(out as object);
  return out;
}

// A lone surrogate has no UTF-8 (the library would write it in CESU-8 or as U+FFFD, by length).
function text(s: string): string {
  if (LONE_SURROGATE.test(s)) throw new TypeError("cannot send a string holding a lone surrogate to the script");
  return s;
}
const LONE_SURROGATE = /\p{Cs}/u;

// An int map's pairs, keys prepared.
class Entries {
  constructor(readonly pairs: [unknown, unknown][]) {}
}

// A plain object of string keys; "__proto__" is a key like any other.
function entriesObject(pairs: [unknown, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = Object.create(null);
  for (const [k, x] of pairs) o[k as string] = x;
  return o;
}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

// An int in the form the library writes smallest: a number within 32 bits, a bigint within 64
// (it writes those as int64/uint64, the smallest form there), ext 1 beyond.
function intValue(i: bigint): unknown {
  if (i >= -0x80000000n && i <= 0xFFFFFFFFn) return Number(i);
  if (i >= INT64_MIN && i < UINT64_END) return i;
  return new ExtData(EXT_INT, intToTwos(i));
}

// Minimal big-endian two's complement: room for the sign bit.
function intToTwos(i: bigint): Uint8Array {
  const neg = i < 0n;
  let len = 1;
  while (neg ? i < -(1n << BigInt(8 * len - 1)) : i >= 1n << BigInt(8 * len - 1)) len++;
  let u = neg ? (1n << BigInt(8 * len)) + i : i;
  const out = new Uint8Array(len);
  for (let k = len - 1; k >= 0; k--) { out[k] = Number(u & 0xFFn); u >>= 8n; }
  return out;
}

function intFromTwos(data: Uint8Array): bigint {
  let u = 0n;
  for (const b of data) u = (u << 8n) | BigInt(b);
  if (data.length && data[0] & 0x80) u -= 1n << BigInt(8 * data.length);
  return u;
}

// Writes x, framing by hand the containers in `framed` and the Entries (an int-keyed map).
function emit(x: unknown, framed: Set<object>, parts: Uint8Array[]): void {
  if (x instanceof Entries) {
    parts.push(header(x.pairs.length, 0x80, 0xDE));
    for (const [k, v] of x.pairs) { parts.push(encoder.encode(k)); emit(v, framed, parts); }
  } else if (framed.has(x as object)) {
    if (Array.isArray(x)) {
      parts.push(header(x.length, 0x90, 0xDC));
      for (const v of x) emit(v, framed, parts);
    } else {
      const pairs = Object.entries(x as object);
      parts.push(header(pairs.length, 0x80, 0xDE));
      for (const [k, v] of pairs) { parts.push(encoder.encode(k)); emit(v, framed, parts); }
    }
  } else parts.push(encoder.encode(x));
}

// An array or map header: fix form below 16, else the 16- or 32-bit form (form16 + 1).
function header(n: number, fix: number, form16: number): Uint8Array {
  if (n < 16) return Uint8Array.of(fix | n);
  if (n < 0x10000) return Uint8Array.of(form16, n >> 8, n & 0xFF);
  return Uint8Array.of(form16 + 1, n >>> 24, (n >> 16) & 0xFF, (n >> 8) & 0xFF, n & 0xFF);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function refused(v: unknown): TypeError {
  return new TypeError(`cannot send a '${typeName(v)}' to the script`);
}

// typeof for primitives, the constructor's name for objects.
function typeName(v: unknown): string {
  if (typeof v !== "object" || v === null) return v === null ? "null" : typeof v;
  const name = Object.getPrototypeOf(v)?.constructor?.name;
  return typeof name === "string" && name ? name : "Object";
}

/**
 * The JS value of one MessagePack value filling `bytes`: nil → null; an int → a number when it
 * is a safe integer, else a bigint (whatever its format, ext 1 included); float → number; str →
 * string; bin → Uint8Array (a copy); array → Array (a tuple arrives as an Array: JS has no
 * tuple); map → a plain object with a null prototype, int keys as their decimal strings (so the
 * keys 1 and "1" of one dict meet: the later wins). Malformed bytes, another ext type, a key
 * that is not a str or an int, or nesting deeper than MAX_DEPTH throw (the library's errors or
 * DecodeError). A str's UTF-8 is not checked (the library's decoder does not; the VM never sends
 * invalid UTF-8: it refuses such a str).
 */
export function decodeValue(bytes: Uint8Array): unknown {
  return finish(decoder.decode(bytes), 0);
}

function mapKey(key: unknown): string | number {
  if (typeof key === "string" || typeof key === "number" && Number.isInteger(key)) return key;
  if (typeof key === "bigint") return String(key);
  throw new DecodeError(`a MessagePack map key must be a str or an int, not ${key === null ? "nil" : typeof key}`);
}

// The decoded value in this mapping's terms: safe bigints as numbers, bin copied out of the input,
// maps with a null prototype, any ext but ext 1 refused.
function finish(x: unknown, depth: number): unknown {
  if (typeof x === "bigint") return Number.isSafeInteger(Number(x)) && BigInt(Number(x)) === x ? Number(x) : x;
  if (typeof x !== "object" || x === null) return x;
  if (x instanceof Uint8Array) return x.slice();
  if (x instanceof ExtData) throw new DecodeError(`unsupported MessagePack ext type ${x.type}`);
  if (depth === MAX_DEPTH) throw new DecodeError(`MessagePack value nested more than ${MAX_DEPTH} deep`);
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) x[i] = finish(x[i], depth + 1);
    return x;
  }
  const o: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(x as object)) o[k] = finish(v, depth + 1);
  return o;
}
