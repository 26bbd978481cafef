// Specs for assembly/objects/bigint.ts: magnitude arithmetic on u32 limbs in raw memory.
// Operands live in static memory of this module; each helper writes limbs from a u64 pair.
import {
  magLen, magCmp, magAdd, magSub, magMul, magMulScratch, magMulSmall, magDivSmall, magDivMod, magShl, magShr,
  magLowBits, magBitLength, magNegate,
} from "../../assembly/objects/bigint";

const A: usize = memory.data(64 * 4, 8);
const B: usize = memory.data(64 * 4, 8);
const R: usize = memory.data(64 * 4, 8);
const Q: usize = memory.data(64 * 4, 8);
const UN: usize = memory.data(64 * 4, 8);
const VN: usize = memory.data(64 * 4, 8);

// Operands past the Karatsuba threshold, their products and the work space.
const BIG_A: usize = memory.data(400 * 4, 8);
const BIG_B: usize = memory.data(400 * 4, 8);
const BIG_R: usize = memory.data(800 * 4, 8);
const BIG_R2: usize = memory.data(800 * 4, 8);
const WORK_LIMBS: u32 = 4096;
const BIG_W: usize = memory.data(WORK_LIMBS * 4, 8);

// n pseudo-random limbs (a linear congruential sequence), the top one nonzero.
function fill(p: usize, n: u32, seed: u32): void {
  let x = seed;
  for (let i: u32 = 0; i < n; i++) { x = x * 1664525 + 1013904223; store<u32>(p + (<usize>i << 2), x); }
  store<u32>(p + (<usize>(n - 1) << 2), x | 1);
}

function limb(p: usize, i: u32): u32 { return load<u32>(p + (<usize>i << 2)); }

// Writes limbs (least significant first) and returns their count.
function set(p: usize, limbs: u32[]): u32 {
  memory.fill(p, 0, 64 * 4);
  for (let i = 0; i < limbs.length; i++) store<u32>(p + (<usize>i << 2), limbs[i]);
  return <u32>limbs.length;
}

describe("magLen and magCmp", () => {
  it("drops high zero limbs", () => {
    expect<u32>(magLen(A, set(A, [5, 0, 0]))).toBe(1);
    expect<u32>(magLen(A, set(A, [0, 0]))).toBe(0);
  });
  it("orders by length, then from the top limb", () => {
    const an = set(A, [0, 1]), bn = set(B, [0xFFFFFFFF]);
    expect<i32>(magCmp(A, an, B, bn)).toBe(1);
    set(B, [1, 1]);
    expect<i32>(magCmp(A, an, B, 2)).toBe(-1);
    set(B, [0, 1]);
    expect<i32>(magCmp(A, an, B, 2)).toBe(0);
  });
});

describe("add, subtract, multiply", () => {
  it("carries across limbs into a new top limb", () => {
    const an = set(A, [0xFFFFFFFF, 0xFFFFFFFF]), bn = set(B, [1]);
    expect<u32>(magAdd(R, A, an, B, bn)).toBe(3);
    expect<u32>(limb(R, 0)).toBe(0);
    expect<u32>(limb(R, 2)).toBe(1);
  });
  it("adds a longer second operand", () => {
    const an = set(A, [1]), bn = set(B, [0xFFFFFFFF, 7]);
    expect<u32>(magAdd(R, A, an, B, bn)).toBe(2);
    expect<u32>(limb(R, 0)).toBe(0);
    expect<u32>(limb(R, 1)).toBe(8);
  });
  it("borrows and normalizes", () => {
    const an = set(A, [0, 0, 1]), bn = set(B, [1]);
    expect<u32>(magSub(R, A, an, B, bn)).toBe(2);
    expect<u32>(limb(R, 0)).toBe(0xFFFFFFFF);
    expect<u32>(limb(R, 1)).toBe(0xFFFFFFFF);
  });
  it("multiplies (2^64 - 1)^2 = 2^128 - 2^65 + 1", () => {
    const an = set(A, [0xFFFFFFFF, 0xFFFFFFFF]);
    expect<u32>(magMul(R, A, an, A, an, 0)).toBe(4);
    expect<u32>(limb(R, 0)).toBe(1);
    expect<u32>(limb(R, 1)).toBe(0);
    expect<u32>(limb(R, 2)).toBe(0xFFFFFFFE);
    expect<u32>(limb(R, 3)).toBe(0xFFFFFFFF);
  });
  it("Karatsuba (with work space) equals schoolbook (without), squares and unbalanced too", () => {
    const sizes: u32[][] = [[150, 97], [150, 150], [300, 70], [200, 64], [129, 65], [64, 64], [400, 399]];
    for (let k = 0; k < sizes.length; k++) {
      const an = sizes[k][0], bn = sizes[k][1];
      fill(BIG_A, an, 17 + k);
      fill(BIG_B, bn, 91 + k);
      expect<bool>(magMulScratch(an, bn) <= <u64>WORK_LIMBS).toBe(true);
      const n1 = magMul(BIG_R, BIG_A, an, BIG_B, bn, 0);
      const n2 = magMul(BIG_R2, BIG_A, an, BIG_B, bn, BIG_W);
      expect<u32>(n2).toBe(n1);
      expect<i32>(memory.compare(BIG_R, BIG_R2, <usize>n1 << 2)).toBe(0);
      const s1 = magMul(BIG_R, BIG_A, an, BIG_A, an, 0);
      const s2 = magMul(BIG_R2, BIG_A, an, BIG_A, an, BIG_W);
      expect<u32>(s2).toBe(s1);
      expect<i32>(memory.compare(BIG_R, BIG_R2, <usize>s1 << 2)).toBe(0);
    }
  });
  it("multiplies all-ones limbs past the threshold: (2^(32n) - 1)^2 = 2^(64n) - 2^(32n+1) + 1", () => {
    const n: u32 = 130;
    memory.fill(BIG_A, 0xFF, <usize>n << 2);
    expect<u32>(magMul(BIG_R, BIG_A, n, BIG_A, n, BIG_W)).toBe(2 * n);
    expect<u32>(limb(BIG_R, 0)).toBe(1);
    for (let i: u32 = 1; i < n; i++) expect<u32>(limb(BIG_R, i)).toBe(0);
    expect<u32>(limb(BIG_R, n)).toBe(0xFFFFFFFE);
    for (let i: u32 = n + 1; i < 2 * n; i++) expect<u32>(limb(BIG_R, i)).toBe(0xFFFFFFFF);
  });
  it("multiplies by a limb and adds one", () => {
    const an = set(A, [0x80000000]);
    expect<u32>(magMulSmall(R, A, an, 4, 3)).toBe(2);
    expect<u32>(limb(R, 0)).toBe(3);
    expect<u32>(limb(R, 1)).toBe(2);
  });
});

