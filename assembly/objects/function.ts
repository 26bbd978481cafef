// Code objects (made by the image loader; their bytecode stays in the image), functions, cells,
// and builtin functions.
import { Value, Obj, IMMORTAL } from "./object";
import { functionType, codeType, cellType, builtinType } from "./type";
import { alloc, free } from "../memory/heap";
import { gcAlloc, gcFree } from "../memory/gc";
import { decref } from "../memory/refcount";

@unmanaged export class CodeObj extends Obj {
  name: Value;
  qualname: Value;
  filename: Value;
  firstLine: u32;
  argcount: u32;
  kwonly: u32;
  posonly: u32;     // the first `posonly` parameters cannot be passed by keyword
  doc: Value;       // the docstring (an image str), or 0
  flags: u32;
  nlocals: u32;
  nfrees: u32;
  stacksize: u32;
  localNames: u32;  // address in the image: nlocals u32 string indexes
  instr: u32;       // address in the image
  ninstr: u32;
  exc: u32;         // address of the exception table (start, end, target, depth)
  nexc: u32;
  lines: u32;       // address of the line table (startInstr, line)
  nlines: u32;
  frameSize: u32;   // bytes of a frame for this code
  zombie: u32;      // the cached dead frame when zombie frames are on
  caches: u32;      // the inline cache entries of its name lookups (vm/caches.ts), or 0
}

export namespace CodeFlag {
  export const VARARGS: u32 = 1;
  export const VARKEYWORDS: u32 = 2;
  export const GENERATOR: u32 = 4;
  export const MODULE: u32 = 8;
  export const CLASS_BODY: u32 = 16;
}

@inline export function asCode(v: Value): CodeObj { return changetype<CodeObj>(<usize>v); }

export function codeNew(): Value {
  const p = alloc(offsetof<CodeObj>());
  if (!p) return 0;
  memory.fill(p, 0, offsetof<CodeObj>());
  const c = asCode(p);
  c.rc = IMMORTAL; // owned by the image, which lives as long as the program
  c.type = codeType;
  return p;
}

@unmanaged export class FuncObj extends Obj {
  code: Value;
  globals: Value;   // dict
  defaults: Value;  // tuple or NULL
  kwdefaults: Value;// dict or NULL
  closure: Value;   // tuple of cells or NULL
  dict: Value;      // attributes set on the function (functools.wraps), or NULL
}

@inline export function asFunc(v: Value): FuncObj { return changetype<FuncObj>(<usize>v); }

// Takes the caller's references to every field.
export function funcNew(code: Value, globals: Value, defaults: Value, kwdefaults: Value, closure: Value): Value {
  const p = gcAlloc(offsetof<FuncObj>());
  if (!p) return 0;
  const f = asFunc(p);
  f.rc = 1;
  f.type = functionType;
  f.code = code;
  f.globals = globals;
  f.defaults = defaults;
  f.kwdefaults = kwdefaults;
  f.closure = closure;
  f.dict = 0;
  return p;
}

export function funcDestroy(v: Value): void {
  const f = asFunc(v);
  decref(f.globals);
  decref(f.defaults);
  decref(f.kwdefaults);
  decref(f.closure);
  decref(f.dict);
  gcFree(v, offsetof<FuncObj>());
}

@unmanaged export class CellObj extends Obj {
  value: Value;
}

@inline export function asCell(v: Value): CellObj { return changetype<CellObj>(<usize>v); }

// Takes the caller's reference to value (which may be NULL: an empty cell).
export function cellNew(value: Value): Value {
  const p = gcAlloc(offsetof<CellObj>());
  if (!p) return 0;
  const c = asCell(p);
  c.rc = 1;
  c.type = cellType;
  c.value = value;
  return p;
}

export function cellDestroy(v: Value): void {
  decref(asCell(v).value);
  gcFree(v, offsetof<CellObj>());
}

// A native function, optionally bound to `self` (a method taken from an object).
@unmanaged export class BuiltinObj extends Obj {
  id: u32;
  self: Value;
}

@inline export function asBuiltin(v: Value): BuiltinObj { return changetype<BuiltinObj>(<usize>v); }

// Takes the caller's reference to self.
export function builtinNew(id: u32, self: Value): Value {
  const p = alloc(offsetof<BuiltinObj>());
  if (!p) return 0;
  const b = asBuiltin(p);
  b.rc = self ? 1 : IMMORTAL;
  b.type = builtinType;
  b.id = id;
  b.self = self;
  return p;
}

export function builtinDestroy(v: Value): void {
  decref(asBuiltin(v).self);
  free(v, offsetof<BuiltinObj>());
}
