// Calling a native: the id's hundred names the file that implements it.
import { Value } from "../objects/object";
import { callCore } from "./core";
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
import { isUserObject } from "../vm/classes";
import { callPython, ENTER, enterFrame } from "../vm/call";
import { F_HOOK, Hook, hookOf } from "../vm/frame";
import { preludeFunction } from "../vm/modules";
import { N } from "../objects/names";
import { StrM, ListM, DictM } from "./methods";
import { Cls } from "./classes";
import { callSetMethod, SetM } from "./sets";
import { callMath } from "./math";
import { callNumberMethod } from "./numbers";

// args: n borrowed values; kw: tuple naming the last len(kw) of them, or 0.
// Returns a new reference, 0 with an exception pending, or SWITCHED.
export function callNative(id: u32, selfIn: Value, argsIn: u32, nIn: u32, kw: Value): Value {
  let self = selfIn, args = argsIn, n = nIn;
  const group = (id & ~PROPERTY) / 100;
  if (!self && n > 0 && (group == 1 || group == 2 || group == 3 || group == 7 || group == 10)) {
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
  if (consumesIterables(id)) {
    // a generator or user iterable among the arguments: it is first turned into a list by the
    // prelude's collect() (run in a frame), which replaces the argument; then the call runs again
    const npos = kw ? n - tupleLen(kw) : n;
    for (let i: u32 = 0; i < npos; i++) {
      const x = load<u32>(args + (i << 2));
      if (needsPythonIteration(x)) return collectFirst(x, hookOf(Hook.RETRY, i));
    }
  }
  switch ((id & ~PROPERTY) / 100) {
    case 0: return callCore(id, self, args, n, kw);
    case 1: return callStrMethod(id, self, args, n, kw);
    case 2: return callListMethod(id, self, args, n, kw);
    case 3: return callDictMethod(id, self, args, n, kw);
    case 4: return callStackless(id, self, args, n, kw);
    case 5: return callSys(id, self, args, n, kw);
    case 6: return callClasses(id, self, args, n, kw);
    case 7: return callSetMethod(id, self, args, n, kw);
    case 8: return callMath(id, self, args, n, kw);
    case 10: return callNumberMethod(id, self, args, n, kw);
  }
  return 0;
}

function consumesIterables(id: u32): bool {
  switch (id) {
    case Core.LIST: case Core.TUPLE: case Core.SORTED: case Core.SUM: case Core.MIN: case Core.MAX:
    case Core.ANY: case Core.ALL: case Core.DICT: case Core.ENUMERATE: case Core.ZIP: case Core.REVERSED:
    case Cls.SET_NEW: case Cls.FROZENSET_NEW: case StrM.JOIN: case ListM.EXTEND: case DictM.UPDATE:
    case SetM.UNION: case SetM.INTERSECTION: case SetM.DIFFERENCE: case SetM.SYMMETRIC_DIFFERENCE:
    case SetM.UPDATE: case SetM.ISSUBSET: case SetM.ISSUPERSET: case SetM.ISDISJOINT:
      return true;
  }
  return false;
}

// Generators and objects of user classes are iterated by Python code, never by natives.
export function needsPythonIteration(v: Value): bool {
  return !isSmall(v) && v != 0 && (kindOf(v) == Kind.GENERATOR || isUserObject(v));
}

// ENTER a frame running the prelude's collect(v), with the given hook.
export function collectFirst(v: Value, hook: u32): Value {
  const fn = preludeFunction(N.collect_);
  if (!fn) return 0;
  store<u32>(collectArg, v);
  const r = callPython(fn, 0, collectArg, 1);
  if (r == ENTER) store<u32>(enterFrame, hook, F_HOOK);
  return r;
}
const collectArg = memory.data(4, 4);

// Does a list/tuple/dict/set hold (at any depth) an object whose repr is Python code?
export function holdsUserObjects(v: Value, depth: i32): bool {
  if (isSmall(v) || v == 0 || depth > 30) return false;
  const k = kindOf(v);
  if (isUserObject(v)) return true;
  if (k == Kind.LIST || k == Kind.TUPLE) {
    const n = k == Kind.LIST ? listLen(v) : tupleLen(v);
    for (let i: u32 = 0; i < n; i++) if (holdsUserObjects(k == Kind.LIST ? listGet(v, i) : tupleGet(v, i), depth + 1)) return true;
    return false;
  }
  if (k == Kind.DICT || k == Kind.SET || k == Kind.FROZENSET) {
    let i = dictNext(v, 0);
    while (i >= 0) {
      const e = entryAt(v, <u32>i);
      if (holdsUserObjects(load<u32>(e, 4), depth + 1) || holdsUserObjects(load<u32>(e, 8), depth + 1)) return true;
      i = dictNext(v, <u32>i + 1);
    }
  }
  return false;
}

// ENTER a frame running prelude.NAME(v) with the given hook (or its direct result).
export function preludeCall(name: Value, v: Value, hook: u32): Value {
  const fn = preludeFunction(name);
  if (!fn) return 0;
  store<u32>(collectArg, v);
  const r = callPython(fn, 0, collectArg, 1);
  if (r == ENTER) store<u32>(enterFrame, hook, F_HOOK);
  return r;
}
