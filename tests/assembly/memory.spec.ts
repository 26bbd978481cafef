// Specs for assembly/memory/region.ts: the region allocator behind the heap and the stack arena.
// Every region here lives in static memory of this module (memory.data), so the spec framework's
// own allocator (the stub runtime's bump pointer) never meets it.
import {
  Region, REGION_BYTES, SMALL_MAX, regionInit, regionAlloc, regionFree, regionContains, roundSize,
} from "../../assembly/memory/region";

const R = changetype<Region>(memory.data(REGION_BYTES, 8));
const MEM_BYTES: u32 = 64 * 1024;
const MEM: u32 = <u32>memory.data(MEM_BYTES, 16);

function fresh(bytes: u32): void {
  regionInit(R, MEM, MEM + bytes, false);
}

describe("regionInit", () => {
  it("aligns the base to 8 and starts empty", () => {
    regionInit(R, MEM + 3, MEM + 1000, false);
    expect<u32>(R.base).toBe(MEM + 8);
    expect<u32>(R.top).toBe(MEM + 8);
    expect<u32>(R.limit).toBe(MEM + 1000);
    expect<u32>(R.used).toBe(0);
    expect<u32>(R.peak).toBe(0);
    expect<u32>(R.blocks).toBe(0);
    expect<u32>(R.large).toBe(0);
  });
  it("clamps a limit below the base: nothing can be allocated", () => {
    regionInit(R, MEM + 64, MEM, false);
    expect<u32>(R.limit).toBe(MEM + 64);
    expect<u32>(regionAlloc(R, 8)).toBe(0);
    expect<u32>(R.blocks).toBe(0);
  });
  it("roundSize rounds up to 8", () => {
    expect<u32>(roundSize(1)).toBe(8);
    expect<u32>(roundSize(8)).toBe(8);
    expect<u32>(roundSize(9)).toBe(16);
    expect<u32>(roundSize(513)).toBe(520);
  });
});

describe("small size classes", () => {
  it("bump-allocate consecutive, 8-aligned blocks; size 0 takes 8 bytes", () => {
    fresh(4096);
    const a = regionAlloc(R, 24);
    const b = regionAlloc(R, 13);
    const c = regionAlloc(R, 0);
    const d = regionAlloc(R, 8);
    expect<u32>(a).toBe(MEM);
    expect<u32>(b).toBe(MEM + 24);
    expect<u32>(c).toBe(MEM + 40);
    expect<u32>(d).toBe(MEM + 48);
    expect<u32>(R.top).toBe(MEM + 56);
  });
  it("reuse freed blocks of the same class, last freed first (LIFO)", () => {
    fresh(4096);
    const a = regionAlloc(R, 24);
    const b = regionAlloc(R, 24);
    const c = regionAlloc(R, 24);
    regionFree(R, a, 24);
    regionFree(R, c, 24);
    regionFree(R, b, 24);
    const top = R.top;
    expect<u32>(regionAlloc(R, 24)).toBe(b);
    expect<u32>(regionAlloc(R, 17)).toBe(c); // 17 rounds into the same 24-byte class
    expect<u32>(regionAlloc(R, 24)).toBe(a);
    expect<u32>(R.top).toBe(top);             // no fresh memory was used
    expect<u32>(regionAlloc(R, 24)).toBe(top); // class empty again: bump
  });
  it("do not hand a freed block to another class", () => {
    fresh(4096);
    const a = regionAlloc(R, 32);
    regionAlloc(R, 8); // keeps a off the top
    regionFree(R, a, 32);
    const b = regionAlloc(R, 16);
    const c = regionAlloc(R, 40);
    expect<u32>(b).not.toBe(a);
    expect<u32>(c).not.toBe(a);
    expect<u32>(regionAlloc(R, 32)).toBe(a);
  });
  it("SMALL_MAX is the largest class: its blocks are reused LIFO too", () => {
    fresh(8192);
    const a = regionAlloc(R, SMALL_MAX);
    const b = regionAlloc(R, SMALL_MAX);
    regionAlloc(R, 8);
    regionFree(R, a, SMALL_MAX);
    regionFree(R, b, SMALL_MAX);
    expect<u32>(R.large).toBe(0); // small blocks never enter the large list
    expect<u32>(regionAlloc(R, SMALL_MAX)).toBe(b);
    expect<u32>(regionAlloc(R, SMALL_MAX)).toBe(a);
  });
});

