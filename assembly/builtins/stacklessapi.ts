// The rest of Stackless 3.7's module and tasklet API: the callbacks (stackless/callbacks.ts),
// interpreter threads (stackless/threads.ts), and introspection. Properties take n == 0 to
// read and n == 1 (args[0] the new value) to write.
import { Value, Kind, isSmall, fromSmall } from "../objects/object";
import { kindOfCall, taskletType } from "../objects/type";
import { intValue, isIntLike } from "../objects/int";
import { tupleNew, tupleSet } from "../objects/tuple";
import { listNew, listAppend } from "../objects/list";
import { TypeError, RuntimeError, AttributeError, ValueError, OverflowError } from "../objects/exception";
import { None, True, False, pyBool } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseLit, raiseMemoryError } from "../objects/errors";
import { truthy } from "../vm/protocol";
import { TF, asTasklet } from "../stackless/tasklet";
import { current, main, runcount } from "../stackless/scheduler";
import { threadIdents, indexOfIdent, currentIdent, threadIdentOf, visitThread, leave, rebind, currentIndex } from "../stackless/threads";
import { swapCallback, getCallback } from "../stackless/callbacks";
import { positional, arity, onlyKeywords } from "./args";
import { into, def, defValue, typeDict, PROPERTY } from "./registry";
import { newInt } from "./core";
import { isCallable } from "../vm/call";
import { taskletFrame } from "./frames";

export namespace SlApi {
  export const SET_CHANNEL_CALLBACK: u32 = 470;
  export const GET_CHANNEL_CALLBACK: u32 = 471;
  export const SET_SCHEDULE_CALLBACK: u32 = 472;
  export const GET_SCHEDULE_CALLBACK: u32 = 473;
  export const SET_ERROR_HANDLER: u32 = 474;
  export const GET_THREAD_INFO: u32 = 475;
  export const GETCURRENTID: u32 = 476;
  export const ENABLE_SOFTSWITCH: u32 = 477;
  export const GETDEBUG: u32 = 478;
  export const GETUNCOLLECTABLES: u32 = 479;
  export const GETTHREADS: u32 = 480;
  export const THREADS: u32 = 481 | PROPERTY;
  export const UNCOLLECTABLES: u32 = 482 | PROPERTY;
  // tasklet
  export const THREAD_ID: u32 = 485 | PROPERTY;
  export const RESTORABLE: u32 = 486 | PROPERTY;
  export const FRAME: u32 = 492 | PROPERTY;
  export const BIND_THREAD: u32 = 487;
  export const NESTING_LEVEL: u32 = 488 | PROPERTY;
  export const RECURSION_DEPTH: u32 = 489 | PROPERTY;
  export const IGNORE_NESTING: u32 = 490 | PROPERTY;
  export const SET_IGNORE_NESTING: u32 = 491;
}

// enable_softswitch's flag: remembered and returned; switching is soft whatever it says (no
// tasklet ever holds a native stack here).
let softswitch: bool = true;

export function stacklessApiInit(moduleDict: Value): void {
  into(moduleDict);
  def("set_channel_callback", SlApi.SET_CHANNEL_CALLBACK);
  def("get_channel_callback", SlApi.GET_CHANNEL_CALLBACK);
  def("set_schedule_callback", SlApi.SET_SCHEDULE_CALLBACK);
  def("get_schedule_callback", SlApi.GET_SCHEDULE_CALLBACK);
  def("set_error_handler", SlApi.SET_ERROR_HANDLER);
  def("get_thread_info", SlApi.GET_THREAD_INFO);
  def("getcurrentid", SlApi.GETCURRENTID);
  def("enable_softswitch", SlApi.ENABLE_SOFTSWITCH);
  def("getdebug", SlApi.GETDEBUG);
  defValue("debug", False); // a release build (stacklessmodule.c: debug is its compile-time flag)
  def("getuncollectables", SlApi.GETUNCOLLECTABLES);
  def("getthreads", SlApi.GETTHREADS);
  def("threads", SlApi.THREADS);
  def("uncollectables", SlApi.UNCOLLECTABLES);
  into(typeDict(taskletType));
  def("thread_id", SlApi.THREAD_ID);
  def("restorable", SlApi.RESTORABLE);
  def("frame", SlApi.FRAME);
  def("bind_thread", SlApi.BIND_THREAD);
  def("nesting_level", SlApi.NESTING_LEVEL);
  def("recursion_depth", SlApi.RECURSION_DEPTH);
  def("ignore_nesting", SlApi.IGNORE_NESTING);
  def("set_ignore_nesting", SlApi.SET_IGNORE_NESTING);
}

