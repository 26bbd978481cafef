// Values and the object header.
// A Value is 32 bits: an odd value is a small int (31 bits, shifted left by one), zero is "no
// value" (an empty local, a pending error), anything else is the address of an object, which
// starts with a reference count and its type.

export type Value = u32;
export const NULL: Value = 0;

export const SMALL_MIN: i64 = -(1 << 30);
export const SMALL_MAX: i64 = (1 << 30) - 1;
// Immortal objects (None, True, static strings, types) start here; decref never reaches zero.
export const IMMORTAL: u32 = 1 << 30;

@unmanaged export class Obj {
  rc: u32;
  type: u32;
}

@inline export function isSmall(v: Value): bool { return (v & 1) != 0; }
@inline export function smallValue(v: Value): i32 { return (<i32>v) >> 1; }
@inline export function fromSmall(i: i32): Value { return (<u32>i << 1) | 1; }
@inline export function isObj(v: Value): bool { return v != 0 && (v & 1) == 0; }
@inline export function obj(v: Value): Obj { return changetype<Obj>(<usize>v); }

// Kinds: what a type's instances are, for dispatch without walking the MRO.
export namespace Kind {
  export const TYPE: u32 = 1;
  export const NONE: u32 = 2;
  export const BOOL: u32 = 3;
  export const INT: u32 = 4;
  export const FLOAT: u32 = 5;
  export const STR: u32 = 6;
  export const TUPLE: u32 = 7;
  export const LIST: u32 = 8;
  export const DICT: u32 = 9;
  export const FUNCTION: u32 = 10;
  export const BUILTIN: u32 = 11;
  export const CODE: u32 = 12;
  export const CELL: u32 = 13;
  export const MODULE: u32 = 14;
  export const RANGE: u32 = 15;
  export const SLICE: u32 = 16;
  export const SEQ_ITER: u32 = 17;
  export const RANGE_ITER: u32 = 18;
  export const DICT_ITER: u32 = 19;
  export const EXCEPTION: u32 = 20;
  export const TASKLET: u32 = 21;
  export const CHANNEL: u32 = 22;
  export const TRACEBACK: u32 = 23;
  export const OBJECT: u32 = 24;
  export const ELLIPSIS: u32 = 25;
  export const DICT_VIEW: u32 = 26;
  export const ZIP: u32 = 27;
  export const ENUMERATE: u32 = 28;
  export const GENERATOR: u32 = 29;
  export const INSTANCE: u32 = 30;  // of a user class
  export const METHOD: u32 = 31;    // a Python function bound to self
  export const PROPERTY: u32 = 32;
  export const STATICMETHOD: u32 = 33;
  export const CLASSMETHOD: u32 = 34;
  export const SUPER: u32 = 35;
  export const SET: u32 = 36;
  export const FROZENSET: u32 = 37;
  export const NOTIMPLEMENTED: u32 = 38;
  export const BYTES: u32 = 39;
  export const BYTEARRAY: u32 = 40;
  export const WEAKREF: u32 = 41;
}
