// The `gc` module: the cycle collector's controls (memory/gc.ts). gc.collect() itself is
// Python in lib/_prelude.py: garbage with a __del__ needs its finalizers run (in frames, at a
// safe point) between two passes.
import { Value, fromSmall } from "../objects/object";
import { intValue, isIntLike } from "../objects/int";
import { None, True, False } from "../objects/singletons";
import { tupleNew, tupleSet } from "../objects/tuple";
import { raiseTypeMsg, raiseMemoryError } from "../objects/errors";
import { positional, arity, onlyKeywords } from "./args";
import { into, def } from "./registry";
import { gcFreeze, gcUnfreeze, gcFrozenCount, gcCollect, gcEnable, gcSetThreshold, enabled, deferred, threshold, pendingNew } from "../memory/gc";

export namespace Gc {
  export const FIRST: u32 = 510;
  export const PASS: u32 = 510;
  export const ENABLE: u32 = 511;
  export const DISABLE: u32 = 512;
  export const ISENABLED: u32 = 513;
  export const DEFERRED: u32 = 514;
  export const SET_THRESHOLD: u32 = 515;
  export const GET_THRESHOLD: u32 = 516;
  export const GET_COUNT: u32 = 517;
  export const FREEZE: u32 = 518;
  export const UNFREEZE: u32 = 519;
  export const GET_FREEZE_COUNT: u32 = 520;
  export const LAST: u32 = 529;
}

// The second and third thresholds are kept for get_threshold(): collections are all full ones.
let threshold1: i32 = 10;
let threshold2: i32 = 10;

export function gcInit(d: Value): void {
  threshold1 = 10;
  threshold2 = 10;
  into(d);
  def("_pass", Gc.PASS);
  def("_deferred", Gc.DEFERRED);
  def("enable", Gc.ENABLE);
  def("disable", Gc.DISABLE);
  def("isenabled", Gc.ISENABLED);
  def("set_threshold", Gc.SET_THRESHOLD);
  def("get_threshold", Gc.GET_THRESHOLD);
  def("get_count", Gc.GET_COUNT);
  def("freeze", Gc.FREEZE);
  def("unfreeze", Gc.UNFREEZE);
  def("get_freeze_count", Gc.GET_FREEZE_COUNT);
}

function triple(a: i32, b: i32, c: i32): Value {
  const t = tupleNew(3);
  if (!t) { raiseMemoryError(); return 0; }
  tupleSet(t, 0, fromSmall(a));
  tupleSet(t, 1, fromSmall(b));
  tupleSet(t, 2, fromSmall(c));
  return t;
}

function clampArg(args: u32, i: u32): i32 {
  const x = intValue(load<u32>(args + (i << 2)));
  return x > 0x3FFFFFFF ? 0x3FFFFFFF : x < -0x40000000 ? -0x40000000 : <i32>x;
}

export function callGc(id: u32, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("gc function", kw, "")) return 0;
  const npos = positional(n, kw);
  switch (id) {
    case Gc.PASS: return fromSmall(<i32>gcCollect());
    case Gc.DEFERRED: return deferred ? True : False;
    case Gc.ENABLE: gcEnable(true); return None;
    case Gc.DISABLE: gcEnable(false); return None;
    case Gc.ISENABLED: return enabled ? True : False;
    case Gc.SET_THRESHOLD: {
      if (!arity("set_threshold", npos, 1, 3)) return 0;
      for (let i: u32 = 0; i < npos; i++) {
        if (!isIntLike(load<u32>(args + (i << 2)))) {
          raiseTypeMsg("", load<u32>(args + (i << 2)), " object cannot be interpreted as an integer");
          return 0;
        }
      }
      gcSetThreshold(clampArg(args, 0));
      if (npos > 1) threshold1 = clampArg(args, 1);
      if (npos > 2) threshold2 = clampArg(args, 2);
      return None;
    }
    case Gc.GET_THRESHOLD: return triple(threshold, threshold1, threshold2);
    case Gc.GET_COUNT: return triple(pendingNew > 0 ? pendingNew : 0, 0, 0);
    case Gc.FREEZE: gcFreeze(); return None;
    case Gc.UNFREEZE: gcUnfreeze(); return None;
    case Gc.GET_FREEZE_COUNT: return fromSmall(<i32>gcFrozenCount());
  }
  return 0;
}