// The idents of the live threads, the primary first.
function threadList(): Value {
  const n = threadIdents(identScratch, IDENTS_MAX);
  const l = listNew(n);
  if (!l) { raiseMemoryError(); return 0; }
  for (let i: u32 = 0; i < n; i++) {
    if (!listAppend(l, fromSmall(<i32>load<u32>(identScratch + (i << 2))))) { decrefCall(l); raiseMemoryError(); return 0; }
  }
  return l;
}
const IDENTS_MAX: u32 = 256;
const identScratch = memory.data(IDENTS_MAX * 4, 4);

function emptyList(): Value {
  const l = listNew(0);
  if (!l) raiseMemoryError();
  return l;
}

function setCallback(which: i32, v: Value): Value {
  if (v != None && !isCallable(v)) {
    raiseLit(TypeError, which == 0 ? "channel callback must be callable" : "schedule callback must be callable");
    return 0;
  }
  return swapCallback(which, v);
}

function readOnly(): Value {
  raiseLit(AttributeError, "readonly attribute");
  return 0;
}

export function callStacklessApi(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  const npos = positional(n, kw);
  if ((id & PROPERTY) && n > 1) { raiseLit(TypeError, "bad property call"); return 0; }
  if (!(id & PROPERTY) && !onlyKeywords("stackless", kw, "")) return 0;
  if ((id & ~PROPERTY) >= (SlApi.THREAD_ID & ~PROPERTY) && (!self || isSmall(self) || kindOfCall(self) != Kind.TASKLET)) {
    raiseLit(TypeError, "descriptor requires a 'tasklet' object");
    return 0;
  }
  switch (id) {
    case SlApi.SET_CHANNEL_CALLBACK:
      if (!arity("set_channel_callback", npos, 1, 1)) return 0;
      return setCallback(0, load<u32>(args));
    case SlApi.SET_SCHEDULE_CALLBACK:
      if (!arity("set_schedule_callback", npos, 1, 1)) return 0;
      return setCallback(1, load<u32>(args));
    case SlApi.SET_ERROR_HANDLER:
      // Stackless checks nothing here: a handler that cannot be called fails when it is needed
      if (!arity("set_error_handler", npos, 0, 1)) return 0;
      return swapCallback(2, npos ? load<u32>(args) : None);
    case SlApi.GET_CHANNEL_CALLBACK:
      if (!arity("get_channel_callback", npos, 0, 0)) return 0;
      return getCallback(0);
    case SlApi.GET_SCHEDULE_CALLBACK:
      if (!arity("get_schedule_callback", npos, 0, 0)) return 0;
      return getCallback(1);
    case SlApi.GET_THREAD_INFO: {
      // (main, current or None when nothing runs, runcount) of the thread; None or -1: this one
      if (!arity("get_thread_info", npos, 0, 2)) return 0;
      const id = npos ? load<u32>(args) : None;
      if (npos > 1) {
        // Stackless's undocumented flags: bits 30 and 31 append C-stack serials and the watchdog
        // list for its own test suite; neither exists here
        const fl = load<u32>(args, 4);
        if (!isIntLike(fl)) { raiseLit(TypeError, "get_thread_info() flags must be int"); return 0; }
        if (intValue(fl) & 0xC0000000) { raiseLit(ValueError, "get_thread_info(): the C-stack serials and the watchdog list (flags 1<<30, 1<<31) do not exist here"); return 0; }
      }
      if (id != None) {
        if (!isIntLike(id) || kindOfCall(id) == Kind.BOOL) { raiseLit(TypeError, "get_thread_info() argument 1 must be int"); return 0; }
        const i = intValue(id);
        if (i != -1 && i != 0 && indexOfIdent(i) < 0) { raiseLit(RuntimeError, "Thread id not found"); return 0; }
      }
      const r = tupleNew(3);
      if (!r) { raiseMemoryError(); return 0; }
      // another thread's: read with its scheduler loaded
      const home = id != None && intValue(id) > 0 ? visitThread(<u32>indexOfIdent(intValue(id))) : 0;
      const m = main ? main : None;
      const c = runcount && current ? current : None;
      const rc = runcount;
      leave(home);
      increfCall(m);
      increfCall(c);
      tupleSet(r, 0, m);
      tupleSet(r, 1, c);
      tupleSet(r, 2, fromSmall(<i32>rc));
      return r;
    }
    case SlApi.GETCURRENTID: {
      // main has the thread's id, other tasklets one of their own
      if (!arity("getcurrentid", npos, 0, 0)) return 0;
      if (current && current != main) return newInt(<i64>current);
      return newInt(<i64>currentIdent());
    }
    case SlApi.ENABLE_SOFTSWITCH: {
      if (!arity("enable_softswitch", npos, 1, 1)) return 0;
      const old = pyBool(softswitch);
      const v = load<u32>(args);
      if (v == None) return old;
      const tr = truthy(v);
      if (tr < 0) return 0;
      softswitch = tr == 1;
      return old;
    }
    case SlApi.GETDEBUG:
      if (!arity("getdebug", npos, 0, 0)) return 0;
      return False; // not a debug build of the VM
    // tasklets that could not be collected because they hold a native stack: none can here
    case SlApi.GETUNCOLLECTABLES:
      if (!arity("getuncollectables", npos, 0, 0)) return 0;
      return emptyList();
    case SlApi.UNCOLLECTABLES: if (n) return readOnly(); return emptyList();
    case SlApi.GETTHREADS:
      if (!arity("getthreads", npos, 0, 0)) return 0;
      return threadList();
    case SlApi.THREADS: if (n) return readOnly(); return threadList();
    case SlApi.THREAD_ID: if (n) return readOnly(); return newInt(threadIdentOf(self));
    // restorable: a tasklet holds no native stack here, but Stackless's run() is a C call, so a
    // tasklet waiting in run() is not restorable there; the answer follows Stackless
    case SlApi.RESTORABLE: if (n) return readOnly(); return pyBool(!(asTasklet(self).flags & TF.IN_RUN));
    case SlApi.FRAME: if (n) return readOnly(); return taskletFrame(self); // a snapshot (builtins/frames.ts)
    // ignore_nesting lets the watchdog interrupt at any C nesting level: there is never any here,
    // so the flag is kept and answered, and changes nothing
    case SlApi.IGNORE_NESTING: if (n) return readOnly(); return pyBool((asTasklet(self).flags & TF.IGNORE_NESTING) != 0);
    case SlApi.SET_IGNORE_NESTING: {
      if (!arity("set_ignore_nesting", npos, 1, 1)) return 0;
      const t = asTasklet(self);
      const old = pyBool((t.flags & TF.IGNORE_NESTING) != 0);
      const tr = truthy(load<u32>(args));
      if (tr < 0) return 0;
      if (tr) t.flags |= TF.IGNORE_NESTING; else t.flags &= ~TF.IGNORE_NESTING;
      return old;
    }
    // the C-stack nesting a tasklet holds: none, ever (every switch is soft)
    case SlApi.NESTING_LEVEL: if (n) return readOnly(); return fromSmall(0);
    case SlApi.RECURSION_DEPTH: if (n) return readOnly(); return fromSmall(<i32>asTasklet(self).depth);
    case SlApi.BIND_THREAD: {
      // bind_thread(ident=-1): the tasklet belongs to that thread (-1: the current one) from now
      // on; not while it is runnable (it sits in its thread's run queue)
      if (!arity("bind_thread", npos, 0, 1)) return 0;
      const tid = npos ? load<u32>(args) : None;
      if (tid != None && (!isIntLike(tid) || kindOfCall(tid) == Kind.BOOL)) { raiseLit(TypeError, "bind_thread() argument 1 must be int"); return 0; }
      const i: i64 = tid == None ? -1 : intValue(tid);
      const f = asTasklet(self).flags;
      if ((f & TF.SCHEDULED) && !(f & TF.BLOCKED)) { raiseLit(RuntimeError, "can't (re)bind a runnable tasklet"); return 0; }
      if (i < -1) { raiseLit(OverflowError, "can't convert negative int to unsigned"); return 0; } // (idents are unsigned)
      const idx = i == -1 ? <i32>currentIndex() : indexOfIdent(i);
      if (idx < 0) { raiseLit(ValueError, "bad thread"); return 0; }
      rebind(self, <u32>idx);
      return None;
    }
  }
  raiseLit(TypeError, "unknown stackless builtin");
  return 0;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function stacklessApiReset(): void {
  softswitch = true;
  memory.fill(identScratch, 0, IDENTS_MAX * 4);
}