describe("accounting", () => {
  it("used, peak and blocks follow allocations and frees (in rounded sizes)", () => {
    fresh(8192);
    const a = regionAlloc(R, 10);   // 16
    const b = regionAlloc(R, 100);  // 104
    const c = regionAlloc(R, 1000); // 1000 (large)
    expect<u32>(R.used).toBe(16 + 104 + 1000);
    expect<u32>(R.blocks).toBe(3);
    expect<u32>(R.peak).toBe(1120);
    regionFree(R, b, 100);
    expect<u32>(R.used).toBe(1016);
    expect<u32>(R.blocks).toBe(2);
    expect<u32>(R.peak).toBe(1120);
    regionFree(R, c, 1000);
    regionFree(R, a, 10);
    expect<u32>(R.used).toBe(0);
    expect<u32>(R.blocks).toBe(0);
    expect<u32>(R.peak).toBe(1120);
    regionAlloc(R, 2000);
    expect<u32>(R.peak).toBe(2000);
  });
  it("a failed allocation changes no counter", () => {
    fresh(1024);
    regionAlloc(R, 100);
    const used = R.used, blocks = R.blocks, peak = R.peak, top = R.top;
    expect<u32>(regionAlloc(R, 4096)).toBe(0);
    expect<u32>(R.used).toBe(used);
    expect<u32>(R.blocks).toBe(blocks);
    expect<u32>(R.peak).toBe(peak);
    expect<u32>(R.top).toBe(top);
  });
});

describe("large blocks", () => {
  it("are first-fit: the lowest free block that fits, not the best fit", () => {
    fresh(16384);
    const a = regionAlloc(R, 2048);
    regionAlloc(R, 8); // guard
    const b = regionAlloc(R, 1024);
    regionAlloc(R, 8); // guard: b is not the top block
    regionFree(R, a, 2048);
    regionFree(R, b, 1024);
    expect<u32>(R.large).toBe(a); // address-ordered
    expect<u32>(regionAlloc(R, 1000)).toBe(a);
  });
  it("split: the tail stays free and serves the next fitting request", () => {
    fresh(16384);
    const a = regionAlloc(R, 3072);
    regionAlloc(R, 8);
    regionFree(R, a, 3072);
    const top = R.top;
    expect<u32>(regionAlloc(R, 1024)).toBe(a);
    expect<u32>(R.large).toBe(a + 1024);
    expect<u32>(load<u32>(a + 1024)).toBe(2048); // the free tail's size word
    expect<u32>(regionAlloc(R, 1200)).toBe(a + 1024);
    expect<u32>(regionAlloc(R, 848)).toBe(a + 2224); // exact fit of the rest
    expect<u32>(R.large).toBe(0);
    expect<u32>(R.top).toBe(top);
    expect<u32>(regionAlloc(R, 1024)).toBe(top); // nothing free fits: bump
  });
  it("an 8-byte remainder goes to the 8-byte class", () => {
    fresh(16384);
    const a = regionAlloc(R, 1032);
    regionAlloc(R, 8);
    regionFree(R, a, 1032);
    expect<u32>(regionAlloc(R, 1024)).toBe(a);
    expect<u32>(R.large).toBe(0);
    expect<u32>(regionAlloc(R, 8)).toBe(a + 1024);
  });
  it("a block too small for a request is skipped, and kept", () => {
    fresh(16384);
    const a = regionAlloc(R, 600);
    regionAlloc(R, 8);
    regionFree(R, a, 600);
    const b = regionAlloc(R, 1024);
    expect<u32>(b).not.toBe(a);
    expect<u32>(R.large).toBe(a);
    expect<u32>(regionAlloc(R, 600)).toBe(a);
  });
});

