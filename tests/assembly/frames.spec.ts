// Specs for assembly/vm/frame.ts: where frames live (stack arena or spilled to the heap), the
// bounded frame freelist, and zombie frames.
// The VM heap is a block taken from the spec framework's own allocator (heap.alloc of the stub
// runtime), so the two never overlap; vmInitAt (assembly/testing.ts) runs vmInit's steps on it.
import { heap as vmHeap, arena } from "../../assembly/memory/heap";
import { regionContains } from "../../assembly/memory/region";
import { vmInitAt } from "../../assembly/testing";
import { config } from "../../assembly/memory/config";
import { stats } from "../../assembly/vm/stats";
import {
  frameAlloc, frameFree, frameRelease, frameBytes, flCount, flBytes, flPeakBytes, F_FUNC, F_LOCALS,
  frameSp, setFrameSp, frameHook, setFrameHook, hookOf, hookKind, hookArg, Hook,
} from "../../assembly/vm/frame";
import { TaskletObj, asTasklet, taskletNew } from "../../assembly/stackless/tasklet";
import { Value } from "../../assembly/objects/object";
import { codeNew, asCode, funcNew } from "../../assembly/objects/function";
import { listNew, listAppend } from "../../assembly/objects/list";
import { intFromI64 } from "../../assembly/objects/int";
import { dictNew } from "../../assembly/objects/dict";

const HEAP_BYTES: u32 = 4 << 20;
let HEAP_BASE: u32 = 0;

const FS: u32 = 64; // frame size used throughout

// A fresh VM: arena bytes, spill threshold, freelist bounds, zombie flag.
function init(arenaBytes: u32, spill: u32, flCountMax: u32, flBytesMax: u32, zombies: u32): void {
  if (!HEAP_BASE) HEAP_BASE = <u32>heap.alloc(HEAP_BYTES);
  const base = (HEAP_BASE + 15) & ~15;
  expect<i32>(vmInitAt(base, HEAP_BASE + HEAP_BYTES, arenaBytes, spill, flCountMax, flBytesMax, zombies)).toBe(0);
}

function tasklet(): TaskletObj {
  return asTasklet(taskletNew());
}

function code(frameSize: u32): Value {
  const c = codeNew();
  asCode(c).frameSize = frameSize;
  return c;
}

function inArena(f: u32): bool { return regionContains(arena, f); }
function inHeapOnly(f: u32): bool { return f != 0 && regionContains(vmHeap, f) && !regionContains(arena, f); }

describe("frameBytes", () => {
  it("is the header plus locals and stack slots, rounded to 8", () => {
    // a 16-byte header (back, function, pc, sp and hook in one word), then 4 bytes per slot
    expect<u32>(frameBytes(0, 0)).toBe(16);
    expect<u32>(frameBytes(1, 0)).toBe(24);
    expect<u32>(frameBytes(2, 2)).toBe(32);
    expect<u32>(frameBytes(3, 4)).toBe(48);
  });
});

describe("the sp and hook word", () => {
  it("each keeps the other, at the widths the caps allow", () => {
    const f = memory.data(16 + 4 * 16376, 8);
    setFrameSp(f, f + 16 + 4 * 16376); // the largest frame the loader accepts
    setFrameHook(f, hookOf(Hook.RETRY, 8191)); // a count as large as a stack
    expect<u32>(frameSp(f)).toBe(f + 16 + 4 * 16376);
    expect<u32>(hookKind(frameHook(f))).toBe(Hook.RETRY);
    expect<u32>(hookArg(frameHook(f))).toBe(8191);
    setFrameSp(f, f + F_LOCALS);
    expect<u32>(hookArg(frameHook(f))).toBe(8191);
    setFrameHook(f, hookOf(Hook.ERRH, 0));
    expect<u32>(frameSp(f)).toBe(f + F_LOCALS);
    expect<u32>(hookKind(frameHook(f))).toBe(Hook.ERRH);
    expect<u32>(hookArg(frameHook(f))).toBe(0);
  });
});

