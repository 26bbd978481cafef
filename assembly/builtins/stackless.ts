// The `stackless` module: tasklets, channels and the scheduler, as natives. Properties take
// n == 0 to read and n == 1 (args[0] the new value) to write.
import { Lit } from "../objects/str";
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOfCall, typeOf, asType, isSubtype, taskletType, channelType } from "../objects/type";
import { intValue, isIntLike } from "../objects/int";
import { tupleFrom, tupleLen, tupleGet, tupleItems, emptyTuple } from "../objects/tuple";
import { dictLen, dictNext, entryAt } from "../objects/dict";
import { excNew, TaskletExit, TypeError, RuntimeError, ValueError, AttributeError, StopIteration } from "../objects/exception";
import { None, True, pyBool } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseLit, raiseMemoryError, raiseTypeMsg, raiseBuf, bufTypeName, raiseWith, curExc, takeExc } from "../objects/errors";
import { bufLit, bufLen } from "../objects/buf";
import { truthy } from "../vm/protocol";
import { TF, asTasklet, taskletNew } from "../stackless/tasklet";
import { channelNew, asChannel } from "../stackless/channel";
import { channelAction, CF } from "../stackless/channels";
import { insert, remove, runNow, throwInto } from "../stackless/control";
import { current, main, runcount, dequeue, switchTo, startWatchdog, switchTrap, addSwitchTrap, enterRun, wdTasklet, setWdTasklet, wakeupTarget, isFloating, revive, mainFinished, releaseFrames, taskletStopped } from "../stackless/scheduler";
import { taskletBind, callPython, isCallable } from "../vm/call";
import { preludeFunction } from "../vm/modules";
import { N } from "../objects/names";
import { positional, arity, onlyKeywords, kwarg, param } from "./args";
import { into, def, defValue, typeDict, PROPERTY } from "./registry";

export namespace Sl {
  export const TASKLET: u32 = 400;
  export const CHANNEL: u32 = 401;
  export const SCHEDULE: u32 = 402;
  export const RUN: u32 = 403;
  export const GETCURRENT: u32 = 404;
  export const GETMAIN: u32 = 405;
  export const GETRUNCOUNT: u32 = 406;
  export const SCHEDULE_REMOVE: u32 = 407;
  export const SWITCH_TRAP: u32 = 408;
  export const CURRENT: u32 = 409 | PROPERTY;
  export const MAIN: u32 = 430 | PROPERTY;
  export const RUNCOUNT: u32 = 431 | PROPERTY;
  // channel
  export const SEND: u32 = 410;
  export const RECEIVE: u32 = 411;
  export const BALANCE: u32 = 412 | PROPERTY;
  export const PREFERENCE: u32 = 413 | PROPERTY;
  export const SEND_EXCEPTION: u32 = 414;
  export const SEND_THROW: u32 = 415;
  export const CLOSE: u32 = 416;
  export const OPEN: u32 = 417;
  export const CLOSING: u32 = 418 | PROPERTY;
  export const CLOSED: u32 = 419 | PROPERTY;
  export const SCHEDULE_ALL: u32 = 432 | PROPERTY;
  export const QUEUE: u32 = 433 | PROPERTY;
  // tasklet
  export const ALIVE: u32 = 420 | PROPERTY;
  export const BLOCKED: u32 = 421 | PROPERTY;
  export const SCHEDULED: u32 = 422 | PROPERTY;
  export const IS_MAIN: u32 = 423 | PROPERTY;
  export const IS_CURRENT: u32 = 424 | PROPERTY;
  export const PAUSED: u32 = 425 | PROPERTY;
  export const ATOMIC: u32 = 426 | PROPERTY;
  export const TEMPVAL: u32 = 427 | PROPERTY;
  export const BLOCK_TRAP: u32 = 428 | PROPERTY;
  export const NEXT: u32 = 429 | PROPERTY;
  export const PREV: u32 = 434 | PROPERTY;
  export const BIND: u32 = 440;
  export const SETUP: u32 = 441;
  export const INSERT: u32 = 442;
  export const REMOVE: u32 = 443;
  export const T_RUN: u32 = 444;
  export const SWITCH: u32 = 445;
  export const KILL: u32 = 446;
  export const THROW: u32 = 447;
  export const RAISE_EXCEPTION: u32 = 448;
  export const SET_ATOMIC: u32 = 449;
  export const SEND_SEQUENCE: u32 = 450;
  // methods the classes expose for subclassing and iteration
  export const C_ITER: u32 = 451;
  export const C_NEXT: u32 = 452;
  export const T_INIT: u32 = 453;
  export const C_INIT: u32 = 454;
  export const T_CALL: u32 = 455;
  export const T_NEW: u32 = 456; // __new__(cls, ...): not methods (isMethod)
  export const C_NEW: u32 = 457;
}