describe("division", () => {
  it("divides by one limb with a remainder", () => {
    const an = set(A, [0, 1]); // 2^32
    expect<u32>(magDivSmall(Q, A, an, 10)).toBe(6); // 4294967296 = 429496729 * 10 + 6
    expect<u32>(limb(Q, 0)).toBe(429496729);
    expect<u32>(limb(Q, 1)).toBe(0);
  });
  it("Knuth D: (2^96 + 5) / (2^64 + 3)", () => {
    const an = set(A, [5, 0, 0, 1]), bn = set(B, [3, 0, 1]);
    magDivMod(Q, R, A, an, B, bn, UN, VN);
    // q = 2^32 - 1 (since (2^64+3)(2^32-1) = 2^96 - 2^64 + 3*2^32 - 3), r = 2^64 - 3*2^32 + 8
    expect<u32>(limb(Q, 0)).toBe(0xFFFFFFFF);
    expect<u32>(limb(Q, 1)).toBe(0);
    expect<u32>(limb(R, 0)).toBe(8);
    expect<u32>(limb(R, 1)).toBe(0xFFFFFFFD);
    expect<u32>(limb(R, 2)).toBe(0);
  });
  it("Knuth D with a quotient digit one too large (the add-back step)", () => {
    // found by simulating algorithm D: qhat passes the two-limb test but the product exceeds u
    const an = set(A, [0xFFFFFFFF, 0, 0x80000000, 0x80000000]), bn = set(B, [0x80000000, 1, 0x80000001]);
    magDivMod(Q, R, A, an, B, bn, UN, VN);
    expect<u32>(limb(Q, 0)).toBe(0xFFFFFFFE);
    expect<u32>(limb(Q, 1)).toBe(0);
    expect<u32>(limb(R, 0)).toBe(0xFFFFFFFF);
    expect<u32>(limb(R, 1)).toBe(0x80000003);
    expect<u32>(limb(R, 2)).toBe(0x80000000);
  });
});

describe("shifts and bits", () => {
  it("shifts left across a limb boundary", () => {
    const an = set(A, [0x80000001]);
    expect<u32>(magShl(R, A, an, 33)).toBe(3);
    expect<u32>(limb(R, 0)).toBe(0);
    expect<u32>(limb(R, 1)).toBe(2);
    expect<u32>(limb(R, 2)).toBe(1);
  });
  it("shifts right and reports lost bits", () => {
    const an = set(A, [1, 0, 6]);
    expect<u32>(magShr(R, A, an, 65)).toBe(1);
    expect<u32>(limb(R, 0)).toBe(3);
    expect<bool>(magLowBits(A, an, 65)).toBe(true);
    expect<bool>(magLowBits(A, an, 0)).toBe(false);
    set(A, [0, 0, 6]);
    expect<bool>(magLowBits(A, 3, 65)).toBe(false);
  });
  it("bit length", () => {
    expect<u64>(magBitLength(A, set(A, [0, 0, 6]))).toBe(67);
    expect<u64>(magBitLength(A, 0)).toBe(0);
  });
  it("two's complement negation", () => {
    const n = set(A, [1, 0]);
    magNegate(A, n);
    expect<u32>(limb(A, 0)).toBe(0xFFFFFFFF);
    expect<u32>(limb(A, 1)).toBe(0xFFFFFFFF);
  });
});