describe("arena and spill", () => {
  it("frames go to the arena until the tasklet's arena bytes would pass the threshold", () => {
    init(64 * 1024, 4 * FS, 0, 0, 0);
    const t = tasklet();
    const c = code(FS);
    const f1 = frameAlloc(t, c, FS);
    const f2 = frameAlloc(t, c, FS);
    const f3 = frameAlloc(t, c, FS);
    const f4 = frameAlloc(t, c, FS);
    expect<bool>(inArena(f1) && inArena(f2) && inArena(f3) && inArena(f4)).toBe(true);
    expect<u32>(t.arenaBytes).toBe(4 * FS);
    expect<i64>(stats.spills).toBe(0);
    const f5 = frameAlloc(t, c, FS);
    expect<bool>(inHeapOnly(f5)).toBe(true);
    expect<i64>(stats.spills).toBe(1);
    expect<u32>(t.arenaBytes).toBe(4 * FS); // spilled frames do not count
    const f6 = frameAlloc(t, c, FS);
    expect<bool>(inHeapOnly(f6)).toBe(true);
    expect<i64>(stats.spills).toBe(2);
    expect<u32>(arena.used).toBe(4 * FS);
  });
  it("a frame that would cross the threshold spills even if smaller ones still fit", () => {
    init(64 * 1024, 100, 0, 0, 0);
    const t = tasklet();
    const c = code(FS);
    expect<bool>(inArena(frameAlloc(t, c, FS))).toBe(true);  // 64 <= 100
    expect<bool>(inHeapOnly(frameAlloc(t, c, FS))).toBe(true); // 128 > 100
    expect<bool>(inArena(frameAlloc(t, c, 32))).toBe(true);  // 96 <= 100
    expect<u32>(t.arenaBytes).toBe(96);
  });
  it("the threshold is per tasklet", () => {
    init(64 * 1024, 2 * FS, 0, 0, 0);
    const a = tasklet(), b = tasklet();
    const c = code(FS);
    frameAlloc(a, c, FS); frameAlloc(a, c, FS);
    expect<bool>(inHeapOnly(frameAlloc(a, c, FS))).toBe(true);
    expect<bool>(inArena(frameAlloc(b, c, FS))).toBe(true);
    expect<bool>(inArena(frameAlloc(b, c, FS))).toBe(true);
    expect<u32>(a.arenaBytes).toBe(2 * FS);
    expect<u32>(b.arenaBytes).toBe(2 * FS);
  });
  it("a full arena spills into the heap even under the threshold", () => {
    init(3 * FS, 1 << 20, 0, 0, 0);
    const t = tasklet();
    const c = code(FS);
    for (let i = 0; i < 3; i++) expect<bool>(inArena(frameAlloc(t, c, FS))).toBe(true);
    const f = frameAlloc(t, c, FS);
    expect<bool>(inHeapOnly(f)).toBe(true);
    expect<i64>(stats.spills).toBe(1);
    expect<u32>(t.arenaBytes).toBe(3 * FS);
  });
  it("freeing a spilled frame returns it to the heap and leaves arenaBytes alone", () => {
    init(64 * 1024, FS, 0, 0, 0);
    const t = tasklet();
    const c = code(FS);
    const a = frameAlloc(t, c, FS);
    const used = vmHeap.used;
    const s = frameAlloc(t, c, FS);
    expect<u32>(vmHeap.used).toBe(used + FS);
    frameFree(t, c, s, FS);
    expect<u32>(vmHeap.used).toBe(used);
    expect<u32>(t.arenaBytes).toBe(FS);
    frameFree(t, c, a, FS);
    expect<u32>(t.arenaBytes).toBe(0);
    expect<u32>(arena.used).toBe(0);
  });
  it("after frees the tasklet is back under the threshold and uses the arena again", () => {
    init(64 * 1024, 2 * FS, 0, 0, 0);
    const t = tasklet();
    const c = code(FS);
    const f1 = frameAlloc(t, c, FS);
    const f2 = frameAlloc(t, c, FS);
    expect<bool>(inHeapOnly(frameAlloc(t, c, FS))).toBe(true);
    frameFree(t, c, f2, FS);
    frameFree(t, c, f1, FS);
    expect<u32>(t.arenaBytes).toBe(0);
    expect<bool>(inArena(frameAlloc(t, c, FS))).toBe(true);
  });
});