export function stacklessInit(moduleDict: Value): void {
  into(moduleDict);
  def("schedule", Sl.SCHEDULE);
  def("schedule_remove", Sl.SCHEDULE_REMOVE);
  def("run", Sl.RUN);
  def("getcurrent", Sl.GETCURRENT);
  def("getmain", Sl.GETMAIN);
  def("getruncount", Sl.GETRUNCOUNT);
  def("switch_trap", Sl.SWITCH_TRAP);
  def("current", Sl.CURRENT);
  def("main", Sl.MAIN);
  def("runcount", Sl.RUNCOUNT);
  into(typeDict(channelType));
  def("send", Sl.SEND);
  def("receive", Sl.RECEIVE);
  def("send_exception", Sl.SEND_EXCEPTION);
  def("send_throw", Sl.SEND_THROW);
  def("send_sequence", Sl.SEND_SEQUENCE);
  def("close", Sl.CLOSE);
  def("open", Sl.OPEN);
  def("balance", Sl.BALANCE);
  def("preference", Sl.PREFERENCE);
  def("closing", Sl.CLOSING);
  def("closed", Sl.CLOSED);
  def("schedule_all", Sl.SCHEDULE_ALL);
  def("queue", Sl.QUEUE);
  def("__iter__", Sl.C_ITER);
  def("__next__", Sl.C_NEXT);
  def("__init__", Sl.C_INIT);
  def("__new__", Sl.C_NEW);
  into(typeDict(taskletType));
  def("alive", Sl.ALIVE);
  def("blocked", Sl.BLOCKED);
  def("scheduled", Sl.SCHEDULED);
  def("is_main", Sl.IS_MAIN);
  def("is_current", Sl.IS_CURRENT);
  def("paused", Sl.PAUSED);
  def("atomic", Sl.ATOMIC);
  def("tempval", Sl.TEMPVAL);
  def("block_trap", Sl.BLOCK_TRAP);
  def("next", Sl.NEXT);
  def("prev", Sl.PREV);
  def("bind", Sl.BIND);
  def("setup", Sl.SETUP);
  def("insert", Sl.INSERT);
  def("remove", Sl.REMOVE);
  def("run", Sl.T_RUN);
  def("switch", Sl.SWITCH);
  def("kill", Sl.KILL);
  def("throw", Sl.THROW);
  def("raise_exception", Sl.RAISE_EXCEPTION);
  def("set_atomic", Sl.SET_ATOMIC);
  def("__init__", Sl.T_INIT);
  def("__new__", Sl.T_NEW);
  def("__call__", Sl.T_CALL);
  stacklessApiInit(moduleDict);
}

// An int (or bool) where Stackless parses a C int; false with TypeError pending.
function intArg(v: Value): bool {
  if (isIntLike(v)) return true;
  const mark = bufLen;
  bufLit("an integer is required (got type ");
  bufTypeName(v);
  bufLit(")");
  raiseBuf(TypeError, mark);
  return false;
}

// A method or function taking no arguments (METH_NOARGS); false with TypeError pending.
function noArgs(name: Lit, n: u32, kw: Value): bool {
  return onlyKeywords(name, kw, "") && arity(name, positional(n, kw), 0, 0);
}

