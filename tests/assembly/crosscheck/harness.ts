import * as nf from "../../../assembly/objects/numfmt";
const BUF: usize = memory.data(4096, 16);
const IN: usize = memory.data(4096, 16);
export function buf(): usize { return BUF; }
export function inp(): usize { return IN; }
export function fInt(v: i64): i32 { return nf.formatInt(v, BUF); }
export function fIntBase(v: i64, b: i32, u: bool): i32 { return nf.formatIntBase(v, b, u, BUF); }
export function fRepr(v: f64): i32 { return nf.formatFloatRepr(v, BUF); }
export function fFixed(v: f64, p: i32): i32 { return nf.formatFloatFixed(v, p, BUF); }
export function fExp(v: f64, p: i32, u: bool): i32 { return nf.formatFloatExp(v, p, u, BUF); }
export function fGen(v: f64, p: i32, u: bool, a: bool): i32 { return nf.formatFloatGeneral(v, p, u, a, BUF); }
export function pFloat(n: i32): f64 { return nf.parseFloat(IN, n); }
export function pInt(n: i32, b: i32): i64 { return nf.parseInt(IN, n, b); }
export function ok(): bool { return nf.parseOk; }
export function ovf(): bool { return nf.parseOverflow; }
export function fRoom(v: f64, p: i32): i32 { return nf.formatFloatFixedRoom(v, p); }
