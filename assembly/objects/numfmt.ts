// Number formatting and parsing into raw linear memory, matching CPython 3.11 exactly.
//
// No allocation of any kind: only stack locals and the static scratch areas below
// (memory.data). Every formatter writes ASCII bytes at `out` and returns the byte count.
// Not reentrant (shared scratch), which is fine for the single-threaded VM.
//
// How exactness is obtained:
//  - Formatting (%f, %e, %g): the exact decimal expansion of the double (which is finite:
//    m * 2^e) is generated digit by digit with a small bignum (integer part by repeated
//    division by 1e9, fraction by multiplying the binary fraction by 1e9 and taking the bits
//    above the binary point), then rounded half-even at the requested position — the same
//    result as CPython's dtoa modes 2/3.
//  - repr: for p = 1..17 the two p-digit neighbours of the exact value are tried, nearest
//    first, and the first that parses back to the same double wins (= dtoa mode 0: shortest
//    round-tripping string, nearest among the shortest).
//  - Parsing: Clinger's fast path when exact, otherwise an f64 estimate corrected ulp by ulp
//    by comparing the decimal input exactly (bignum) against the halfway points
//    (AlgorithmM-style). Correct for any input length: digits beyond the 800th significant
//    one only act as a sticky bit, which is sufficient because a halfway point between two
//    doubles has at most 767 significant digits.
//
// Output room needed at `out` (callers guarantee it):
//  - formatInt / formatIntBase: <= 65 bytes; formatFloatRepr: <= 24 bytes.
//  - formatFloatExp / formatFloatGeneral: <= precision + 8 bytes (>= 64 suffices for precision <= 56).
//  - formatFloatFixed: <= 312 + precision bytes (a double's integer part has up to 309 digits);
//    for |v| < 1e22 and precision <= 30, at most 55 bytes. formatFloatFixedRoom(v, precision)
//    gives a tight upper bound for a given value.
// Any precision is exact: digits are generated up to MAX_PRECISION, past which a double's
// expansion has only zeros (at most 1074 fraction digits, at most 767 significant ones), which
// are written as such.

export const MAX_PRECISION: i32 = 1100;

/** Set by parseFloat / parseInt: true if the text was valid syntax. */
export let parseOk: bool = false;
/** Set by parseInt: the value did not fit in i64 (the result is then 0). */
export let parseOverflow: bool = false;
// parseInt's digit count (no underscores, leading zeros counted; the run of digits a bad
// character ended counts too) and base, for the digit limit.
export let parseDigits: u32 = 0;
export let parseBase: u32 = 0;

// ---------------------------------------------------------------------------------------------
// Static scratch areas.

// Bignums: little-endian u32 limbs. 136 limbs = 4352 bits; the largest value ever formed is
// about 3810 bits (an 800-digit mantissa against 10^1130 in the parser).
const BN_LIMBS: i32 = 136;
const BN_A: usize = memory.data(BN_LIMBS * 4 + 16, 16);
const BN_B: usize = memory.data(BN_LIMBS * 4 + 16, 16);
const BN_N: usize = memory.data(BN_LIMBS * 4 + 16, 16);
// Base-1e9 chunks when converting a big integer part to decimal (<= 35 chunks).
const CHUNKS: usize = memory.data(64 * 4, 16);

// Exact decimal digits (ASCII) of the value being formatted. Slot 0 is kept free for a carry.
const DIG_SIZE: i32 = 1 + 320 + 1100 + MAX_PRECISION + 32;
const DIG: usize = memory.data(DIG_SIZE, 16);
let dStart: i32 = 1; // first digit
let dPoint: i32 = 1; // index of the first fraction digit (digits before it are the integer part)
let dEnd: i32 = 1; // one past the last generated digit
let restNZ: bool = false; // digits after dEnd are not all zero

// Parser digit buffer (ASCII significant digits) and candidate buffer for repr.
const MAX_SIG: i32 = 800;
const PDIG: usize = memory.data(MAX_SIG + 16, 16);
const CAND: usize = memory.data(64, 16);
// Small temporary for integer digits.
const TMP: usize = memory.data(80, 16);

// Exact powers of ten representable in f64.
const POW10: usize = memory.data<f64>([
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]);

// ---------------------------------------------------------------------------------------------
// Bignum helpers (lengths are in limbs; values are kept normalized: no leading zero limbs).

@inline function limb(p: usize, i: i32): u32 {
  return load<u32>(p + (<usize>i << 2));
}
@inline function setLimb(p: usize, i: i32, v: u32): void {
  store<u32>(p + (<usize>i << 2), v);
}

function bnSetU64(p: usize, v: u64): i32 {
  setLimb(p, 0, <u32>v);
  setLimb(p, 1, <u32>(v >> 32));
  return (v >> 32) != 0 ? 2 : (v != 0 ? 1 : 0);
}

function bnCopy(dst: usize, src: usize, len: i32): i32 {
  memory.copy(dst, src, <usize>len << 2);
  return len;
}

/** p = p * m + a. */
function bnMulAdd(p: usize, len: i32, m: u32, a: u32): i32 {
  let carry: u64 = a;
  for (let i = 0; i < len; i++) {
    let t = <u64>limb(p, i) * <u64>m + carry;
    setLimb(p, i, <u32>t);
    carry = t >> 32;
  }
  if (carry != 0) {
    setLimb(p, len, <u32>carry);
    len++;
  }
  return len;
}