function run(args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("run", kw, "timeout,threadblock,soft,ignore_nesting,totaltimeout")) return 0;
  const npos = positional(n, kw);
  if (!arity("run", npos, 0, 5)) return 0;
  // all five are C ints (stacklessmodule.c run_watchdog, "|liiii"); threadblock and
  // ignore_nesting are checked and have nothing to change here (one thread, no C nesting)
  const timeout = param(args, n, kw, 0, "timeout");
  const block = param(args, n, kw, 1, "threadblock");
  const soft = param(args, n, kw, 2, "soft");
  const nesting = param(args, n, kw, 3, "ignore_nesting");
  const total = param(args, n, kw, 4, "totaltimeout");
  if ((timeout && !intArg(timeout)) || (block && !intArg(block)) || (soft && !intArg(soft))
      || (nesting && !intArg(nesting)) || (total && !intArg(total))) return 0;
  const ops: i64 = timeout ? intValue(timeout) : 0;
  const softT = soft != 0 && intValue(soft) != 0;
  const totalT = total != 0 && intValue(total) != 0;
  if (runcount <= 1) return None;
  if (switchTrap) { raiseLit(RuntimeError, "switch_trap"); return 0; }
  // only the first run(N) is the watchdog; a later one just runs the others (stacklessmodule.c
  // push_watchdog), whichever tasklet calls it
  const me = current;
  const next = asTasklet(me).next;
  if (!enterRun(me)) { raiseLit(RuntimeError, "run() nested too deeply"); return 0; }
  if (ops > 0 && !wdTasklet) { setWdTasklet(me); startWatchdog(ops, softT, totalT); }
  dequeue(me);
  decrefCall(me); // the queue's reference; the run stack holds its own
  return switchTo(me, next);
}

// schedule(retval=current) / schedule_remove(retval=current): the next runnable tasklet runs;
// when this one resumes, the call returns retval (or what was put in its tempval meanwhile).
// schedule_remove() also takes the caller out of the queue, main too; when it was the last
// runnable one, the innermost run() waiter or main takes over if paused, which may be the
// caller itself (stacklessmodule.c PyStackless_Schedule, scheduling.c schedule_task_block).
function schedule(removeMe: bool, args: u32, n: u32, kw: Value): Value {
  const fname: Lit = removeMe ? "schedule_remove" : "schedule";
  if (!onlyKeywords(fname, kw, "retval")) return 0;
  const npos = positional(n, kw);
  if (!arity(fname, npos, 0, 1)) return 0;
  let retval = npos ? load<u32>(args) : kwarg(args, n, kw, "retval");
  if (!retval) retval = current;
  const me = current;
  const t = asTasklet(me);
  let next = t.next;
  if (removeMe && next == me) {
    const w = wakeupTarget();
    if (w != me && !isFloating(w) && !(w == main && mainFinished)) {
      raiseLit(RuntimeError, "Deadlock: the last runnable tasklet cannot be blocked.");
      return 0;
    }
    next = w == main && mainFinished ? 0 : w;
  }
  if (switchTrap && next != me) { raiseLit(RuntimeError, "switch_trap"); return 0; }
  increfCall(retval);
  decrefCall(t.tempval);
  t.tempval = retval;
  t.flags &= ~TF.BOMB;
  if (removeMe) {
    dequeue(me);
    decrefCall(me);
    if (next) revive(next); // the queue is empty: me or the run() waiter / main goes back in
  }
  return switchTo(me, next);
}

