// Specs for assembly/objects/numfmt.ts. Expected values come from CPython (see
// gen_numfmt_cases.py -> numfmt_cases.ts). Specs may allocate; numfmt itself never does.
import {
  formatInt, formatIntBase, formatFloatRepr, formatFloatFixed, formatFloatExp, formatFloatGeneral, formatFloatFixedRoom,
  parseFloat as nfParseFloat, parseInt as nfParseInt, parseOk, parseOverflow,
} from "../../assembly/objects/numfmt";
import * as C from "./numfmt_cases";

const OUT: usize = memory.data(2048, 16);
const IN: usize = memory.data(2048, 16);

function str(n: i32): string {
  return String.UTF8.decodeUnsafe(OUT, <usize>n);
}
function f64of(bits: u64): f64 {
  return reinterpret<f64>(bits);
}
function hex(bits: u64): string {
  return "0x" + bits.toString(16);
}
/** Writes s as UTF-8 at IN, returns the byte length. */
function input(s: string): i32 {
  let n = String.UTF8.byteLength(s);
  String.UTF8.encodeUnsafe(changetype<usize>(s), s.length, IN);
  return n;
}
function repr(v: f64): string {
  return str(formatFloatRepr(v, OUT));
}
function pf(s: string): f64 {
  return nfParseFloat(IN, input(s));
}
function sameBits(a: f64, b: f64): bool {
  return reinterpret<u64>(a) == reinterpret<u64>(b);
}

describe("formatInt", () => {
  it("matches str(int)", () => {
    for (let i = 0; i < C.INT_VAL.length; i++) {
      expect(str(formatInt(C.INT_VAL[i], OUT))).toBe(C.INT_STR[i]);
    }
  });
  it("returns the byte count", () => {
    expect(formatInt(-9223372036854775808, OUT)).toBe(20);
    expect(formatInt(0, OUT)).toBe(1);
  });
});

describe("formatIntBase", () => {
  it("matches format(v, 'x'/'X'/'o'/'b') and base 36", () => {
    for (let i = 0; i < C.BASE_VAL.length; i++) {
      expect(str(formatIntBase(C.BASE_VAL[i], C.BASE_B[i], C.BASE_UP[i], OUT))).toBe(C.BASE_STR[i]);
    }
  });
});

describe("formatFloatRepr", () => {
  it("matches repr(float) on chosen values", () => {
    for (let i = 0; i < C.REPR_BITS.length; i++) {
      expect(repr(f64of(C.REPR_BITS[i]))).toBe(C.REPR_STR[i], hex(C.REPR_BITS[i]));
    }
  });
  it("matches repr(float) on 200 random doubles from python3", () => {
    for (let i = 0; i < C.RAND_BITS.length; i++) {
      expect(repr(f64of(C.RAND_BITS[i]))).toBe(C.RAND_REPR[i], hex(C.RAND_BITS[i]));
    }
  });
  it("handles the documented shapes", () => {
    expect(repr(1.0)).toBe("1.0");
    expect(repr(0.1)).toBe("0.1");
    expect(repr(1e-5)).toBe("1e-05");
    expect(repr(1e16)).toBe("1e+16");
    expect(repr(123456789012345.0)).toBe("123456789012345.0");
    expect(repr(Infinity)).toBe("inf");
    expect(repr(-Infinity)).toBe("-inf");
    expect(repr(NaN)).toBe("nan");
    expect(repr(-0.0)).toBe("-0.0");
    expect(repr(1.5e300)).toBe("1.5e+300");
    expect(repr(5e-324)).toBe("5e-324");
  });
});

describe("formatFloatFixed", () => {
  it("matches '%.Nf' % v", () => {
    for (let i = 0; i < C.FIX_BITS.length; i++) {
      let v = f64of(C.FIX_BITS[i]);
      expect(str(formatFloatFixed(v, C.FIX_PREC[i], OUT))).toBe(C.FIX_STR[i], hex(C.FIX_BITS[i]) + " %." + C.FIX_PREC[i].toString() + "f");
    }
  });
  it("stays within formatFloatFixedRoom", () => {
    for (let i = 0; i < C.FIX_BITS.length; i++) {
      let v = f64of(C.FIX_BITS[i]);
      expect(formatFloatFixedRoom(v, C.FIX_PREC[i])).toBeGreaterThanOrEqual(C.FIX_STR[i].length);
    }
    expect(formatFloatFixed(1.7976931348623157e308, 30, OUT)).toBe(340);
    expect(formatFloatFixedRoom(1.7976931348623157e308, 30)).toBeGreaterThanOrEqual(340);
  });
  it("rounds half-even on the exact binary value", () => {
    expect(str(formatFloatFixed(2.675, 2, OUT))).toBe("2.67");
    expect(str(formatFloatFixed(0.5, 0, OUT))).toBe("0");
    expect(str(formatFloatFixed(1.5, 0, OUT))).toBe("2");
    expect(str(formatFloatFixed(2.5, 0, OUT))).toBe("2");
    expect(str(formatFloatFixed(0.25, 1, OUT))).toBe("0.2");
    expect(str(formatFloatFixed(0.375, 2, OUT))).toBe("0.38");
    expect(str(formatFloatFixed(-0.0, 2, OUT))).toBe("-0.00");
  });
});

