// The `_keys` module: the natives the prelude's key_canon uses (docs/architecture.md, vm/keys.ts).
import { Value, Kind, isSmall } from "../objects/object";
import { kindOfCall } from "../objects/type";
import { isIntLike, intFromI64 } from "../objects/int";
import { listNew, listLen, listGet } from "../objects/list";
import { dictKeysWithHash } from "../objects/dict";
import { hashOf, hashFailed, clearHashFailed, rememberHash, pyHashOf } from "../objects/hash";
import { None } from "../objects/singletons";
import { decrefCall } from "../memory/refcount";
import { raiseLit, raiseMemoryError } from "../objects/errors";
import { TypeError } from "../objects/exception";
import { positional, arity } from "./args";
import { into, def } from "./registry";

export namespace Keys {
  export const SAME_HASH: u32 = 1000;
  export const REMEMBER: u32 = 1001;
  export const HASH_TUPLE: u32 = 1002;
}

export function keysInit(d: Value): void {
  into(d);
  def("same_hash", Keys.SAME_HASH); def("remember", Keys.REMEMBER); def("hash_tuple", Keys.HASH_TUPLE);
}

// The table hash of what __hash__ returned (an int, as CPython insists).
export function tableHash(h: Value): u32 {
  if (!isIntLike(h)) {
    raiseLit(TypeError, "__hash__ method should return an integer");
    return 0;
  }
  const x = hashOf(h);
  if (hashFailed) clearHashFailed();
  return x;
}

export function callKeys(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  const npos = positional(n, kw);
  switch (id) {
    case Keys.SAME_HASH: {
      // same_hash(container, h): the stored keys whose hash is h
      if (!arity("same_hash", npos, 2, 2)) return 0;
      const c = load<u32>(args);
      const h = tableHash(load<u32>(args, 4));
      if (!h) return 0;
      const l = listNew(0);
      if (!l) { raiseMemoryError(); return 0; }
      const k = kindOfCall(c);
      if ((k == Kind.DICT || k == Kind.SET || k == Kind.FROZENSET) && !dictKeysWithHash(c, h, l)) {
        decrefCall(l); raiseMemoryError(); return 0;
      }
      return l;
    }
    case Keys.REMEMBER: {
      // remember(key, h): the operation retried next finds key's hash without running Python
      if (!arity("remember", npos, 2, 2)) return 0;
      const h = tableHash(load<u32>(args, 4));
      if (!h) return 0;
      rememberHash(load<u32>(args), h);
      return None;
    }
    case Keys.HASH_TUPLE: {
      // hash_tuple(hashes): a tuple's hash from its items' (as hashOf combines them)
      if (!arity("hash_tuple", npos, 1, 1)) return 0;
      const l = load<u32>(args);
      if (isSmall(l) || kindOfCall(l) != Kind.LIST) { raiseLit(TypeError, "hash_tuple() takes a list"); return 0; }
      const count = listLen(l);
      let acc: u32 = 0x345678; // objects/hash.ts's tuple formula
      for (let i: u32 = 0; i < count; i++) {
        const h = tableHash(listGet(l, i));
        if (!h) return 0;
        acc = (acc ^ h) * 1000003 + count;
      }
      const r = intFromI64(pyHashOf(acc | 1));
      if (!r) raiseMemoryError();
      return r;
    }
  }
  raiseLit(TypeError, "unknown _keys function");
  return 0;
}