describe("frame freelist", () => {
  it("keeps freed arena frames up to freelistCount; the rest go back to the arena", () => {
    init(64 * 1024, 1 << 20, 2, 1 << 20, 0);
    const t = tasklet();
    const c = code(FS);
    const f1 = frameAlloc(t, c, FS);
    const f2 = frameAlloc(t, c, FS);
    const f3 = frameAlloc(t, c, FS);
    const f4 = frameAlloc(t, c, FS);
    expect<u32>(arena.used).toBe(4 * FS);
    frameFree(t, c, f1, FS);
    frameFree(t, c, f2, FS);
    expect<u32>(flCount).toBe(2);
    expect<u32>(flBytes).toBe(2 * FS);
    expect<u32>(arena.used).toBe(4 * FS); // freelisted frames stay allocated in the arena
    frameFree(t, c, f3, FS);
    frameFree(t, c, f4, FS);
    expect<u32>(flCount).toBe(2);
    expect<u32>(flBytes).toBe(2 * FS);
    expect<u32>(arena.used).toBe(2 * FS);
    expect<u32>(flPeakBytes).toBe(2 * FS);
    expect<u32>(t.arenaBytes).toBe(0);
  });
  it("is bounded by freelistBytes too", () => {
    init(64 * 1024, 1 << 20, 100, 2 * FS + FS / 2, 0);
    const t = tasklet();
    const c = code(FS);
    const f1 = frameAlloc(t, c, FS);
    const f2 = frameAlloc(t, c, FS);
    const f3 = frameAlloc(t, c, FS);
    frameFree(t, c, f1, FS);
    frameFree(t, c, f2, FS);
    frameFree(t, c, f3, FS);
    expect<u32>(flCount).toBe(2);
    expect<u32>(flBytes).toBe(2 * FS);
    expect<u32>(arena.used).toBe(2 * FS);
  });
  it("counts hits (LIFO reuse) and misses", () => {
    init(64 * 1024, 1 << 20, 8, 1 << 20, 0);
    const t = tasklet();
    const c = code(FS);
    const f1 = frameAlloc(t, c, FS);
    const f2 = frameAlloc(t, c, FS);
    expect<i64>(stats.freelistMisses).toBe(2);
    expect<i64>(stats.freelistHits).toBe(0);
    frameFree(t, c, f1, FS);
    frameFree(t, c, f2, FS);
    expect<u32>(frameAlloc(t, c, FS)).toBe(f2);
    expect<u32>(frameAlloc(t, c, FS)).toBe(f1);
    expect<i64>(stats.freelistHits).toBe(2);
    expect<u32>(flCount).toBe(0);
    expect<u32>(flBytes).toBe(0);
    expect<u32>(t.arenaBytes).toBe(2 * FS);
    const f3 = frameAlloc(t, c, FS);
    expect<bool>(f3 != f1 && f3 != f2 && inArena(f3)).toBe(true);
    expect<i64>(stats.freelistMisses).toBe(3);
    expect<i64>(stats.freelistHits).toBe(2);
  });
  it("keeps one list per frame size", () => {
    init(64 * 1024, 1 << 20, 8, 1 << 20, 0);
    const t = tasklet();
    const c = code(FS);
    const small = frameAlloc(t, c, 32);
    frameFree(t, c, small, 32);
    const f = frameAlloc(t, c, FS);
    expect<u32>(f).not.toBe(small);
    expect<i64>(stats.freelistHits).toBe(0);
    expect<u32>(frameAlloc(t, c, 32)).toBe(small);
    expect<i64>(stats.freelistHits).toBe(1);
  });
  it("spilled frames never enter the freelist", () => {
    init(64 * 1024, 0, 8, 1 << 20, 0);
    const t = tasklet();
    const c = code(FS);
    const f = frameAlloc(t, c, FS);
    expect<bool>(inHeapOnly(f)).toBe(true);
    frameFree(t, c, f, FS);
    expect<u32>(flCount).toBe(0);
  });
  it("a tasklet at its threshold does not take frames from the freelist", () => {
    init(64 * 1024, FS, 8, 1 << 20, 0);
    const a = tasklet(), b = tasklet();
    const c = code(FS);
    const fa = frameAlloc(a, c, FS);
    frameFree(a, c, fa, FS);
    expect<u32>(flCount).toBe(1);
    frameAlloc(b, c, FS); // b takes it (hit)
    expect<i64>(stats.freelistHits).toBe(1);
    const fb = frameAlloc(b, c, FS); // b is at the threshold: spill, no freelist access
    expect<bool>(inHeapOnly(fb)).toBe(true);
    expect<i64>(stats.freelistMisses).toBe(1);
  });
});