function bnMulPow5(p: usize, len: i32, k: i32): i32 {
  while (k >= 13) {
    len = bnMulAdd(p, len, 1220703125, 0); // 5^13
    k -= 13;
  }
  if (k > 0) {
    let m: u32 = 1;
    while (k > 0) { m *= 5; k--; }
    len = bnMulAdd(p, len, m, 0);
  }
  return len;
}

function bnShl(p: usize, len: i32, bits: i32): i32 {
  if (len == 0 || bits == 0) return len;
  let ls = bits >> 5;
  let bs = bits & 31;
  let newLen = len + ls;
  if (bs == 0) {
    for (let i = len - 1; i >= 0; i--) setLimb(p, i + ls, limb(p, i));
  } else {
    let hi = limb(p, len - 1) >> (32 - bs);
    if (hi != 0) {
      setLimb(p, len + ls, hi);
      newLen++;
    }
    for (let i = len - 1; i >= 1; i--) {
      setLimb(p, i + ls, (limb(p, i) << bs) | (limb(p, i - 1) >> (32 - bs)));
    }
    setLimb(p, ls, limb(p, 0) << bs);
  }
  for (let i = 0; i < ls; i++) setLimb(p, i, 0);
  return newLen;
}

function bnCmp(a: usize, al: i32, b: usize, bl: i32): i32 {
  if (al != bl) return al > bl ? 1 : -1;
  for (let i = al - 1; i >= 0; i--) {
    let x = limb(a, i), y = limb(b, i);
    if (x != y) return x > y ? 1 : -1;
  }
  return 0;
}

let bnLen: i32 = 0; // length after bnDivSmall
/** p = p / d (in place), returns the remainder; the new length is left in bnLen. */
function bnDivSmall(p: usize, len: i32, d: u32): u32 {
  let rem: u64 = 0;
  for (let i = len - 1; i >= 0; i--) {
    let cur = (rem << 32) | <u64>limb(p, i);
    let q = cur / <u64>d;
    rem = cur - q * <u64>d;
    setLimb(p, i, <u32>q);
  }
  while (len > 0 && limb(p, len - 1) == 0) len--;
  bnLen = len;
  return <u32>rem;
}

// ---------------------------------------------------------------------------------------------
// Small output helpers.

@inline function put(p: usize, c: i32): usize {
  store<u8>(p, <u8>c);
  return p + 1;
}

function putStr3(p: usize, a: i32, b: i32, c: i32): usize {
  store<u8>(p, <u8>a);
  store<u8>(p + 1, <u8>b);
  store<u8>(p + 2, <u8>c);
  return p + 3;
}

/** Writes the decimal digits of u (no sign). */
function putU64(p: usize, u: u64): usize {
  let n = 0;
  do {
    store<u8>(TMP + <usize>n, <u8>(48 + <i32>(u % 10)));
    u /= 10;
    n++;
  } while (u != 0);
  for (let i = n - 1; i >= 0; i--) p = put(p, load<u8>(TMP + <usize>i));
  return p;
}

/** 'e', sign, at least two exponent digits. */
function putExp(p: usize, x: i32, upper: bool): usize {
  p = put(p, upper ? 69 : 101);
  if (x < 0) { p = put(p, 45); x = -x; } else p = put(p, 43);
  if (x < 10) p = put(p, 48);
  return putU64(p, <u64>x);
}

/** inf / nan with CPython's sign rules (nan never shows a sign). Returns bytes written. */
function putSpecial(v: f64, upper: bool, out: usize): i32 {
  let p = out;
  if (isNaN(v)) {
    p = upper ? putStr3(p, 78, 65, 78) : putStr3(p, 110, 97, 110);
  } else {
    if (v < 0) p = put(p, 45);
    p = upper ? putStr3(p, 73, 78, 70) : putStr3(p, 105, 110, 102);
  }
  return <i32>(p - out);
}

// ---------------------------------------------------------------------------------------------
// Integers.

export function formatInt(v: i64, out: usize): i32 {
  let p = out;
  let u = <u64>v;
  if (v < 0) { p = put(p, 45); u = 0 - u; }
  p = putU64(p, u);
  return <i32>(p - out);
}

export function formatIntBase(v: i64, base: i32, upper: bool, out: usize): i32 {
  if (base < 2 || base > 36) base = 10;
  let p = out;
  let u = <u64>v;
  if (v < 0) { p = put(p, 45); u = 0 - u; }
  let a = upper ? 55 : 87; // 'A' - 10 : 'a' - 10
  let b = <u64>base;
  let n = 0;
  do {
    let d = <i32>(u % b);
    store<u8>(TMP + <usize>n, <u8>(d < 10 ? 48 + d : a + d));
    u /= b;
    n++;
  } while (u != 0);
  for (let i = n - 1; i >= 0; i--) p = put(p, load<u8>(TMP + <usize>i));
  return <i32>(p - out);
}

// ---------------------------------------------------------------------------------------------
// Exact decimal digits of a finite non-zero |v| = m * 2^e.

let gM: u64 = 0;
let gE: i32 = 0;