// t.bind(func=None, args=None, kwargs=None) (taskletobject.c PyTasklet_BindEx): refused for
// the current, a scheduled or blocked tasklet, and main; a paused tasklet loses its frames
// (it is no longer alive, no TaskletExit is raised). Without arguments it only (un)binds the
// function; with them it also builds the first frame, leaving the tasklet paused.
function bind(tv: Value, fn: Value, a: Value, k: Value): Value {
  const t = asTasklet(tv);
  if (fn != None && !isCallable(fn)) { raiseLit(TypeError, "tasklet function must be a callable or None"); return 0; }
  if (tv == current) { raiseLit(RuntimeError, "can't (re)bind the current tasklet"); return 0; }
  if (t.flags & (TF.SCHEDULED | TF.BLOCKED)) { raiseLit(RuntimeError, "tasklet is scheduled"); return 0; }
  if (tv == main) { raiseLit(RuntimeError, "can't unbind the main tasklet"); return 0; }
  const func = fn != None ? fn : t.tempval;
  if ((a != None || k != None) && (!func || func == None)) {
    raiseLit(RuntimeError, "the tasklet was not bound to a function");
    return 0;
  }
  if (t.flags & TF.ALIVE) {
    releaseFrames(tv);
    taskletStopped(tv);
    t.flags &= ~(TF.RESUME_PUSH | TF.RESUME_RAISE | TF.BOMB);
  }
  if (a == None && k == None && fn == None) {
    decrefCall(t.tempval);
    t.tempval = 0;
    increfCall(tv);
    return tv;
  }
  return taskletBind(tv, fn, a, k);
}

// An exception instance from (cls, args...) or an instance; 0 with TypeError pending.
function makeException(cls: Value, args: u32, n: u32): Value {
  const k = kindOfCall(cls);
  if (k == Kind.EXCEPTION && n == 0) { increfCall(cls); return cls; }
  if (k != Kind.TYPE || asType(cls).kind != Kind.EXCEPTION) {
    raiseTypeMsg("exceptions must be classes, or instances, not ", cls, "");
    return 0;
  }
  const a = tupleFrom(args, n);
  if (!a) { raiseMemoryError(); return 0; }
  const e = excNew(cls, a);
  if (!e) { decrefCall(a); raiseMemoryError(); }
  return e;
}

// The exception `raise exc, val` makes (throw(), send_throw(); stackless_util.c
// slp_exc_to_bomb): an instance alone, or the class with val as its argument tuple, its one
// argument, or its instance already. val is 0 or None when absent.
function exceptionOf(exc: Value, val: Value): Value {
  const given = val != 0 && val != None;
  if (kindOfCall(exc) == Kind.EXCEPTION) {
    if (given) { raiseLit(TypeError, "instance exception may not have a separate value"); return 0; }
    return makeException(exc, 0, 0);
  }
  if (!given) return makeException(exc, 0, 0);
  if (kindOfCall(val) == Kind.EXCEPTION && kindOfCall(exc) == Kind.TYPE && isSubtype(typeOf(val), exc)) return makeException(val, 0, 0);
  if (kindOfCall(val) == Kind.TUPLE) return makeException(exc, tupleItems(val), tupleLen(val));
  store<u32>(seqArgs, val);
  return makeException(exc, seqArgs, 1);
}

function flag(v: Value, f: u32): Value { return pyBool((asTasklet(v).flags & f) != 0); }

function setFlag(v: Value, f: u32, value: Value): Value {
  const t = truthy(value);
  if (t < 0) return 0;
  if (t) asTasklet(v).flags |= f; else asTasklet(v).flags &= ~f;
  return None;
}

function readOnly(): Value {
  raiseLit(AttributeError, "readonly attribute");
  return 0;
}

function tasklet(self: Value): bool {
  if (self && !((self & 1) != 0) && kindOfCall(self) == Kind.TASKLET) return true;
  raiseLit(TypeError, "descriptor requires a 'tasklet' object");
  return false;
}

function channel(self: Value): bool {
  if (self && !((self & 1) != 0) && kindOfCall(self) == Kind.CHANNEL) return true;
  raiseLit(TypeError, "descriptor requires a 'channel' object");
  return false;
}

function queued(v: Value): Value {
  const x = v ? v : None;
  increfCall(x);
  return x;
}

const seqArgs = memory.data(8, 4);

// The ids of channel and tasklet methods (not module functions, not properties).
function isMethod(id: u32): bool {
  return id >= Sl.SEND && id <= Sl.OPEN || id >= Sl.BIND && id <= Sl.SEND_SEQUENCE || id >= Sl.C_ITER && id <= Sl.T_CALL;
}

