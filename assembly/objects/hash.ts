// Hashing and key equality for the builtin hashable types, with Python's rule that equal
// numbers hash alike (1, 1.0 and True are one dict key).
import { Value, Kind, isSmall, smallValue } from "./object";
import { kindOf } from "./type";
import { strHash, strEq } from "./str";
import { floatValue } from "./float";
import { intCompare, viewA, viewInt } from "./int";
import { intCompareFloat } from "./intfloat";
import { True } from "./singletons";
import { tupleLen, tupleGet } from "./tuple";
import { asPair } from "./instance";
import { asRange, rangeLen, rangeEq } from "./range";
import { asBuiltin } from "./function";
import { raiseUnhashable, raiseTypeMsg, raiseLit } from "./errors";
import { isUserObject, mroLookup } from "../vm/classes";
import { typeOf } from "./type";
import { N } from "./names";
import { None } from "./singletons";
import { incref, decref } from "../memory/refcount";
import { nestEnter, nestLeave } from "./nesting";
import { RecursionError, TypeError } from "./exception";
import { asRef } from "./weakref";

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

// Tables hash every hashable v as hashI64(hash(v)), so a Python __hash__ returning hash(x) puts its
// object where x is (a key equal to "a" finds "a"). Numbers have CPython's hash; any other value's
// Python hash is its table hash unmixed (pyHashOf): MIX is odd, so UNMIX (its inverse mod 2^32)
// undoes the multiplication. 0 is no hash (a failure), so a mix of 0 becomes 1.
const MIX: u32 = 0x9E3779B1;
const UNMIX: u32 = 0x0E8B2F51;
function hashI64(i: i64): u32 {
  const h = <u32>(i ^ (i >>> 32)) * MIX;
  return h ? h : 1;
}
export function pyHashOf(tableHash: u32): i64 { return <i64>(tableHash * UNMIX); }

// Python's hash of numbers: n mod 2^61 - 1 with n's sign, so equal ints and floats hash alike
// (and hash(-1) is -2, as in CPython, where -1 means an error).
const P: u64 = (1 << 61) - 1;

@inline function notMinusOne(h: i64): i64 { return h == -1 ? -2 : h; }

export function intHash(v: Value): i64 {
  if (isSmall(v)) return notMinusOne(<i64>smallValue(v));
  viewInt(v, viewA);
  let x: u64 = 0;
  for (let i = <i32>viewA.n - 1; i >= 0; i--) {
    // x * 2^32 mod P is a rotation within 61 bits
    x = ((x << 32) & P) | (x >> 29);
    x += <u64>load<u32>(viewA.p + (<usize>i << 2));
    if (x >= P) x -= P;
  }
  return notMinusOne(viewA.neg ? -<i64>x : <i64>x);
}

export function floatHash(v: Value): i64 {
  let x = floatValue(v);
  if (x != x) return <i64>(v >> 3); // NaN: identity, as CPython 3.10+
  if (x == Infinity) return 314159;
  if (x == -Infinity) return -314159;
  const neg = x < 0;
  // x = m * 2^e with 0.5 <= m < 1, fed to the sum 28 bits at a time (CPython's _Py_HashDouble)
  let m = Math.abs(x);
  let e: i32 = 0;
  if (m != 0) {
    const bits = reinterpret<u64>(m);
    let be = <i32>(bits >> 52);
    if (be == 0) { m *= 18014398509481984.0; be = <i32>(reinterpret<u64>(m) >> 52) - 54; } // subnormal: scale by 2^54
    e = be - 1022;
    m = reinterpret<f64>((reinterpret<u64>(m) & 0x800FFFFFFFFFFFFF) | (<u64>1022 << 52));
  }
  let h: u64 = 0;
  while (m != 0) {
    h = ((h << 28) & P) | (h >> 33);
    m *= 268435456.0;
    e -= 28;
    const y = <u64>m;
    m -= <f64>y;
    h += y;
    if (h >= P) h -= P;
  }
  const r = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
  h = ((h << <u64>r) & P) | (h >> <u64>(61 - r));
  return notMinusOne(neg ? -<i64>h : <i64>h);
}

