// Raising exceptions from native code. A native that fails sets `curExc` (a reference to an
// exception instance) and returns NULL; the interpreter loop unwinds.
import { Value } from "./object";
import { asType, typeOf } from "./type";
import { strFromLiteral, Lit } from "./str";
import { tupleNew, tupleSet, emptyTuple } from "./tuple";
import { excNew, asExc, MemoryError, TypeError, ValueError } from "./exception";
import { bufStrValue, bufLit, bufStr, bufLen, bufTakeFailure, bufTakeDigitsFailure, bufFailed } from "./buf";
import { writeI64 } from "./repr";
import { config } from "../memory/config";
import { increfCall, decrefCall } from "../memory/refcount";
import { outOfMemory } from "../memory/heap";
import { IMMORTAL } from "./object";

export let curExc: Value = 0;
// Preallocated, because raising MemoryError must not need memory.
let memoryError: Value = 0;

// The exception being handled where a raise happens, recorded as the new one's __context__:
// the current tasklet's, which stackless/scheduler.ts registers how to read at init.
function noneHandled(): Value { return 0; }
let handledException: () => Value = noneHandled;
export function registerHandledException(f: () => Value): void { handledException = f; }

export function errorsInit(): void {
  curExc = 0;
  handledException = noneHandled;
  memoryError = excNew(MemoryError, emptyTuple);
  asExc(memoryError).rc = IMMORTAL;
}

// Takes the caller's reference to exc; replaces any exception already pending. An exception
// raised while another is being handled records it as its __context__ (implicit chaining).
export function raiseValue(exc: Value): void {
  if (exc != memoryError) {
    const handled = handledException();
    if (handled && handled != exc && !asExc(exc).context && !inChain(handled, exc)) {
      increfCall(handled);
      asExc(exc).context = handled;
    }
  }
  const old = curExc;
  curExc = exc;
  decrefCall(old);
}

// Is e somewhere in start's chain of contexts (so linking would make a cycle)?
function inChain(start: Value, e: Value): bool {
  let c = start;
  for (let i = 0; c && i < 100; i++) {
    if (c == e) return true;
    c = asExc(c).context;
  }
  return false;
}

export function takeExc(): Value {
  const e = curExc;
  curExc = 0;
  return e;
}

export function raiseMemoryError(): void {
  const e = asExc(memoryError);
  decrefCall(e.tb);
  e.tb = 0;
  decrefCall(e.context); e.context = 0;
  decrefCall(e.cause); e.cause = 0;
  raiseValue(memoryError);
}

// An exception of `type` whose single argument is the str `msg` (taken), or no argument if 0.
export function raiseWith(type: Value, msg: Value): void {
  let args = emptyTuple;
  if (msg) {
    args = tupleNew(1);
    if (!args) { decrefCall(msg); raiseMemoryError(); return; }
    tupleSet(args, 0, msg);
  } else increfCall(args);
  const e = excNew(type, args);
  if (!e) { decrefCall(args); raiseMemoryError(); return; }
  raiseValue(e);
}

export function raiseLit(type: Value, msg: Lit): void {
  const s = strFromLiteral(msg);
  if (!s) { raiseMemoryError(); return; }
  raiseWith(type, s);
}

// The message is what was appended to the text buffer since mark.
export function raiseBuf(type: Value, mark: u32): void {
  const s = bufStr(mark);
  if (!s) { raiseBufFailure(); return; }
  raiseWith(type, s);
}

// The text buffer dropped a text (bufStr gave 0, or bufTakeFailure true): MemoryError, or the
// ValueError of an int past the digit limit when that is why.
export function raiseBufFailure(): void {
  if (bufFailed) bufTakeFailure();
  if (bufTakeDigitsFailure()) raiseDigitLimit(-1);
  else raiseMemoryError();
}

// CPython's ValueError for an int<->str conversion past sys.set_int_max_str_digits; `digits` is
// the count of a str being parsed, or -1 for an int being written.
export function raiseDigitLimit(digits: i64): void {
  const mark = bufLen;
  bufLit("Exceeds the limit (");
  writeI64(<i64>config.intMaxStrDigits);
  bufLit(" digits) for integer string conversion");
  if (digits >= 0) { bufLit(": value has "); writeI64(digits); bufLit(" digits"); }
  bufLit("; use sys.set_int_max_str_digits() to increase the limit");
  raiseBuf(ValueError, mark);
}

export function bufTypeName(v: Value): void {
  const name = asType(typeOf(v)).name;
  bufStrValue(name);
}

export function raiseUnhashable(v: Value): void {
  const mark = bufLen;
  bufLit("unhashable type: '");
  bufTypeName(v);
  bufLit("'");
  raiseBuf(TypeError, mark);
}

// "<prefix>'<type name>'<suffix>" — the shape of most TypeErrors.
// TypeError "<a><b><type name of v>" (CPython leaves the name unquoted in these messages).
export function raiseTypeBare(a: Lit, b: Lit, v: Value): void {
  const mark = bufLen;
  bufLit(a);
  bufLit(b);
  bufTypeName(v);
  raiseBuf(TypeError, mark);
}

// TypeError "<prefix><type name of v><suffix>", the name unquoted.
export function raiseTypeUnquoted(prefix: Lit, v: Value, suffix: Lit): void {
  const mark = bufLen;
  bufLit(prefix);
  bufTypeName(v);
  bufLit(suffix);
  raiseBuf(TypeError, mark);
}

export function raiseTypeMsg(prefix: Lit, v: Value, suffix: Lit): void {
  const mark = bufLen;
  bufLit(prefix);
  bufLit("'");
  bufTypeName(v);
  bufLit("'");
  bufLit(suffix);
  raiseBuf(TypeError, mark);
}
