// A region allocator over a fixed address range: segregated free lists for small blocks (8-byte
// size classes up to SMALL_MAX), an address-ordered first-fit list with coalescing for large ones,
// and a bump pointer between them. Callers pass the size back to free(): objects know their own
// size, so blocks carry no header (4 bytes saved per object on a 32-bit heap).
// The heap and the stack arena are two instances of this one allocator.

export const SMALL_MAX: u32 = 512;
const CLASSES: u32 = SMALL_MAX >> 3; // class i holds blocks of (i + 1) * 8 bytes

@unmanaged export class Region {
  base: u32;       // first byte
  top: u32;        // bump pointer: [base, top) has been handed out at least once
  limit: u32;      // one past the last usable byte
  grows: u32;      // 1: commit linear memory lazily up to limit (the heap); 0: already committed
  used: u32;       // bytes in live blocks
  peak: u32;
  blocks: u32;     // live block count
  large: u32;      // head of the large free list (each free block: [size u32, next u32])
  reach: u32;      // the highest top since init (the heap's memory this init has needed)
  // followed by CLASSES u32 free-list heads
}

export const REGION_BYTES: u32 = offsetof<Region>() + CLASSES * 4;

@inline export function roundSize(size: u32): u32 {
  return (size + 7) & ~7;
}

export function regionInit(r: Region, base: u32, limit: u32, grows: bool): void {
  base = (base + 7) & ~7;
  r.base = base;
  r.top = base;
  r.limit = limit < base ? base : limit;
  r.grows = grows ? 1 : 0;
  r.used = 0;
  r.peak = 0;
  r.blocks = 0;
  r.large = 0;
  r.reach = base;
  memory.fill(changetype<usize>(r) + offsetof<Region>(), 0, CLASSES * 4);
}

@inline function headAddr(r: Region, size: u32): usize {
  return changetype<usize>(r) + offsetof<Region>() + (((size >> 3) - 1) << 2);
}

// Commit linear memory so that [0, end) is addressable. Returns false if the engine refuses.
function commit(end: u32): bool {
  const have = <u32>memory.size() << 16;
  if (end <= have) return true;
  const pages = <i32>((end - have + 0xFFFF) >>> 16);
  return memory.grow(pages) >= 0;
}

function bump(r: Region, size: u32): u32 {
  const p = r.top;
  const end = <u64>p + size;
  if (end > <u64>r.limit) return 0;
  if (r.grows && !commit(<u32>end)) return 0;
  r.top = <u32>end;
  if (r.top > r.reach) r.reach = r.top;
  return p;
}

function takeLarge(r: Region, size: u32): u32 {
  let prevLink = changetype<usize>(r) + offsetof<Region>("large");
  let b = r.large;
  while (b) {
    const bsize = load<u32>(b);
    const next = load<u32>(b, 4);
    if (bsize >= size) {
      const rest = bsize - size;
      if (rest >= 16) {
        // split: the tail stays free in place of the block
        const tail = b + size;
        store<u32>(tail, rest);
        store<u32>(tail, next, 4);
        store<u32>(<u32>prevLink, tail);
      } else {
        store<u32>(<u32>prevLink, next);
        if (rest) { // an 8-byte remainder joins the smallest class
          const head = headAddr(r, 8);
          store<u32>(b + size, load<u32>(head));
          store<u32>(head, b + size);
        }
      }
      return b;
    }
    prevLink = b + 4;
    b = next;
  }
  return 0;
}

export function regionAlloc(r: Region, size: u32): u32 {
  if (size > 0xFFFFFFF0) return 0; // rounding would wrap
  size = roundSize(size == 0 ? 8 : size);
  let p: u32 = 0;
  if (size <= SMALL_MAX) {
    const head = headAddr(r, size);
    p = load<u32>(head);
    if (p) store<u32>(head, load<u32>(p));
    else p = bump(r, size);
  } else {
    p = takeLarge(r, size);
    if (!p) p = bump(r, size);
  }
  if (!p) {
    // Out of fresh memory: free blocks of other sizes may still add up. Merge every free block
    // into the large list (coalescing neighbours) and carve from it. Only on this slow path.
    reclaim(r);
    p = takeLarge(r, size);
    if (!p) p = bump(r, size);
  }
  if (!p) return 0;
  r.used += size;
  r.blocks++;
  if (r.used > r.peak) r.peak = r.used;
  return p;
}