// The hash of a key; sets hashFailed (with a TypeError pending) for unhashable values.
export function hashOf(v: Value): u32 {
  if (isSmall(v)) return hashI64(notMinusOne(<i64>smallValue(v)));
  const k = kindOf(v);
  if (k == Kind.STR || k == Kind.BYTES) return strHash(v); // bytes share str's layout
  if (k == Kind.INT) return hashI64(intHash(v));
  if (k == Kind.BOOL) return hashI64(v == True ? 1 : 0);
  if (k == Kind.FLOAT) return hashI64(floatHash(v));
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
    if (!nestEnter()) {
      hashFailed = true;
      raiseLit(RecursionError, "maximum recursion depth exceeded while hashing a tuple");
      return 0;
    }
    let h: u32 = 0x345678;
    const n = tupleLen(v);
    for (let i: u32 = 0; i < n; i++) {
      const hi = hashOf(tupleGet(v, i));
      if (hashFailed) break;
      h = (h ^ hi) * 1000003 + n;
    }
    nestLeave();
    return hashFailed ? 0 : h | 1;
  }
  if (k == Kind.LIST || k == Kind.DICT || k == Kind.SET || k == Kind.BYTEARRAY) {
    hashFailed = true;
    raiseUnhashable(v);
    return 0;
  }
  if (k == Kind.RANGE) return rangeHash(v);
  if (k == Kind.WEAKREF) return refHash(v);
  if (k == Kind.METHOD) return hashI64(<i64>asPair(v).a << 32 | asPair(v).b); // equal methods alike
  if (k == Kind.BUILTIN) return hashI64(<i64>asBuiltin(v).id << 32 | asBuiltin(v).self);
  return (v >> 3) * MIX | 1; // identity
}

// A weak reference hashes like its referent, and keeps that hash once the referent is gone.
function refHash(v: Value): u32 {
  const r = asRef(v);
  if (r.hashed) return r.hash;
  if (!r.referent) {
    hashFailed = true;
    raiseLit(TypeError, "weak object has gone away");
    return 0;
  }
  const h = hashOf(r.referent);
  if (hashFailed) return 0;
  r.hash = h;
  r.hashed = 1;
  return h;
}

// Weak references are equal when their referents are (both alive), else when they are one.
export function refEq(a: Value, b: Value): bool {
  const x = asRef(a).referent, y = asRef(b).referent;
  return x && y ? keyEq(x, y) : a == b;
}

// Equal ranges (the same items) hash alike: by length, first item and (past one item) step.
function rangeHash(v: Value): u32 {
  const r = asRange(v);
  const n = rangeLen(r.start, r.stop, r.step);
  let h = hashI64(n);
  if (n > 0) h = (h ^ hashI64(r.start)) * 1000003;
  if (n > 1) h = (h ^ hashI64(r.step)) * 1000003;
  return h | 1;
}

// Bound methods (Python or native) of one function on one object: == and dict keys.
export function boundSame(a: Value, b: Value): bool {
  const k = kindOf(a);
  if (k != kindOf(b)) return false;
  if (k == Kind.METHOD) return asPair(a).a == asPair(b).a && asPair(a).b == asPair(b).b;
  if (k == Kind.BUILTIN) return asBuiltin(a).id == asBuiltin(b).id && asBuiltin(a).self == asBuiltin(b).self;
  return false;
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
    if (ka == Kind.FLOAT) return intCompareFloat(b, floatValue(a)) == 0;
    if (kb == Kind.FLOAT) return intCompareFloat(a, floatValue(b)) == 0;
    return intCompare(a, b) == 0;
  }
  if (ka == Kind.TUPLE && kb == Kind.TUPLE) {
    const n = tupleLen(a);
    if (n != tupleLen(b)) return false;
    // both keys were hashed, which bounds their depth: the guard only keeps the stack safe
    if (!nestEnter()) return false;
    let eq = true;
    for (let i: u32 = 0; i < n && eq; i++) eq = keyEq(tupleGet(a, i), tupleGet(b, i));
    nestLeave();
    return eq;
  }
  if (ka == Kind.RANGE && kb == Kind.RANGE) return rangeEq(a, b);
  if (ka == Kind.WEAKREF && kb == Kind.WEAKREF) return refEq(a, b);
  return boundSame(a, b);
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function hashReset(): void { hashFailed = false; hashedKey = 0; hashedKeyHash = 0; }