describe("zombie frames", () => {
  it("each code object keeps its last freed frame, and the next alloc reuses it", () => {
    init(64 * 1024, 1 << 20, 8, 1 << 20, 1);
    const t = tasklet();
    const c = code(FS);
    const f = frameAlloc(t, c, FS);
    const used = arena.used;
    frameFree(t, c, f, FS);
    expect<u32>(asCode(c).zombie).toBe(f);
    expect<i64>(stats.zombieFrames).toBe(1);
    expect<i64>(stats.zombieBytes).toBe(FS);
    expect<u32>(flCount).toBe(0);         // not on the freelist
    expect<u32>(arena.used).toBe(used);   // nor given back
    expect<u32>(t.arenaBytes).toBe(0);
    const hits = stats.freelistHits, misses = stats.freelistMisses;
    expect<u32>(frameAlloc(t, c, FS)).toBe(f);
    expect<u32>(asCode(c).zombie).toBe(0);
    expect<i64>(stats.zombieFrames).toBe(0);
    expect<i64>(stats.zombieBytes).toBe(0);
    expect<u32>(t.arenaBytes).toBe(FS);
    expect<i64>(stats.freelistHits).toBe(hits);
    expect<i64>(stats.freelistMisses).toBe(misses);
  });
  it("only one per code object: a second freed frame takes the usual path", () => {
    init(64 * 1024, 1 << 20, 8, 1 << 20, 1);
    const t = tasklet();
    const c = code(FS);
    const f1 = frameAlloc(t, c, FS);
    const f2 = frameAlloc(t, c, FS);
    frameFree(t, c, f1, FS);
    frameFree(t, c, f2, FS);
    expect<u32>(asCode(c).zombie).toBe(f1);
    expect<i64>(stats.zombieFrames).toBe(1);
    expect<u32>(flCount).toBe(1);
  });
  it("is per code object", () => {
    init(64 * 1024, 1 << 20, 8, 1 << 20, 1);
    const t = tasklet();
    const c1 = code(FS), c2 = code(FS);
    const f1 = frameAlloc(t, c1, FS);
    const f2 = frameAlloc(t, c2, FS);
    frameFree(t, c1, f1, FS);
    frameFree(t, c2, f2, FS);
    expect<i64>(stats.zombieFrames).toBe(2);
    expect<i64>(stats.zombieBytes).toBe(2 * FS);
    expect<u32>(frameAlloc(t, c2, FS)).toBe(f2);
    expect<u32>(frameAlloc(t, c1, FS)).toBe(f1);
    expect<i64>(stats.zombieFrames).toBe(0);
  });
  it("a spilled zombie frame is reused without counting as arena bytes", () => {
    init(64 * 1024, 0, 0, 0, 1);
    const t = tasklet();
    const c = code(FS);
    const f = frameAlloc(t, c, FS);
    expect<bool>(inHeapOnly(f)).toBe(true);
    const used = vmHeap.used;
    frameFree(t, c, f, FS);
    expect<u32>(vmHeap.used).toBe(used); // kept, not freed
    expect<u32>(frameAlloc(t, c, FS)).toBe(f);
    expect<u32>(t.arenaBytes).toBe(0);
    expect<i64>(stats.spills).toBe(1);   // the reuse is not a spill
  });
  it("are off by default: freed frames are not cached", () => {
    init(64 * 1024, 1 << 20, 8, 1 << 20, 0);
    const t = tasklet();
    const c = code(FS);
    frameFree(t, c, frameAlloc(t, c, FS), FS);
    expect<u32>(asCode(c).zombie).toBe(0);
    expect<i64>(stats.zombieFrames).toBe(0);
  });
});

