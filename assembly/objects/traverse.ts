// The cycle collector's view of objects (memory/gc.ts): which kinds are containers (allocated
// with gcAlloc, on the collector's list), the references each one owns, and how to drop them.
// Types, code and modules are immortal; tasklets and channels are not containers, so what their
// frames and queues hold counts as referenced from outside (never collected while they live).
import { Value, Kind } from "./object";
import { kindOf } from "./type";
import { asTuple, TUPLE_HEADER } from "./tuple";
import { asList } from "./list";
import { asDict, dictClear, entryAt, entryKey, entryValue } from "./dict";
import { InstObj, PairObj } from "./instance";
import { FuncObj, CellObj } from "./function";
import { ExcObj, asExc, asTb } from "./exception";
import { asGen, GenState, genFrameRelease, genFrameVisit } from "./generator";
import { WeakRefObj } from "./weakref";
import { decref } from "../memory/refcount";

// Bit k set: objects of kind k are containers.
@inline function bit(k: u32): u64 { return <u64>1 << k; }
const CONTAINERS: u64 = bit(Kind.TUPLE) | bit(Kind.LIST) | bit(Kind.DICT) | bit(Kind.FUNCTION) |
  bit(Kind.CELL) | bit(Kind.EXCEPTION) | bit(Kind.OBJECT) | bit(Kind.GENERATOR) | bit(Kind.INSTANCE) |
  bit(Kind.METHOD) | bit(Kind.PROPERTY) | bit(Kind.STATICMETHOD) | bit(Kind.CLASSMETHOD) |
  bit(Kind.SUPER) | bit(Kind.SET) | bit(Kind.FROZENSET) | bit(Kind.WEAKREF);

@inline export function isContainerKind(k: u32): bool { return k < 64 && ((CONTAINERS >> k) & 1) != 0; }
@inline export function isContainer(v: Value): bool { return isContainerKind(kindOf(v)); }

// A running generator's frame is live on a tasklet's stack: it is never garbage.
export function mustStay(v: Value): bool {
  return kindOf(v) == Kind.GENERATOR && asGen(v).state == GenState.RUNNING;
}

// Owned references stored side by side (a tuple's items too): the first one's offset.
const INST_FIELDS = offsetof<InstObj>("dict");
const FUNC_FIELDS = offsetof<FuncObj>("globals");  // globals defaults kwdefaults closure dict
const CELL_FIELDS = offsetof<CellObj>("value");
const EXC_FIELDS = offsetof<ExcObj>("args");       // args tb cause context dict
const PAIR_FIELDS = offsetof<PairObj>("a");        // a b c
const REF_FIELDS = offsetof<WeakRefObj>("callback"); // (the referent is not owned)

function visitFields(v: Value, at: u32, n: u32, visit: (c: Value) => void): void {
  for (let i: u32 = 0; i < n; i++) visit(load<u32>(v + at + (i << 2)));
}

// Empties the fields first, then releases what they held (a release may reach v again).
function dropFields(v: Value, at: u32, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    const p = v + at + (i << 2);
    const x = load<u32>(p);
    store<u32>(p, 0);
    decref(x);
  }
}

// Calls visit on every reference v owns.
export function traverse(v: Value, visit: (c: Value) => void): void {
  switch (kindOf(v)) {
    case Kind.TUPLE: visitFields(v, TUPLE_HEADER, asTuple(v).len, visit); break;
    case Kind.LIST: {
      const l = asList(v);
      for (let i: u32 = 0; i < l.len; i++) visit(load<u32>(l.items + (i << 2)));
      break;
    }
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET: {
      const n = asDict(v).count;
      for (let i: u32 = 0; i < n; i++) {
        const e = entryAt(v, i);
        if (!entryKey(e)) continue;
        visit(entryKey(e));
        visit(entryValue(e));
      }
      break;
    }
    case Kind.INSTANCE: case Kind.OBJECT: visitFields(v, INST_FIELDS, 1, visit); break;
    case Kind.FUNCTION: visitFields(v, FUNC_FIELDS, 5, visit); break;
    case Kind.CELL: visitFields(v, CELL_FIELDS, 1, visit); break;
    case Kind.EXCEPTION: {
      visitFields(v, EXC_FIELDS, 5, visit);
      // the locals its traceback keeps: records are not containers, each belongs to one exception
      for (let tb = asExc(v).tb; tb; tb = asTb(tb).next) visit(asTb(tb).held);
      break;
    }
    case Kind.GENERATOR: {
      const state = asGen(v).state;
      if (state == GenState.CREATED || state == GenState.SUSPENDED) genFrameVisit(v, visit);
      break;
    }
    case Kind.METHOD: case Kind.PROPERTY: case Kind.STATICMETHOD: case Kind.CLASSMETHOD: case Kind.SUPER:
      visitFields(v, PAIR_FIELDS, 3, visit);
      break;
    case Kind.WEAKREF: visitFields(v, REF_FIELDS, 1, visit); break;
    default: break;
  }
}

// Drops every reference v owns, leaving v empty but valid for its destroy.
export function clear(v: Value): void {
  switch (kindOf(v)) {
    case Kind.TUPLE: dropFields(v, TUPLE_HEADER, asTuple(v).len); break;
    case Kind.LIST: {
      const l = asList(v);
      const n = l.len;
      l.len = 0;
      for (let i: u32 = 0; i < n; i++) decref(load<u32>(l.items + (i << 2)));
      break;
    }
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET: dictClear(v); break;
    case Kind.INSTANCE: case Kind.OBJECT: dropFields(v, INST_FIELDS, 1); break;
    case Kind.FUNCTION: dropFields(v, FUNC_FIELDS, 5); break;
    case Kind.CELL: dropFields(v, CELL_FIELDS, 1); break;
    case Kind.EXCEPTION: dropFields(v, EXC_FIELDS, 5); break;
    case Kind.GENERATOR: {
      const state = asGen(v).state;
      if (state == GenState.CREATED || state == GenState.SUSPENDED) genFrameRelease(v);
      break;
    }
    case Kind.METHOD: case Kind.PROPERTY: case Kind.STATICMETHOD: case Kind.CLASSMETHOD: case Kind.SUPER:
      dropFields(v, PAIR_FIELDS, 3);
      break;
    case Kind.WEAKREF: dropFields(v, REF_FIELDS, 1); break;
    default: break;
  }
}