/** Splits |v| (finite, non-zero) into gM * 2^gE with gM an integer. */
function split(v: f64): void {
  let bits = reinterpret<u64>(v) & 0x7FFFFFFFFFFFFFFF;
  let be = <i32>(bits >> 52);
  let frac = bits & 0xFFFFFFFFFFFFF;
  if (be == 0) {
    gM = frac;
    gE = -1074;
  } else {
    gM = frac | (<u64>1 << 52);
    gE = be - 1075;
  }
}

/**
 * Generates the exact decimal digits of gM * 2^gE into DIG: all integer digits, then fraction
 * digits until at least `needFrac` fraction digits or `needSig` significant digits exist
 * (or the expansion ends). Sets dStart, dPoint, dEnd, restNZ.
 */
function genDigits(needSig: i32, needFrac: i32): void {
  let m = gM, e = gE;
  dStart = 1;
  let p = DIG + 1;
  let fracLen = 0; // limbs of the fraction numerator (if any)
  let q = 0; // binary point position of the fraction
  if (e >= 0) {
    // Integer only: m << e, converted with repeated division by 1e9.
    let len = bnSetU64(BN_A, m);
    len = bnShl(BN_A, len, e);
    let nc = 0;
    while (len > 0) {
      let r = bnDivSmall(BN_A, len, 1000000000);
      len = bnLen;
      store<u32>(CHUNKS + (<usize>nc << 2), r);
      nc++;
    }
    // Most significant chunk without leading zeros, the others 9 digits each.
    let top = load<u32>(CHUNKS + (<usize>(nc - 1) << 2));
    p = putU64(p, <u64>top);
    for (let i = nc - 2; i >= 0; i--) {
      let c = load<u32>(CHUNKS + (<usize>i << 2));
      for (let k = 8; k >= 0; k--) {
        store<u8>(p + <usize>k, <u8>(48 + c % 10));
        c /= 10;
      }
      p += 9;
    }
    dPoint = <i32>(p - DIG);
    dEnd = dPoint;
    restNZ = false;
    return;
  }
  q = -e;
  let ip: u64 = q < 64 ? m >> q : 0;
  let fr: u64 = q < 64 ? m & ((<u64>1 << q) - 1) : m;
  if (ip != 0) p = putU64(p, ip);
  dPoint = <i32>(p - DIG);
  let sig = dPoint - dStart;
  let fracCount = 0;
  fracLen = bnSetU64(BN_A, fr);
  let li = q >> 5, sh = q & 31;
  while (fracLen > 0 && fracCount < needFrac && sig < needSig) {
    fracLen = bnMulAdd(BN_A, fracLen, 1000000000, 0);
    // chunk = BN_A >> q  (< 1e9 < 2^30)
    let c: u32 = 0;
    if (fracLen > li) {
      let lo = limb(BN_A, li);
      let hi: u32 = fracLen > li + 1 ? limb(BN_A, li + 1) : 0;
      c = sh == 0 ? lo : (lo >> sh) | (hi << (32 - sh));
      // clear the bits >= q
      setLimb(BN_A, li, sh == 0 ? 0 : lo & ((<u32>1 << sh) - 1));
      fracLen = li + 1;
      while (fracLen > 0 && limb(BN_A, fracLen - 1) == 0) fracLen--;
    }
    let cc = c;
    for (let k = 8; k >= 0; k--) {
      store<u8>(p + <usize>k, <u8>(48 + cc % 10));
      cc /= 10;
    }
    if (sig > 0) sig += 9;
    else if (c != 0) {
      // significant digits of this chunk: 9 minus its leading zeros
      let d = 9;
      let t = c;
      while (t >= 10) { t /= 10; d--; }
      sig = 9 - (d - 1);
    }
    p += 9;
    fracCount += 9;
  }
  dEnd = <i32>(p - DIG);
  restNZ = fracLen > 0;
}

/**
 * Keeps the digits before index P, rounding half-even on the exact value. Returns true when a
 * carry created a new leading digit (dStart moved back by one).
 */
function roundAt(P: i32): bool {
  while (dEnd < P) { store<u8>(DIG + <usize>dEnd, 48); dEnd++; }
  let next = P < dEnd ? <i32>load<u8>(DIG + <usize>P) - 48 : 0;
  let sticky = restNZ;
  if (!sticky) {
    for (let i = P + 1; i < dEnd; i++) {
      if (load<u8>(DIG + <usize>i) != 48) { sticky = true; break; }
    }
  }
  let odd = P - 1 >= dStart ? (load<u8>(DIG + <usize>(P - 1)) & 1) != 0 : false;
  let up = next > 5 || (next == 5 && (sticky || odd));
  dEnd = P;
  restNZ = false;
  if (!up) return false;
  let i = P - 1;
  while (i >= dStart && load<u8>(DIG + <usize>i) == 57) {
    store<u8>(DIG + <usize>i, 48);
    i--;
  }
  if (i >= dStart) {
    store<u8>(DIG + <usize>i, load<u8>(DIG + <usize>i) + 1);
    return false;
  }
  dStart--;
  store<u8>(DIG + <usize>dStart, 49);
  return true;
}

/** Index of the first non-zero digit (the value is non-zero). */
function firstNonZero(): i32 {
  let f = dStart;
  while (f < dEnd && load<u8>(DIG + <usize>f) == 48) f++;
  return f;
}

function clampPrec(precision: i32): i32 {
  return precision < 0 ? 0 : (precision > MAX_PRECISION ? MAX_PRECISION : precision);
}

