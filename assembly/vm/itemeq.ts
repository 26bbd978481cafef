// Items compared by Python __eq__: `x in seq`, list.index/count/remove and the comparisons of
// lists, tuples and dicts holding objects of user classes run in the prelude (seq_contains,
// seq_compare, list_index...), where each __eq__ or __lt__ is a frame; natives compare such
// items by identity only.
import { Value, Kind, isSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { tupleLen, tupleGet } from "../objects/tuple";
import { listLen, listGet } from "../objects/list";
import { dictNext, entryAt } from "../objects/dict";
import { fromSmall } from "../objects/object";
import { holdsUserObjects } from "../builtins/dispatch";
import { isUserObject } from "./classes";
import { hashIsPython } from "./keys";
import { isSet } from "../builtins/sets";
import { preludeFunction } from "./modules";
import { callPython, ENTER, enterFrame } from "./call";
import { setFrameHook } from "./frame";

// Does a list, tuple or dict hold (at any depth) an object of a user class?
export function itemsNeedPython(v: Value): bool {
  if (isSmall(v) || !v) return false;
  const k = kindOf(v);
  if (k == Kind.LIST || k == Kind.TUPLE) {
    const n = k == Kind.LIST ? listLen(v) : tupleLen(v);
    for (let i: u32 = 0; i < n; i++) if (holdsUserObjects(k == Kind.LIST ? listGet(v, i) : tupleGet(v, i), 1)) return true;
    return false;
  }
  if (k == Kind.DICT || k == Kind.SET || k == Kind.FROZENSET) {
    // dict keys and set members are matched by Python __eq__ when their hash is Python code
    let i = dictNext(v, 0);
    while (i >= 0) {
      const e = entryAt(v, <u32>i);
      if (hashIsPython(load<u32>(e, 4)) || (k == Kind.DICT && holdsUserObjects(load<u32>(e, 8), 1))) return true;
      i = dictNext(v, <u32>i + 1);
    }
  }
  return false;
}

// Is `x in seq` (or seq.index(x)...) a question for Python code?
export function memberNeedsPython(seq: Value, x: Value): bool {
  return isUserObject(x) || holdsUserObjects(x, 0) || itemsNeedPython(seq);
}

// Do a and b (lists, tuples, dicts or sets of one kind) compare through Python code?
export function comparisonNeedsPython(a: Value, b: Value): bool {
  if (isSmall(a) || isSmall(b) || !a || !b) return false;
  const k = kindOf(a);
  if (isSet(a) && isSet(b)) return itemsNeedPython(a) || itemsNeedPython(b);
  if (k != kindOf(b) || (k != Kind.LIST && k != Kind.TUPLE && k != Kind.DICT)) return false;
  return itemsNeedPython(a) || itemsNeedPython(b);
}

// Do a | b, a & b, a - b, a ^ b on sets match members through Python code?
export function setOpNeedsPython(op: u32, a: Value, b: Value): bool {
  const base = op & 15;
  return (base == 1 || base == 9 || base == 10 || base == 11) && isSet(a) && isSet(b) &&
    (itemsNeedPython(a) || itemsNeedPython(b));
}

const args3 = memory.data(12, 4);

// ENTER the prelude's function `name`(a[, b[, op]]) with the given hook (0 with an error pending):
// b = 0 passes a alone, op < 0 passes (a, b).
export function preludeCall3(name: Value, a: Value, b: Value, op: i32, hook: u32): Value {
  const fn = preludeFunction(name);
  if (!fn) return 0;
  store<u32>(args3, a);
  store<u32>(args3, b, 4);
  store<u32>(args3, fromSmall(op), 8);
  const r = callPython(fn, 0, args3, !b ? 1 : op >= 0 ? 3 : 2);
  if (r == ENTER) setFrameHook(enterFrame, hook);
  return r;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function itemeqArgsReset(): void {
  memory.fill(args3, 0, 12);
}
