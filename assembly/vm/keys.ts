// User __hash__/__eq__ for dict keys and set members, without calling Python from native code.
// A key whose hash is Python code (an object whose class defines __hash__, or a tuple holding one)
// meets a dict or set: before the native operation runs, the prelude's key_canon(container, key)
// runs in a frame. It computes the hash (hash() calls __hash__ as any dunder), asks the native
// _keys.same_hash for the keys stored with that hash, compares them with == (Python __eq__), and
// hands back the stored key equal to it (CPython keeps the first key) or the key itself, after
// _keys.remember noted its hash. The frame's RETRY hook puts that key in place of the operand and
// runs the instruction again: hashOf now finds the remembered hash, and an equal stored key is the
// same object, so the native lookup is exact. keyDone() forgets the hash once the operation ends,
// so a later operation on a mutated key asks Python again. Str and int keys never come here.
import { Value, Kind, isSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { tupleLen, tupleGet, tupleFrom } from "../objects/tuple";
import { listLen, listGet } from "../objects/list";
import { hashedKey, forgetHash, userHash } from "../objects/hash";
import { None } from "../objects/singletons";
import { decref } from "../memory/refcount";
import { N } from "../objects/names";
import { raiseMemoryError } from "../objects/errors";
import { nestEnter, nestLeave } from "../objects/nesting";
import { preludeCall3 } from "./itemeq";
import { Hook, hookOf } from "./frame";
import { asRef } from "../objects/weakref";

// Does hashing v run Python code?
export function hashIsPython(v: Value): bool {
  if (isSmall(v) || !v) return false;
  const k = kindOf(v);
  if (k == Kind.STR || k == Kind.INT || k == Kind.FLOAT) return false;
  const uh = userHash(v);
  if (uh) return uh != None;
  if (k == Kind.WEAKREF) {
    // a ref hashes like its referent, once (the prelude's key_hash keeps the hash in the ref)
    const r = asRef(v);
    return !r.hashed && r.referent != 0 && hashIsPython(r.referent);
  }
  if (k == Kind.TUPLE) {
    // past the bound, hashOf raises RecursionError: the native path is the one to take
    if (!nestEnter()) return false;
    let py = false;
    const n = tupleLen(v);
    for (let i: u32 = 0; i < n && !py; i++) py = hashIsPython(tupleGet(v, i));
    nestLeave();
    return py;
  }
  return false;
}

// Must key_canon run before `key` meets a dict or set?
@inline export function keyNeedsPython(key: Value): bool {
  return !isSmall(key) && key != hashedKey && hashIsPython(key);
}

// The operation that used the remembered hash is over.
@inline export function keyDone(): void { if (hashedKey) forgetHash(); }

// key_canon(container, key); its result replaces the operand `depth` deep and the instruction
// runs again (a native's hook names the argument's index instead: the CALL turns it into a depth).
export function keyFirst(container: Value, key: Value, depth: u32): Value {
  return preludeCall3(N.key_canon_, container, key, -1, hookOf(Hook.RETRY, depth));
}

// Does a list or tuple hold an item (for a dict: a pair's first item) whose hash is Python code?
export function holdsPythonKeys(v: Value, pairs: bool): bool {
  if (isSmall(v) || !v) return false;
  const k = kindOf(v);
  if (k != Kind.LIST && k != Kind.TUPLE) return false;
  const n = k == Kind.LIST ? listLen(v) : tupleLen(v);
  for (let i: u32 = 0; i < n; i++) {
    let x = k == Kind.LIST ? listGet(v, i) : tupleGet(v, i);
    if (pairs && !isSmall(x)) {
      const kx = kindOf(x);
      if (kx == Kind.TUPLE && tupleLen(x) > 0) x = tupleGet(x, 0);
      else if (kx == Kind.LIST && listLen(x) > 0) x = listGet(x, 0);
    }
    if (hashIsPython(x)) return true;
  }
  return false;
}

// BUILD_SET / BUILD_MAP with keys whose hash is Python code: the prelude builds the container
// from the `count` operands (as a tuple) and its result replaces them.
export function buildInPython(name: Value, base: u32, count: u32): Value {
  const t = tupleFrom(base, count);
  if (!t) { raiseMemoryError(); return 0; }
  const r = preludeCall3(name, t, 0, -1, hookOf(Hook.REPLACE, count));
  decref(t);
  return r;
}
