// Opcodes meeting objects of user classes: find the Python dunder and prepare its frame (ENTER)
// with the hook that puts its result where the opcode's result goes. 0 here means "no dunder":
// the builtin path handles the operation (and raises its usual TypeError).
import { Value, Kind } from "../objects/object";
import { kindOf, typeOf, isSubtype } from "../objects/type";
import { N, binaryDunders } from "../objects/names";
import { userDunder, mroLookup, isUserObject } from "./classes";
import { NotImplemented, pyBool } from "../objects/singletons";
import { decref } from "../memory/refcount";
import { truthy } from "./protocol";
import { binaryOp } from "./arith";
import { compareOp } from "./compare";
import { curExc } from "../objects/errors";
import { dictGet } from "../objects/dict";
import { callPython, ENTER, enterFrame } from "./call";
import { setFrameHook, Hook, hookOf } from "./frame";

const argSlot = memory.data(8, 4);

function withHook(r: Value, kind: u32, n: u32): Value {
  if (r == ENTER) setFrameHook(enterFrame, hookOf(kind, n));
  return r;
}

// fn(self, [other]) whose result replaces the opcode's n operands.
function call1(fn: Value, self: Value, other: Value, hasOther: bool, kind: u32, n: u32): Value {
  store<u32>(argSlot, other);
  return withHook(callPython(fn, self, argSlot, hasOther ? 1 : 0), kind, n);
}

// BINARY_OP meeting user objects, in CPython's order: a.__iop__(b) for augmented assignment;
// b.__rop__(a) first when b's class is a proper subclass of a's that overrides it; a.__op__(b);
// b.__rop__(a) when the types differ. A NotImplemented result moves on to the next candidate
// (Hook.BINOP carries the op and the next stage); with none left (0) the builtin operation runs
// and raises CPython's TypeError for what it cannot do.
export function binaryDunder(op: u32, a: Value, b: Value, stage: u32): Value {
  const base = op & 15;
  if (base > 12) return 0;
  const names = binaryDunders + base * 12;
  const ta = typeOf(a), tb = typeOf(b);
  const rname = load<u32>(names, 4);
  const rfl = ta != tb ? userDunder(b, rname) : 0;
  const subFirst = rfl != 0 && isSubtype(tb, ta) && rfl != mroLookup(ta, rname);
  for (let s = stage; s < 4; s++) {
    let fn: Value = 0;
    let swap = false;
    if (s == 0) { if (op & 16) fn = userDunder(a, load<u32>(names, 8)); }
    else if (s == 1) { if (subFirst) { fn = rfl; swap = true; } }
    else if (s == 2) fn = userDunder(a, load<u32>(names));
    else if (!subFirst) { fn = rfl; swap = true; }
    if (fn) return call1(fn, swap ? b : a, swap ? a : b, true, Hook.BINOP, op | ((s + 1) << 5));
  }
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

// COMPARE_OP meeting user objects, in CPython's order: b's reflected method first when b's class
// is a proper subclass of a's, then a's method, then b's reflected one (a < b is b > a). `!=`
// without __ne__ is `not __eq__`, NotImplemented passing through. Hook.COMPARE carries the op, the
// next stage and the negation; with none left (0) the builtin comparison runs: == and != compare
// identity, the orderings raise TypeError.
export function compareDunder(op: u32, a: Value, b: Value, stage: u32): Value {
  const ta = typeOf(a), tb = typeOf(b);
  const subFirst = ta != tb && isUserObject(b) && isSubtype(tb, ta);
  for (let s = stage; s < 3; s++) {
    if ((s == 0 && !subFirst) || (s == 2 && subFirst)) continue;
    const self = s == 1 ? a : b;
    const o = s == 1 ? op : reflected(op);
    let fn = userDunder(self, cmpName(o));
    let negate: u32 = 0;
    if (!fn && o == 3) { fn = userDunder(self, N.eq_); negate = 64; }
    if (fn) return call1(fn, self, s == 1 ? b : a, true, Hook.COMPARE, op | ((s + 1) << 3) | negate);
  }
  return 0;
}

// A dunder called for BINARY_OP or COMPARE_OP returned v (taken), the operands a and b still on
// the stack: the operation's result (a new reference), ENTER for the next candidate, or 0 with an
// exception pending.
export function operatorResult(kind: u32, n: u32, v: Value, a: Value, b: Value): Value {
  if (kind == Hook.COMPARE && (n & 64) && v != NotImplemented) {
    const t = truthy(v);
    decref(v);
    if (t < 0) return 0;
    return pyBool(t == 0);
  }
  if (v != NotImplemented) return v;
  decref(v);
  if (kind == Hook.BINOP) {
    const d = binaryDunder(n & 31, a, b, n >> 5);
    return d || curExc ? d : binaryOp(n & 31, a, b);
  }
  const d = compareDunder(n & 7, a, b, (n >> 3) & 7);
  return d || curExc ? d : compareOp(n & 7, a, b);
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

// d[key] on a dict subclass defining __missing__, key absent: __missing__(key) gives d[key].
export function missingDunder(d: Value, key: Value): Value {
  const f = userDunder(d, N.missing_);
  if (!f || dictGet(d, key) || curExc) return 0;
  return call1(f, d, key, true, Hook.REPLACE, 2);
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

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function dunderArgsReset(): void {
  memory.fill(argSlot, 0, 8);
  memory.fill(twoArgs, 0, 8);
}