// The zeros past MAX_PRECISION (see the top of the file): appended at p.
function putZerosPast(p: usize, precision: i32): usize {
  if (precision <= MAX_PRECISION) return p;
  const k = <usize>(precision - MAX_PRECISION);
  memory.fill(p, 48, k);
  return p + k;
}

// ---------------------------------------------------------------------------------------------
// '%.Nf'

/** An upper bound on the bytes formatFloatFixed(v, precision, ...) writes (<= 312 + precision). */
export function formatFloatFixedRoom(v: f64, precision: i32): i32 {
  let prec = clampPrec(precision);
  let be = <i32>((reinterpret<u64>(v) >> 52) & 0x7FF);
  // |v| < 2^(be-1022), which has at most floor((be-1022) * log10(2)) + 1 decimal digits
  let intDigits = be > 1022 ? (((be - 1022) * 1233) >> 12) + 1 : 1;
  if (intDigits < 4) intDigits = 4; // "inf" / "nan"
  return 2 + intDigits + 1 + prec; // sign, integer digits (+1 for a rounding carry), '.', fraction
}

export function formatFloatFixed(v: f64, precision: i32, out: usize): i32 {
  if (!isFinite(v)) return putSpecial(v, false, out);
  let prec = clampPrec(precision);
  let p = out;
  if ((reinterpret<u64>(v) >> 63) != 0) p = put(p, 45);
  if (v == 0) {
    p = put(p, 48);
    if (prec > 0) {
      p = put(p, 46);
      memory.fill(p, 48, <usize>prec);
      p += <usize>prec;
    }
    return <i32>(putZerosPast(p, precision) - out);
  }
  split(v);
  genDigits(0x7FFFFFFF, prec + 1);
  roundAt(dPoint + prec);
  if (dPoint > dStart) {
    let n = dPoint - dStart;
    memory.copy(p, DIG + <usize>dStart, <usize>n);
    p += <usize>n;
  } else p = put(p, 48);
  if (prec > 0) {
    p = put(p, 46);
    memory.copy(p, DIG + <usize>dPoint, <usize>prec);
    p += <usize>prec;
  }
  return <i32>(putZerosPast(p, precision) - out);
}

// ---------------------------------------------------------------------------------------------
// '%.Ne'

export function formatFloatExp(v: f64, precision: i32, upper: bool, out: usize): i32 {
  if (!isFinite(v)) return putSpecial(v, upper, out);
  let prec = clampPrec(precision);
  let p = out;
  if ((reinterpret<u64>(v) >> 63) != 0) p = put(p, 45);
  let x = 0;
  if (v == 0) {
    p = put(p, 48);
    if (prec > 0) {
      p = put(p, 46);
      memory.fill(p, 48, <usize>prec);
      p += <usize>prec;
    }
  } else {
    split(v);
    genDigits(prec + 2, 0x7FFFFFFF);
    let f = firstNonZero();
    roundAt(f + prec + 1);
    f = firstNonZero(); // a carry may have created a new leading digit
    x = dPoint - f - 1;
    p = put(p, load<u8>(DIG + <usize>f));
    if (prec > 0) {
      p = put(p, 46);
      memory.copy(p, DIG + <usize>(f + 1), <usize>prec);
      p += <usize>prec;
    }
  }
  p = putZerosPast(p, precision);
  p = putExp(p, x, upper);
  return <i32>(p - out);
}

// ---------------------------------------------------------------------------------------------
// '%.Ng'

export function formatFloatGeneral(v: f64, precision: i32, upper: bool, alt: bool, out: usize): i32 {
  if (!isFinite(v)) return putSpecial(v, upper, out);
  let P = clampPrec(precision);
  if (P == 0) P = 1;
  let p = out;
  if ((reinterpret<u64>(v) >> 63) != 0) p = put(p, 45);
  let f: i32, x: i32;
  if (v == 0) {
    // P zeros, exponent 0
    dStart = 1;
    memory.fill(DIG + 1, 48, <usize>P);
    f = 1;
    x = 0;
  } else {
    split(v);
    genDigits(P + 1, 0x7FFFFFFF);
    f = firstNonZero();
    roundAt(f + P);
    f = firstNonZero(); // a carry may have created a new leading digit
    x = dPoint - f - 1;
  }
  // the P significant digits are DIG[f .. f+P)
  if (x >= -4 && x < P) {
    // fixed notation with P-1-x fraction digits
    let fracStart: usize;
    if (x >= 0) {
      memory.copy(p, DIG + <usize>f, <usize>(x + 1));
      p += <usize>(x + 1);
      p = put(p, 46);
      fracStart = p;
      let n = P - 1 - x;
      memory.copy(p, DIG + <usize>(f + x + 1), <usize>n);
      p += <usize>n;
    } else {
      p = put(p, 48);
      p = put(p, 46);
      fracStart = p;
      for (let i = 0; i < -x - 1; i++) p = put(p, 48);
      memory.copy(p, DIG + <usize>f, <usize>P);
      p += <usize>P;
    }
    if (!alt) {
      while (p > fracStart && load<u8>(p - 1) == 48) p--;
      if (p == fracStart) p--; // drop the '.'
    } else p = putZerosPast(p, precision);
  } else {
    p = put(p, load<u8>(DIG + <usize>f));
    let fracStart = p + 1;
    if (P > 1 || alt) {
      p = put(p, 46);
      memory.copy(p, DIG + <usize>(f + 1), <usize>(P - 1));
      p += <usize>(P - 1);
    }
    if (!alt && P > 1) {
      while (p > fracStart && load<u8>(p - 1) == 48) p--;
      if (p == fracStart) p--;
    }
    if (alt) p = putZerosPast(p, precision);
    p = putExp(p, x, upper);
  }
  return <i32>(p - out);
}