describe("spill 0 and freelist 0", () => {
  it("every frame spills into the heap and nothing is cached", () => {
    init(64 * 1024, 0, 0, 0, 0);
    const t = tasklet();
    const c = code(FS);
    const used = vmHeap.used;
    const blocks = vmHeap.blocks;
    const fs = memory.data(8 * 4, 4);
    for (let i: u32 = 0; i < 8; i++) {
      const f = frameAlloc(t, c, FS);
      expect<bool>(inHeapOnly(f)).toBe(true);
      store<u32>(fs + (i << 2), f);
    }
    expect<i64>(stats.spills).toBe(8);
    expect<i64>(stats.freelistMisses).toBe(0);
    expect<i64>(stats.freelistHits).toBe(0);
    expect<u32>(arena.used).toBe(0);
    expect<u32>(t.arenaBytes).toBe(0);
    expect<u32>(vmHeap.used).toBe(used + 8 * FS);
    for (let i: u32 = 0; i < 8; i++) frameFree(t, c, load<u32>(fs + (i << 2)), FS);
    expect<u32>(flCount).toBe(0);
    expect<u32>(flBytes).toBe(0);
    expect<u32>(vmHeap.used).toBe(used);
    expect<u32>(vmHeap.blocks).toBe(blocks);
    expect<u32>(asCode(c).zombie).toBe(0);
  });
  it("also with no arena at all", () => {
    init(0, 1 << 20, 8, 1 << 20, 0);
    const t = tasklet();
    const c = code(FS);
    const f = frameAlloc(t, c, FS);
    expect<bool>(inHeapOnly(f)).toBe(true);
    expect<i64>(stats.spills).toBe(1);
    frameFree(t, c, f, FS);
    expect<u32>(flCount).toBe(0);
    expect<u32>(t.arenaBytes).toBe(0);
  });
});

describe("frameRelease", () => {
  it("releases the locals and the function, frees the frame, and pops the depth", () => {
    init(64 * 1024, 1 << 20, 0, 0, 0);
    const t = tasklet();
    const c = code(frameBytes(3, 0));
    asCode(c).nlocals = 3;
    const used = vmHeap.used;
    const globals = dictNew();
    const fn = funcNew(c, globals, 0, 0, 0);
    const size = asCode(c).frameSize;
    const f = frameAlloc(t, c, size);
    t.depth = 1;
    store<u32>(f, 0);         // back
    store<u32>(f, fn, F_FUNC); // the frame holds the reference
    const l = listNew(0);
    listAppend(l, intFromI64(1099511627776));
    store<u32>(f + F_LOCALS, l);
    store<u32>(f + F_LOCALS + 4, 0);                  // an empty local
    store<u32>(f + F_LOCALS + 8, intFromI64(-1099511627776));
    frameRelease(t, f, f + F_LOCALS + 12);
    expect<u32>(t.depth).toBe(0);
    expect<u32>(arena.used).toBe(0);
    expect<u32>(vmHeap.used).toBe(used); // list, its items, boxed ints, the function and its globals
  });
});
