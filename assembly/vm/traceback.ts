// Printing an uncaught exception the way CPython does (source lines where the image has them;
// no carets: docs/language.md).
import { Value, Kind, obj, IMMORTAL } from "../objects/object";
import { tupleNew, TUPLE_HEADER } from "../objects/tuple";
import { typeOf, asType, kindOf, isSubtype } from "../objects/type";
import { asStr, STR_HEADER, strEq, Lit, litLen, litData } from "../objects/str";
import { dictGet } from "../objects/dict";
import { N } from "../objects/names";
import { asExc, asTb, tbNew, KeyError } from "../objects/exception";
import { asCode } from "../objects/function";
import { bufLen, bufPtr, bufReset, bufTakeFailure, bufBytes } from "../objects/buf";
import { writeStr } from "../objects/repr";
import { writeStderr } from "../builtins/io";
import { tupleLen, tupleGet } from "../objects/tuple";
import { setMessage, appendMessageBytes } from "./message";
import { sourceAt } from "./source";

// Record that exc passed through code at line (prepended: the list runs outermost first).
// A run of frames at the same place (recursion) gets a record each for its innermost HELD_RUN
// frames, so each keeps its locals (keepLocals); the rest fold into one record that counts them
// and keeps no locals of theirs: memory stays bounded however deep the recursion. (Printing
// merges consecutive records of one place, so the report is the same either way.)
const HELD_RUN: u32 = 16;

export function addTraceback(exc: Value, code: Value, line: u32): void {
  const e = asExc(exc);
  let run: u32 = 0;
  if (e.tb && asTb(e.tb).code == code && asTb(e.tb).line == line) {
    const r = asTb(e.tb);
    if (!r.held || r.run + 1 >= HELD_RUN) { r.repeats++; return; }
    run = r.run + 1;
  }
  const tb = tbNew(e.tb, code, line);
  if (!tb) return; // without memory the traceback is just shorter
  asTb(tb).run = run;
  e.tb = tb;
}

// CPython keeps a frame that an exception left alive in the traceback until the exception goes,
// so what its locals hold (a suspended generator, an object with __del__) is finalized after the
// `except` that catches it, not while unwinding. Here the frame's locals [from, to) move into
// exc's record of that frame, released with the exception. False when they cannot (the caller
// releases them at once): no record of this frame, a folded record of deep recursion that already
// keeps one frame's locals (memory stays bounded: the innermost frame of a run keeps its own), an
// immortal exception (the preallocated MemoryError outlives every handler), or no memory.
export function keepLocals(exc: Value, code: Value, from: u32, to: u32): bool {
  if (to <= from) return true;
  if (kindOf(exc) != Kind.EXCEPTION || obj(exc).rc >= IMMORTAL) return false;
  const tb = asExc(exc).tb;
  if (!tb || asTb(tb).code != code || asTb(tb).held) return false;
  const n = (to - from) >> 2;
  const t = tupleNew(n);
  if (!t) return false;
  // the references move (unbound locals stay 0), last local first: a tuple releases its items
  // last first, and a frame's locals go first first
  for (let i: u32 = 0; i < n; i++) store<u32>(t + TUPLE_HEADER + ((n - 1 - i) << 2), load<u32>(from + (i << 2)));
  asTb(tb).held = t;
  return true;
}

// The report is written through a static line buffer, never the heap: after a MemoryError the
// heap may be full to the last byte. The uncaught exception's report also goes to vm_message.
const LINE_CAP: u32 = 256;
const line = memory.data(LINE_CAP);
let lineLen: u32 = 0;
let toMessage = false;
let toBuf = false; // formatTraceback: the report goes to the text builder instead

// For vm_init on a used instance (runtime.ts, resetModules).
export function tracebackReset(): void { memory.fill(line, 0, LINE_CAP); lineLen = 0; toMessage = false; toBuf = false; }

function flush(): void {
  if (!lineLen) return;
  if (toBuf) { bufBytes(line, lineLen); lineLen = 0; return; }
  writeStderr(line, lineLen);
  if (toMessage) appendMessageBytes(line, lineLen);
  lineLen = 0;
}

function put(p: u32, n: u32): void {
  while (n) {
    if (lineLen == LINE_CAP) flush();
    const k = min(n, LINE_CAP - lineLen);
    memory.copy(line + lineLen, p, k);
    lineLen += k;
    p += k;
    n -= k;
  }
}