// ---------------------------------------------------------------------------------------------
// repr(float)

let reprF: i32 = 0;
let reprX0: i32 = 0;
let reprX: i32 = 0;

/**
 * Tries the two k-digit neighbours of the exact value in DIG (nearest first). On success the
 * digits are left in CAND[0..k), the decimal exponent of the first one in reprX.
 */
function probe(k: i32, a: f64): bool {
  let f = reprF;
  for (let i = 0; i < k; i++) {
    let idx = f + i;
    store<u8>(CAND + <usize>i, idx < dEnd ? load<u8>(DIG + <usize>idx) : 48);
  }
  let ni = f + k;
  let next = ni < dEnd ? <i32>load<u8>(DIG + <usize>ni) - 48 : 0;
  let sticky = restNZ;
  if (!sticky) {
    for (let i = ni + 1; i < dEnd; i++) {
      if (load<u8>(DIG + <usize>i) != 48) { sticky = true; break; }
    }
  }
  reprX = reprX0;
  if (next == 0 && !sticky) return true; // exact with k digits
  let odd = (load<u8>(CAND + <usize>(k - 1)) & 1) != 0;
  let up = next > 5 || (next == 5 && (sticky || odd));
  for (let t = 0; t < 2; t++) {
    let inc = t == 0 ? up : !up;
    if (inc) {
      // CAND + one unit in the last place, built at CAND+16 so the truncation stays intact
      let c = CAND + 16;
      memory.copy(c, CAND, <usize>k);
      let cx = reprX0;
      let i = k - 1;
      while (i >= 0 && load<u8>(c + <usize>i) == 57) {
        store<u8>(c + <usize>i, 48);
        i--;
      }
      if (i >= 0) store<u8>(c + <usize>i, load<u8>(c + <usize>i) + 1);
      else {
        store<u8>(c, 49); // 99..9 + 1 = 100..0 (k digits, exponent + 1)
        cx++;
      }
      if (roundsTo(c, k, cx - (k - 1), a)) {
        memory.copy(CAND, c, <usize>k);
        reprX = cx;
        return true;
      }
    } else if (roundsTo(CAND, k, reprX0 - (k - 1), a)) {
      reprX = reprX0;
      return true;
    }
  }
  return false;
}

/** Does (the integer made of n ASCII digits at dp) * 10^E round to the finite positive a? */
function roundsTo(dp: usize, n: i32, E: i32, a: f64): bool {
  if (n <= 15 && E >= -22 && E <= 22) {
    let w: u64 = 0;
    for (let i = 0; i < n; i++) w = w * 10 + <u64>(load<u8>(dp + <usize>i) - 48);
    let fw = <f64>w;
    let r = E >= 0 ? fw * load<f64>(POW10 + (<usize>E << 3)) : fw / load<f64>(POW10 + (<usize>(-E) << 3));
    return r == a;
  }
  let bits = reinterpret<u64>(a);
  let be = <i32>(bits >> 52);
  let m: u64, e: i32;
  if (be == 0) { m = bits; e = -1074; } else { m = (bits & 0xFFFFFFFFFFFFF) | (<u64>1 << 52); e = be - 1075; }
  let nLen = bnFromDigits(dp, n);
  if (E > 0) nLen = bnMulPow5(BN_N, nLen, E);
  let c = cmpMid(nLen, E, 2 * m + 1, e - 1, false);
  if (c > 0 || (c == 0 && (m & 1) != 0)) return false;
  if (m == (<u64>1 << 52) && be > 1) c = cmpMid(nLen, E, 4 * m - 1, e - 2, false);
  else c = cmpMid(nLen, E, 2 * m - 1, e - 1, false);
  return !(c < 0 || (c == 0 && (m & 1) != 0));
}

