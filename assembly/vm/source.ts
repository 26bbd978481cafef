// The source lines an image may carry (docs/image.md, the source section; image.ts checked it):
// what a traceback prints under each `File "…", line N, in f`, as CPython's report of an uncaught
// exception prints it (less its indentation, trailing blanks kept).
import { Value } from "../objects/object";
import { strFromBytes } from "../objects/str";
import { asCode } from "../objects/function";
import { sources, nsources, imageStr } from "./image";

// Where line `line` of code's file is in the image: the address of its u32 byte length, followed
// by its bytes; 0 when the image has no text for it. Reads the image only (no allocation), so a
// traceback can print it after a MemoryError.
export function sourceAt(code: Value, line: u32): u32 {
  const file = asCode(code).filename;
  let p = sources;
  for (let i: u32 = 0; i < nsources; i++) {
    const mine = imageStr(load<u32>(p)) == file;
    const n = load<u32>(p, 4);
    p += 8;
    for (let k: u32 = 0; k < n; k++) {
      const at = load<u32>(p);
      if (mine && at >= line) return at == line ? p + 4 : 0;
      p += 8 + load<u32>(p, 4);
    }
    if (mine) return 0;
  }
  return 0;
}

// The line stripped of ASCII whitespace at both ends (traceback.py's FrameSummary.line) as a new
// str reference, for the host's traceback frames and _runtime.source_line; or 0 with no exception
// set when the image has no text for it. A full heap also gives 0, with memory/heap.ts's
// outOfMemory set as by any failed allocation (the caller's MemoryError).
export function sourceLine(code: Value, line: u32): Value {
  const p = sourceAt(code, line);
  if (!p) return 0;
  let from = p + 4, to = from + load<u32>(p);
  while (from < to && isBlank(load<u8>(from))) from++;
  while (to > from && isBlank(load<u8>(to - 1))) to--;
  return strFromBytes(from, to - from);
}

// str.isspace() of an ASCII byte.
@inline function isBlank(c: u32): bool { return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F); }