function putLit(s: Lit): void { put(litData(s), litLen(s)); }

function putName(s: Value): void { put(s + STR_HEADER, asStr(s).len); }

function putU32(n: u32): void {
  // the digits reversed into a number first, so they come out most significant first
  let rev: u64 = 0, count: u32 = 0;
  do { rev = rev * 10 + n % 10; n /= 10; count++; } while (n);
  for (let i: u32 = 0; i < count; i++) {
    if (lineLen == LINE_CAP) flush();
    store<u8>(line + lineLen++, <u8>(0x30 + <u32>(rev % 10)));
    rev /= 10;
  }
}

// The report of the exception that ended the program: on stderr, and in vm_message for the host.
export function reportUncaught(exc: Value): void {
  setMessage("");
  toMessage = true;
  printTraceback(exc);
  toMessage = false;
}

export function printTraceback(exc: Value): void {
  printChained(exc, 0);
  flush();
}

// The same report appended to the text builder (for a sys.stderr that is an object).
export function formatTraceback(exc: Value): void {
  flush();
  toBuf = true;
  printChained(exc, 0);
  flush();
  toBuf = false;
}

// The cause (or, unless suppressed, the context) is printed first, as CPython does.
function printChained(exc: Value, depth: i32): void {
  const e = asExc(exc);
  if (depth < 20) {
    if (e.cause && kindOf(e.cause) == Kind.EXCEPTION) {
      printChained(e.cause, depth + 1);
      putLit("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!e.cause && e.context) {
      printChained(e.context, depth + 1);
      putLit("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  printOne(exc);
}

function printOne(exc: Value): void {
  const e = asExc(exc);
  if (e.tb) {
    putLit("Traceback (most recent call last):\n");
    let tb = e.tb;
    let lastCode: Value = 0, lastLine: u32 = 0, run: u32 = 0;
    while (tb) {
      const r = asTb(tb);
      if (r.code != lastCode || r.line != lastLine) {
        flushRepeats(run);
        run = 0;
        lastCode = r.code;
        lastLine = r.line;
      }
      const n = r.repeats + 1;
      let printed: u32 = 0;
      while (printed < n && run < 3) { printLine(r.code, r.line); printed++; run++; }
      run += n - printed;
      tb = r.next;
    }
    flushRepeats(run);
  }
  putTypeName(typeOf(exc));
  putMessage(exc);
  putLit("\n");
}

// CPython names a user exception class by its qualified name, with its module unless that is
// __main__ or builtins (lib/traceback.py does the same).
function putTypeName(t: Value): void {
  const d = asType(t).mro ? asType(t).dict : 0;
  const m = d ? dictGet(d, N.module_) : 0;
  if (m && kindOf(m) == Kind.STR && !strEq(m, N.main_) && !strEq(m, N.builtins_)) { putName(m); putLit("."); }
  const q = d ? dictGet(d, N.qualname_) : 0;
  putName(q && kindOf(q) == Kind.STR ? q : asType(t).name);
}

// ": <str(exc)>" unless it is empty, like CPython. A str argument is copied as it is; anything
// else is formatted in the text buffer, which needs the heap only for a long message.
function putMessage(exc: Value): void {
  const args = asExc(exc).args;
  if (tupleLen(args) == 1 && kindOf(tupleGet(args, 0)) == Kind.STR && !isSubtype(typeOf(exc), KeyError)) {
    const s = tupleGet(args, 0);
    if (asStr(s).len) { putLit(": "); putName(s); }
    return;
  }
  const mark = bufLen;
  writeStr(exc);
  bufTakeFailure();
  if (bufLen > mark) { putLit(": "); put(bufPtr + mark, bufLen - mark); }
  bufReset(mark);
}

function printLine(code: Value, lineNo: u32): void {
  const c = asCode(code);
  putLit("  File \"");
  putName(c.filename);
  putLit("\", line ");
  putU32(lineNo);
  putLit(", in ");
  putName(c.name);
  putLit("\n");
  const text = sourceAt(code, lineNo);
  if (text) { putLit("    "); put(text + 4, load<u32>(text)); putLit("\n"); }
}

// After three identical lines CPython prints how many more it left out.
function flushRepeats(run: u32): void {
  if (run <= 3) return;
  putLit("  [Previous line repeated ");
  putU32(run - 3);
  putLit(" more times]\n");
}
