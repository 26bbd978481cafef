// Test support only (used by tests/assembly/*.spec.ts, never by the runtime): vmInit with the
// object heap placed on a caller-chosen address range instead of at __heap_base, where a spec
// framework's own allocator lives.
import { heapInitAt, arenaInit } from "./memory/heap";
import { configure, initObjects, resetModules } from "./runtime";
import { Lit, litTextLen, litCopy } from "./objects/str";

// Like vmInit, but the heap is [base, limit), which the caller must own and must already be
// committed linear memory. Returns 0, or 2 when the arena does not fit.
export function vmInitAt(base: u32, limit: u32, arenaBytes: u32, spill: u32, flCountMax: u32, flBytesMax: u32, flags: u32): i32 {
  resetModules();
  configure(limit, arenaBytes, spill, flCountMax, flBytesMax, flags);
  // the budget too: the text builder (objects/buf.ts) sizes its requests by it
  heapInitAt(base, limit, false);
  initObjects();
  if (!arenaInit(arenaBytes)) return 2;
  return 0;
}

// A Lit (a static text stored as UTF-8) as an AssemblyScript string, for expectations.
export function litString(s: Lit): string {
  const n = litTextLen(s);
  const p = heap.alloc(n);
  litCopy(s, p, n);
  const text = String.UTF8.decodeUnsafe(p, n);
  heap.free(p);
  return text;
}
