// Hashing and key equality for the builtin hashable types, with Python's rule that equal
// numbers hash alike (1, 1.0 and True are one dict key).
import { Value, Kind, isSmall, smallValue } from "./object";
import { kindOf } from "./type";
import { strHash, strEq } from "./str";
import { floatValue, compareIntFloat, floatAsI64 } from "./float";

const scratch = memory.data(8, 8);
import { intValue } from "./int";
import { tupleLen, tupleGet } from "./tuple";
import { raiseUnhashable, raiseTypeMsg } from "../vm/errors";
import { isUserObject, mroLookup } from "../vm/classes";
import { typeOf } from "./type";
import { N } from "./names";
import { None } from "./singletons";
import { incref, decref } from "../memory/refcount";

export let hashFailed: bool = false;

// A key whose hash is Python code (vm/keys.ts): the prelude computed its hash just before the
// native operation that is now retried; hashOf takes it from here. Holds a reference.
export let hashedKey: Value = 0;
let hashedKeyHash: u32 = 0;

export function rememberHash(key: Value, h: u32): void {
  incref(key);
  decref(hashedKey);
  hashedKey = key;
  hashedKeyHash = h;
}

export function forgetHash(): void {
  const k = hashedKey;
  hashedKey = 0;
  decref(k);
}

// The __hash__ of a user object's class: a Python function, None (unhashable) or 0 (the builtin's).
export function userHash(v: Value): Value {
  if (!isUserObject(v)) return 0;
  const f = mroLookup(typeOf(v), N.hash_);
  return f && (f == None || kindOf(f) == Kind.FUNCTION) ? f : 0;
}

function hashI64(i: i64): u32 {
  return <u32>(i ^ (i >>> 32)) * 0x9E3779B1 | 1;
}

// The hash of a key; sets hashFailed (with a TypeError pending) for unhashable values.
export function hashOf(v: Value): u32 {
  if (isSmall(v)) return hashI64(<i64>smallValue(v));
  const k = kindOf(v);
  if (k == Kind.STR || k == Kind.BYTES) return strHash(v); // bytes share str's layout
  if (k == Kind.INT || k == Kind.BOOL) return hashI64(intValue(v));
  if (k == Kind.FLOAT) {
    const x = floatValue(v);
    if (floatAsI64(x, scratch)) return hashI64(load<i64>(scratch));
    return hashI64(reinterpret<i64>(x == 0 ? 0.0 : x));
  }
  if (v == hashedKey) return hashedKeyHash;
  const uh = userHash(v);
  if (uh) {
    hashFailed = true;
    // a Python __hash__ runs before the native operation (vm/keys.ts); a path that did not
    // arrange that says so rather than hash by identity
    if (uh == None) raiseUnhashable(v);
    else raiseTypeMsg("__hash__ of ", v, " objects cannot run here");
    return 0;
  }
  if (k == Kind.TUPLE) {
    let h: u32 = 0x345678;
    const n = tupleLen(v);
    for (let i: u32 = 0; i < n; i++) {
      const hi = hashOf(tupleGet(v, i));
      if (hashFailed) return 0;
      h = (h ^ hi) * 1000003 + n;
    }
    return h | 1;
  }
  if (k == Kind.LIST || k == Kind.DICT || k == Kind.SET || k == Kind.BYTEARRAY) {
    hashFailed = true;
    raiseUnhashable(v);
    return 0;
  }
  return (v >> 3) * 0x9E3779B1 | 1; // identity
}

export function clearHashFailed(): void { hashFailed = false; }

function isNumber(k: u32): bool { return k == Kind.INT || k == Kind.BOOL || k == Kind.FLOAT; }

// Equality as dict keys see it (builtin types only; identity for the rest).
export function keyEq(a: Value, b: Value): bool {
  if (a == b) return true;
  const ka = kindOf(a), kb = kindOf(b);
  if (ka == Kind.STR || ka == Kind.BYTES) return kb == ka && strEq(a, b);
  if (isNumber(ka) && isNumber(kb)) {
    if (ka == Kind.FLOAT && kb == Kind.FLOAT) return floatValue(a) == floatValue(b);
    if (ka == Kind.FLOAT) return compareIntFloat(intValue(b), floatValue(a)) == 0;
    if (kb == Kind.FLOAT) return compareIntFloat(intValue(a), floatValue(b)) == 0;
    return intValue(a) == intValue(b);
  }
  if (ka == Kind.TUPLE && kb == Kind.TUPLE) {
    const n = tupleLen(a);
    if (n != tupleLen(b)) return false;
    for (let i: u32 = 0; i < n; i++) if (!keyEq(tupleGet(a, i), tupleGet(b, i))) return false;
    return true;
  }
  return false;
}