describe("formatFloatExp", () => {
  it("matches '%.Ne' / '%.NE' % v", () => {
    for (let i = 0; i < C.EXP_BITS.length; i++) {
      let v = f64of(C.EXP_BITS[i]);
      expect(str(formatFloatExp(v, C.EXP_PREC[i], C.EXP_UPPER[i], OUT))).toBe(C.EXP_STR[i], hex(C.EXP_BITS[i]) + " %." + C.EXP_PREC[i].toString() + "e");
    }
  });
  it("formats 1.5 with the default precision", () => {
    expect(str(formatFloatExp(1.5, 6, false, OUT))).toBe("1.500000e+00");
  });
});

describe("formatFloatGeneral", () => {
  it("matches '%.Ng' / '%#.NG' % v", () => {
    for (let i = 0; i < C.GEN_BITS.length; i++) {
      let v = f64of(C.GEN_BITS[i]);
      expect(str(formatFloatGeneral(v, C.GEN_PREC[i], C.GEN_UPPER[i], C.GEN_ALT[i], OUT))).toBe(C.GEN_STR[i], hex(C.GEN_BITS[i]) + " %." + C.GEN_PREC[i].toString() + "g");
    }
  });
});

describe("parseFloat", () => {
  it("matches float(s), bit for bit", () => {
    for (let i = 0; i < C.PF_IN.length; i++) {
      let v = pf(C.PF_IN[i]);
      expect(parseOk).toBe(true, C.PF_IN[i]);
      let want = f64of(C.PF_BITS[i]);
      if (isNaN(want)) expect(isNaN(v)).toBe(true, C.PF_IN[i]);
      else expect(hex(reinterpret<u64>(v))).toBe(hex(C.PF_BITS[i]), C.PF_IN[i]);
    }
  });
  it("rejects what float() rejects", () => {
    for (let i = 0; i < C.PF_BAD.length; i++) {
      pf(C.PF_BAD[i]);
      expect(parseOk).toBe(false, C.PF_BAD[i]);
    }
  });
});

describe("parseInt", () => {
  it("matches int(s, base): value, validity, i64 overflow", () => {
    for (let i = 0; i < C.PI_IN.length; i++) {
      let s = C.PI_IN[i];
      let v = nfParseInt(IN, input(s), C.PI_BASE[i]);
      let what = s + " base " + C.PI_BASE[i].toString();
      expect(parseOk).toBe(C.PI_OK[i], what);
      expect(parseOverflow).toBe(C.PI_OVF[i], what);
      expect(v).toBe(C.PI_VAL[i], what);
    }
  });
});

// Deterministic LCG over 64-bit patterns.
let seed: u64 = 0x2545F4914F6CDD1D;
function next64(): u64 {
  seed = seed * 6364136223846793005 + 1442695040888963407;
  let a = seed >> 32;
  seed = seed * 6364136223846793005 + 1442695040888963407;
  return (a << 32) | (seed >> 32);
}

/** Digits of the mantissa of a '%.Ne' string (no sign, no point) and its exponent. */
let mantDigits: u64 = 0;
let mantExp: i32 = 0;
function splitExp(s: string): void {
  let d: u64 = 0;
  let i = 0;
  if (s.charCodeAt(0) == 45) i = 1;
  for (; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c == 101) break;
    if (c != 46) d = d * 10 + <u64>(c - 48);
  }
  mantDigits = d;
  mantExp = I32.parseInt(s.substring(i + 1));
}

describe("round trip", () => {
  it("parseFloat(formatFloatRepr(x)) == x and the repr is minimal, for 3000 random doubles", () => {
    let checked = 0;
    for (let k = 0; k < 3000; k++) {
      let b = next64();
      // every third value with an exponent near 1.0, to exercise ordinary magnitudes
      if (k % 3 == 0) b = (b & 0x800FFFFFFFFFFFFF) | ((<u64>(1000 + <i32>(b % 100))) << 52);
      let x = f64of(b);
      if (!isFinite(x)) continue;
      let r = repr(x);
      let y = pf(r);
      expect(parseOk).toBe(true, r);
      expect(sameBits(x, y)).toBe(true, r);
      // number of significant digits in r
      let sig = str(formatFloatExp(x, 16, false, OUT)); // 17 digits, to count nothing: just a sanity round trip
      expect(sameBits(pf(sig), x)).toBe(true, sig);
      let n = 0;
      let started = false;
      for (let i = 0; i < r.length; i++) {
        let c = r.charCodeAt(i);
        if (c == 101) break;
        if (c >= 49 && c <= 57) started = true;
        if (started && c >= 48 && c <= 57) n++;
      }
      // strip trailing zeros of the digit count (e.g. "100.0" has 1 significant digit)
      let digitsOnly = "";
      started = false;
      for (let i = 0; i < r.length; i++) {
        let c = r.charCodeAt(i);
        if (c == 101) break;
        if (c >= 49 && c <= 57) started = true;
        if (started && c >= 48 && c <= 57) digitsOnly += String.fromCharCode(c);
      }
      while (digitsOnly.length > 1 && digitsOnly.endsWith("0")) digitsOnly = digitsOnly.substring(0, digitsOnly.length - 1);
      n = digitsOnly.length;
      if (n > 1) {
        // No (n-1)-digit decimal rounds to x: check the nearest one and both of its neighbours.
        splitExp(str(formatFloatExp(abs(x), n - 2, false, OUT)));
        let e10 = mantExp - (n - 2);
        let sign = x < 0 ? "-" : "";
        for (let d: i64 = -1; d <= 1; d++) {
          let m = <i64>mantDigits + d;
          if (m <= 0) continue;
          let cand = sign + m.toString() + "e" + e10.toString();
          expect(sameBits(pf(cand), x)).toBe(false, r + " vs shorter " + cand);
        }
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(2900);
  });
});