describe("coalescing", () => {
  it("three neighbours freed in any order become one block (middle last)", () => {
    fresh(16384);
    const a = regionAlloc(R, 1024);
    const b = regionAlloc(R, 1024);
    const c = regionAlloc(R, 1024);
    regionAlloc(R, 8); // guard: c is not the top block
    regionFree(R, a, 1024);
    regionFree(R, c, 1024);
    regionFree(R, b, 1024);
    expect<u32>(R.large).toBe(a);
    expect<u32>(load<u32>(a)).toBe(3072);
    expect<u32>(load<u32>(a, 4)).toBe(0); // the only free block
    const top = R.top;
    expect<u32>(regionAlloc(R, 3072)).toBe(a);
    expect<u32>(R.top).toBe(top);
  });
  it("merges with the block below", () => {
    fresh(16384);
    const a = regionAlloc(R, 1024);
    const b = regionAlloc(R, 2048);
    regionAlloc(R, 8);
    regionFree(R, a, 1024);
    regionFree(R, b, 2048);
    expect<u32>(regionAlloc(R, 3072)).toBe(a);
  });
  it("merges with the block above", () => {
    fresh(16384);
    const a = regionAlloc(R, 1024);
    const b = regionAlloc(R, 2048);
    regionAlloc(R, 8);
    regionFree(R, b, 2048);
    regionFree(R, a, 1024);
    expect<u32>(regionAlloc(R, 3072)).toBe(a);
  });
  it("keeps separate blocks separate and the list address-ordered", () => {
    fresh(16384);
    const a = regionAlloc(R, 1024);
    regionAlloc(R, 8);
    const b = regionAlloc(R, 1024);
    regionAlloc(R, 8);
    const c = regionAlloc(R, 1024);
    regionAlloc(R, 8);
    regionFree(R, c, 1024);
    regionFree(R, a, 1024);
    regionFree(R, b, 1024);
    expect<u32>(R.large).toBe(a);
    expect<u32>(load<u32>(a, 4)).toBe(b);
    expect<u32>(load<u32>(b, 4)).toBe(c);
    expect<u32>(load<u32>(c, 4)).toBe(0);
    const top = R.top;
    expect<u32>(regionAlloc(R, 2048)).toBe(top); // no merged 2 KiB block exists
  });
});

describe("the top block", () => {
  it("freeing the top large block retracts top", () => {
    fresh(16384);
    regionAlloc(R, 64);
    const a = regionAlloc(R, 1024);
    regionFree(R, a, 1024);
    expect<u32>(R.top).toBe(a);
    expect<u32>(R.large).toBe(0);
  });
  it("retracting also swallows free blocks just below it", () => {
    fresh(16384);
    regionAlloc(R, 64);
    const a = regionAlloc(R, 1024);
    const b = regionAlloc(R, 1024);
    regionFree(R, a, 1024);
    expect<u32>(R.large).toBe(a);
    regionFree(R, b, 1024);
    expect<u32>(R.top).toBe(a);
    expect<u32>(R.large).toBe(0);
  });
  it("a retract leaves lower free blocks listed and their link ends the list", () => {
    fresh(16384);
    const a = regionAlloc(R, 1024);
    regionAlloc(R, 8);
    const b = regionAlloc(R, 1024);
    const c = regionAlloc(R, 1024);
    regionFree(R, a, 1024);
    regionFree(R, b, 1024);
    regionFree(R, c, 1024);
    expect<u32>(R.top).toBe(b);
    expect<u32>(R.large).toBe(a);
    expect<u32>(load<u32>(a, 4)).toBe(0);
    expect<u32>(regionAlloc(R, 1024)).toBe(a);
    expect<u32>(regionAlloc(R, 1024)).toBe(b);
  });
});

describe("the limit", () => {
  it("an allocation that does not fit returns 0 and the region stays usable", () => {
    fresh(4096);
    expect<u32>(regionAlloc(R, 4096 + 8)).toBe(0);
    expect<u32>(regionAlloc(R, 1 << 30)).toBe(0);
    expect<u32>(regionAlloc(R, 0xFFFFFFF0)).toBe(0); // no 32-bit wrap-around
    expect<u32>(R.used).toBe(0);
    const a = regionAlloc(R, 64);
    expect<u32>(a).toBe(MEM);
    const b = regionAlloc(R, 4096 - 64);
    expect<u32>(b).toBe(MEM + 64);
    expect<u32>(R.top).toBe(R.limit);
    expect<u32>(regionAlloc(R, 8)).toBe(0);
    regionFree(R, a, 64);
    expect<u32>(regionAlloc(R, 64)).toBe(a);
  });
  it("sizes near 2^32 fail instead of wrapping round to a small block", () => {
    fresh(4096);
    expect<u32>(regionAlloc(R, 0xFFFFFFF9)).toBe(0);
    expect<u32>(regionAlloc(R, 0xFFFFFFFF)).toBe(0);
    expect<u32>(R.blocks).toBe(0);
    expect<u32>(R.top).toBe(MEM);
  });
  it("the whole range can be handed out in one block", () => {
    fresh(4096);
    expect<u32>(regionAlloc(R, 4096)).toBe(MEM);
    expect<u32>(R.used).toBe(4096);
  });
});

