// Printing an uncaught exception the way CPython does (without source lines).
import { Value, Kind } from "../objects/object";
import { typeOf, asType, kindOf, isSubtype } from "../objects/type";
import { asStr, STR_HEADER } from "../objects/str";
import { asExc, asTb, tbNew, KeyError } from "../objects/exception";
import { asCode } from "../objects/function";
import { bufLen, bufPtr, bufReset, bufTakeFailure } from "../objects/buf";
import { writeStr } from "../objects/repr";
import { writeStderr } from "../builtins/io";
import { tupleLen, tupleGet } from "../objects/tuple";
import { setMessage, appendMessageBytes } from "./message";

// Record that exc passed through code at line (prepended: the list runs outermost first).
export function addTraceback(exc: Value, code: Value, line: u32): void {
  const e = asExc(exc);
  if (e.tb && asTb(e.tb).code == code && asTb(e.tb).line == line) { asTb(e.tb).repeats++; return; }
  const tb = tbNew(e.tb, code, line);
  if (tb) e.tb = tb; // without memory the traceback is just shorter
}

// The report is written through a static line buffer, never the heap: after a MemoryError the
// heap may be full to the last byte. The uncaught exception's report also goes to vm_message.
const LINE_CAP: u32 = 256;
const line = memory.data(LINE_CAP);
let lineLen: u32 = 0;
let toMessage = false;

// For vm_init on a used instance (vm/vm.ts, resetModules).
export function tracebackReset(): void { memory.fill(line, 0, LINE_CAP); lineLen = 0; toMessage = false; }

function flush(): void {
  if (!lineLen) return;
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

function emit(s: string): void {
  for (let i = 0; i < s.length; i++) {
    if (lineLen == LINE_CAP) flush();
    store<u8>(line + lineLen++, <u8>s.charCodeAt(i));
  }
}

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
  putName(asType(typeOf(exc)).name);
  putMessage(exc);
  emit("\n");
}

// ": <str(exc)>" unless it is empty, like CPython. A str argument is copied as it is; anything
// else is formatted in the text buffer, which needs the heap only for a long message.
function putMessage(exc: Value): void {
  const args = asExc(exc).args;
  if (tupleLen(args) == 1 && kindOf(tupleGet(args, 0)) == Kind.STR && !isSubtype(typeOf(exc), KeyError)) {
    const s = tupleGet(args, 0);
    if (asStr(s).len) { emit(": "); putName(s); }
    return;
  }
  const mark = bufLen;
  writeStr(exc);
  bufTakeFailure();
  if (bufLen > mark) { emit(": "); put(bufPtr + mark, bufLen - mark); }
  bufReset(mark);
}

function printLine(code: Value, lineNo: u32): void {
  const c = asCode(code);
  emit("  File \"");
  putName(c.filename);
  emit("\", line ");
  putU32(lineNo);
  emit(", in ");
  putName(c.name);
  emit("\n");
}

// After three identical lines CPython prints how many more it left out.
function flushRepeats(run: u32): void {
  if (run <= 3) return;
  emit("  [Previous line repeated ");
  putU32(run - 3);
  emit(" more times]\n");
}
