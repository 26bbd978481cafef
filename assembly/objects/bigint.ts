// Magnitude arithmetic on little-endian u32 limbs in raw memory (the digits of big ints).
// No allocation: callers pass room for results. A length is a limb count; functions that
// produce a magnitude return its normalized length (no high zero limbs). The quadratic routines
// charge their limb operations to the op budget (charge.ts).
import { chargeLimbOps } from "./charge";

@inline function limb(p: usize, i: u32): u32 { return load<u32>(p + (<usize>i << 2)); }
@inline function setLimb(p: usize, i: u32, x: u32): void { store<u32>(p + (<usize>i << 2), x); }

export function magLen(p: usize, n: u32): u32 {
  while (n && !limb(p, n - 1)) n--;
  return n;
}

export function magCmp(a: usize, an: u32, b: usize, bn: u32): i32 {
  if (an != bn) return an < bn ? -1 : 1;
  for (let i = <i32>an - 1; i >= 0; i--) {
    const x = limb(a, i), y = limb(b, i);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

// r = a + b; r has room for max(an, bn) + 1 limbs and may be a or b.
export function magAdd(r: usize, a: usize, an: u32, b: usize, bn: u32): u32 {
  if (an < bn) { const p = a; a = b; b = p; const n = an; an = bn; bn = n; }
  let carry: u64 = 0;
  for (let i: u32 = 0; i < an; i++) {
    const s = <u64>limb(a, i) + (i < bn ? <u64>limb(b, i) : 0) + carry;
    setLimb(r, i, <u32>s);
    carry = s >> 32;
  }
  setLimb(r, an, <u32>carry);
  return an + <u32>carry;
}

// r = a - b with a >= b; r has room for an limbs and may be a.
export function magSub(r: usize, a: usize, an: u32, b: usize, bn: u32): u32 {
  let borrow: i64 = 0;
  for (let i: u32 = 0; i < an; i++) {
    const d = <i64>limb(a, i) - (i < bn ? <i64>limb(b, i) : 0) - borrow;
    setLimb(r, i, <u32>d);
    borrow = d < 0 ? 1 : 0;
  }
  return magLen(r, an);
}

// Below this many limbs (the shorter operand) schoolbook multiplication is faster than
// Karatsuba's three half-size products plus their additions (measured: docs/architecture.md).
export const KARATSUBA_LIMBS: u32 = 64;

// r = a * b; r has room for an + bn limbs and is neither a nor b; w is work space of
// magMulScratch(an, bn) limbs, or 0 for schoolbook only. a == b (same limbs) is a square.
export function magMul(r: usize, a: usize, an: u32, b: usize, bn: u32, w: usize): u32 {
  if (an < bn) { const p = a; a = b; b = p; const n = an; an = bn; bn = n; }
  if (!bn) return 0;
  if (w) mul(r, a, an, b, bn, w); else basecase(r, a, an, b, bn);
  return magLen(r, an + bn);
}

// The work space magMul needs, in limbs (u64: the caller checks it against the budget).
export function magMulScratch(an: u32, bn: u32): u64 {
  if (an < bn) { const n = an; an = bn; bn = n; }
  if (bn < KARATSUBA_LIMBS) return 0;
  const h = (an + 1) >> 1;
  if (bn <= h) {
    // chunks of a times b: a chunk product, and the work of the largest chunk's product
    const last = an % bn;
    const lastNeed = last ? magMulScratch(bn, last) : 0;
    const full = magMulScratch(bn, bn);
    return (<u64>bn << 1) + (full > lastNeed ? full : lastNeed);
  }
  // the two half sums and their product, then the work of that product
  return (<u64>(h + 1) << 2) + magMulScratch(h + 1, h + 1);
}

// All an + bn limbs of r = a * b (an >= bn >= 1), high zero limbs included.
function mul(r: usize, a: usize, an: u32, b: usize, bn: u32, w: usize): void {
  if (bn < KARATSUBA_LIMBS) { basecase(r, a, an, b, bn); return; }
  const h = (an + 1) >> 1;
  if (bn <= h) { mulChunks(r, a, an, b, bn, w); return; }
  // Karatsuba: with a = a1·B^h + a0 and b = b1·B^h + b0,
  // a·b = z2·B^2h + (z1 - z2 - z0)·B^h + z0, z0 = a0·b0, z2 = a1·b1, z1 = (a0 + a1)(b0 + b1)
  const square = a == b && an == bn;
  const a1 = a + (<usize>h << 2), b1 = b + (<usize>h << 2);
  mul(r, a, h, b, h, w); // z0 in r[0, 2h)
  const hi = r + (<usize>(h << 1) << 2);
  if (an - h >= bn - h) mul(hi, a1, an - h, b1, bn - h, w); // z2 in r[2h, an + bn)
  else mul(hi, b1, bn - h, a1, an - h, w);
  const sa = w, sb = w + (<usize>(h + 1) << 2), z1 = sb + (<usize>(h + 1) << 2);
  const rest = z1 + (<usize>(h + 1) << 3);
  magAdd(sa, a, h, a1, an - h); // h + 1 limbs, the top one the carry
  if (!square) magAdd(sb, b, h, b1, bn - h);
  mul(z1, sa, h + 1, square ? sa : sb, h + 1, rest);
  const zn = (h + 1) << 1;
  subInPlace(z1, zn, r, h << 1);
  subInPlace(z1, zn, hi, an + bn - (h << 1));
  addInPlace(r + (<usize>h << 2), an + bn - h, z1, magLen(z1, zn));
}

function basecase(r: usize, a: usize, an: u32, b: usize, bn: u32): void {
  if (a == b && an == bn) sqrBasecase(r, a, an); else mulBasecase(r, a, an, b, bn);
}

// a much longer than b: r = sum of (bn-limb chunks of a) * b, each product in w.
function mulChunks(r: usize, a: usize, an: u32, b: usize, bn: u32, w: usize): void {
  memory.fill(r, 0, <usize>(an + bn) << 2);
  const t = w, rest = w + (<usize>(bn << 1) << 2);
  for (let i: u32 = 0; i < an; i += bn) {
    const cn = an - i < bn ? an - i : bn;
    if (cn >= bn) mul(t, a + (<usize>i << 2), cn, b, bn, rest);
    else mul(t, b, bn, a + (<usize>i << 2), cn, rest);
    addInPlace(r + (<usize>i << 2), an + bn - i, t, cn + bn);
  }
}

// r[0, rn) += x[0, xn) (xn <= rn; the sum fits rn limbs).
function addInPlace(r: usize, rn: u32, x: usize, xn: u32): void {
  let carry: u64 = 0;
  let i: u32 = 0;
  for (; i < xn; i++) {
    const s = <u64>limb(r, i) + <u64>limb(x, i) + carry;
    setLimb(r, i, <u32>s);
    carry = s >> 32;
  }
  for (; carry && i < rn; i++) {
    const s = <u64>limb(r, i) + carry;
    setLimb(r, i, <u32>s);
    carry = s >> 32;
  }
}

// r[0, rn) -= x[0, xn) (xn <= rn; r >= x).
function subInPlace(r: usize, rn: u32, x: usize, xn: u32): void {
  let borrow: i64 = 0;
  let i: u32 = 0;
  for (; i < xn; i++) {
    const d = <i64>limb(r, i) - <i64>limb(x, i) - borrow;
    setLimb(r, i, <u32>d);
    borrow = d < 0 ? 1 : 0;
  }
  for (; borrow && i < rn; i++) {
    const d = <i64>limb(r, i) - borrow;
    setLimb(r, i, <u32>d);
    borrow = d < 0 ? 1 : 0;
  }
}

// Schoolbook square: each cross product once, doubled, plus the squares of the limbs.
function sqrBasecase(r: usize, a: usize, n: u32): void {
  memory.fill(r, 0, <usize>(n << 1) << 2);
  for (let i: u32 = 0; i < n; i++) {
    const x = <u64>limb(a, i);
    if (!x) continue;
    let carry: u64 = 0;
    for (let j = i + 1; j < n; j++) {
      const t = x * <u64>limb(a, j) + <u64>limb(r, i + j) + carry;
      setLimb(r, i + j, <u32>t);
      carry = t >> 32;
    }
    setLimb(r, i + n, <u32>carry);
  }
  // double the cross products, then add each limb's square at 2i
  let top: u32 = 0;
  for (let i: u32 = 0; i < n << 1; i++) {
    const x = limb(r, i);
    setLimb(r, i, (x << 1) | top);
    top = x >> 31;
  }
  let carry: u64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const x = <u64>limb(a, i);
    const sq = x * x;
    const lo = <u64>limb(r, i << 1) + (sq & 0xFFFFFFFF) + carry;
    setLimb(r, i << 1, <u32>lo);
    const hi = <u64>limb(r, (i << 1) + 1) + (sq >> 32) + (lo >> 32);
    setLimb(r, (i << 1) + 1, <u32>hi);
    carry = hi >> 32;
  }
  chargeLimbOps(<u64>n * <u64>n >> 1);
}

// Schoolbook: all an + bn limbs of r = a * b.
function mulBasecase(r: usize, a: usize, an: u32, b: usize, bn: u32): void {
  memory.fill(r, 0, <usize>(an + bn) << 2);
  for (let i: u32 = 0; i < an; i++) {
    const x = <u64>limb(a, i);
    if (!x) continue;
    let carry: u64 = 0;
    for (let j: u32 = 0; j < bn; j++) {
      const t = x * <u64>limb(b, j) + <u64>limb(r, i + j) + carry;
      setLimb(r, i + j, <u32>t);
      carry = t >> 32;
    }
    setLimb(r, i + bn, <u32>carry);
  }
  chargeLimbOps(<u64>an * <u64>bn);
}

// r = a * m + add; r has room for an + 1 limbs and may be a.
export function magMulSmall(r: usize, a: usize, an: u32, m: u32, add: u32): u32 {
  let carry = <u64>add;
  for (let i: u32 = 0; i < an; i++) {
    const t = <u64>limb(a, i) * <u64>m + carry;
    setLimb(r, i, <u32>t);
    carry = t >> 32;
  }
  setLimb(r, an, <u32>carry);
  return magLen(r, an + 1);
}

// q = a / d (d != 0); returns the remainder. q has room for an limbs and may be a.
export function magDivSmall(q: usize, a: usize, an: u32, d: u32): u32 {
  let rem: u64 = 0;
  for (let i = <i32>an - 1; i >= 0; i--) {
    const cur = (rem << 32) | <u64>limb(a, i);
    setLimb(q, i, <u32>(cur / <u64>d));
    rem = cur % <u64>d;
  }
  return <u32>rem;
}

// Knuth's algorithm D (as in Hacker's Delight, divmnu): q = a / b, r = a % b, for an >= bn >= 2.
// q has room for an - bn + 1 limbs, r for bn; un (an + 1 limbs) and vn (bn limbs) are work space.
export function magDivMod(q: usize, r: usize, a: usize, an: u32, b: usize, bn: u32, un: usize, vn: usize): void {
  // normalize: shift both so that b's top limb has its high bit set
  const s = <u64>clz(limb(b, bn - 1));
  for (let i = <i32>bn - 1; i >= 0; i--) {
    const lo = i > 0 ? <u64>limb(b, i - 1) : 0;
    setLimb(vn, i, <u32>(((<u64>limb(b, i) << 32 | lo) << s) >> 32));
  }
  setLimb(un, an, <u32>((<u64>limb(a, an - 1) << s) >> 32));
  for (let i = <i32>an - 1; i >= 0; i--) {
    const lo = i > 0 ? <u64>limb(a, i - 1) : 0;
    setLimb(un, i, <u32>(((<u64>limb(a, i) << 32 | lo) << s) >> 32));
  }
  const vTop = <u64>limb(vn, bn - 1), vNext = <u64>limb(vn, bn - 2);
  const B: u64 = <u64>1 << 32;
  for (let j = <i32>(an - bn); j >= 0; j--) {
    const ju = <u32>j;
    const num = (<u64>limb(un, ju + bn) << 32) | <u64>limb(un, ju + bn - 1);
    let qhat = num / vTop;
    let rhat = num % vTop;
    while (qhat >= B || qhat * vNext > ((rhat << 32) | <u64>limb(un, ju + bn - 2))) {
      qhat--;
      rhat += vTop;
      if (rhat >= B) break;
    }
    // un[j .. j+bn] -= qhat * vn
    let borrow: i64 = 0;
    let carry: u64 = 0;
    for (let i: u32 = 0; i < bn; i++) {
      const p = qhat * <u64>limb(vn, i) + carry;
      carry = p >> 32;
      const t = <i64>limb(un, i + ju) - borrow - <i64>(p & 0xFFFFFFFF);
      setLimb(un, i + ju, <u32>t);
      borrow = t < 0 ? 1 : 0;
    }
    const t = <i64>limb(un, ju + bn) - borrow - <i64>carry;
    setLimb(un, ju + bn, <u32>t);
    if (t < 0) {
      // qhat was one too large: add vn back
      qhat--;
      let c: u64 = 0;
      for (let i: u32 = 0; i < bn; i++) {
        const sum = <u64>limb(un, i + ju) + <u64>limb(vn, i) + c;
        setLimb(un, i + ju, <u32>sum);
        c = sum >> 32;
      }
      setLimb(un, ju + bn, limb(un, ju + bn) + <u32>c);
    }
    setLimb(q, ju, <u32>qhat);
  }
  chargeLimbOps(<u64>(an - bn + 1) * <u64>bn * 2); // a multiply-subtract and its borrow (measured)
  // unnormalize the remainder
  for (let i: u32 = 0; i < bn; i++) {
    setLimb(r, i, <u32>(((<u64>limb(un, i + 1) << 32 | <u64>limb(un, i)) >> s)));
  }
}

// r = a << bits; r has room for an + bits/32 + 1 limbs and is not a.
export function magShl(r: usize, a: usize, an: u32, bits: u32): u32 {
  const words = bits >> 5, s = <u64>(bits & 31);
  memory.fill(r, 0, <usize>words << 2);
  let carry: u64 = 0;
  for (let i: u32 = 0; i < an; i++) {
    const t = (<u64>limb(a, i) << s) | carry;
    setLimb(r, i + words, <u32>t);
    carry = t >> 32;
  }
  setLimb(r, an + words, <u32>carry);
  return magLen(r, an + words + 1);
}

// r = a >> bits (an > bits/32); r has room for an - bits/32 limbs and may be a.
export function magShr(r: usize, a: usize, an: u32, bits: u32): u32 {
  const words = bits >> 5, s = <u64>(bits & 31);
  const n = an - words;
  for (let i: u32 = 0; i < n; i++) {
    const hi = i + 1 < n ? <u64>limb(a, i + words + 1) : 0;
    setLimb(r, i, <u32>(((hi << 32) | <u64>limb(a, i + words)) >> s));
  }
  return magLen(r, n);
}

// Whether any of a's low `bits` bits is set.
export function magLowBits(a: usize, an: u32, bits: u32): bool {
  const words = bits >> 5;
  for (let i: u32 = 0; i < words && i < an; i++) if (limb(a, i)) return true;
  if (words < an && (bits & 31)) return (limb(a, words) & ((1 << (bits & 31)) - 1)) != 0;
  return false;
}

export function magBitLength(a: usize, an: u32): u64 {
  if (!an) return 0;
  return (<u64>(an - 1) << 5) + <u64>(32 - clz(limb(a, an - 1)));
}

// In place: a = ~a + 1 over n limbs (two's complement negation).
export function magNegate(a: usize, n: u32): void {
  let carry: u64 = 1;
  for (let i: u32 = 0; i < n; i++) {
    const t = <u64>(~limb(a, i)) + carry;
    setLimb(a, i, <u32>t);
    carry = t >> 32;
  }
}
