// Exception instances, traceback records, and the builtin exception hierarchy.
import { Value, Obj, Kind, obj } from "./object";
import { newType, asType, objectType, tracebackType } from "./type";
import { immortalStr, Lit } from "./str";
import { alloc, free } from "../memory/heap";
import { gcAlloc, gcFree } from "../memory/gc";
import { decrefCall } from "../memory/refcount";

@unmanaged export class ExcObj extends Obj {
  args: Value;     // tuple
  tb: Value;       // first traceback record (outermost frame) or NULL
  cause: Value;
  context: Value;
  dict: Value;     // attributes set on the instance (user exception classes), or NULL
}
@inline export function asExc(v: Value): ExcObj { return changetype<ExcObj>(<usize>v); }

// Takes the caller's reference to args.
export function excNew(type: Value, args: Value): Value {
  const p = gcAlloc(offsetof<ExcObj>());
  if (!p) return 0;
  const e = asExc(p);
  e.rc = 1;
  e.type = type;
  e.args = args;
  e.tb = 0;
  e.cause = 0;
  e.context = 0;
  e.dict = 0;
  return p;
}

export function excDestroy(v: Value): void {
  const e = asExc(v);
  decrefCall(e.args);
  decrefCall(e.tb);
  decrefCall(e.cause);
  decrefCall(e.context);
  decrefCall(e.dict);
  gcFree(v, offsetof<ExcObj>());
}

@unmanaged export class TbObj extends Obj {
  next: Value;   // the record of the frame this one called
  code: Value;
  line: u32;
  repeats: u32;  // further consecutive frames at the same place (deep recursion costs one record)
  held: Value;   // the locals of the frame the exception left here (a tuple), or 0 (vm/traceback.ts)
  run: u32;      // records of the same place before this one (vm/traceback.ts HELD_RUN)
}
@inline export function asTb(v: Value): TbObj { return changetype<TbObj>(<usize>v); }

// Records for when the heap is full: a MemoryError's traceback must not need the heap, so a
// record the heap cannot give comes from this fixed pool (outside the heap) and returns to it.
const TB_POOL: u32 = 64;
const TB_SIZE: u32 = offsetof<TbObj>();
const tbPool = memory.data(TB_POOL * TB_SIZE, 8);
let tbPoolFree: u32 = 0; // the first free record; its `next` field links the others

export function tbPoolInit(): void {
  memory.fill(tbPool, 0, TB_POOL * TB_SIZE); // as instantiation left it (vm_init on a used instance)
  tbPoolFree = 0;
  for (let i = TB_POOL; i > 0; i--) {
    const r = <u32>tbPool + (i - 1) * TB_SIZE;
    asTb(r).next = tbPoolFree;
    tbPoolFree = r;
  }
}

@inline function inPool(v: Value): bool { return v >= <u32>tbPool && v < <u32>tbPool + TB_POOL * TB_SIZE; }

export function tbNew(next: Value, code: Value, line: u32): Value {
  let p = alloc(TB_SIZE);
  if (!p && tbPoolFree) {
    p = tbPoolFree;
    tbPoolFree = asTb(p).next;
  }
  if (!p) return 0;
  const t = asTb(p);
  t.rc = 1;
  t.type = tracebackType;
  t.next = next;
  t.code = code;
  t.line = line;
  t.repeats = 0;
  t.held = 0;
  t.run = 0;
  return p;
}

// The frames the exception left let go of their locals innermost first, as CPython's traceback
// does. Destroying runs inside release's loop, which takes the last released object first: so the
// records only this chain holds are taken here at once, outermost first, each dropping its locals,
// and the innermost frame's locals are the first destroyed.
export function tbDestroy(v: Value): void {
  let r = v;
  while (r) {
    const next = asTb(r).next;
    decrefCall(asTb(r).held);
    tbFree(r);
    if (next && obj(next).rc == 1) r = next;
    else { decrefCall(next); r = 0; }
  }
}