export function formatFloatRepr(v: f64, out: usize): i32 {
  if (!isFinite(v)) return putSpecial(v, false, out);
  let p = out;
  if ((reinterpret<u64>(v) >> 63) != 0) p = put(p, 45);
  if (v == 0) {
    p = putStr3(p, 48, 46, 48);
    return <i32>(p - out);
  }
  let a = abs<f64>(v);
  split(a);
  genDigits(18, 0x7FFFFFFF);
  reprF = firstNonZero();
  reprX0 = dPoint - reprF - 1; // decimal exponent of the first significant digit
  // "Some k-digit decimal rounds to v" is monotonic in k (k-digit numbers are (k+1)-digit
  // numbers too), so binary-search the shortest k; 17 digits always round-trip.
  let lo = 1, hi = 17;
  let n = 0, x = 0;
  while (lo < hi) {
    let mid = (lo + hi) >> 1;
    if (probe(mid, a)) {
      hi = mid;
      n = mid;
      x = reprX;
      memory.copy(CAND + 32, CAND, <usize>mid);
    } else lo = mid + 1;
  }
  if (n != lo) {
    probe(lo, a); // lo == 17 and never probed: always succeeds
    n = lo;
    x = reprX;
  } else memory.copy(CAND, CAND + 32, <usize>n);
  while (n > 1 && load<u8>(CAND + <usize>(n - 1)) == 48) n--;
  if (x < -4 || x >= 16) {
    p = put(p, load<u8>(CAND));
    if (n > 1) {
      p = put(p, 46);
      memory.copy(p, CAND + 1, <usize>(n - 1));
      p += <usize>(n - 1);
    }
    p = putExp(p, x, false);
  } else if (x < 0) {
    p = put(p, 48);
    p = put(p, 46);
    for (let i = 0; i < -x - 1; i++) p = put(p, 48);
    memory.copy(p, CAND, <usize>n);
    p += <usize>n;
  } else if (x + 1 >= n) {
    memory.copy(p, CAND, <usize>n);
    p += <usize>n;
    for (let i = n; i < x + 1; i++) p = put(p, 48);
    p = put(p, 46);
    p = put(p, 48);
  } else {
    memory.copy(p, CAND, <usize>(x + 1));
    p += <usize>(x + 1);
    p = put(p, 46);
    memory.copy(p, CAND + <usize>(x + 1), <usize>(n - x - 1));
    p += <usize>(n - x - 1);
  }
  return <i32>(p - out);
}

// ---------------------------------------------------------------------------------------------
// Decimal -> double, correctly rounded.

/** Builds the integer formed by n ASCII digits at dp into BN_N; returns its length. */
function bnFromDigits(dp: usize, n: i32): i32 {
  let len = 0;
  let i = 0;
  while (i < n) {
    let k = n - i < 9 ? n - i : 9;
    let chunk: u32 = 0;
    let mul: u32 = 1;
    for (let j = 0; j < k; j++) {
      chunk = chunk * 10 + <u32>(load<u8>(dp + <usize>(i + j)) - 48);
      mul *= 10;
    }
    len = bnMulAdd(BN_N, len, mul, chunk);
    i += k;
  }
  return len;
}

/**
 * Sign of (N * 10^E) - (H * 2^F), where BN_N (length nLen) already holds N * 5^max(E,0).
 * `sticky`: the true decimal value is slightly larger than N * 10^E.
 */
function cmpMid(nLen: i32, E: i32, H: u64, F: i32, sticky: bool): i32 {
  // A = N * 5^E+ * 2^E ; B = H * 5^E- * 2^F
  let al = bnCopy(BN_A, BN_N, nLen);
  let bl = bnSetU64(BN_B, H);
  if (E < 0) bl = bnMulPow5(BN_B, bl, -E);
  let m = E < F ? E : F;
  al = bnShl(BN_A, al, E - m);
  bl = bnShl(BN_B, bl, F - m);
  let c = bnCmp(BN_A, al, BN_B, bl);
  if (c == 0 && sticky) c = 1;
  return c;
}

/**
 * The double nearest to (the integer made of the n ASCII digits at dp) * 10^E, ties to even.
 * dp[0] must be non-zero (or n == 0). `sticky`: further non-zero digits were dropped.
 */
function decToDouble(dp: usize, n: i32, E: i32, sticky: bool): f64 {
  if (n == 0) return 0;
  if (n + E > 309) return Infinity;
  if (n + E <= -324) return 0;
  // Clinger's fast path: exact integer and exact power of ten, one rounding.
  if (!sticky && n <= 15 && E >= -22 && E <= 22) {
    let w: u64 = 0;
    for (let i = 0; i < n; i++) w = w * 10 + <u64>(load<u8>(dp + <usize>i) - 48);
    let fw = <f64>w;
    return E >= 0 ? fw * load<f64>(POW10 + (<usize>E << 3)) : fw / load<f64>(POW10 + (<usize>(-E) << 3));
  }
  // Estimate from the first 19 digits.
  let k = n < 19 ? n : 19;
  let w: u64 = 0;
  for (let i = 0; i < k; i++) w = w * 10 + <u64>(load<u8>(dp + <usize>i) - 48);
  let e2 = E + (n - k);
  let x: f64;
  if (e2 < -280) x = (<f64>w * Math.pow(10, <f64>(e2 + 300))) * 1e-300;
  else x = <f64>w * Math.pow(10, <f64>e2);
  if (!isFinite(x)) x = f64.MAX_VALUE;
  if (x == 0) x = 5e-324;
  // Exact correction.
  let nLen = bnFromDigits(dp, n);
  if (E > 0) nLen = bnMulPow5(BN_N, nLen, E);
  let bits = reinterpret<u64>(x);
  for (let iter = 0; iter < 200; iter++) {
    let be = <i32>(bits >> 52);
    let m: u64, e: i32;
    if (be == 0) { m = bits; e = -1074; } else { m = (bits & 0xFFFFFFFFFFFFF) | (<u64>1 << 52); e = be - 1075; }
    // upper halfway point (2m+1) * 2^(e-1)
    let c = cmpMid(nLen, E, 2 * m + 1, e - 1, sticky);
    if (c > 0 || (c == 0 && (m & 1) != 0)) {
      bits++;
      if (bits >= 0x7FF0000000000000) return Infinity;
      continue;
    }
    // lower halfway point
    if (m == (<u64>1 << 52) && be > 1) c = cmpMid(nLen, E, 4 * m - 1, e - 2, sticky);
    else c = cmpMid(nLen, E, 2 * m - 1, e - 1, sticky);
    if (c < 0 || (c == 0 && (m & 1) != 0)) {
      bits--;
      if (bits == 0) return 0;
      continue;
    }
    break;
  }
  return reinterpret<f64>(bits);
}

