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
  const tb = tbNew(e.tb, code, line);
  if (tb) e.tb = tb; // without memory the traceback is just shorter
}

function writeName(s: Value): void { bufBytes(s + STR_HEADER, asStr(s).len); }

export function printTraceback(exc: Value): void {
  const mark = bufLen;
  const e = asExc(exc);
  if (e.tb) {
    bufLit("Traceback (most recent call last):\n");
    let tb = e.tb;
    while (tb) {
      const r = asTb(tb);
      const c = asCode(r.code);
      bufLit("  File \"");
      writeName(c.filename);
      bufLit("\", line ");
      writeI64(<i64>r.line);
      bufLit(", in ");
      writeName(c.name);
      bufLit("\n");
      tb = r.next;
    }
  }
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
