// Printing an uncaught exception the way CPython does (without source lines).
import { Value, Kind } from "../objects/object";
import { typeOf, asType, kindOf } from "../objects/type";
import { asStr, STR_HEADER } from "../objects/str";
import { asExc, asTb, tbNew } from "../objects/exception";
import { asCode } from "../objects/function";
import { bufLen, bufLit, bufBytes, bufPtr, bufReset } from "../objects/buf";
import { writeStr, writeI64, reprTooDeep } from "../objects/repr";
import { writeStderr } from "../builtins/io";
import { tupleLen } from "../objects/tuple";

// Record that exc passed through code at line (prepended: the list runs outermost first).
export function addTraceback(exc: Value, code: Value, line: u32): void {
  const e = asExc(exc);
  if (e.tb && asTb(e.tb).code == code && asTb(e.tb).line == line) { asTb(e.tb).repeats++; return; }
  const tb = tbNew(e.tb, code, line);
  if (tb) e.tb = tb; // without memory the traceback is just shorter
}

function writeName(s: Value): void { bufBytes(s + STR_HEADER, asStr(s).len); }

// Written a line at a time (the buffer may be all the memory there is after a MemoryError), with
// CPython's folding of a line repeated more than three times.
export function printTraceback(exc: Value): void {
  printChained(exc, 0);
}

// The cause (or, unless suppressed, the context) is printed first, as CPython does.
function printChained(exc: Value, depth: i32): void {
  const e = asExc(exc);
  if (depth < 20) {
    if (e.cause && kindOf(e.cause) == Kind.EXCEPTION) {
      printChained(e.cause, depth + 1);
      emit("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!e.cause && e.context) {
      printChained(e.context, depth + 1);
      emit("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  printOne(exc);
}

function printOne(exc: Value): void {
  const e = asExc(exc);
  if (e.tb) {
    emit("Traceback (most recent call last):\n");
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
  const mark = bufLen;
  writeName(asType(typeOf(exc)).name);
  const before = bufLen;
  bufLit(": ");
  const msgAt = bufLen;
  writeStr(exc);
  if (bufLen == msgAt) bufReset(before); // no message: just the type name, like CPython
  bufLit("\n");
  writeStderr(bufPtr + mark, bufLen - mark);
  bufReset(mark);
}

function printLine(code: Value, line: u32): void {
  const mark = bufLen;
  const c = asCode(code);
  bufLit("  File \"");
  writeName(c.filename);
  bufLit("\", line ");
  writeI64(<i64>line);
  bufLit(", in ");
  writeName(c.name);
  bufLit("\n");
  writeStderr(bufPtr + mark, bufLen - mark);
  bufReset(mark);
}

function emit(s: string): void {
  const mark = bufLen;
  bufLit(s);
  writeStderr(bufPtr + mark, bufLen - mark);
  bufReset(mark);
}

// After three identical lines CPython prints how many more it left out.
function flushRepeats(run: u32): void {
  if (run <= 3) return;
  const mark = bufLen;
  bufLit("  [Previous line repeated ");
  writeI64(<i64>(run - 3));
  bufLit(" more times]\n");
  writeStderr(bufPtr + mark, bufLen - mark);
  bufReset(mark);
}