// ---------------------------------------------------------------------------------------------
// Parsing helpers.

@inline function isDigit(c: i32): bool {
  return <u32>(c - 48) < 10;
}

/** Length of a whitespace character at p (0 if none): CPython's float()/int() stripping
 *  (ASCII " \t\n\v\f\r" plus the UTF-8 encoded Unicode spaces it maps to ' '). */
function wsLen(p: usize, end: usize): i32 {
  let c = <i32>load<u8>(p);
  if (c == 32 || (c >= 9 && c <= 13)) return 1;
  if (c == 0xC2 && p + 1 < end) {
    let d = <i32>load<u8>(p + 1);
    return d == 0x85 || d == 0xA0 ? 2 : 0;
  }
  if ((c == 0xE1 || c == 0xE2 || c == 0xE3) && p + 2 < end) {
    let d = <i32>load<u8>(p + 1), e = <i32>load<u8>(p + 2);
    if (c == 0xE1) return d == 0x9A && e == 0x80 ? 3 : 0; // U+1680
    if (c == 0xE3) return d == 0x80 && e == 0x80 ? 3 : 0; // U+3000
    if (d == 0x80) {
      // U+2000..U+200A, U+2028, U+2029, U+202F
      if ((e >= 0x80 && e <= 0x8A) || e == 0xA8 || e == 0xA9 || e == 0xAF) return 3;
      return 0;
    }
    if (d == 0x81 && e == 0x9F) return 3; // U+205F
  }
  return 0;
}

/** Is there a whitespace character ending exactly at `end` (starting at or after `start`)? */
function wsLenBack(start: usize, end: usize): i32 {
  for (let k = 1; k <= 3; k++) {
    if (end < start + <usize>k) break;
    let q = end - <usize>k;
    if (wsLen(q, end) == k) return k;
  }
  return 0;
}

let tStart: usize = 0;
let tEnd: usize = 0;
function trim(ptr: usize, len: i32): void {
  let s = ptr, e = ptr + <usize>(len < 0 ? 0 : len);
  while (s < e) {
    let k = wsLen(s, e);
    if (k == 0) break;
    s += <usize>k;
  }
  while (e > s) {
    let k = wsLenBack(s, e);
    if (k == 0) break;
    e -= <usize>k;
  }
  tStart = s;
  tEnd = e;
}

const W_INF: usize = memory.data<u8>([105, 110, 102]);
const W_INFINITY: usize = memory.data<u8>([105, 110, 102, 105, 110, 105, 116, 121]);
const W_NAN: usize = memory.data<u8>([110, 97, 110]);