describe("reclaim (the out-of-memory slow path)", () => {
  it("a region full of freed small blocks serves a large allocation", () => {
    fresh(4096);
    let n: u32 = 0;
    while (regionAlloc(R, 32)) n++;
    expect<u32>(n).toBe(128);
    expect<u32>(R.top).toBe(R.limit);
    for (let i: u32 = 0; i < n; i++) regionFree(R, MEM + i * 32, 32);
    expect<u32>(R.used).toBe(0);
    const big = regionAlloc(R, 4096);
    expect<u32>(big).toBe(MEM);
    expect<u32>(R.used).toBe(4096);
    expect<u32>(R.blocks).toBe(1);
  });
  it("a region full of freed small blocks serves another small class", () => {
    fresh(4096);
    let n: u32 = 0;
    while (regionAlloc(R, 32)) n++;
    for (let i: u32 = 0; i < n; i++) regionFree(R, MEM + i * 32, 32);
    let m: u32 = 0;
    while (regionAlloc(R, 48)) m++;
    expect<u32>(m).toBe(4096 / 48);
  });
  it("merges only adjacent free blocks; live blocks stay put", () => {
    fresh(4096);
    let n: u32 = 0;
    while (regionAlloc(R, 32)) n++;
    // free the lower half: one 2 KiB run below live blocks
    for (let i: u32 = 0; i < 64; i++) regionFree(R, MEM + i * 32, 32);
    expect<u32>(regionAlloc(R, 1024)).toBe(MEM);
    expect<u32>(regionAlloc(R, 1024)).toBe(MEM + 1024);
    expect<u32>(R.used).toBe(4096);
    expect<u32>(regionAlloc(R, 32)).toBe(0);
    // the upper half is untouched: its blocks can still be freed and reused
    regionFree(R, MEM + 2048, 32);
    expect<u32>(regionAlloc(R, 32)).toBe(MEM + 2048);
  });
  it("fragmented free memory: a request larger than any run fails, smaller ones succeed", () => {
    fresh(4096);
    let n: u32 = 0;
    while (regionAlloc(R, 32)) n++;
    // free every other block: 64 separate 32-byte holes
    for (let i: u32 = 0; i < n; i += 2) regionFree(R, MEM + i * 32, 32);
    expect<u32>(regionAlloc(R, 64)).toBe(0);
    expect<u32>(R.used).toBe(2048);
    let m: u32 = 0;
    while (regionAlloc(R, 16)) m++;
    expect<u32>(m).toBe(128); // each 32-byte hole splits into two 16-byte blocks
    expect<u32>(R.used).toBe(4096);
  });
  it("reclaimed blocks that reach the top retract it", () => {
    fresh(4096);
    regionAlloc(R, 1024); // live, at the bottom
    let n: u32 = 0;
    while (regionAlloc(R, 64)) n++;
    expect<u32>(n).toBe(48);
    for (let i: u32 = 0; i < n; i++) regionFree(R, MEM + 1024 + i * 64, 64);
    expect<u32>(regionAlloc(R, 3072)).toBe(MEM + 1024);
    expect<u32>(R.top).toBe(R.limit);
  });
  it("mixes small free blocks with large free blocks", () => {
    fresh(4096);
    const a = regionAlloc(R, 1024);
    const s1 = regionAlloc(R, 8);
    const s2 = regionAlloc(R, 256);
    const b = regionAlloc(R, 1024);
    regionAlloc(R, 4096 - R.top + MEM); // fill to the limit
    regionFree(R, a, 1024);
    regionFree(R, s1, 8);
    regionFree(R, s2, 256);
    regionFree(R, b, 1024);
    // 1024 + 8 + 256 + 1024 contiguous bytes, in four pieces on three lists
    expect<u32>(regionAlloc(R, 2312)).toBe(a);
  });
});

describe("regionContains", () => {
  it("is [base, limit)", () => {
    regionInit(R, MEM, MEM + 4096, false);
    expect<bool>(regionContains(R, MEM)).toBe(true);
    expect<bool>(regionContains(R, MEM + 4095)).toBe(true);
    expect<bool>(regionContains(R, MEM + 4096)).toBe(false);
    expect<bool>(regionContains(R, MEM - 8)).toBe(false);
    expect<bool>(regionContains(R, 0)).toBe(false);
  });
  it("covers the whole range, not only what was handed out", () => {
    regionInit(R, MEM, MEM + 4096, false);
    regionAlloc(R, 8);
    expect<bool>(regionContains(R, MEM + 2048)).toBe(true);
  });
  it("an empty region contains nothing", () => {
    regionInit(R, 0, 0, false);
    expect<bool>(regionContains(R, 0)).toBe(false);
    expect<bool>(regionContains(R, 8)).toBe(false);
  });
});