// next(channel): a receive (which may block), or StopIteration once the channel is closing and
// no sender waits (channelobject.c, channel_iternext); with a default (dflt not 0), the default.
export function channelNext(ch: Value, dflt: Value): Value {
  const c = asChannel(ch);
  if ((c.flags & CF.CLOSING) && c.balance <= 0) {
    if (dflt) { increfCall(dflt); return dflt; }
    raiseWith(StopIteration, 0);
    return 0;
  }
  const r = channelAction(ch, None, -1, false);
  // a waiting sender's StopIteration (send_exception) ends next(ch, default) too; one that
  // arrives after this receive blocked is raised (the call has returned by then)
  if (!r && dflt && isSubtype(typeOf(curExc), StopIteration)) {
    decrefCall(takeExc());
    increfCall(dflt);
    return dflt;
  }
  return r;
}

// tasklet.__init__(self, func=None, args=None, kwargs=None): binds, as bind() does
// (taskletobject.c tasklet_init). Returns self (a new reference) or 0.
function taskletInit(t: Value, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("tasklet", kw, "func,args,kwargs")) return 0;
  const npos = positional(n, kw);
  if (!arity("tasklet", npos, 0, 3)) return 0;
  const fn = npos ? load<u32>(args) : kwarg(args, n, kw, "func");
  const a = npos > 1 ? load<u32>(args, 4) : kwarg(args, n, kw, "args");
  const k = npos > 2 ? load<u32>(args, 8) : kwarg(args, n, kw, "kwargs");
  if (fn && fn != None) {
    if (!isCallable(fn)) { raiseLit(TypeError, "tasklet function must be a callable or None"); return 0; }
    increfCall(fn);
    decrefCall(asTasklet(t).tempval);
    asTasklet(t).tempval = fn; // held until the tasklet is called with its arguments
  }
  // tasklet(func, args, kwargs): bound and paused, like bind()
  if ((a && a != None) || (k && k != None)) return taskletBind(t, None, a ? a : None, k ? k : None);
  increfCall(t);
  return t;
}

