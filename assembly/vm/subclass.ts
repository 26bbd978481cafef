// Objects of classes derived from list, dict or tuple: real list/dict/tuple objects whose type
// word names the class, so every native sees its builtin kind (the class's kind is the base's)
// while attribute lookup finds the class's Python methods first, as for any instance.
import { Value, Kind } from "../objects/object";
import { kindOfCall, asType } from "../objects/type";
import { listNew, asList } from "../objects/list";
import { dictNew } from "../objects/dict";
import { tupleNew, tupleSet, tupleLen, tupleGet, emptyTuple } from "../objects/tuple";
import { increfCall, decrefCall } from "../memory/refcount";
import { N } from "../objects/names";
import { mroLookup } from "./classes";
import { raiseMemoryError, raiseTypeMsg, raiseTypeUnquoted } from "../objects/errors";
import { instNew } from "../objects/instance";
import { callPythonKw, ENTER, enterFrame } from "./call";
import { setFrameHook, Hook, hookOf } from "./frame";
import { callNative } from "../builtins/dispatch";
import { Core } from "../builtins/registry";
import { ListM, DictM } from "../builtins/methods";
import { Sl } from "../builtins/stackless";
import { TF, asTasklet } from "../stackless/tasklet";
import { asChannel } from "../stackless/channel";

const clsArg = memory.data(4, 4);

// A tasklet or channel of a class with a Python __del__ that has not run for it (refcount.ts).
export function stacklessFinalizable(v: Value): bool {
  const k = kindOfCall(v);
  if (k != Kind.TASKLET && k != Kind.CHANNEL) return false;
  const t = load<u32>(v, 4);
  if (!asType(t).mro) return false;
  if ((k == Kind.TASKLET ? asTasklet(v).flags : asChannel(v).flags) & FINALIZED) return false;
  const del = mroLookup(t, N.del_);
  return del != 0 && kindOfCall(del) == Kind.FUNCTION;
}

// Its __del__ is queued: the next release is final.
export function markStacklessFinalized(v: Value): void {
  if (kindOfCall(v) == Kind.TASKLET) asTasklet(v).flags |= FINALIZED;
  else if (kindOfCall(v) == Kind.CHANNEL) asChannel(v).flags |= FINALIZED;
}
// the same bit of TaskletObj.flags and ChannelObj.flags, above both's own flags
const FINALIZED: u32 = TF.FINALIZED;

// The builtin kinds a class may derive from (the stackless ones: vm/subclass.ts's tasklets and
// channels below).
@inline export function isBuiltinKind(k: u32): bool {
  return k == Kind.LIST || k == Kind.DICT || k == Kind.TUPLE || k == Kind.TASKLET || k == Kind.CHANNEL;
}

// A new tuple of class cls holding the items of `items` (a tuple), or 0 (MemoryError pending).
export function tupleOfClass(cls: Value, items: Value): Value {
  const n = tupleLen(items);
  const t = tupleNew(n);
  if (!t) { raiseMemoryError(); return 0; }
  for (let i: u32 = 0; i < n; i++) { const x = tupleGet(items, i); increfCall(x); tupleSet(t, i, x); }
  store<u32>(t, cls, 4); // classes are immortal: the type word holds no count
  return t;
}

// cls(*args) for such a class without a Python __new__: the builtin object (a tuple from its one
// iterable argument, an empty list or dict), then a Python __init__ or the builtin's own
// (list.__init__ / dict.update). Returns the object, ENTER, or 0 with an exception pending.
export function newBuiltinInstance(cls: Value, args: u32, n: u32, kw: Value): Value {
  const kind = asType(cls).kind;
  const init = mroLookup(cls, N.init_);
  const pyInit = init != 0 && kindOfCall(init) == Kind.FUNCTION;
  let obj: Value = 0;
  if (kind == Kind.TASKLET || kind == Kind.CHANNEL) {
    // tasklet.__new__ / channel.__new__, then a Python __init__ or the builtin's own (a tasklet's
    // binds its function)
    store<u32>(clsArg, cls);
    obj = callNative(kind == Kind.TASKLET ? Sl.T_NEW : Sl.C_NEW, 0, clsArg, 1, 0);
    if (!obj) return 0;
    if (pyInit) {
      const r = callPythonKw(init, obj, args, n, kw);
      decrefCall(obj);
      if (r == ENTER) setFrameHook(enterFrame, hookOf(Hook.INIT, 0));
      return r;
    }
    const r = callNative(kind == Kind.TASKLET ? Sl.T_INIT : Sl.C_INIT, obj, args, n, kw);
    if (!r) { decrefCall(obj); return 0; }
    decrefCall(r);
    return obj;
  }
  if (kind == Kind.TUPLE) {
    // tuple.__new__(cls, *args) makes the items, whatever __init__ does with the arguments
    const items = callNative(Core.TUPLE, 0, args, n, kw);
    if (!items || items == ENTER) return items;
    obj = tupleOfClass(cls, items);
    decrefCall(items);
    if (!obj) return 0;
  } else {
    obj = kind == Kind.LIST ? listNew(0) : dictNew();
    if (!obj) { raiseMemoryError(); return 0; }
    store<u32>(obj, cls, 4);
  }
  if (pyInit) {
    const r = callPythonKw(init, obj, args, n, kw);
    decrefCall(obj); // the frame holds it as self
    if (r == ENTER) setFrameHook(enterFrame, hookOf(Hook.INIT, 0));
    return r;
  }
  if (kind == Kind.TUPLE || (n == 0 && !kw)) return obj;
  const r = callNative(kind == Kind.LIST ? ListM.INIT : DictM.UPDATE, obj, args, n, kw);
  if (!r || r == ENTER) { decrefCall(obj); return r; } // ENTER: an argument is converted, the call runs again
  decrefCall(r);
  return obj;
}

// object.__new__(cls) (also reached as super().__new__(cls)): a bare object of the class, its
// extra arguments ignored (they are __init__'s). 0 with an exception pending.
export function objectNew(cls: Value): Value {
  if (kindOfCall(cls) != Kind.TYPE || !asType(cls).mro) {
    raiseTypeUnquoted("object.__new__(X): X is not a type object (", cls, ")");
    return 0;
  }
  const kind = asType(cls).kind;
  let obj: Value = 0;
  if (kind == Kind.TUPLE) obj = tupleOfClass(cls, emptyTuple);
  else if (kind == Kind.LIST || kind == Kind.DICT) {
    obj = kind == Kind.LIST ? listNew(0) : dictNew();
    if (obj) store<u32>(obj, cls, 4);
  } else if (kind == Kind.INSTANCE) obj = instNew(cls);
  else { raiseTypeMsg("object.__new__(", cls, ") is not supported here"); return 0; }
  if (!obj) raiseMemoryError();
  return obj;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function subclassReset(): void { memory.fill(clsArg, 0, 4); }
