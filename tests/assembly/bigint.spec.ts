// Specs for assembly/objects/bigint.ts: magnitude arithmetic on u32 limbs in raw memory.
// Operands live in static memory of this module; each helper writes limbs from a u64 pair.
import {
  magLen, magCmp, magAdd, magSub, magMul, magMulSmall, magDivSmall, magDivMod, magShl, magShr,
  magLowBits, magBitLength, magNegate,
} from "../../assembly/objects/bigint";

const A: usize = memory.data(64 * 4, 8);
const B: usize = memory.data(64 * 4, 8);
const R: usize = memory.data(64 * 4, 8);
const Q: usize = memory.data(64 * 4, 8);
const UN: usize = memory.data(64 * 4, 8);
const VN: usize = memory.data(64 * 4, 8);

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
    expect<u32>(magMul(R, A, an, A, an)).toBe(4);
    expect<u32>(limb(R, 0)).toBe(1);
    expect<u32>(limb(R, 1)).toBe(0);
    expect<u32>(limb(R, 2)).toBe(0xFFFFFFFE);
    expect<u32>(limb(R, 3)).toBe(0xFFFFFFFF);
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
