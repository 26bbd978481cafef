// The regions of the one linear memory: the object heap (grows lazily up to the budget) and the
// stack arena (a fixed block carved from the heap at init, where tasklets' frames live).
import { Region, REGION_BYTES, regionInit, regionAlloc, regionFree, regionAllocSmall } from "./region";

export const heap = changetype<Region>(memory.data(REGION_BYTES, 8));
export const arena = changetype<Region>(memory.data(REGION_BYTES, 8));

export let budget: u32 = 0;
export let heapStart: u32 = 0;

// Set when an allocation failed; the caller turns it into a MemoryError.
export let outOfMemory: bool = false;

export function heapInit(budgetBytes: u32): void {
  heapInitAt((<u32>__heap_base + 15) & ~15, budgetBytes, true);
}

// The heap over [start, end): pages committed lazily when `grow` (testing.ts places it in
// memory a spec already owns).
export function heapInitAt(start: u32, end: u32, grow: bool): void {
  budget = end;
  heapStart = start;
  regionInit(heap, start, end, grow);
  outOfMemory = false;
}

// Objects: size in bytes, returned zero-filled? No: callers initialise every field they use.
@inline export function alloc(size: u32): u32 {
  const p = regionAlloc(heap, size);
  if (!p) outOfMemory = true;
  return p;
}

// alloc for a small constant size (a float box): the size class's list inlined.
@inline export function allocSmall(size: u32): u32 {
  const p = regionAllocSmall(heap, size);
  if (!p) outOfMemory = true;
  return p;
}

@inline export function free(p: u32, size: u32): void {
  regionFree(heap, p, size);
}

export function arenaInit(bytes: u32): bool {
  if (bytes == 0) { regionInit(arena, 0, 0, false); return true; }
  const p = regionAlloc(heap, bytes);
  if (!p) return false;
  regionInit(arena, p, p + bytes, false);
  return true;
}

// The 64 KiB pages the module starts with (its static data).
const PAGES_AT_START: u32 = <u32>memory.size();

// The linear memory this init has needed: the pages a fresh instance would have committed by now
// (the start pages, then the heap up to its highest point). Wasm memory never shrinks, so a
// reused instance may hold more, left from an earlier init with a larger budget.
export function memoryNeeded(): u32 {
  const reached = (<u64>heap.reach + 0xFFFF) >> 16;
  return <u32>(reached > PAGES_AT_START ? reached : PAGES_AT_START) << 16;
}