// regionAlloc and regionFree for a small constant size (a multiple of 8 up to SMALL_MAX), with
// the size class's list inlined: the float box's allocation and release.
@inline export function regionAllocSmall(r: Region, size: u32): u32 {
  const head = headAddr(r, size);
  const p = load<u32>(head);
  if (!p) return regionAlloc(r, size);
  store<u32>(head, load<u32>(p));
  r.used += size;
  r.blocks++;
  if (r.used > r.peak) r.peak = r.used;
  return p;
}

@inline export function regionFreeSmall(r: Region, p: u32, size: u32): void {
  const head = headAddr(r, size);
  store<u32>(p, load<u32>(head));
  store<u32>(head, p);
  r.blocks--;
  r.used -= size;
}

export function regionFree(r: Region, p: u32, size: u32): void {
  size = roundSize(size == 0 ? 8 : size);
  r.blocks--;
  r.used -= size;
  if (size <= SMALL_MAX) {
    const head = headAddr(r, size);
    store<u32>(p, load<u32>(head));
    store<u32>(head, p);
  } else {
    freeLarge(r, p, size);
  }
}

// Address-ordered insert, merging with both neighbours; a block that ends at top retracts it.
function freeLarge(r: Region, p: u32, size: u32): void {
  let pp: u32 = 0;   // the free block before prev
  let prev: u32 = 0; // the last free block below p
  let b = r.large;
  while (b && b < p) { pp = prev; prev = b; b = load<u32>(b, 4); }
  let next = b;
  if (b && p + size == b) { size += load<u32>(b); next = load<u32>(b, 4); }
  let block = p;
  let before = prev; // the free block that links to `block`
  if (prev && prev + load<u32>(prev) == p) {
    block = prev;
    size += load<u32>(prev);
    before = pp;
  }
  if (block + size == r.top) {
    r.top = block;
    if (before) store<u32>(before, 0, 4); else r.large = 0;
    return;
  }
  store<u32>(block, size);
  store<u32>(block, next, 4);
  if (before) store<u32>(before, block, 4); else r.large = block;
}

// Sort a list of free blocks (linked through their first word) by address: merge sort on the
// list itself, because there is no memory to spare when this runs.
function sortByAddress(list: u32): u32 {
  if (!list || !load<u32>(list)) return list;
  // split in two
  let slow = list, fast = load<u32>(list);
  while (fast && load<u32>(fast)) { slow = load<u32>(slow); fast = load<u32>(load<u32>(fast)); }
  let b = load<u32>(slow);
  store<u32>(slow, 0);
  let a = sortByAddress(list);
  b = sortByAddress(b);
  let head: u32 = 0, tail: u32 = 0;
  while (a && b) {
    let take: u32;
    if (a < b) { take = a; a = load<u32>(a); } else { take = b; b = load<u32>(b); }
    if (tail) store<u32>(tail, take); else head = take;
    tail = take;
  }
  const rest = a ? a : b;
  if (tail) store<u32>(tail, rest); else head = rest;
  return head;
}

// Move every small free block into the large list, merging adjacent blocks.
function reclaim(r: Region): void {
  // one list of all small free blocks; each block keeps its size in its second word
  let all: u32 = 0;
  for (let c: u32 = 1; c <= CLASSES; c++) {
    const size = c << 3;
    const head = headAddr(r, size);
    let b = load<u32>(head);
    store<u32>(head, 0);
    while (b) {
      const next = load<u32>(b);
      store<u32>(b, all);
      store<u32>(b, size, 4);
      all = b;
      b = next;
    }
  }
  // and the large free blocks (stored as [size, next]): convert to [next, size]
  let b = r.large;
  r.large = 0;
  while (b) {
    const size = load<u32>(b), next = load<u32>(b, 4);
    store<u32>(b, all);
    store<u32>(b, size, 4);
    all = b;
    b = next;
  }
  all = sortByAddress(all);
  // rebuild the large list from runs of adjacent blocks
  let tail: u32 = 0;
  while (all) {
    const start = all;
    let size = load<u32>(all, 4);
    let next = load<u32>(all);
    while (next && start + size == next) { size += load<u32>(next, 4); next = load<u32>(next); }
    all = next;
    if (start + size == r.top) { r.top = start; continue; }
    store<u32>(start, size);
    store<u32>(start, 0, 4);
    if (tail) store<u32>(tail, start, 4); else r.large = start;
    tail = start;
  }
}

export function regionContains(r: Region, p: u32): bool {
  return p >= r.base && p < r.limit;
}
