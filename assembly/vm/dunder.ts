// Opcodes meeting objects of user classes: find the Python dunder and prepare its frame (ENTER)
// with the hook that puts its result where the opcode's result goes. 0 here means "no dunder":
// the builtin path handles the operation (and raises its usual TypeError).
import { Value, Kind } from "../objects/object";
import { kindOf } from "../objects/type";
import { N, binaryDunders } from "../objects/names";
import { userDunder } from "./classes";
import { callPython, ENTER, enterFrame } from "./call";
import { F_HOOK, Hook, hookOf } from "./frame";

const argSlot = memory.data(8, 4);

function withHook(r: Value, kind: u32, n: u32): Value {
  if (r == ENTER) store<u32>(enterFrame, hookOf(kind, n), F_HOOK);
  return r;
}

// fn(self, [other]) whose result replaces the opcode's n operands.
function call1(fn: Value, self: Value, other: Value, hasOther: bool, kind: u32, n: u32): Value {
  store<u32>(argSlot, other);
  return withHook(callPython(fn, self, argSlot, hasOther ? 1 : 0), kind, n);
}

export function binaryDunder(op: u32, a: Value, b: Value): Value {
  const base = op & 15;
  if (base > 12) return 0;
  const names = binaryDunders + base * 12;
  if (op & 16) {
    const fi = userDunder(a, load<u32>(names, 8));
    if (fi) return call1(fi, a, b, true, Hook.REPLACE, 2);
  }
  const f = userDunder(a, load<u32>(names));
  if (f) return call1(f, a, b, true, Hook.REPLACE, 2);
  const r = userDunder(b, load<u32>(names, 4));
  if (r) return call1(r, b, a, true, Hook.REPLACE, 2);
  return 0;
}

function cmpName(op: u32): Value {
  switch (op) {
    case 0: return N.lt_;
    case 1: return N.le_;
    case 2: return N.eq_;
    case 3: return N.ne_;
    case 4: return N.gt_;
    default: return N.ge_;
  }
}
// the reflection of each comparison: a < b is b > a
function reflected(op: u32): u32 { return op == 0 ? 4 : op == 1 ? 5 : op == 4 ? 0 : op == 5 ? 1 : op; }

export function compareDunder(op: u32, a: Value, b: Value): Value {
  const f = userDunder(a, cmpName(op));
  if (f) return call1(f, a, b, true, Hook.REPLACE, 2);
  if (op == 3) {
    // != falls back to not ==
    const eq = userDunder(a, N.eq_);
    if (eq) return call1(eq, a, b, true, Hook.NOT, 2);
  }
  const r = userDunder(b, cmpName(reflected(op)));
  if (r) return call1(r, b, a, true, Hook.REPLACE, 2);
  if (op == 3) {
    const eq = userDunder(b, N.eq_);
    if (eq) return call1(eq, b, a, true, Hook.NOT, 2);
  }
  return 0;
}

// item in container: __contains__ (inverted for `not in`).
export function containsDunder(item: Value, container: Value, invert: bool): Value {
  const f = userDunder(container, N.contains_);
  if (f) return call1(f, container, item, true, invert ? Hook.NOT : Hook.BOOL, 2);
  return 0;
}

export function getItemDunder(obj: Value, key: Value): Value {
  const f = userDunder(obj, N.getitem_);
  return f ? call1(f, obj, key, true, Hook.REPLACE, 2) : 0;
}

const twoArgs = memory.data(8, 4);
export function setItemDunder(obj: Value, key: Value, v: Value): Value {
  const f = userDunder(obj, N.setitem_);
  if (!f) return 0;
  store<u32>(twoArgs, key);
  store<u32>(twoArgs, v, 4);
  return withHook(callPython(f, obj, twoArgs, 2), Hook.DISCARD, 3);
}

export function delItemDunder(obj: Value, key: Value): Value {
  const f = userDunder(obj, N.delitem_);
  return f ? call1(f, obj, key, true, Hook.DISCARD, 2) : 0;
}

export function unaryDunder(op: u32, a: Value): Value {
  const name = op == 0 ? N.neg_ : op == 1 ? N.pos_ : N.invert_;
  const f = userDunder(a, name);
  return f ? call1(f, a, 0, false, Hook.REPLACE, 1) : 0;
}

// Truth of a user object: its __bool__ or __len__ result replaces it and the opcode runs again.
export function truthDunder(v: Value): Value {
  let f = userDunder(v, N.bool_);
  if (!f) f = userDunder(v, N.len_);
  return f ? call1(f, v, 0, false, Hook.RETRY, 1) : 0;
}

export function iterDunder(v: Value): Value {
  const f = userDunder(v, N.iter_);
  return f ? call1(f, v, 0, false, Hook.REPLACE, 1) : 0;
}

// FOR_ITER over a user iterator: __next__'s result is pushed above the iterator; StopIteration
// from it ends the loop (Hook.FORNEXT).
export function nextDunder(it: Value): Value {
  const f = userDunder(it, N.next_);
  return f ? call1(f, it, 0, false, Hook.FORNEXT, 0) : 0;
}

// The value n deep on the caller's stack is replaced by str()/repr() of it, then the opcode
// runs again (FORMAT_VALUE, print).
export function textDunder(v: Value, repr: bool, depth: u32): Value {
  let f = repr ? userDunder(v, N.repr_) : userDunder(v, N.str_);
  if (!f && !repr) f = userDunder(v, N.repr_);
  return f ? call1(f, v, 0, false, Hook.RETRY, depth) : 0;
}
