// Calling a native: the id's hundred names the file that implements it.
import { asPair } from "../objects/instance";
import { Value } from "../objects/object";
import { callCore, enumerateOf } from "./core";
import { callStrMethod, callListMethod, callDictMethod } from "./methods";
import { callStackless } from "./stackless";
import { callSys } from "./sys";
import { callClasses } from "./classes";
import { PROPERTY, Core } from "./registry";
import { Kind, isSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { tupleLen, tupleGet } from "../objects/tuple";
import { listLen, listGet } from "../objects/list";
import { dictNext, entryAt } from "../objects/dict";
import { asIter } from "../objects/iter";
import { isUserObject, userDunder, mroLookup } from "../vm/classes";
import { typeOf } from "../objects/type";
import { isBuiltinKind } from "../vm/subclass";
import { callPython, ENTER, enterFrame } from "../vm/call";
import { setFrameHook, Hook, hookOf } from "../vm/frame";
import { preludeFunction } from "../vm/modules";
import { N } from "../objects/names";
import { StrM, ListM, DictM } from "./methods";
import { Cls } from "./classes";
import { callSetMethod, SetM } from "./sets";
import { callMath } from "./math";
import { callBytes, BytesM } from "./bytes";
import { callKeys } from "./keys";
import { keyNeedsPython, keyFirst, keyDone, holdsPythonKeys } from "../vm/keys";
import { callIntMethod } from "./ints";
import { callNumberMethod } from "./numbers";
import { callRangeMethod } from "./ranges";
import { callWeakref } from "./weakref";
import { callGil } from "./gil";
import { callHostNative } from "../host/calls";
import { indexArgs, indexNeedsPython, indexFirst, intNeedsPython } from "../vm/index";
import { isObj, fromSmall, smallValue, SMALL_MAX } from "../objects/object";
import { listType, tupleType, strType, dictType, floatType, rangeIterType } from "../objects/type";
import { dictLen } from "../objects/dict";
import { asStr } from "../objects/str";
import { floatNew, floatValue } from "../objects/float";
import { intFromI64 } from "../objects/int";
import { iterNew } from "../objects/iter";
import { increfCall } from "../memory/refcount";
import { raiseMemoryError } from "../objects/errors";
import { rangeOf } from "./ranges";
import { M } from "./math";

// The builtins a loop calls most (len, range, enumerate, abs, min/max of two, isinstance,
// math.sqrt, a list's append and pop) with exact positional arguments: the interpreter's CALL tries this before callNative,
// whose checks (a method's self, __index__, user iterables, Python hashes, keywords) are all for
// other arguments. NOT_FAST: not such a call, it goes the general way. Never ENTER or SWITCHED.
export const NOT_FAST: Value = 0xFFFFFFF1;
// Set when fastNative made range()'s iterator itself for the GET_ITER after the call (thenIter),
// which the interpreter then skips: `for i in range(n)` makes no range object.
export let fastIter: bool = false;

export function fastNative(id: u32, self: Value, args: u32, n: u32, thenIter: bool): Value {
  fastIter = false;
  if (self) {
    // xs.append(x), xs.pop(), xs.pop(i) on a list (or a subclass: this is list's own method)
    if (!isObj(self) || kindOf(self) != Kind.LIST) return NOT_FAST;
    if (id == ListM.APPEND ? n == 1 : id == ListM.POP && (n == 0 || (n == 1 && isSmall(load<u32>(args))))) {
      return callListMethod(id, self, args, n, 0);
    }
    return NOT_FAST;
  }
  if (n == 0) return NOT_FAST;
  const a = load<u32>(args);
  switch (id) {
    case Core.LEN: {
      if (n != 1 || !isObj(a)) break;
      const t = typeOf(a);
      let l: i64 = -1;
      if (t == listType) l = listLen(a);
      else if (t == tupleType) l = tupleLen(a);
      else if (t == strType) l = asStr(a).nchars;
      else if (t == dictType) l = dictLen(a);
      if (l < 0 || l > SMALL_MAX) break;
      return fromSmall(<i32>l);
    }
    case Core.RANGE: {
      if (n > 3) break;
      for (let i: u32 = 0; i < n; i++) if (!isSmall(load<u32>(args + (i << 2)))) return NOT_FAST;
      if (!thenIter) return rangeOf(args, n);
      // the iterator getIter would make of the range: small bounds never wrap
      const start: i64 = n == 1 ? 0 : smallValue(a);
      const stop: i64 = smallValue(load<u32>(args + (n == 1 ? 0 : 4)));
      const step: i64 = n == 3 ? smallValue(load<u32>(args, 8)) : 1;
      if (step == 0) return rangeOf(args, n); // (its ValueError)
      const it = iterNew(rangeIterType, 0, start, stop, step);
      if (!it) { raiseMemoryError(); return 0; }
      fastIter = true;
      return it;
    }
    case Core.ENUMERATE: {
      if (n != 1 || !isObj(a) || (typeOf(a) != listType && typeOf(a) != tupleType)) break;
      return enumerateOf(a, 0);
    }
    case Core.ISINSTANCE: {
      if (n != 2) break;
      return callCore(id, 0, args, 2, 0);
    }
    case Core.ABS: {
      if (n != 1) break;
      if (isSmall(a)) { const x = smallValue(a); return x >= 0 ? a : intFromI64(-<i64>x) || fastFailed(); }
      if (typeOf(a) == floatType) return floatNew(Math.abs(floatValue(a))) || fastFailed();
      break;
    }
    case Core.MIN: case Core.MAX: {
      // the first of equal items, as CPython's min/max keep it; a NaN compares false either way
      if (n != 2) break;
      const b = load<u32>(args, 4);
      let takeB = false;
      if (isSmall(a) && isSmall(b)) takeB = id == Core.MAX ? smallValue(b) > smallValue(a) : smallValue(b) < smallValue(a);
      else if (isObj(a) && isObj(b) && typeOf(a) == floatType && typeOf(b) == floatType) {
        takeB = id == Core.MAX ? floatValue(b) > floatValue(a) : floatValue(b) < floatValue(a);
      } else break;
      const r = takeB ? b : a;
      increfCall(r);
      return r;
    }
    case M.SQRT: {
      // a negative argument raises: the general path's message
      if (n != 1) break;
      const x: f64 = isSmall(a) ? <f64>smallValue(a) : isObj(a) && typeOf(a) == floatType ? floatValue(a) : -1;
      if (x < 0) break;
      return floatNew(Math.sqrt(x)) || fastFailed();
    }
  }
  return NOT_FAST;
}

@inline function fastFailed(): Value { raiseMemoryError(); return 0; }

// args: n borrowed values; kw: tuple naming the last len(kw) of them, or 0.
// Returns a new reference, 0 with an exception pending, or SWITCHED.
export function callNative(id: u32, selfIn: Value, argsIn: u32, nIn: u32, kw: Value): Value {
  let self = selfIn, args = argsIn, n = nIn;
  const group = (id & ~PROPERTY) / 100;
  if (!self && n > 0 && (group == 1 || group == 2 || group == 3 || group == 7 || group == 11 || group == 12 || group == 14)) {
    // a method taken from its type (str.upper, list.append) gets self as its first argument
    self = load<u32>(args);
    args += 4;
    n--;
  }
  if ((id == Core.ANY || id == Core.ALL) && n == 1 && needsPythonIteration(load<u32>(args))) {
    // any/all stop at the first deciding item (the iterable may be endless): the prelude's loop
    const fn = preludeFunction(id == Core.ANY ? N.any_of_ : N.all_of_);
    return fn ? callPython(fn, 0, args, 1) : 0;
  }
  if ((id == Core.DICT || id == DictM.UPDATE) && n > (kw ? tupleLen(kw) : 0) && isMapping(load<u32>(args))) {
    // dict(m) / d.update(m) of an object with keys(): the prelude reads m[k] for each key and the
    // pairs it returns replace the argument
    return preludeCall(N.mapping_items_, load<u32>(args), hookOf(Hook.RETRY, (args - argsIn) >> 2));
  }
  const ints = indexArgs(id);
  const npos = kw ? n - tupleLen(kw) : n;
  if (npos > 0 && intNeedsPython(id, npos, load<u32>(args))) {
    return preludeCall(N.int_of_, load<u32>(args), hookOf(Hook.RETRY, (args - argsIn) >> 2));
  }
  if (ints) {
    // an object with __index__ where an int is expected: the prelude's index_of() converts it
    for (let i: u32 = 0; i < npos && i < 32; i++) {
      const x = load<u32>(args + (i << 2));
      if ((ints >> i) & 1 && indexNeedsPython(x)) return indexFirst(x, hookOf(Hook.RETRY, ((args - argsIn) >> 2) + i));
    }
  }
  const iterables = iterableArgs(id, npos);
  if (iterables) {
    // a generator or user iterable among the arguments: it is first turned into a list by the
    // prelude's collect() (run in a frame), which replaces the argument; then the call runs again
    for (let i: u32 = 0; i < iterables; i++) {
      const x = load<u32>(args + (i << 2));
      if (needsPythonIteration(x)) return collectFirst(x, hookOf(Hook.RETRY, ((args - argsIn) >> 2) + i));
    }
  }
  const keyed = keysFirst(id, self, args, n, kw, (args - argsIn) >> 2);
  if (keyed) return keyed == KEYS_FAILED ? 0 : keyed;
  let r: Value = 0;
  switch ((id & ~PROPERTY) / 100) {
    case 0: r = callCore(id, self, args, n, kw); break;
    case 1: r = callStrMethod(id, self, args, n, kw); break;
    case 2: r = callListMethod(id, self, args, n, kw); break;
    case 3: r = callDictMethod(id, self, args, n, kw); break;
    case 4: r = callStackless(id, self, args, n, kw); break;
    case 5: r = callSys(id, self, args, n, kw); break;
    case 6: r = callClasses(id, self, args, n, kw); break;
    case 7: r = callSetMethod(id, self, args, n, kw); break;
    case 8: r = callMath(id, self, args, n, kw); break;
    case 9: r = callBytes(id, self, args, n, kw); break;
    case 10: return callKeys(id, self, args, n, kw); // _keys.remember's hash must outlive it
    case 11: r = callIntMethod(id, self, args, n, kw); break;
    case 12: r = callNumberMethod(id, self, args, n, kw); break;
    case 14: r = callRangeMethod(id, self, args, n); break;
    case 27: r = callWeakref(id, self, args, n, kw); break;
    case 28: r = callHostNative(id, self, args, n, kw); break;
    case 29: r = callGil(id, self, args, n, kw); break;
  }
  keyDone();
  return r;
}

// Natives taking one key (d.get(k), s.add(k)...) or many (set(items), d.update(pairs)...): keys
// whose hash is Python code go through the prelude first (vm/keys.ts). One key is made canonical
// (key_canon); a list or tuple of them becomes a set or dict built by Python code, which the
// native then copies with the hashes it stores. `shift`: self was taken from the arguments.
const KEYS_FAILED: Value = 0xFFFFFFF0;
function keysFirst(id: u32, self: Value, args: u32, n: u32, kw: Value, shift: u32): Value {
  const npos = kw ? n - tupleLen(kw) : n;
  switch (id) {
    case DictM.GET: case DictM.POP: case DictM.SETDEFAULT: case DictM.GETITEM: case DictM.SETITEM: case DictM.DELITEM:
    case SetM.ADD: case SetM.REMOVE: case SetM.DISCARD: {
      const key = npos ? load<u32>(args) : 0;
      if (!key || !self || !keyNeedsPython(key)) return 0;
      const r = keyFirst(self, key, shift);
      return r ? r : KEYS_FAILED;
    }
    case Core.DICT: case DictM.UPDATE: case Cls.SET_NEW: case Cls.FROZENSET_NEW: case SetM.UNION:
    case SetM.INTERSECTION: case SetM.DIFFERENCE: case SetM.SYMMETRIC_DIFFERENCE: case SetM.UPDATE:
    case SetM.INTERSECTION_UPDATE: case SetM.DIFFERENCE_UPDATE: case SetM.SYMMETRIC_DIFFERENCE_UPDATE:
    case SetM.ISSUBSET: case SetM.ISSUPERSET: case SetM.ISDISJOINT: {
      const pairs = id == Core.DICT || id == DictM.UPDATE;
      for (let i: u32 = 0; i < npos; i++) {
        const x = load<u32>(args + (i << 2));
        if (!holdsPythonKeys(x, pairs)) continue;
        const r = preludeCall(pairs ? N.dict_from_ : N.set_from_, x, hookOf(Hook.RETRY, shift + i));
        return r ? r : KEYS_FAILED;
      }
      return 0;
    }
  }
  return 0;
}

// How many leading positional arguments are iterables (sum's start, max(a, b)'s items are not).
function iterableArgs(id: u32, npos: u32): u32 {
  switch (id) {
    case Core.LIST: case Core.TUPLE: case Core.SORTED: case Core.SUM: case Core.ANY: case Core.ALL:
    case Core.DICT: case Core.ENUMERATE: case Cls.SET_NEW: case Cls.FROZENSET_NEW: case StrM.JOIN:
    case ListM.EXTEND: case ListM.INIT: case DictM.UPDATE: case DictM.FROMKEYS:
    case BytesM.BYTES_NEW: case BytesM.BYTEARRAY_NEW: case BytesM.EXTEND: case BytesM.FROM_BYTES:
      return npos < 1 ? npos : 1;
    case Core.MIN: case Core.MAX:
      return npos == 1 ? 1 : 0;
    case Core.ZIP: case SetM.UNION: case SetM.INTERSECTION: case SetM.DIFFERENCE: case SetM.SYMMETRIC_DIFFERENCE:
    case SetM.UPDATE: case SetM.ISSUBSET: case SetM.ISSUPERSET: case SetM.ISDISJOINT:
      return npos;
  }
  return 0;
}

// A user object that dict() reads through keys() and [] (a dict subclass only if it iterates
// in Python, as CPython's fast path for dicts requires dict's own iteration).
function isMapping(v: Value): bool {
  if (!isUserObject(v)) return false;
  if (kindOf(v) == Kind.DICT && !userDunder(v, N.iter_)) return false;
  return mroLookup(typeOf(v), N.keys_) != 0;
}

// Generators, channels (each item a receive, which may switch) and objects of user classes are
// iterated by Python code, never by natives.
export function needsPythonIteration(v: Value): bool {
  if (isSmall(v) || !v) return false;
  const k = kindOf(v);
  // a subclass of list, dict or tuple iterates natively unless it defines __iter__
  return k == Kind.GENERATOR || k == Kind.CHANNEL || (isUserObject(v) && (!isBuiltinKind(k) || userDunder(v, N.iter_) != 0));
}

// ENTER a frame running the prelude's collect(v), with the given hook.
export function collectFirst(v: Value, hook: u32): Value {
  return preludeCall(N.collect_, v, hook);
}
const collectArg = memory.data(4, 4);

// Does a list/tuple/dict/set hold (at any depth) an object whose repr is Python code?
// A container already on the path is skipped (its items are being looked at: a list holding
// itself twice must not cost 2^depth); past HOLDS_BUDGET containers the answer is yes, and the
// prelude's repr_of, which is exact, writes it.
const HOLDS_BUDGET: i32 = 1 << 20;
const holdsPath = memory.data(32 << 2, 4);
let holdsSeen: i32 = 0;
let holdsBase: i32 = 0;
export function holdsUserObjects(v: Value, depth: i32): bool {
  holdsSeen = 0;
  holdsBase = depth;
  return holds(v, depth);
}

function holds(v: Value, depth: i32): bool {
  if (isSmall(v) || v == 0 || depth > 30) return false;
  const k = kindOf(v);
  if (isUserObject(v)) return true;
  if (k == Kind.METHOD) return holds(asPair(v).b, depth + 1); // its repr shows its object's
  if (k != Kind.DICT_VIEW && k != Kind.LIST && k != Kind.TUPLE && k != Kind.DICT && k != Kind.SET && k != Kind.FROZENSET) return false;
  if (++holdsSeen > HOLDS_BUDGET) return true;
  for (let i = holdsBase; i < depth; i++) if (load<u32>(holdsPath + (<u32>i << 2)) == v) return false;
  store<u32>(holdsPath + (<u32>depth << 2), v);
  if (k == Kind.DICT_VIEW) return holds(asIter(v).a, depth + 1);
  if (k == Kind.LIST || k == Kind.TUPLE) {
    const n = k == Kind.LIST ? listLen(v) : tupleLen(v);
    for (let i: u32 = 0; i < n; i++) if (holds(k == Kind.LIST ? listGet(v, i) : tupleGet(v, i), depth + 1)) return true;
    return false;
  }
  let i = dictNext(v, 0);
  while (i >= 0) {
    const e = entryAt(v, <u32>i);
    if (holds(load<u32>(e, 4), depth + 1) || holds(load<u32>(e, 8), depth + 1)) return true;
    i = dictNext(v, <u32>i + 1);
  }
  return false;
}

// ENTER a frame running prelude.NAME(v) with the given hook (or its direct result).
export function preludeCall(name: Value, v: Value, hook: u32): Value {
  const fn = preludeFunction(name);
  if (!fn) return 0;
  store<u32>(collectArg, v);
  const r = callPython(fn, 0, collectArg, 1);
  if (r == ENTER) setFrameHook(enterFrame, hook);
  return r;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function dispatchArgsReset(): void {
  memory.fill(collectArg, 0, 4);
  memory.fill(holdsPath, 0, 32 << 2);
  holdsSeen = 0;
  holdsBase = 0;
  fastIter = false;
}