function tbFree(v: Value): void {
  if (inPool(v)) {
    asTb(v).next = tbPoolFree;
    tbPoolFree = v;
  } else free(v, TB_SIZE);
}

export let BaseException: Value = 0;
export let SystemExit: Value = 0;
export let KeyboardInterrupt: Value = 0;
export let TaskletExit: Value = 0;
export let Exception: Value = 0;
export let StopIteration: Value = 0;
export let ArithmeticError: Value = 0;
export let OverflowError: Value = 0;
export let ZeroDivisionError: Value = 0;
export let AssertionError: Value = 0;
export let AttributeError: Value = 0;
export let LookupError: Value = 0;
export let IndexError: Value = 0;
export let KeyError: Value = 0;
export let MemoryError: Value = 0;
export let NameError: Value = 0;
export let UnboundLocalError: Value = 0;
export let RuntimeError: Value = 0;
export let RecursionError: Value = 0;
export let NotImplementedError: Value = 0;
export let TypeError: Value = 0;
export let ValueError: Value = 0;
export let ImportError: Value = 0;
export let ModuleNotFoundError: Value = 0;
export let SystemError: Value = 0;
export let GeneratorExit: Value = 0;
export let OSError: Value = 0;
export let UnicodeDecodeError: Value = 0;
export let UnicodeEncodeError: Value = 0;

// Every builtin exception type, for the builtins module: filled by excTypesInit.
export let excTypeCount: u32 = 0;
export const excTypeTable: usize = memory.data(64 * 4);

function excType(name: Lit, base: Value): Value {
  const t = newType(Kind.EXCEPTION, base);
  asType(t).name = immortalStr(name);
  store<u32>(excTypeTable + (excTypeCount++ << 2), t);
  return t;
}

export function excTypesInit(): void {
  excTypeCount = 0;
  tbPoolInit();
  BaseException = excType("BaseException", objectType);
  SystemExit = excType("SystemExit", BaseException);
  TaskletExit = excType("TaskletExit", SystemExit);
  KeyboardInterrupt = excType("KeyboardInterrupt", BaseException);
  GeneratorExit = excType("GeneratorExit", BaseException);
  Exception = excType("Exception", BaseException);
  StopIteration = excType("StopIteration", Exception);
  ArithmeticError = excType("ArithmeticError", Exception);
  OverflowError = excType("OverflowError", ArithmeticError);
  ZeroDivisionError = excType("ZeroDivisionError", ArithmeticError);
  AssertionError = excType("AssertionError", Exception);
  AttributeError = excType("AttributeError", Exception);
  LookupError = excType("LookupError", Exception);
  IndexError = excType("IndexError", LookupError);
  KeyError = excType("KeyError", LookupError);
  MemoryError = excType("MemoryError", Exception);
  NameError = excType("NameError", Exception);
  UnboundLocalError = excType("UnboundLocalError", NameError);
  RuntimeError = excType("RuntimeError", Exception);
  RecursionError = excType("RecursionError", RuntimeError);
  NotImplementedError = excType("NotImplementedError", RuntimeError);
  TypeError = excType("TypeError", Exception);
  ValueError = excType("ValueError", Exception);
  ImportError = excType("ImportError", Exception);
  ModuleNotFoundError = excType("ModuleNotFoundError", ImportError);
  SystemError = excType("SystemError", Exception);
  OSError = excType("OSError", Exception);
  excType("FileNotFoundError", OSError);
  excType("PermissionError", OSError);
  excType("TimeoutError", OSError);
  excType("ConnectionError", OSError);
  excType("EOFError", Exception);
  excType("SyntaxError", Exception);
  const unicodeError = excType("UnicodeError", ValueError);
  UnicodeDecodeError = excType("UnicodeDecodeError", unicodeError);
  UnicodeEncodeError = excType("UnicodeEncodeError", unicodeError);
  excType("FloatingPointError", ArithmeticError);
  excType("BufferError", Exception);
  excType("ReferenceError", Exception);
  excType("Warning", Exception);
  excType("UserWarning", Exception);
  excType("DeprecationWarning", Exception);
}