export function callStackless(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if ((id & ~PROPERTY) >= 470) return callStacklessApi(id, self, args, n, kw);
  // while a Stackless callback runs, the scheduler's state must not change (stackless/callbacks.ts)
  if (cbDepth && (id == Sl.SCHEDULE || id == Sl.SCHEDULE_REMOVE || id == Sl.RUN || (id >= Sl.BIND && id <= Sl.RAISE_EXCEPTION)) &&
      !mayChangeState()) return 0;
  if (!self && isMethod(id) && positional(n, kw) > 0) {
    // a method taken from its class (stackless.tasklet.insert(t)) gets self as its first argument
    self = load<u32>(args);
    args += 4;
    n--;
  }
  const npos = positional(n, kw);
  const isProp = (id & PROPERTY) != 0;
  if (isProp && n > 1) { raiseLit(TypeError, "bad property call"); return 0; }
  if (id >= 410 && id < 420 || id == Sl.SCHEDULE_ALL || id == Sl.QUEUE || id == Sl.SEND_SEQUENCE) { if (!channel(self)) return 0; }
  else if (id >= (420 | PROPERTY) && id != Sl.MAIN && id != Sl.RUNCOUNT || (id >= 440 && id < 450)) { if (!tasklet(self)) return 0; }
  switch (id) {
    case Sl.TASKLET: {
      // tasklet(func=None, args=None, kwargs=None): __new__ then __init__ (taskletobject.c)
      const t = taskletNew();
      if (!t) { raiseMemoryError(); return 0; }
      const r = taskletInit(t, args, n, kw);
      decrefCall(t);
      return r;
    }
    case Sl.T_INIT: {
      if (!tasklet(self)) return 0;
      const r = taskletInit(self, args, n, kw);
      if (!r) return 0;
      decrefCall(r);
      increfCall(None);
      return None;
    }
    case Sl.C_INIT: if (!channel(self) || !arity("__init__", npos, 0, 0)) return 0; increfCall(None); return None;
    case Sl.CHANNEL: {
      // channel_new ignores its arguments and channel has no __init__ (channelobject.c)
      const c = channelNew();
      if (!c) raiseMemoryError();
      return c;
    }
    case Sl.T_NEW: case Sl.C_NEW: {
      // tasklet.__new__(cls, ...) / channel.__new__(cls): a bare object of cls, the arguments
      // left to __init__ (taskletobject.c tasklet_new, channelobject.c channel_new)
      const base = id == Sl.T_NEW ? taskletType : channelType;
      const cls = npos ? load<u32>(args) : 0;
      if (!cls || kindOfCall(cls) != Kind.TYPE || !isSubtype(cls, base)) {
        raiseLit(TypeError, id == Sl.T_NEW ? "tasklet.__new__(X): X is not a subtype of tasklet" : "channel.__new__(X): X is not a subtype of channel");
        return 0;
      }
      const o = id == Sl.T_NEW ? taskletNew() : channelNew();
      if (!o) { raiseMemoryError(); return 0; }
      store<u32>(o, cls, 4); // classes are immortal: the type word holds no count
      return o;
    }
    case Sl.SCHEDULE: case Sl.SCHEDULE_REMOVE: return schedule(id == Sl.SCHEDULE_REMOVE, args, n, kw);
    case Sl.RUN: return run(args, n, kw);
    case Sl.GETCURRENT: if (!noArgs("getcurrent", n, kw)) return 0;
    case Sl.CURRENT: increfCall(current); return current;
    case Sl.GETMAIN: if (!noArgs("getmain", n, kw)) return 0;
    case Sl.MAIN: increfCall(main); return main;
    case Sl.GETRUNCOUNT: if (!noArgs("getruncount", n, kw)) return 0;
    case Sl.RUNCOUNT: return fromSmall(<i32>runcount);
    case Sl.SWITCH_TRAP: {
      // switch_trap(change=0) (stacklessmodule.c slpmodule_switch_trap, "|i")
      if (!onlyKeywords("switch_trap", kw, "") || !arity("switch_trap", npos, 0, 1)) return 0;
      const d = npos ? load<u32>(args) : fromSmall(0);
      if (!intArg(d)) return 0;
      const old = switchTrap;
      addSwitchTrap(<i32>intValue(d));
      return fromSmall(old);
    }
    // channels
    case Sl.SEND:
      if (!onlyKeywords("send", kw, "") || !arity("send", npos, 1, 1)) return 0;
      return channelAction(self, load<u32>(args), 1, false);
    case Sl.RECEIVE:
      if (!noArgs("receive", n, kw)) return 0;
      return channelAction(self, None, -1, false);
    case Sl.SEND_EXCEPTION: case Sl.SEND_THROW: {
      const sname: Lit = id == Sl.SEND_THROW ? "send_throw" : "send_exception";
      if (!onlyKeywords(sname, kw, "")) return 0;
      if (id == Sl.SEND_THROW && !arity(sname, npos, 1, 3)) return 0;
      if (npos < 1) { raiseLit(TypeError, "send_exception() takes at least 1 argument"); return 0; }
      const e = id == Sl.SEND_THROW ? exceptionOf(load<u32>(args), npos > 1 ? load<u32>(args, 4) : 0)
        : makeException(load<u32>(args), args + 4, npos - 1);
      if (!e) return 0;
      const r = channelAction(self, e, 1, true);
      decrefCall(e);
      return r;
    }
    case Sl.SEND_SEQUENCE: {
      // each send may switch: the loop is the prelude's Python, run in a frame
      if (!onlyKeywords("send_sequence", kw, "") || !arity("send_sequence", npos, 1, 1)) return 0;
      const fn = preludeFunction(N.send_sequence_);
      if (!fn) return 0;
      store<u32>(seqArgs, self);
      store<u32>(seqArgs, load<u32>(args), 4);
      return callPython(fn, 0, seqArgs, 2);
    }
    case Sl.C_ITER: if (!channel(self) || !arity("__iter__", npos, 0, 0)) return 0; increfCall(self); return self;
    case Sl.C_NEXT: if (!channel(self) || !arity("__next__", npos, 0, 0)) return 0; return channelNext(self, 0);
    case Sl.CLOSE: if (!noArgs("close", n, kw)) return 0; asChannel(self).flags |= CF.CLOSING; return None;
    case Sl.OPEN: if (!noArgs("open", n, kw)) return 0; asChannel(self).flags &= ~CF.CLOSING; return None;
    case Sl.BALANCE: if (n) return readOnly(); return fromSmall(asChannel(self).balance);
    case Sl.CLOSING: if (n) return readOnly(); return pyBool((asChannel(self).flags & CF.CLOSING) != 0);
    case Sl.CLOSED: if (n) return readOnly(); return pyBool((asChannel(self).flags & CF.CLOSING) != 0 && asChannel(self).balance == 0);
    case Sl.QUEUE: if (n) return readOnly(); return queued(asChannel(self).head);
    case Sl.PREFERENCE: {
      if (!n) return fromSmall(asChannel(self).preference);
      const v = load<u32>(args);
      if (!isIntLike(v)) { raiseLit(TypeError, "preference must be set to an integer"); return 0; } // (channelobject.c channel_set_preference)
      const p = intValue(v);
      asChannel(self).preference = p < 0 ? -1 : p > 0 ? 1 : 0;
      return None;
    }
    case Sl.SCHEDULE_ALL: {
      if (!n) return pyBool((asChannel(self).flags & CF.SCHEDULE_ALL) != 0);
      const v = load<u32>(args);
      // (channelobject.c channel_set_schedule_all: an int, with Stackless's message)
      if (!isIntLike(v)) { raiseLit(TypeError, "preference must be set to a bool or integer"); return 0; }
      if (truthy(v) > 0) asChannel(self).flags |= CF.SCHEDULE_ALL; else asChannel(self).flags &= ~CF.SCHEDULE_ALL;
      return None;
    }
    // tasklets
    case Sl.ALIVE: if (n) return readOnly(); return flag(self, TF.ALIVE);
    case Sl.BLOCKED: if (n) return readOnly(); return flag(self, TF.BLOCKED);
    case Sl.SCHEDULED: if (n) return readOnly(); return flag(self, TF.SCHEDULED | TF.BLOCKED);
    case Sl.IS_MAIN: if (n) return readOnly(); return pyBool(self == main);
    case Sl.IS_CURRENT: if (n) return readOnly(); return pyBool(self == current);
    case Sl.PAUSED: {
      if (n) return readOnly();
      const f = asTasklet(self).flags;
      return pyBool((f & TF.ALIVE) != 0 && (f & (TF.SCHEDULED | TF.BLOCKED)) == 0 && self != current);
    }
    case Sl.ATOMIC: if (n) return readOnly(); return flag(self, TF.ATOMIC);
    case Sl.BLOCK_TRAP: if (n) return setFlag(self, TF.BLOCK_TRAP, load<u32>(args)); return flag(self, TF.BLOCK_TRAP);
    case Sl.TEMPVAL: {
      const t = asTasklet(self);
      if (n) {
        const v = load<u32>(args);
        increfCall(v);
        decrefCall(t.tempval);
        t.tempval = v;
        t.flags &= ~TF.BOMB;
        return None;
      }
      return queued(t.tempval);
    }
    // in the run queue, or in a channel's queue when blocked (None at its ends)
    case Sl.NEXT: if (n) return readOnly(); return queued(asTasklet(self).flags & (TF.SCHEDULED | TF.BLOCKED) ? asTasklet(self).next : 0);
    case Sl.PREV: {
      if (n) return readOnly();
      // (a channel's first waiter has the channel as its prev: no tasklet before it)
      const p = asTasklet(self).flags & (TF.SCHEDULED | TF.BLOCKED) ? asTasklet(self).prev : 0;
      return queued(p && kindOfCall(p) == Kind.TASKLET ? p : 0);
    }
    case Sl.SET_ATOMIC: {
      if (!onlyKeywords("set_atomic", kw, "") || !arity("set_atomic", npos, 1, 1)) return 0;
      if (!isIntLike(load<u32>(args))) { raiseLit(TypeError, "set_atomic needs exactly one bool or integer"); return 0; }
      const old = flag(self, TF.ATOMIC);
      if (!setFlag(self, TF.ATOMIC, load<u32>(args))) return 0;
      return old;
    }
    case Sl.BIND: {
      if (!onlyKeywords("bind", kw, "func,args,kwargs")) return 0;
      if (!arity("bind", npos, 0, 3)) return 0;
      const fn = npos > 0 ? load<u32>(args) : kwarg(args, n, kw, "func");
      const a = npos > 1 ? load<u32>(args, 4) : kwarg(args, n, kw, "args");
      const k = npos > 2 ? load<u32>(args, 8) : kwarg(args, n, kw, "kwargs");
      return bind(self, fn ? fn : None, a ? a : None, k ? k : None);
    }
    case Sl.T_CALL: return tasklet(self) ? taskletSetup(self, args, n, kw) : 0; // super().__call__(*args)
    case Sl.SETUP: return taskletSetup(self, args, n, kw);
    // insert() and remove() return the tasklet (taskletobject.c tasklet_insert, tasklet_remove)
    case Sl.INSERT: if (!noArgs("insert", n, kw) || !insert(self)) return 0; increfCall(self); return self;
    case Sl.REMOVE: if (!noArgs("remove", n, kw) || !remove(self)) return 0; increfCall(self); return self;
    case Sl.T_RUN: if (!noArgs("run", n, kw)) return 0; return runNow(self, false);
    case Sl.SWITCH: if (!noArgs("switch", n, kw)) return 0; return runNow(self, true);
    case Sl.KILL: {
      if (!onlyKeywords("kill", kw, "pending") || !arity("kill", npos, 0, 1)) return 0;
      const t = asTasklet(self);
      if (!(t.flags & TF.ALIVE)) return None;
      const pend = npos ? load<u32>(args) : kwarg(args, n, kw, "pending");
      const p = pend ? truthy(pend) : 0;
      if (p < 0) return 0;
      increfCall(emptyTuple);
      const e = excNew(TaskletExit, emptyTuple);
      if (!e) { decrefCall(emptyTuple); raiseMemoryError(); return 0; }
      return throwInto(self, e, p == 1);
    }
    case Sl.THROW: {
      if (!onlyKeywords("throw", kw, "exc,val,tb,pending")) return 0;
      if (!arity("throw", npos, 0, 4)) return 0;
      if (!param(args, n, kw, 0, "exc")) { raiseLit(TypeError, "throw() missing required argument 'exc' (pos 1)"); return 0; }
      const exc = npos > 0 ? load<u32>(args) : kwarg(args, n, kw, "exc");
      const val = npos > 1 ? load<u32>(args, 4) : kwarg(args, n, kw, "val");
      const pend = npos > 3 ? load<u32>(args, 12) : kwarg(args, n, kw, "pending");
      const e = exceptionOf(exc, val);
      if (!e) return 0;
      const p = pend ? truthy(pend) : 0;
      if (p < 0) { decrefCall(e); return 0; }
      return throwInto(self, e, p == 1);
    }
    case Sl.RAISE_EXCEPTION: {
      if (!onlyKeywords("raise_exception", kw, "")) return 0;
      if (npos < 1) { raiseLit(TypeError, "raise_exception() takes at least 1 argument"); return 0; }
      const e = makeException(load<u32>(args), args + 4, npos - 1);
      if (!e) return 0;
      return throwInto(self, e, false);
    }
  }
  raiseLit(TypeError, "unknown stackless builtin");
  return 0;
}

import { taskletSetup } from "../vm/call";
import { callStacklessApi, stacklessApiInit } from "./stacklessapi";
import { cbDepth, mayChangeState } from "../stackless/callbacks";

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function stacklessArgsReset(): void {
  memory.fill(seqArgs, 0, 8);
}
