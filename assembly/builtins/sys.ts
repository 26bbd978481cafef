// The `sys` module.
import { preludeCall } from "./dispatch";
import { hookOf, Hook } from "../vm/frame";
import { N } from "../objects/names";
import { Value, Kind, fromSmall, isSmall } from "../objects/object";
import { kindOfCall } from "../objects/type";
import { intValue, isIntLike, intFromI64 } from "../objects/int";
import { listNew } from "../objects/list";
import { immortalStr } from "../objects/str";
import { None, True, False } from "../objects/singletons";
import { increfCall } from "../memory/refcount";
import { raiseLit, raiseTypeMsg, raiseWith, raiseTypeUnquoted } from "../objects/errors";
import { ValueError, SystemExit, TypeError } from "../objects/exception";
import { config } from "../memory/config";
import { floatNew, floatValue } from "../objects/float";
import { flushStdout } from "./io";
import { hostClock } from "../stackless/timers";
import { printTraceback } from "../vm/traceback";
import { raiseMemoryError } from "../objects/errors";
import { current, switchTo, resumeWith } from "../stackless/scheduler";
import { threadCount, setGilLeft } from "../stackless/threads";
import { asTasklet } from "../stackless/tasklet";
import { decrefCall } from "../memory/refcount";
import { positional, arity, onlyKeywords, cIntArg, param } from "./args";
import { INT_MAX_STR_DIGITS_MIN } from "../objects/intstr";
import { into, def, defValue, PROPERTY } from "./registry";
import { Intro, callIntro } from "./frames";
import { heap } from "../memory/heap";
import { Gc, callGc } from "./gc";

export namespace Sys {
  export const SETRECURSIONLIMIT: u32 = 500;
  export const GETRECURSIONLIMIT: u32 = 501;
  export const EXIT: u32 = 502;
  export const INTERN: u32 = 503;
  export const GETALLOCATEDBLOCKS: u32 = 504;
  export const SET_INT_MAX_STR_DIGITS: u32 = 505;
  export const GET_INT_MAX_STR_DIGITS: u32 = 506;
  export const SETSWITCHINTERVAL: u32 = 507;
  export const GETSWITCHINTERVAL: u32 = 508;
  export const GETCHECKINTERVAL: u32 = 509;
  // 510–529: the gc module (builtins/gc.ts); 570–599: introspection, the streams (builtins/frames.ts)
  export const TIME: u32 = 530;
  export const PERF_COUNTER: u32 = 531;
  export const MONOTONIC: u32 = 532;
  export const SLEEP: u32 = 533;
  export const SETCHECKINTERVAL: u32 = 534;
  export const EXCEPTHOOK: u32 = 535;
}

// time: the host's clock (stackless.clock, or WASI's); sleep() yields the tasklet, so other
// tasklets run while it waits (it never blocks the host).
export function timeInit(d: Value): void {
  into(d);
  def("time", Sys.TIME);
  def("perf_counter", Sys.PERF_COUNTER);
  def("monotonic", Sys.MONOTONIC);
  def("sleep", Sys.SLEEP);
}

export function sysInit(moduleDict: Value): void {
  into(moduleDict);
  def("setrecursionlimit", Sys.SETRECURSIONLIMIT);
  def("getrecursionlimit", Sys.GETRECURSIONLIMIT);
  def("exit", Sys.EXIT);
  def("intern", Sys.INTERN);
  def("getallocatedblocks", Sys.GETALLOCATEDBLOCKS);
  def("set_int_max_str_digits", Sys.SET_INT_MAX_STR_DIGITS);
  def("get_int_max_str_digits", Sys.GET_INT_MAX_STR_DIGITS);
  def("excepthook", Sys.EXCEPTHOOK);
  def("__excepthook__", Sys.EXCEPTHOOK);
  def("setswitchinterval", Sys.SETSWITCHINTERVAL);
  def("getswitchinterval", Sys.GETSWITCHINTERVAL);
  // CPython 3.9 removed these; code written for Stackless 3.7 still calls them
  def("setcheckinterval", Sys.SETCHECKINTERVAL);
  def("getcheckinterval", Sys.GETCHECKINTERVAL);
  defValue("argv", listNew(0));
  defValue("maxsize", intFromI64(i64.MAX_VALUE));
  // the language of CPython 3.11 (version_info: builtins/frames.ts)
  defValue("hexversion", fromSmall(0x030B00F0));
  defValue("version", immortalStr("3.11.0 (stackless-wasm)"));
}

// sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640, as CPython takes it.
function setIntMaxStrDigits(args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("set_int_max_str_digits", kw, "maxdigits")) return 0;
  if (!arity("set_int_max_str_digits", positional(n, kw), 0, 1)) return 0;
  const v = param(args, n, kw, 0, "maxdigits");
  if (!v) { raiseLit(TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"); return 0; }
  if (!cIntArg(v, 32, "int")) return 0;
  const lim = intValue(v);
  if (lim != 0 && lim < <i64>INT_MAX_STR_DIGITS_MIN) { raiseLit(ValueError, "maxdigits must be 0 or larger than 640"); return 0; }
  config.intMaxStrDigits = <u32>lim;
  return None;
}

export function callSys(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if ((id & ~PROPERTY) >= Intro.FIRST && (id & ~PROPERTY) <= Intro.LAST) return callIntro(id, self, args, n, kw);
  if (id >= Gc.FIRST && id <= Gc.LAST) return callGc(id, args, n, kw);
  if (id == Sys.SET_INT_MAX_STR_DIGITS) return setIntMaxStrDigits(args, n, kw);
  if (!onlyKeywords("sys function", kw, "")) return 0;
  const npos = positional(n, kw);
  switch (id) {
    case Sys.GETSWITCHINTERVAL: {
      if (!arity("getswitchinterval", npos, 0, 0)) return 0;
      const v = floatNew(config.switchInterval);
      if (!v) raiseMemoryError();
      return v;
    }
    case Sys.SETSWITCHINTERVAL: {
      // the GIL's switch interval, counted in opcodes here (stackless/threads.ts)
      if (!arity("setswitchinterval", npos, 1, 1)) return 0;
      const v = load<u32>(args);
      const k = kindOfCall(v);
      if (k != Kind.FLOAT && !isIntLike(v)) { raiseTypeUnquoted("must be real number, not ", v, ""); return 0; }
      const x: f64 = k == Kind.FLOAT ? floatValue(v) : <f64>intValue(v);
      if (!(x > 0)) { raiseLit(ValueError, "switch interval must be strictly positive"); return 0; }
      config.switchInterval = x;
      return None;
    }
    case Sys.GETCHECKINTERVAL: if (!arity("getcheckinterval", npos, 0, 0)) return 0; return fromSmall(config.checkInterval);
    case Sys.SETCHECKINTERVAL: {
      if (!arity("setcheckinterval", npos, 1, 1)) return 0;
      const v = load<u32>(args);
      if (!cIntArg(v, 32, "int")) return 0;
      config.checkInterval = <i32>intValue(v);
      return None;
    }
    case Sys.GET_INT_MAX_STR_DIGITS: {
      if (!arity("get_int_max_str_digits", npos, 0, 0)) return 0;
      const v = intFromI64(<i64>config.intMaxStrDigits);
      if (!v) raiseMemoryError();
      return v;
    }
    case Sys.SETRECURSIONLIMIT: {
      if (!arity("setrecursionlimit", npos, 1, 1)) return 0;
      const v = load<u32>(args);
      if (!cIntArg(v, 32, "int")) return 0; // a C int in CPython
      const lim = intValue(v);
      if (lim < 1) { raiseLit(ValueError, "recursion limit must be greater or equal than 1"); return 0; }
      config.recursionLimit = <u32>lim;
      return None;
    }
    case Sys.GETRECURSIONLIMIT: { // up to 2**31 - 1: past a small int
      const v = intFromI64(<i64>config.recursionLimit);
      if (!v) raiseMemoryError();
      return v;
    }
    case Sys.TIME: case Sys.PERF_COUNTER: case Sys.MONOTONIC: {
      const v = floatNew(hostClock());
      if (!v) raiseMemoryError();
      return v;
    }
    case Sys.SLEEP: {
      if (!arity("sleep", npos, 1, 1)) return 0;
      const s = load<u32>(args);
      const k = kindOfCall(s);
      if (k != Kind.FLOAT && !isIntLike(s)) { raiseTypeMsg("", s, " object cannot be interpreted as an integer"); return 0; }
      const secs: f64 = k == Kind.FLOAT ? floatValue(s) : <f64>intValue(s);
      if (secs < 0) { raiseLit(ValueError, "sleep length must be non-negative"); return 0; }
      // only this tasklet waits, on the host's clock (the prelude's sleep: stackless/timers.ts)
      if (secs > 0) return preludeCall(N.sleep_, s, hookOf(Hook.REPLACE, 0));
      // sleep(0): the other tasklets get their turn, and the other threads (CPython's sleep(0)
      // lets the GIL go): the GIL's interval ends at the next checkpoint
      const t = asTasklet(current);
      if (t.next != current) {
        if (threadCount > 1) setGilLeft(0);
        decrefCall(t.tempval);
        t.tempval = None;
        return switchTo(current, t.next);
      }
      if (threadCount == 1) return None;
      setGilLeft(0);
      return resumeWith(None); // (a reload: the slice is cut)
    }
    case Sys.EXCEPTHOOK: {
      // excepthook(type, value, traceback): the report of an uncaught exception, on stderr (the
      // value carries its traceback); what _thread and threading print for a thread's error
      if (!arity("excepthook", npos, 3, 3)) return 0;
      const v = load<u32>(args, 4);
      if (isSmall(v) || kindOfCall(v) != Kind.EXCEPTION) { raiseLit(TypeError, "excepthook: the value must be an exception"); return 0; }
      flushStdout();
      printTraceback(v);
      return None;
    }
    // live heap blocks (objects and their buffers): a script can check that garbage went away
    case Sys.GETALLOCATEDBLOCKS: return fromSmall(<i32>heap.blocks);
    case Sys.INTERN: { if (!arity("intern", npos, 1, 1)) return 0; const s = load<u32>(args); increfCall(s); return s; }
    case Sys.EXIT: {
      if (!arity("exit", npos, 0, 1)) return 0;
      const code = npos ? load<u32>(args) : None;
      increfCall(code);
      raiseWith(SystemExit, code == None ? 0 : code);
      return 0;
    }
  }
  return 0;
}