/** Case-insensitive match of the bytes [s, e) against n lower-case ASCII bytes at w. */
function matchWord(s: usize, e: usize, w: usize, n: i32): bool {
  if (<i32>(e - s) != n) return false;
  for (let i = 0; i < n; i++) {
    let c = <i32>load<u8>(s + <usize>i);
    if (c >= 65 && c <= 90) c += 32;
    if (c != <i32>load<u8>(w + <usize>i)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// float(str)

export function parseFloat(ptr: usize, len: i32): f64 {
  parseOk = false;
  trim(ptr, len);
  let s = tStart, e = tEnd;
  let neg = false;
  if (s < e) {
    let c = load<u8>(s);
    if (c == 45 || c == 43) { neg = c == 45; s++; }
  }
  if (s >= e) return NaN;
  let c0 = <i32>load<u8>(s);
  if (!isDigit(c0) && c0 != 46) {
    let r: f64;
    if (matchWord(s, e, W_INF, 3) || matchWord(s, e, W_INFINITY, 8)) r = Infinity;
    else if (matchWord(s, e, W_NAN, 3)) r = NaN;
    else return NaN;
    parseOk = true;
    return neg ? -r : r;
  }
  let nStored = 0; // significant digits kept in PDIG
  let dropped = 0; // significant digits beyond MAX_SIG
  let sticky = false;
  let scale = 0; // power of ten from fraction digits
  let anyDigit = false;
  let p = s;
  // integer part
  let prevDigit = false;
  while (p < e) {
    let c = <i32>load<u8>(p);
    if (isDigit(c)) {
      anyDigit = true;
      prevDigit = true;
      if (nStored > 0 || c != 48) {
        if (nStored < MAX_SIG) { store<u8>(PDIG + <usize>nStored, <u8>c); nStored++; }
        else { dropped++; if (c != 48) sticky = true; }
      }
      p++;
    } else if (c == 95) {
      if (!prevDigit || p + 1 >= e || !isDigit(<i32>load<u8>(p + 1))) return NaN;
      prevDigit = false;
      p++;
    } else break;
  }
  if (p < e && load<u8>(p) == 46) {
    p++;
    prevDigit = false;
    let first = true;
    while (p < e) {
      let c = <i32>load<u8>(p);
      if (isDigit(c)) {
        anyDigit = true;
        prevDigit = true;
        first = false;
        if (nStored > 0 || c != 48) {
          if (nStored < MAX_SIG) { store<u8>(PDIG + <usize>nStored, <u8>c); nStored++; scale--; }
          else { if (c != 48) sticky = true; }
        } else scale--;
        p++;
      } else if (c == 95) {
        if (first || !prevDigit || p + 1 >= e || !isDigit(<i32>load<u8>(p + 1))) return NaN;
        prevDigit = false;
        p++;
      } else break;
    }
  }
  if (!anyDigit) return NaN;
  let expv = 0;
  if (p < e && (load<u8>(p) | 32) == 101) {
    p++;
    let eneg = false;
    if (p < e && (load<u8>(p) == 43 || load<u8>(p) == 45)) { eneg = load<u8>(p) == 45; p++; }
    if (p >= e || !isDigit(<i32>load<u8>(p))) return NaN;
    while (p < e) {
      let c = <i32>load<u8>(p);
      if (isDigit(c)) {
        if (expv < 100000000) expv = expv * 10 + (c - 48);
        p++;
      } else if (c == 95) {
        if (p + 1 >= e || !isDigit(<i32>load<u8>(p + 1))) return NaN;
        p++;
      } else break;
    }
    if (eneg) expv = -expv;
  }
  if (p != e) return NaN;
  parseOk = true;
  // strip trailing zeros
  let E = scale + dropped;
  while (nStored > 0 && load<u8>(PDIG + <usize>(nStored - 1)) == 48) { nStored--; E++; }
  let r: f64;
  if (nStored == 0) r = 0;
  else {
    // clamp so that E + nStored cannot overflow i32 (values far outside the range saturate)
    let ee = <i64>E + <i64>expv;
    if (ee > 100000) ee = 100000;
    if (ee < -100000) ee = -100000;
    r = decToDouble(PDIG, nStored, <i32>ee, sticky);
  }
  return neg ? -r : r;
}

// ---------------------------------------------------------------------------------------------
// int(str, base)

export function parseInt(ptr: usize, len: i32, base: i32): i64 {
  parseOk = false;
  parseOverflow = false;
  parseDigits = 0;
  if (base != 0 && (base < 2 || base > 36)) return 0;
  trim(ptr, len);
  let s = tStart, e = tEnd;
  let neg = false;
  if (s < e) {
    let c = load<u8>(s);
    if (c == 45 || c == 43) { neg = c == 45; s++; }
  }
  if (s >= e) return 0;
  let prefixed = false;
  if (s + 1 < e && load<u8>(s) == 48) {
    let c = <i32>load<u8>(s + 1) | 32;
    let pb = c == 120 ? 16 : (c == 111 ? 8 : (c == 98 ? 2 : 0));
    if (pb != 0 && (base == 0 || base == pb)) {
      base = pb;
      prefixed = true;
      s += 2;
    }
  }
  let leadingZeroRule = false;
  if (base == 0) {
    base = 10;
    leadingZeroRule = true; // "010" is invalid, "000" / "0_0" are fine
  }
  parseBase = <u32>base;
  let b = <u64>base;
  let acc: u64 = 0;
  let over = false;
  let nd = 0;
  let nonZero = false;
  let prevDigit = false;
  let p = s;
  if (prefixed && p < e && load<u8>(p) == 95) {
    p++; // one underscore may follow the prefix
  }
  while (p < e) {
    let c = <i32>load<u8>(p);
    if (c == 95) {
      if (!prevDigit || p + 1 >= e) return 0;
      prevDigit = false;
      p++;
      continue;
    }
    let d: i32;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 87;
    else if (c >= 65 && c <= 90) d = c - 55;
    else d = 99;
    if (d >= base) {
      // CPython checks the digit limit on the run of digits before what follows it
      if (prevDigit) parseDigits = <u32>nd;
      return 0;
    }
    if (d != 0) nonZero = true;
    if (!over) {
      let lim = (u64.MAX_VALUE - <u64>d) / b;
      if (acc > lim) over = true;
      else acc = acc * b + <u64>d;
    }
    nd++;
    prevDigit = true;
    p++;
  }
  if (nd == 0 || !prevDigit) return 0;
  parseDigits = <u32>nd;
  if (leadingZeroRule && load<u8>(s) == 48 && nonZero) return 0;
  parseOk = true;
  if (!over) {
    if (neg) {
      if (acc <= 0x8000000000000000) return <i64>(0 - acc);
    } else if (acc <= 0x7FFFFFFFFFFFFFFF) return <i64>acc;
  }
  parseOverflow = true;
  return 0;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function numfmtReset(): void {
  parseOk = false; parseOverflow = false; parseDigits = 0; parseBase = 0;
  dStart = 1; dPoint = 1; dEnd = 1; restNZ = false;
  bnLen = 0; gM = 0; gE = 0;
  reprF = 0; reprX0 = 0; reprX = 0;
  tStart = 0; tEnd = 0;
  memory.fill(BN_A, 0, BN_LIMBS * 4 + 16);
  memory.fill(BN_B, 0, BN_LIMBS * 4 + 16);
  memory.fill(BN_N, 0, BN_LIMBS * 4 + 16);
  memory.fill(CHUNKS, 0, 64 * 4);
  memory.fill(DIG, 0, DIG_SIZE);
  memory.fill(PDIG, 0, MAX_SIG + 16);
  memory.fill(CAND, 0, 64);
  memory.fill(TMP, 0, 80);
}
