// The interpreter loop: one loop for every frame of every tasklet. A Python call pushes a frame
// and continues here; a return pops it; a switch loads another tasklet's top frame. Nothing
// re-enters this function, so the wasm stack depth stays constant however deep the program goes.
import { timersPending } from "../stackless/timers";
import { hostTaskletEnded, reportToHost, hostErrors, hostKeepsAlive } from "../host/requests";
import { Value, Kind, isSmall, smallValue, fromSmall, SMALL_MIN, SMALL_MAX } from "../objects/object";
import { kindOf, typeOf, asType, isSubtype, intType, floatType, rangeIterType, enumerateType, typeType } from "../objects/type";
import { asIter } from "../objects/iter";
import { obj } from "../objects/object";
import { intFromI64, intSetI64, intValue, intValueInline, isIntLike, intFitsI64Inline, mulFits, intSize, INT_HEADER } from "../objects/int";
import { floatNew, floatValue, FLOAT_VALUE } from "../objects/float";
import { asStr, STR_HEADER, strNew, emptyStr, strFromBytes, Lit, strHash } from "../objects/str";
import { tupleNew, tupleSet, tupleFrom, tupleLen, tupleGet, tupleItems, emptyTuple } from "../objects/tuple";
import { listNew, listAppend, asList } from "../objects/list";
import { dictNew, dictGet, dictSet, dictPop } from "../objects/dict";
import { sliceNew } from "../objects/range";
import { asFunc, asCode, CodeObj, funcNew, cellNew, asCell, asBuiltin } from "../objects/function";
import { excNew, asExc, BaseException, TaskletExit, SystemExit, NameError, UnboundLocalError,
  TypeError, RuntimeError, AssertionError, ModuleNotFoundError, ImportError, SystemError, StopIteration,
  GeneratorExit } from "../objects/exception";
import { None, True, False, pyBool } from "../objects/singletons";
import { incref, decref } from "../memory/refcount";
import { bufLen, bufLit, bufBytes } from "../objects/buf";
import { Op, Fused } from "./opcodes";
import { F_BACK, F_LOCALS, frameSave, framePc, frameSp, frameRelease, frameReleaseInline, frameFunc, frameCode, frameGlobals } from "./frame";
import { takeCharged } from "../objects/charge";
import { curExc, takeExc, raiseValue, raiseLit, raiseBuf, raiseMemoryError, raiseBufFailure, raiseTypeMsg, raiseWith } from "../objects/errors";
import { imageStr, imageConst, lineOf } from "./image";
import { binaryOp, unaryOp, BinOp, floorDiv, floorMod } from "./arith";
import { compareOp, contains } from "./compare";
import { truthy } from "./protocol";
import { getIter, iterNext, enumNextPair, exhausted, unpack } from "./iterate";
import { getItem, setItem, delItem, seqSlotFast, dictStrFast } from "./subscript";
import { getAttr, loadMethod, setAttr, delAttr } from "./attr";
import { CACHE_ENTRY, cacheName, globalHit, globalMiss, attrHit, attrMiss, methodHit, methodMiss, nativeMethodHit, storeHit, storeFill } from "./caches";
import { pushFrame, pushExact, argsMoved, taskletSetup, callValue, ENTER, enterFrame, takeEnterRaise, takeEnterBase, setEnterBase, releaseGenFrame } from "./call";
import { setFrameHook, frameHook, hookKind, hookArg, Hook, hookOf, CloseHook } from "./frame";
import { CodeFlag } from "../objects/function";
import { asGen, frameGen, genFrame, GenState } from "../objects/generator";
import { moduleAt, importModule, preludeFunction, clearModuleGlobals } from "./modules";
import { replacedStderr } from "../builtins/frames";
import { resumeGen, GEN_DONE } from "./generators";
import { binaryDunder, compareDunder, operatorResult, missingDunder, containsDunder, getItemDunder, setItemDunder, delItemDunder, unaryDunder,
  truthDunder, iterDunder, nextDunder, textDunder } from "./dunder";
import { buildClass, metaclassOf, mroLookup, isUserObject, userDunder } from "./classes";
import { methodNew } from "../objects/instance";
import { N } from "../objects/names";
import { builtinNew } from "../objects/function";
import { Sl } from "../builtins/stackless";
import { Cls, genNext } from "../builtins/classes";
import { callPythonKw, callPython } from "./call";
import { finalizerPending, takeFinalizer, safePointDue, safePointDone, queueFinalizer } from "../memory/refcount";
import { due as gcDue, gcCollect, gcExitCollect } from "../memory/gc";
import { alloc, free } from "../memory/heap";
import { dictLen, dictNext, entryAt, entryHash, dictGetHashed, dictSetHashed } from "../objects/dict";
import { extendList, listOf } from "./iterate";
import { listGet, listLen, asList } from "../objects/list";
import { writeI64 } from "../objects/repr";
import { ValueError } from "../objects/exception";
import { setNew } from "../objects/set";
import { addTraceback, printTraceback, formatTraceback, reportUncaught, keepLocals } from "./traceback";
import { setMessage } from "./message";
import { hashIsPython, keyNeedsPython, keyFirst, keyDone, buildInPython } from "./keys";
import { memberNeedsPython, comparisonNeedsPython, setOpNeedsPython, preludeCall3 } from "./itemeq";
import { asRef } from "../objects/weakref";
import { asModule } from "../objects/module";
import { stats } from "./stats";
import { strOf, reprOf } from "../builtins/core";
import { formatWithSpec } from "../objects/format";
import { bufStr, bufReset } from "../objects/buf";
import { subscriptNeedsIndex, repeatCountDepth, indexFirst } from "./index";
import { callNative, needsPythonIteration, collectFirst, holdsUserObjects, preludeCall, fastNative, NOT_FAST, fastIter } from "../builtins/dispatch";
import { builtins } from "../builtins/init";
import { nativeModules } from "./modules";
import { TaskletObj, TF, asTasklet } from "../stackless/tasklet";
import { current, main, mainFinished, SWITCHED, directResume, dequeue, setCurrent, markMainFinished, restartMainForExit,
  taskletStopped, killRemaining, wakeupTarget, revive, giveBomb, leaveRun, watchdogFires, wdTasklet, isFloating, switchTrap } from "../stackless/scheduler";
import { unblock, channelAction, mayBeBomb, CF } from "../stackless/channels";
import { asChannel } from "../stackless/channel";
import { enqueue, alive, wdOps, wdLeft, wdSoft, wdTotal, wdPending, setWdLeft, setWdPending, hold } from "../stackless/scheduler";
import { threadCount, gilLeft, setGilLeft, handOff, isPrimary, threadEnding, threadMainEnded, endThread, discardThreads,
         otherThreadRunnable } from "../stackless/threads";
import { flushStdout, writeStderr } from "../builtins/io";
import { writeStr } from "../objects/repr";
import { bufPtr } from "../objects/buf";
import { isBomb, explode } from "../stackless/bomb";
import { cbDepth, schedDue, startScheduleCallback, commitSwitch, notifySwitch, Switch, channelCallbackDone, channelCallbackFailed,
  pendingDir, pendingBomb, errorHandler, errorHandlerFrame } from "../stackless/callbacks";

export namespace Status {
  export const DONE: i32 = 0;
  export const YIELD: i32 = 1;
  export const ERROR: i32 = 2;
  export const IDLE: i32 = 3;
  export const REQUEST: i32 = 4; // (internal) the host request ended: vm_host answers it
}

const exitArgs = memory.data(12, 4);
const pfArgs = memory.data(8, 4);
const fmtSpec = memory.data(4, 4); // the spec argument of a __format__ call
const enterHookSlot = memory.data(4, 4); // the count of the hook of a frame being unwound

// Set when a bare re-raise must not add this frame to the traceback again.
let skipTb: bool = false;

// The loader proves stack depths; these checks cover what it cannot see (a value of the wrong
// kind where the bytecode expects a cell, a code object, an exception…), so a damaged image ends
// in a Python SystemError rather than a trap.
function badBytecode(): void {
  raiseLit(SystemError, "bad bytecode: an operand has the wrong type");
}

@inline function isKind(v: Value, k: u32): bool { return !isSmall(v) && v != 0 && kindOf(v) == k; }
@inline function isUserObj(v: Value): bool { return isUserObject(v); }
@inline function isExact(v: Value, t: Value): bool { return !isSmall(v) && typeOf(v) == t; }

// May BINARY_OP write its result into the box of operand v (a float, or an int of the same limb
// count)? Only when no one can see it change: its one reference is the stack's (an intermediate),
// or its other one is the local the next instruction replaces by the result (`x += y`).
@inline function reusable(v: Value, pc: u32, locals: u32): bool {
  const rc = obj(v).rc;
  if (rc == 1) return true;
  const next = load<u32>(pc);
  return rc == 2 && (next & 0xFF) == <u32>Op.STORE_FAST && load<u32>(locals + ((next >>> 8) << 2)) == v;
}
// COMPARE_OP's operator arg (0..5: < <= == != > >=) on two small ints.
@inline function smallCompare(arg: u32, x: i32, y: i32): bool {
  switch (arg) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x == y;
    case 3: return x != y;
    case 4: return x > y;
    default: return x >= y;
  }
}
// a dict, set or frozenset: where `in` hashes its operand
function isKeyed(v: Value): bool {
  if (isSmall(v) || !v) return false;
  const k = kindOf(v);
  return k == Kind.DICT || k == Kind.SET || k == Kind.FROZENSET;
}

function takeAndDrop(): void { decref(takeExc()); }

// A tasklet resumed inside `for x in channel` with an exception: StopIteration ends the loop.
function endsChannelLoop(exc: Value, pc: u32, sp: u32): bool {
  return (load<u32>(pc - 4) & 0xFF) == <u32>Op.FOR_ITER && isKind(load<u32>(sp - 4), Kind.CHANNEL) &&
    isSubtype(typeOf(exc), StopIteration);
}

// StopIteration(value) (no argument when value is None); takes value.
function raiseStopIteration(v: Value): void {
  let args: Value = emptyTuple;
  if (v != None) {
    args = tupleNew(1);
    if (!args) { decref(v); raiseMemoryError(); return; }
    tupleSet(args, 0, v);
  } else { incref(args); decref(v); }
  const e = excNew(StopIteration, args);
  if (!e) { decref(args); raiseMemoryError(); return; }
  raiseValue(e);
}

function nameError(name: Value): void {
  const mark = bufLen;
  bufLit("name '");
  bufBytes(name + STR_HEADER, asStr(name).len);
  bufLit("' is not defined");
  raiseBuf(NameError, mark);
}

function unboundLocal(code: CodeObj, slot: u32): void {
  const name = imageStr(load<u32>(code.localNames + (slot << 2)));
  const mark = bufLen;
  bufLit("cannot access local variable '");
  bufBytes(name + STR_HEADER, asStr(name).len);
  bufLit("' where it is not associated with a value");
  raiseBuf(UnboundLocalError, mark);
}

// An exception instance from what `raise` was given (taken), or 0 with TypeError pending.
function makeRaisable(v: Value): Value {
  const k = kindOf(v);
  if (k == Kind.EXCEPTION) return v;
  if (k == Kind.TYPE && asType(v).kind == Kind.EXCEPTION) {
    incref(emptyTuple);
    const e = excNew(v, emptyTuple);
    decref(v);
    if (!e) { decref(emptyTuple); raiseMemoryError(); }
    return e;
  }
  decref(v);
  raiseLit(TypeError, "exceptions must derive from BaseException");
  return 0;
}

function isExcClass(c: Value): bool {
  return kindOf(c) == Kind.TYPE && asType(c).kind == Kind.EXCEPTION;
}

// `except t`: as CPython, t is a class or a flat tuple of classes, every one checked before any
// matches (so a nested tuple is a TypeError, and matching never recurses). 1/0, -1 with an error.
function excMatches(exc: Value, t: Value): i32 {
  const isTuple = kindOf(t) == Kind.TUPLE;
  const n = isTuple ? tupleLen(t) : 1;
  for (let i: u32 = 0; i < n; i++) {
    if (!isExcClass(isTuple ? tupleGet(t, i) : t)) {
      raiseLit(TypeError, "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
  }
  for (let i: u32 = 0; i < n; i++) if (isSubtype(typeOf(exc), isTuple ? tupleGet(t, i) : t)) return 1;
  return 0;
}

// The process exit status the program asked for: 1 after an uncaught exception, n after
// sys.exit(n), 0 otherwise (vm_exit_code).
export let exitCode: i32 = 0;

// What ends the VM when main dies of an exception (or SystemExit asks to stop): the report,
// then the finalizers of program exit.
function mainDied(exc: Value): i32 {
  exitCode = 1;
  if (isSubtype(typeOf(exc), SystemExit)) {
    const args = asExc(exc).args;
    const code = tupleLen(args) ? tupleGet(args, 0) : None;
    if (code == None || code == fromSmall(0)) { exitCode = 0; decref(exc); return startExit(Status.DONE); }
    if (kindOf(code) == Kind.INT || kindOf(code) == Kind.BOOL) exitCode = <i32>intValue(code);
    else {
      // sys.exit("message") prints the message, like CPython
      flushStdout();
      const mark = bufLen;
      writeStr(code);
      bufLit("\n");
      writeStderr(bufPtr + mark, bufLen - mark);
      bufReset(mark);
    }
    decref(exc);
    return startExit(exitCode == 0 ? Status.DONE : Status.ERROR);
  }
  flushStdout();
  reportUncaught(exc);
  decref(exc);
  return startExit(Status.ERROR);
}

// Program exit, as Stackless and CPython do it after __main__: first the tasklets still alive
// are killed (TaskletExit, pending, in the order they were started: their `finally` blocks run
// with the globals intact, as Stackless kills tasklets before the modules are torn down); once
// the run queue is empty, what only module globals hold is finalized (each __del__, each
// suspended generator's close), the traceback of an uncaught exception first. The finalizers run
// as frames above the prelude's exit_finalizers in the main tasklet, atomic, so ticking and the
// stress configuration run them like any code. Returns the status to stop with, or -1 when
// there is Python code to run first (the status comes when it is done).
const EXIT_NONE = 0;
const EXIT_KILLING = 1;
const EXIT_FINALIZING = 2;
let exitPhase = EXIT_NONE;
let exitStatus: i32 = Status.DONE;

function startExit(status: i32): i32 {
  if (status == Status.ERROR) exitStatus = Status.ERROR; // an error while exiting still counts
  if (exitPhase == EXIT_NONE) {
    exitPhase = EXIT_KILLING;
    discardThreads();
    killRemaining();
  }
  if (exitPhase == EXIT_FINALIZING) return exitStatus;
  if (current) return -1; // the killed tasklets run to their end first
  exitPhase = EXIT_FINALIZING;
  const fn = preludeFunction(N.exit_finalizers_);
  if (!fn) { decref(takeExc()); return exitStatus; } // an image without the prelude
  queueAtexit();
  gcExitCollect(clearModuleGlobals);
  if (!finalizerPending) return exitStatus;
  const f = pushFrame(asTasklet(main), fn, 0, 0, 0, 0);
  if (!f) { if (curExc) decref(takeExc()); return exitStatus; }
  restartMainForExit(f);
  return -1;
}

// The atexit handlers (lib/atexit.py keeps them in the prelude's _atexit list) run first, the
// last registered first, each as a finalizer frame (an exception is reported, the next runs),
// ahead of the finalizers of what only module globals hold, as CPython runs them before it
// tears the modules down.
function queueAtexit(): void {
  const m = dictGet(nativeModules, N.prelude_);
  const l = m ? dictGet(asModule(m).dict, N.atexit_) : 0;
  if (!l || kindOf(l) != Kind.LIST) return;
  for (let i = <i32>listLen(l) - 1; i >= 0; i--) {
    const e = listGet(l, <u32>i);
    if (kindOf(e) == Kind.TUPLE) queueFinalizer(e);
  }
  const ll = asList(l);
  const n = ll.len;
  ll.len = 0;
  for (let i: u32 = 0; i < n; i++) decref(load<u32>(ll.items + (i << 2)));
}

// vm_exit: the host ends a program whose main tasklet has returned (vm_run said idle, or
// tasklets still run). Idle alone is not the end: the host may still feed the blocked
// tasklets. Returns Status.YIELD (vm_run then runs the exit to its end), a final status when
// nothing was left to run, or -1 (vm_message says why).
export function requestExit(): i32 {
  if (!main || !mainFinished || exitPhase != EXIT_NONE) {
    setMessage(!main ? "vm_exit: no program is loaded" : exitPhase != EXIT_NONE ? "vm_exit: the program is already ending"
                                                                           : "vm_exit: the main tasklet has not returned");
    return -1;
  }
  const s = startExit(Status.DONE);
  return s >= 0 ? s : Status.YIELD;
}

// An exception leaves a frame: its value stack is released now (CPython pops it), its locals go
// to the exception's traceback (keepLocals) or, when they cannot, are released now too. Returns
// where the frame's release stops.
function unwoundValues(code: CodeObj, locals: u32, sp: u32): u32 {
  const top = locals + (code.nlocals << 2);
  while (sp > top) { sp -= 4; decref(load<u32>(sp)); }
  return keepLocals(curExc, changetype<usize>(code), locals, sp) ? locals : sp;
}

// The running tasklet's bottom frame is gone. exc: the uncaught exception (taken) or 0.
// Returns a status to stop with, or -1 to carry on with `current`.
function taskletEnded(tv: Value, excIn: Value): i32 {
  let exc = excIn;
  const t = asTasklet(tv);
  t.frame = 0;
  taskletStopped(tv);
  const isMain = tv == main;
  const next = t.next;
  dequeue(tv);
  if (exitPhase == EXIT_FINALIZING && isMain) {
    // exit_finalizers returned: the program ends with the status it had before them
    t.flags &= ~TF.ATOMIC;
    if (next != tv) setCurrent(next);
    decref(tv);
    decref(exc);
    return exitStatus;
  }
  setCurrent(next != tv ? next : 0);
  decref(tv); // the run queue's reference
  if (isMain && !isPrimary()) {
    // another thread's main returned (its exception, if any, was reported by the thread's
    // bootstrap, lib/_thread.py): the thread's other tasklets are killed, then it ends
    decref(exc);
    threadMainEnded();
    return -1;
  }
  if (isMain) markMainFinished();
  if (exc && isMain) return mainDied(exc);
  if (exc && isSubtype(typeOf(exc), TaskletExit)) { decref(exc); exc = 0; }
  if (threadEnding()) {
    // a tasklet of a thread whose main is gone: nobody to hand the exception to
    if (exc) reportIgnored(exc, "a tasklet of a thread that ended");
    return -1;
  }
  if (!exc && current) return -1;
  // Stackless (scheduling.c slp_tasklet_end): with nothing left to run, or with an exception to
  // pass on, the innermost tasklet waiting in run() takes over, else main, even paused by
  // switch(): it is put back in the queue and runs now. An exception is raised there.
  const w = wakeupTarget();
  if (w == main && mainFinished) return exc ? mainDied(exc) : -1; // the host drives what is left
  // a timer or another thread may wake it: idle, or run the other threads, until then
  if (!exc && (asTasklet(w).flags & TF.BLOCKED) && (timersPending() || otherThreadRunnable())) return -1;
  if (!exc && (asTasklet(w).flags & TF.BLOCKED)) { failBlocked(w); return -1; }
  if (exc) giveBomb(w, exc);
  revive(w);
  return -1;
}

// Nothing can ever wake w, blocked on a channel (no tasklet or thread left to run, no timer):
// its channel operation fails instead of hanging.
function failBlocked(w: Value): void {
  raiseLit(RuntimeError, (asTasklet(w).flags & TF.SENDING) ? "the main tasklet is sending without a receiver available."
                                                           : "the main tasklet is receiving without a sender available.");
  giveBomb(w, takeExc());
  revive(w);
}

// The running thread cannot go on (nothing runnable, or held by a `_thread` lock): an ended thread
// goes, the GIL goes to a thread that can run. True when there is something to run now.
function nextThread(): bool {
  if (!current && threadEnding()) {
    endThread();
    if (current) return true;
    // back in the primary thread with nothing to run: a main that waited for the ended thread
    // can never be woken now
    if (main && !mainFinished && (asTasklet(main).flags & TF.BLOCKED) && !timersPending() && !otherThreadRunnable()) {
      failBlocked(main);
      return true;
    }
  }
  return handOff();
}

// taskletEnded, then the schedule callback for the switch away from the ended tasklet, which it
// runs on (held until the callback is done). `result` (taken) is what its function returned.
// A host request's tasklet (host/requests.ts) ends into the host's hands, not main's: when it is
// the request the host waits for, the loop returns Status.REQUEST.
function endTasklet(tv: Value, excIn: Value, result: Value): i32 {
  let exc = excIn;
  let answered = false;
  if (asTasklet(tv).flags & TF.HOST) {
    answered = hostTaskletEnded(tv, result, exc);
    if (!answered && exc && !isSubtype(typeOf(exc), TaskletExit)) reportIgnored(exc, "a host request that was given up");
    else if (!answered) decref(exc);
    exc = 0;
  } else {
    decref(result);
    if (exc && hostErrors && tv != main && !isSubtype(typeOf(exc), TaskletExit) && !isSubtype(typeOf(exc), SystemExit)) {
      // the host handles uncaught tasklet exceptions: it gets the error, the others run on
      reportToHost(tv, exc);
      exc = 0;
    }
  }
  incref(tv);
  const status = taskletEnded(tv, exc);
  if (status >= 0) { decref(tv); return status; }
  notifySwitch(tv, current, Switch.END);
  return answered ? Status.REQUEST : -1;
}

// Work queued for a safe point: a due cycle collection, then the finalizers (each __del__ in a
// frame with hook FINAL; the caller re-runs its instruction after it). Checked at calls, returns
// and jumps, after the instructions that drop a value the program held (stores, deletes,
// POP_TOP: the caller goes on after them), when a prepared frame is entered and when a tasklet
// is resumed, not every instruction, so the loop stays lean; a __del__ or weakref callback runs
// right after the statement that released its object, as CPython's would. The __del__ frames queued together are started together, chained so the
// first queued is on top: each runs to its end before the next begins, in the order reference
// counting released them (CPython runs them one after another from the releasing decref); a
// released generator's close() takes its place through the prelude's close_generator. Returns
// the top frame to run, or 0 when nothing is left to do.
function safePointFrame(): u32 {
  if (gcDue) gcCollect();
  let top: u32 = 0;
  let bottom: u32 = 0;
  while (finalizerPending) {
    const o = takeFinalizer();
    // a generator's finalizer is close(), called from the prelude's close_generator: a frame
    // like __del__'s, so it takes its place in the chain
    const gen = o && kindOf(o) == Kind.GENERATOR;
    // a weak reference whose referent died: its callback, called with it (taken from it first,
    // as CPython does), through the prelude's weakref_callback
    const ref = o && kindOf(o) == Kind.WEAKREF;
    const cb = ref ? asRef(o).callback : 0;
    if (ref) asRef(o).callback = 0;
    // an atexit handler (func, args, kwargs), queued at program exit
    const handler = o && kindOf(o) == Kind.TUPLE;
    const del = !o || gen || ref || handler ? 0 : mroLookup(typeOf(o), N.del_);
    const r = gen ? preludeCall(N.close_generator_, o, hookOf(Hook.FINAL, 1))
            : cb ? preludeCall3(N.weakref_callback_, cb, o, -1, hookOf(Hook.FINAL, 2))
            : handler ? preludeCall(N.call_atexit_, o, hookOf(Hook.FINAL, 3))
            : del ? callPython(del, o, 0, 0) : 0;
    decref(cb);
    if (gen && r != ENTER) {
      // its close() cannot start (no memory, a damaged prelude): it goes unclosed, finished now,
      // or releasing it would queue it again
      const gf = genFrame(o);
      releaseGenFrame(gf, frameSp(gf));
    }
    decref(o);
    if (r == ENTER) {
      if (!gen && !ref && !handler) setFrameHook(enterFrame, hookOf(Hook.FINAL, 0));
      if (bottom) store<u32>(bottom, enterFrame, F_BACK);
      else top = enterFrame;
      bottom = enterFrame;
      continue;
    }
    if (curExc) decref(takeExc()); // a finalizer that cannot start is skipped
  }
  safePointDone();
  if (bottom != top) setEnterBase(bottom);
  return top;
}

// With sys.stderr replaced by an object, the report goes through its write(): the prelude's
// report_ignored gets the stream of the moment and the text, run as a finalizer frame at the
// next safe point (natives never call Python). False when it cannot be queued (then it is printed natively).
function queueReport(to: Value, exc: Value, what: Lit): bool {
  const mark = bufLen;
  bufLit("Exception ignored in ");
  bufLit(what);
  bufLit(":\n");
  formatTraceback(exc);
  const text = bufStr(mark); // (0 when memory ran out)
  const fn = preludeFunction(N.report_ignored_);
  const args = tupleNew(2), kw = dictNew(), entry = tupleNew(3);
  if (text && fn && args && kw && entry) {
    incref(to); tupleSet(args, 0, to); tupleSet(args, 1, text);
    incref(fn); tupleSet(entry, 0, fn); tupleSet(entry, 1, args); tupleSet(entry, 2, kw);
    const ok = queueFinalizer(entry);
    decref(entry);
    if (ok) decref(exc);
    return ok;
  }
  if (curExc) decref(takeExc());
  decref(text); decref(args); decref(kw); decref(entry);
  return false;
}

// An exception out of a finalizer or a callback: printed to stderr, then dropped.
function reportIgnored(exc: Value, what: Lit): void {
  const to = replacedStderr();
  if (to == None) { decref(exc); return; }
  if (to && queueReport(to, exc, what)) return;
  flushStdout();
  const mark = bufLen;
  bufLit("Exception ignored in ");
  bufLit(what);
  bufLit(":\n");
  writeStderr(bufPtr + mark, bufLen - mark);
  bufReset(mark);
  printTraceback(exc);
  decref(exc);
}

// Once the main script has returned, the host drives the tasklets: each runs at most this many
// opcodes before the next runnable one gets its turn (unless atomic), so tasklets that never
// yield still share every tick. While main runs, scheduling stays exactly cooperative.
export const HOST_TIME_SLICE: i64 = 1000;

function sliceFor(hostLeft: i64): i64 {
  let s = hostLeft;
  if (wdOps && wdLeft < s) s = wdLeft;
  if (mainFinished && !wdOps && HOST_TIME_SLICE < s) s = HOST_TIME_SLICE;
  if (threadCount > 1 && gilLeft < s) s = gilLeft > 0 ? gilLeft : 1;
  return s;
}

// Run until `ops` opcodes have executed (0: no limit). Returns a Status.

export function interpret(ops: i64): i32 {
  let hostLeft: i64 = ops > 0 ? ops : i64.MAX_VALUE;
  // ops run in a slice = sliceLen - ticks; a slice ends at a switch or when ticks run out
  let ticks: i64 = 0;
  let sliceLen: i64 = 0;
  let resumed = true; // entered from the host: the tasklet goes on with the slice it had
  while (true) {
    const used = sliceLen - ticks;
    hostLeft -= used;
    stats.opcodes += used;
    // the watchdog's slice restarts at every switch, not when the host ticks again
    if (wdOps && !resumed) setWdLeft(wdTotal ? wdLeft - used : wdOps);
    if (threadCount > 1) setGilLeft(gilLeft - used); // the GIL's interval runs across tasklet switches
    sliceLen = 0;
    ticks = 0;
    // soft watchdog: the expired run() takes over at this switch point
    if (wdPending && wdSoft && !resumed && current && current != wdTasklet && isFloating(wdTasklet) && !cbDepth && !schedDue) revive(wdTasklet);
    resumed = false;
    if (schedDue) startScheduleCallback(); // a switch waits for the schedule callback, run on prev's stack
    if (!current || (hold && !(asTasklet(current).flags & (TF.SYSTEM | TF.HOST)))) {
      if (threadCount > 1 && nextThread()) continue;
      if (current) return Status.IDLE; // held by a `_thread` lock that only a timer can release now
      // idle (tasklets remain, all blocked) waits for the host: only vm_exit ends the program
      // (a host that keeps the program alive calls into it after main returned: idle too)
      if ((alive > 0 || hostKeepsAlive) && exitPhase == EXIT_NONE) return Status.IDLE;
      const s = startExit(Status.DONE);
      if (s >= 0) return s;
      continue;
    }
    // load the current tasklet's top frame
    let tv = current;
    let t = asTasklet(tv);
    let f = t.frame;
    let code = asCode(frameCode(f));
    let pc = framePc(f);
    let sp = frameSp(f);
    let err = false;
    if ((t.flags & TF.IN_RUN) && !cbDepth) leaveRun(tv); // stackless.run() returns (not while a schedule callback runs on its stack)
    if (t.flags & (TF.RESUME_PUSH | TF.RESUME_RAISE)) {
      // the call that switched away returns tempval now, or raises it if it is a bomb
      const raise = (t.flags & (TF.RESUME_RAISE | TF.BOMB)) != 0;
      t.flags &= ~(TF.RESUME_PUSH | TF.RESUME_RAISE | TF.BOMB);
      let v = t.tempval;
      t.tempval = 0;
      if (raise && endsChannelLoop(v, pc, sp)) {
        // `for x in channel` ends when StopIteration arrives through the channel
        decref(v);
        sp -= 4;
        decref(load<u32>(sp));
        pc = code.instr + ((load<u32>(pc - 4) >>> 8) << 2);
      } else if (raise) { raiseValue(v); err = true; }
      else if (mayBeBomb(v) && isBomb(v)) { explode(v); err = true; } // a stackless.bomb handed over as the result
      else { if (!v) v = None; store<u32>(sp, v); sp += 4; }
    } else if (t.tempval && pc == code.instr && !load<u32>(f, F_BACK) && (t.flags & TF.ALIVE) && isBomb(t.tempval)) {
      // a bomb set as the tempval of a tasklet not started yet (its one frame has run nothing;
      // a running tasklet's tempval is the value it is sending, while the channel callback runs)
      const b = t.tempval;
      t.tempval = 0;
      explode(b);
      err = true;
    }
    if (safePointDue && !err) {
      // what the switch released (an ended tasklet, a __del__ or weakref callback it led to)
      // runs in frames on top of the resumed one before it goes on, as CPython runs it from
      // the releasing decref
      const ff = safePointFrame();
      if (ff) {
        frameSave(f, pc, sp);
        const fb = takeEnterBase();
        store<u32>(fb ? fb : ff, f, F_BACK);
        t.frame = ff;
        continue; // (no opcode ran yet: the loop's top loads the new top frame)
      }
    }
    sliceLen = sliceFor(hostLeft);
    ticks = sliceLen;
    let leave = false;
    let enterF: u32 = 0; // a frame an opcode or native prepared (ENTER): linked and entered below
    // set by a checkpoint's handler (jumps, calls, def, return, yield), which first takes what
    // natives charged and finds the slice used up: it stops before the checkpoint runs
    let sliceOut = false;
    // set by a channel operation that switched tasklets (SWITCHED): the new one resumes below
    let switched = false;
    while (true) {
      if (err) {
        err = false;
        // a native that failed without raising (a VM bug) must not unwind with no exception:
        // the handler would get 0, or the tasklet would end silently
        if (!curExc) raiseLit(SystemError, "error return without exception set");
        const exc = curExc;
        const at = (pc - 4 - code.instr) >> 2;
        if (skipTb) skipTb = false;
        else addTraceback(exc, changetype<usize>(code), lineOf(changetype<usize>(code), at));
        // the first exception-table entry covering `at`
        let handled = false;
        for (let k: u32 = 0; k < code.nexc; k++) {
          const e = code.exc + (k << 4);
          if (load<u32>(e) <= at && at < load<u32>(e, 4)) {
            const depth = load<u32>(e, 12);
            const base = f + F_LOCALS + (code.nlocals << 2) + (depth << 2);
            while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
            store<u32>(sp, takeExc()); sp += 4;
            pc = code.instr + (load<u32>(e, 8) << 2);
            handled = true;
            break;
          }
        }
        if (handled) continue;
        // no handler: pop the frame and look in the caller
        const back = load<u32>(f, F_BACK);
        const hook = hookKind(frameHook(f));
        store<u32>(enterHookSlot, hookArg(frameHook(f)));
        let genObj: Value = 0;
        if (code.flags & CodeFlag.GENERATOR) {
          genObj = frameGen(f);
          releaseGenFrame(f, unwoundValues(code, f + F_LOCALS, sp));
          t.depth--;
          // PEP 479: a StopIteration escaping a generator is a bug, not the end of iteration
          if (isSubtype(typeOf(curExc), StopIteration)) {
            const stop = takeExc();
            raiseLit(RuntimeError, "generator raised StopIteration");
            if (curExc && kindOf(curExc) == Kind.EXCEPTION) {
              decref(asExc(curExc).cause);
              asExc(curExc).cause = stop; // `raise RuntimeError(...) from stop`
            } else decref(stop);
          }
        } else frameRelease(t, f, unwoundValues(code, f + F_LOCALS, sp));
        if (hook == Hook.SCHED) {
          // Stackless reports an exception in the schedule callback and switches all the same
          reportIgnored(takeExc(), "the schedule callback");
          t.frame = back;
          commitSwitch();
          break;
        }
        if (hook == Hook.CHAN) channelCallbackFailed(); // the exception comes out of the channel action
        if (!back && hook != Hook.ERRH && errorHandler && tv != main && !isSubtype(typeOf(curExc), SystemExit)) {
          // stackless.set_error_handler: the handler gets the exception instead of main
          const ef = errorHandlerFrame(curExc);
          if (ef) { decref(takeExc()); t.frame = ef; break; }
        }
        if (back) {
          f = back;
          t.frame = f;
            code = asCode(frameCode(f));
            pc = framePc(f);
            sp = frameSp(f);
          if (genObj) decref(genObj);
          const closeKind = hook == Hook.CLOSE ? load<u32>(enterHookSlot) : CloseHook.CALL;
          const finalizing = hook == Hook.FINAL;
          // (a subgenerator closed through `yield from`: GeneratorExit goes on up to its delegator)
          if (hook == Hook.CLOSE && closeKind != CloseHook.INNER && (isSubtype(typeOf(curExc), GeneratorExit) || isSubtype(typeOf(curExc), StopIteration))) {
            takeAndDrop(); // close() succeeded
            store<u32>(sp, None); sp += 4;
            continue;
          }
          if (finalizing) {
            // like CPython, an exception in a finalizer (__del__, a released generator's close)
            // is printed and ignored
            const what = load<u32>(enterHookSlot);
            reportIgnored(takeExc(), what == 3 ? "atexit callback" : what == 2 ? "weakref callback" : what ? "generator close" : "__del__");
            continue;
          }
          if (hook == Hook.NEXTDEF && isSubtype(typeOf(curExc), StopIteration)) {
            takeAndDrop(); // next(it, default): the default replaces the call
            const cnt = load<u32>(enterHookSlot, 0);
            const dflt = load<u32>(sp - 4);
            incref(dflt);
            for (let i: u32 = 0; i < cnt; i++) { sp -= 4; decref(load<u32>(sp)); }
            store<u32>(sp, dflt); sp += 4;
            continue;
          }
          if (hook == Hook.FORNEXT && isSubtype(typeOf(curExc), StopIteration)) {
            takeAndDrop(); // the user iterator is exhausted: leave the loop
            sp -= 4;
            decref(load<u32>(sp));
            pc = code.instr + ((load<u32>(pc - 4) >>> 8) << 2);
            continue;
          }
          err = true;
          continue;
        }
        const status = endTasklet(tv, takeExc(), 0);
        if (status >= 0) { stats.opcodes += sliceLen - ticks; return status; }
        break;
      }
      // the hot loop: an opcode's handler continues it; one that breaks out of the switch ends in
      // the slow paths below it (a slice used up, a switch, a prepared frame, an error)
      while (true) {
      const w = load<u32>(pc);
      pc += 4;
      ticks--; // every opcode counted here, the budget checked at checkpoints only (sliceOut)
      const arg = w >>> 8;
      switch (<i32>(w & 0xFF)) {
        case Op.NOP: continue;
        case Op.POP_TOP: { sp -= 4; decref(load<u32>(sp)); if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } } continue; }
        case Op.DUP_TOP: { const v = load<u32>(sp - 4); incref(v); store<u32>(sp, v); sp += 4; continue; }
        case Op.DUP_TOP_TWO: {
          const a = load<u32>(sp - 8), b = load<u32>(sp - 4);
          incref(a); incref(b);
          store<u32>(sp, a); store<u32>(sp + 4, b); sp += 8;
          continue;
        }
        case Op.ROT_TWO: {
          const a = load<u32>(sp - 8);
          store<u32>(sp - 8, load<u32>(sp - 4));
          store<u32>(sp - 4, a);
          continue;
        }
        case Op.ROT_THREE: {
          const c = load<u32>(sp - 4);
          store<u32>(sp - 4, load<u32>(sp - 8));
          store<u32>(sp - 8, load<u32>(sp - 12));
          store<u32>(sp - 12, c);
          continue;
        }
        case Op.ROT_FOUR: {
          const d = load<u32>(sp - 4);
          store<u32>(sp - 4, load<u32>(sp - 8));
          store<u32>(sp - 8, load<u32>(sp - 12));
          store<u32>(sp - 12, load<u32>(sp - 16));
          store<u32>(sp - 16, d);
          continue;
        }
        case Op.LOAD_CONST: {
          const v = imageConst(arg);
          incref(v);
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Op.LOAD_FAST: {
          const v = load<u32>(f + F_LOCALS + (arg << 2));
          if (!v) { unboundLocal(code, arg); break; }
          incref(v);
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Fused.LOAD_FAST_LOAD_CONST: case Fused.LOAD_FAST_CONST_ARITH: case Fused.LOAD_FAST_COMPARE_JUMP: {
          const v = load<u32>(f + F_LOCALS + (arg << 2));
          const op = <i32>(w & 0xFF);
          if (isSmall(v) && op != Fused.LOAD_FAST_LOAD_CONST) {
            // a small int local and a small int constant: `n - 1` in range, or `n < 2` and its
            // jump when the slice lasts past the jump (a checkpoint), at once; otherwise on as
            // LOAD_FAST_LOAD_CONST, what follows their own instructions
            const k = smallValue(imageConst(load<u32>(pc) >>> 8));
            const next = load<u32>(pc, 4) >>> 8;
            if (op == Fused.LOAD_FAST_CONST_ARITH) {
              const r: i32 = (next & 1) ? smallValue(v) - k : smallValue(v) + k;
              if (r >= <i32>SMALL_MIN && r <= <i32>SMALL_MAX) {
                store<u32>(sp, fromSmall(r)); sp += 4;
                pc += 8; ticks -= 2;
                continue;
              }
            } else if ((ticks -= takeCharged()) > 2) {
              const c = smallCompare(next, smallValue(v), k);
              const j = load<u32>(pc, 8);
              pc += 12; ticks -= 3;
              if (c == ((j & 0xFF) == <u32>Op.POP_JUMP_IF_TRUE)) pc = code.instr + ((j >>> 8) << 2);
              continue;
            }
          }
          if (!v) { unboundLocal(code, arg); break; }
          incref(v);
          const k = imageConst(load<u32>(pc) >>> 8);
          incref(k);
          store<u32>(sp, v);
          store<u32>(sp, k, 4);
          sp += 8; pc += 4; ticks--;
          continue;
        }
        case Fused.LOAD_FAST_LOAD_FAST: {
          const v = load<u32>(f + F_LOCALS + (arg << 2));
          if (!v) { unboundLocal(code, arg); break; }
          incref(v);
          store<u32>(sp, v); sp += 4;
          const v2 = load<u32>(f + F_LOCALS + ((load<u32>(pc) >>> 8) << 2));
          if (!v2) continue; // the second LOAD_FAST raises, from its own slot
          incref(v2);
          store<u32>(sp, v2); sp += 4;
          pc += 4; ticks--;
          continue;
        }
        case Op.STORE_FAST: {
          sp -= 4;
          const p = f + F_LOCALS + (arg << 2);
          const old = load<u32>(p);
          store<u32>(p, load<u32>(sp));
          decref(old);
          if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
          continue;
        }
        case Op.DELETE_FAST: {
          const p = f + F_LOCALS + (arg << 2);
          const old = load<u32>(p);
          if (!old) { unboundLocal(code, arg); break; }
          store<u32>(p, 0);
          decref(old);
          if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
          continue;
        }
        case Op.LOAD_DEREF: {
          const cell = load<u32>(f + F_LOCALS + (arg << 2));
          if (!isKind(cell, Kind.CELL)) { badBytecode(); break; }
          const v = asCell(cell).value;
          if (!v) {
            const name = imageStr(load<u32>(code.localNames + (arg << 2)));
            const mark = bufLen;
            bufLit("cannot access free variable '");
            bufBytes(name + STR_HEADER, asStr(name).len);
            bufLit("' where it is not associated with a value in enclosing scope");
            raiseBuf(NameError, mark);
            break;
          }
          incref(v);
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Op.STORE_DEREF: {
          const cellV = load<u32>(f + F_LOCALS + (arg << 2));
          if (!isKind(cellV, Kind.CELL)) { badBytecode(); break; }
          sp -= 4;
          const c = asCell(cellV);
          const old = c.value;
          c.value = load<u32>(sp);
          decref(old);
          if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
          continue;
        }
        case Op.LOAD_CLOSURE: {
          const cell = load<u32>(f + F_LOCALS + (arg << 2));
          incref(cell);
          store<u32>(sp, cell); sp += 4;
          continue;
        }
        case Op.MAKE_CELL: {
          const p = f + F_LOCALS + (arg << 2);
          const cell = cellNew(load<u32>(p));
          if (!cell) { raiseMemoryError(); break; }
          store<u32>(p, cell);
          continue;
        }
        case Op.COPY_FREE_VARS: {
          const closure = asFunc(frameFunc(f)).closure;
          if (!closure || tupleLen(closure) < arg) { badBytecode(); break; }
          const first = code.nlocals - arg;
          for (let i: u32 = 0; i < arg; i++) {
            const cell = tupleGet(closure, i);
            incref(cell);
            const slot = f + F_LOCALS + ((first + i) << 2);
            const old = load<u32>(slot);
            store<u32>(slot, cell);
            decref(old);
          }
          continue;
        }
        case Op.LOAD_GLOBAL: case Fused.LOAD_GLOBAL_LOAD_METHOD: case Fused.LOAD_GLOBAL_CALL_METHOD0: {
          const ce = code.caches + arg * CACHE_ENTRY;
          const g = frameGlobals(f);
          let v = globalHit(ce, g, builtins);
          if (!v) v = globalMiss(ce, g, builtins);
          if (!v) { if (!curExc) nameError(cacheName(ce)); break; }
          if ((w & 0xFF) != <u32>Op.LOAD_GLOBAL) {
            const me = code.caches + (load<u32>(pc) >>> 8) * CACHE_ENTRY;
            const m = nativeMethodHit(me, v);
            if ((w & 0xFF) == <u32>Fused.LOAD_GLOBAL_CALL_METHOD0 && (ticks -= takeCharged()) >= 2 && !safePointDue) {
              // `ch.receive()` on a global channel, when the slice lasts past the call (a
              // checkpoint): the receive at once, no bound method made nor released
              if (m && asBuiltin(m).id == Sl.RECEIVE && isKind(v, Kind.CHANNEL)) {
                pc += 8; ticks -= 2;
                const r = channelAction(v, None, -1, false);
                if (r == SWITCHED) { switched = true; break; }
                if (r == ENTER) { enterF = enterFrame; break; }
                if (!r) break;
                store<u32>(sp, r); sp += 4;
                continue;
              }
            }
            if (m) {
              // a builtin method (`ch.send`): pushed as methodHit would, without the call
              incref(m); incref(v);
              store<u32>(sp, m); store<u32>(sp, v, 4);
              sp += 8;
              pc += 4; ticks--;
              continue;
            }
            if (methodHit(me, v, sp)) {
              // the LOAD_METHOD after it, from its entry: [method, self] pushed (self counted by
              // methodHit; the global's own reference never taken); on a miss it runs as itself
              sp += 8;
              pc += 4; ticks--;
              continue;
            }
          }
          incref(v);
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Op.STORE_GLOBAL: {
          sp -= 4;
          const v = load<u32>(sp);
          const ok = dictSet(frameGlobals(f), imageStr(arg), v);
          decref(v);
          if (!ok) { if (!curExc) raiseMemoryError(); break; }
          if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
          continue;
        }
        case Op.DELETE_GLOBAL: {
          const old = dictPop(frameGlobals(f), imageStr(arg));
          if (!old) { if (!curExc) nameError(imageStr(arg)); break; }
          decref(old);
          if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
          continue;
        }
        case Op.LOAD_ATTR: {
          const o = load<u32>(sp - 4);
          const ce = code.caches + arg * CACHE_ENTRY;
          let v = attrHit(ce, o);
          if (v) incref(v);
          else v = attrMiss(ce, o);
          if (!v) v = getAttr(o, cacheName(ce));
          if (!v) break;
          if (v == ENTER) { setFrameHook(enterFrame, hookOf(Hook.REPLACE, 1)); enterF = enterFrame; break; }
          store<u32>(sp - 4, v);
          decref(o);
          continue;
        }
        case Op.STORE_ATTR: {
          const o = load<u32>(sp - 4), v = load<u32>(sp - 8);
          const ce = code.caches + arg * CACHE_ENTRY;
          let ok: i32 = storeHit(ce, o, v) ? 1 : 0;
          if (!ok) { ok = setAttr(o, cacheName(ce), v); if (ok > 0) storeFill(ce, o); }
          if (ok < 0) { setFrameHook(enterFrame, hookOf(Hook.DISCARD, 2)); enterF = enterFrame; break; }
          sp -= 8;
          decref(o);
          decref(v);
          if (!ok) break;
          if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
          continue;
        }
        case Op.DELETE_ATTR: {
          const o = load<u32>(sp - 4);
          const ok = delAttr(o, imageStr(arg));
          if (ok < 0) { setFrameHook(enterFrame, hookOf(Hook.DISCARD, 1)); enterF = enterFrame; break; }
          sp -= 4;
          decref(o);
          if (!ok) break;
          if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
          continue;
        }
        case Op.LOAD_METHOD: {
          const o = load<u32>(sp - 4);
          const ce = code.caches + arg * CACHE_ENTRY;
          const r = methodHit(ce, o, sp - 4) || methodMiss(ce, o, sp - 4) ? 1 : loadMethod(o, cacheName(ce), sp - 4);
          if (r == 0) break;
          if (r < 0) { setFrameHook(enterFrame, hookOf(Hook.METHOD, 0)); enterF = enterFrame; break; }
          sp += 4;
          decref(o);
          continue;
        }
        case Op.BINARY_OP: {
          const b = load<u32>(sp - 4), a = load<u32>(sp - 8);
          if ((a & b & 1) != 0 && (arg & 15) <= BinOp.MOD && (arg & 15) != BinOp.TRUEDIV) {
            // small int + - * // %: the common case, no allocation unless the result leaves 31
            // bits (then the paths below box it); a zero divisor raises there
            const x: i64 = smallValue(a), y: i64 = smallValue(b), op = arg & 15;
            let z: i64 = SMALL_MAX + 1;
            if (op == BinOp.ADD) z = x + y;
            else if (op == BinOp.SUB) z = x - y;
            else if (op == BinOp.MUL) z = x * y;
            else if (y != 0) z = op == BinOp.FLOORDIV ? floorDiv(x, y) : floorMod(x, y);
            if (z >= SMALL_MIN && z <= SMALL_MAX) {
              sp -= 4;
              store<u32>(sp - 4, fromSmall(<i32>z));
              continue;
            }
          }
          if ((arg & 15) <= 1 && isSmall(b) && !isSmall(a) && obj(a).type == intType) {
            // `total += i` past 31 bits: a boxed int of up to 64 bits and a small int, the result
            // written into the box when reusable (as below), without the general checks
            const sz = intSize(a);
            if (sz >= -2 && sz <= 2) {
              const m: u64 = sz == 1 || sz == -1 ? <u64>load<u32>(a, INT_HEADER) : load<u64>(a, INT_HEADER);
              if (m <= <u64>i64.MAX_VALUE) {
                const x: i64 = sz < 0 ? -<i64>m : <i64>m, y = <i64>smallValue(b);
                const z = (arg & 1) ? x - y : x + y;
                if (((arg & 1) ? ((x ^ y) & (x ^ z)) : ((x ^ z) & (y ^ z))) >= 0 && (z < SMALL_MIN || z > SMALL_MAX) &&
                    reusable(a, pc, f + F_LOCALS) && intSetI64(a, z)) {
                  sp -= 4;
                  continue;
                }
              }
            }
          }
          let r: Value = 0;
          const fa = isExact(a, floatType), fb = isExact(b, floatType);
          if ((arg & 15) <= 3 && (fa || fb) && (fa || isSmall(a)) && (fb || isSmall(b))) {
            // float + - * / (a small int operand converted exactly): no dispatch, and the box of
            // an operand whose only other reference is the one the result replaces takes it
            const x = fa ? floatValue(a) : <f64>smallValue(a), y = fb ? floatValue(b) : <f64>smallValue(b);
            const op4 = arg & 15;
            if (op4 != 3 || y != 0) {
              const z = op4 == 0 ? x + y : op4 == 1 ? x - y : op4 == 2 ? x * y : x / y;
              sp -= 4;
              if (fa && reusable(a, pc, f + F_LOCALS)) { store<f64>(a, z, FLOAT_VALUE); decref(b); continue; }
              if (fb && reusable(b, pc, f + F_LOCALS)) { store<f64>(b, z, FLOAT_VALUE); store<u32>(sp - 4, b); decref(a); continue; }
              r = floatNew(z);
              if (!r) { sp += 4; raiseMemoryError(); break; }
              store<u32>(sp - 4, r);
              decref(a);
              decref(b);
              continue;
            }
          }
          if ((arg & 15) <= 2 && typeOf(a) == intType && typeOf(b) == intType && intFitsI64Inline(a) && intFitsI64Inline(b)) {
            // int + - * beyond 31 bits: 64-bit arithmetic with overflow checks, no dispatch
            const x = intValueInline(a), y = intValueInline(b);
            const op3 = arg & 15;
            let z: i64 = 0, ok = true;
            if (op3 == 0) { z = x + y; ok = ((x ^ z) & (y ^ z)) >= 0; }
            else if (op3 == 1) { z = x - y; ok = ((x ^ y) & (x ^ z)) >= 0; }
            else { ok = mulFits(x, y); z = x * y; }
            if (ok && !isSmall(a) && (z < SMALL_MIN || z > SMALL_MAX) && reusable(a, pc, f + F_LOCALS) && intSetI64(a, z)) {
              // `total += i` past 31 bits: the box of `total` takes the sum (same limb count)
              sp -= 4;
              decref(b);
              continue;
            }
            if (ok) { r = intFromI64(z); if (!r) { raiseMemoryError(); break; } }
          }
          if (!r && (arg & 15) == 5 && isKind(a, Kind.STR) &&
              (isUserObj(b) ? kindOf(b) == Kind.INSTANCE : holdsUserObjects(b, 0))) {
            // "%s" % (obj,) or "%s" % obj: the objects' Python __str__/__repr__ run first (the
            // prelude); str's % comes before obj's __rmod__, as in CPython
            store<u32>(pfArgs, a);
            store<u32>(pfArgs, b, 4);
            const fn = preludeFunction(N.percent_format_);
            const d = fn ? callPython(fn, 0, pfArgs, 2) : 0;
            if (d == ENTER) { setFrameHook(enterFrame, hookOf(Hook.REPLACE, 2)); enterF = enterFrame; break; }
            break;
          }
          if (!r && (isUserObj(a) || isUserObj(b))) {
            const d = binaryDunder(arg, a, b, 0);
            if (d == ENTER) { enterF = enterFrame; break; }
            if (curExc) break;
          }
          if (!r && (arg & 15) == 2) {
            // seq * n, n with __index__
            const at = repeatCountDepth(a, b);
            if (at) {
              if (indexFirst(at == 1 ? b : a, hookOf(Hook.RETRY, at)) == ENTER) enterF = enterFrame;
              break;
            }
          }
          if (!r && setOpNeedsPython(arg, a, b)) {
            const d = preludeCall3(N.set_binary_, a, b, arg, hookOf(Hook.REPLACE, 2));
            if (d == ENTER) enterF = enterFrame;
            break;
          }
          if (!r) r = binaryOp(arg, a, b);
          if (!r) break;
          sp -= 4;
          store<u32>(sp - 4, r);
          decref(a);
          decref(b);
          continue;
        }
        case Op.UNARY_OP: {
          const a = load<u32>(sp - 4);
          if (isUserObj(a)) {
            const d = arg == 2 ? truthDunder(a) : unaryDunder(arg, a);
            if (d == ENTER) { enterF = enterFrame; break; }
            if (curExc) break;
          }
          const r = unaryOp(arg, a);
          if (!r) break;
          store<u32>(sp - 4, r);
          decref(a);
          continue;
        }
        case Fused.COMPARE_JUMP: {
          // two small ints, and the slice lasts past the jump (a checkpoint): compare and jump;
          // otherwise on as COMPARE_OP alone, the jump its own instruction
          const b = load<u32>(sp - 4), a = load<u32>(sp - 8);
          ticks -= takeCharged();
          if ((a & b & 1) != 0 && ticks > 0) {
            const c = smallCompare(arg, smallValue(a), smallValue(b));
            const j = load<u32>(pc);
            pc += 4; ticks--;
            sp -= 8;
            if (c == ((j & 0xFF) == <u32>Op.POP_JUMP_IF_TRUE)) pc = code.instr + ((j >>> 8) << 2);
            continue;
          }
        } // falls through
        case Op.COMPARE_OP: {
          const b = load<u32>(sp - 4), a = load<u32>(sp - 8);
          if ((a & b & 1) != 0) {
            sp -= 4;
            store<u32>(sp - 4, smallCompare(arg, smallValue(a), smallValue(b)) ? True : False);
            continue;
          }
          if (isUserObj(a) || isUserObj(b)) {
            const d = compareDunder(arg, a, b, 0);
            if (d == ENTER) { enterF = enterFrame; break; }
            if (curExc) break;
          }
          if (comparisonNeedsPython(a, b)) {
            const d = preludeCall3(N.seq_compare_, a, b, arg, hookOf(Hook.REPLACE, 2));
            if (d == ENTER) enterF = enterFrame;
            break;
          }
          const r = compareOp(arg, a, b);
          if (!r) break;
          sp -= 4;
          store<u32>(sp - 4, r);
          decref(a);
          decref(b);
          continue;
        }
        case Op.IS_OP: {
          const b = load<u32>(sp - 4), a = load<u32>(sp - 8);
          sp -= 4;
          store<u32>(sp - 4, pyBool((a == b) != (arg == 1)));
          decref(a);
          decref(b);
          continue;
        }
        case Op.CONTAINS_OP: {
          const b = load<u32>(sp - 4), a = load<u32>(sp - 8);
          if (isUserObj(b)) {
            const d = containsDunder(a, b, arg == 1);
            if (d == ENTER) { enterF = enterFrame; break; }
            if (curExc) break;
          }
          if (needsPythonIteration(b)) {
            const r = collectFirst(b, hookOf(Hook.RETRY, 1));
            if (r == ENTER) { enterF = enterFrame; break; }
            break;
          }
          if ((isKind(b, Kind.LIST) || isKind(b, Kind.TUPLE)) && memberNeedsPython(b, a)) {
            const d = preludeCall3(N.seq_contains_, b, a, -1, hookOf(arg == 1 ? Hook.NOT : Hook.BOOL, 2));
            if (d == ENTER) enterF = enterFrame;
            break;
          }
          if (isKeyed(b) && keyNeedsPython(a)) {
            if (keyFirst(b, a, 2) == ENTER) enterF = enterFrame;
            break;
          }
          const r = contains(b, a);
          keyDone();
          if (r < 0) break;
          sp -= 4;
          store<u32>(sp - 4, pyBool((r == 1) != (arg == 1)));
          decref(a);
          decref(b);
          continue;
        }
        case Op.BINARY_SUBSCR: {
          const k = load<u32>(sp - 4), o = load<u32>(sp - 8);
          const slot = seqSlotFast(o, k, false);
          if (slot) { // list[i], tuple[i]: k is a small int, no count to drop
            const x = load<u32>(slot);
            incref(x);
            sp -= 4;
            store<u32>(sp - 4, x);
            decref(o);
            continue;
          }
          if (dictStrFast(o, k)) {
            const x = dictGetHashed(o, k, strHash(k));
            if (x) { // (absent: the generic path raises KeyError)
              incref(x);
              sp -= 4;
              store<u32>(sp - 4, x);
              decref(o);
              decref(k);
              continue;
            }
          }
          if (isUserObj(o)) {
            const d = getItemDunder(o, k);
            if (d == ENTER) { enterF = enterFrame; break; }
            if (curExc) break;
          }
          if (isKind(o, Kind.DICT) && keyNeedsPython(k)) {
            if (keyFirst(o, k, 1) == ENTER) enterF = enterFrame;
            break;
          }
          if (subscriptNeedsIndex(o, k)) {
            if (indexFirst(k, hookOf(Hook.RETRY, 1)) == ENTER) enterF = enterFrame;
            break;
          }
          if (isUserObj(o) && isKind(o, Kind.DICT)) {
            const d = missingDunder(o, k);
            if (d == ENTER || curExc) { keyDone(); if (d == ENTER) enterF = enterFrame; break; }
          }
          const r = getItem(o, k);
          keyDone();
          if (!r) break;
          sp -= 4;
          store<u32>(sp - 4, r);
          decref(o);
          decref(k);
          continue;
        }
        case Op.STORE_SUBSCR: {
          const k = load<u32>(sp - 4), o = load<u32>(sp - 8), v = load<u32>(sp - 12);
          const slot = seqSlotFast(o, k, true);
          if (slot) { // list[i] = v: the list takes the stack's reference to v
            const old = load<u32>(slot);
            store<u32>(slot, v);
            sp -= 12;
            decref(o);
            decref(old);
            continue;
          }
          if (dictStrFast(o, k) && dictSetHashed(o, k, v, strHash(k))) {
            sp -= 12;
            decref(k); decref(o); decref(v);
            continue;
          }
          if (isKind(k, Kind.SLICE) && needsPythonIteration(v)) {
            // xs[a:b] = generator: its items are collected by Python code first
            const r = collectFirst(v, hookOf(Hook.RETRY, 3));
            if (r == ENTER) { enterF = enterFrame; break; }
            break;
          }
          if (isUserObj(o)) {
            const d = setItemDunder(o, k, v);
            if (d == ENTER) { enterF = enterFrame; break; }
            if (curExc) break;
          }
          if (isKind(o, Kind.DICT) && keyNeedsPython(k)) {
            if (keyFirst(o, k, 1) == ENTER) enterF = enterFrame;
            break;
          }
          if (subscriptNeedsIndex(o, k)) {
            if (indexFirst(k, hookOf(Hook.RETRY, 1)) == ENTER) enterF = enterFrame;
            break;
          }
          const ok = setItem(o, k, v);
          keyDone();
          sp -= 12;
          decref(k); decref(o); decref(v);
          if (!ok) break;
          continue;
        }
        case Op.DELETE_SUBSCR: {
          const k = load<u32>(sp - 4), o = load<u32>(sp - 8);
          if (isUserObj(o)) {
            const d = delItemDunder(o, k);
            if (d == ENTER) { enterF = enterFrame; break; }
            if (curExc) break;
          }
          if (isKind(o, Kind.DICT) && keyNeedsPython(k)) {
            if (keyFirst(o, k, 1) == ENTER) enterF = enterFrame;
            break;
          }
          if (subscriptNeedsIndex(o, k)) {
            if (indexFirst(k, hookOf(Hook.RETRY, 1)) == ENTER) enterF = enterFrame;
            break;
          }
          const ok = delItem(o, k);
          keyDone();
          sp -= 8;
          decref(k); decref(o);
          if (!ok) break;
          if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
          continue;
        }
        case Op.BUILD_SLICE: {
          const step = arg == 3 ? load<u32>(sp - 4) : None;
          const top = arg == 3 ? sp - 4 : sp;
          const s = sliceNew(load<u32>(top - 8), load<u32>(top - 4), step);
          if (!s) { raiseMemoryError(); break; }
          sp -= arg << 2;
          store<u32>(sp, s); sp += 4;
          continue;
        }
        case Op.BUILD_TUPLE: {
          let t2: Value = emptyTuple;
          if (arg) {
            t2 = tupleNew(arg);
            if (!t2) { raiseMemoryError(); break; }
            sp -= arg << 2;
            memory.copy(tupleItems(t2), sp, arg << 2);
          } else incref(t2);
          store<u32>(sp, t2); sp += 4;
          continue;
        }
        case Op.BUILD_LIST: {
          const l = listNew(arg);
          if (!l) { raiseMemoryError(); break; }
          sp -= arg << 2;
          memory.copy(asList(l).items, sp, arg << 2);
          asList(l).len = arg;
          store<u32>(sp, l); sp += 4;
          continue;
        }
        case Op.BUILD_MAP: {
          const d = dictNew();
          if (!d) { raiseMemoryError(); break; }
          const base = sp - (arg << 3);
          let python = false;
          for (let i: u32 = 0; i < arg && !python; i++) python = hashIsPython(load<u32>(base + (i << 3)));
          if (python) {
            decref(d);
            if (buildInPython(N.dict_from_flat_, base, arg << 1) == ENTER) enterF = enterFrame;
            break;
          }
          let ok = true;
          for (let i: u32 = 0; i < arg && ok; i++) ok = dictSet(d, load<u32>(base + (i << 3)), load<u32>(base + (i << 3) + 4));
          if (!ok) { decref(d); if (!curExc) raiseMemoryError(); break; }
          while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
          store<u32>(sp, d); sp += 4;
          continue;
        }
        case Op.BUILD_STRING: {
          const base = sp - (arg << 2);
          let total: u32 = 0, chars: u32 = 0;
          let allStr = true;
          for (let i: u32 = 0; i < arg; i++) allStr = allStr && isKind(load<u32>(base + (i << 2)), Kind.STR);
          if (!allStr) { badBytecode(); break; }
          for (let i: u32 = 0; i < arg; i++) { const s = load<u32>(base + (i << 2)); total += asStr(s).len; chars += asStr(s).nchars; }
          const r = strNew(total);
          if (!r) { raiseMemoryError(); break; }
          let at: u32 = 0;
          for (let i: u32 = 0; i < arg; i++) {
            const s = load<u32>(base + (i << 2));
            memory.copy(r + STR_HEADER + at, s + STR_HEADER, asStr(s).len);
            at += asStr(s).len;
          }
          asStr(r).nchars = chars;
          while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
          store<u32>(sp, r); sp += 4;
          continue;
        }
        case Op.FORMAT_VALUE: {
          const spec = (arg & 4) ? load<u32>(sp - 4) : 0;
          if (spec && !isKind(spec, Kind.STR)) { badBytecode(); break; }
          const vAt = (arg & 4) ? sp - 8 : sp - 4;
          const v = load<u32>(vAt);
          const conv = arg & 3;
          const fmt = isUserObj(v) && conv == 0 ? userDunder(v, N.format_) : 0;
          if (fmt) {
            // f"{x:spec}" is x.__format__(spec): its result replaces the operands
            store<u32>(fmtSpec, spec ? spec : emptyStr);
            const d = callPython(fmt, v, fmtSpec, 1);
            if (d == ENTER) { setFrameHook(enterFrame, hookOf(Hook.REPLACE, spec ? 2 : 1)); enterF = enterFrame; break; }
            if (!d) break;
            // a value at once (a generator function's generator) replaces the operands too
            while (sp > vAt) { sp -= 4; decref(load<u32>(sp)); }
            store<u32>(sp, d); sp += 4;
            continue;
          } else if (isUserObj(v)) {
            // !r/!s: the dunder's result is the conversion (no spec: it is the final text)
            const d = textDunder(v, conv >= 2, (sp - vAt) >> 2);
            if (d == ENTER && conv && !spec) setFrameHook(enterFrame, hookOf(Hook.REPLACE, 1));
            if (d == ENTER) { enterF = enterFrame; break; }
          } else if (holdsUserObjects(v, 0)) {
            const d = preludeCall(N.repr_of_, v, hookOf(Hook.RETRY, (sp - vAt) >> 2));
            if (d == ENTER) { enterF = enterFrame; break; }
            break;
          }
          let r: Value = 0;
          if (conv == 0 && !spec) r = strOf(v);
          else {
            let x = v;
            if (conv == 1) x = strOf(v); else if (conv >= 2) x = reprOf(v); else incref(x);
            if (!x) break;
            if (!spec) r = x;
            else {
              const mark = bufLen;
              if (formatWithSpec(x, spec)) { r = bufStr(mark); if (!r) raiseBufFailure(); }
              else bufReset(mark);
              decref(x);
            }
          }
          if (!r) break;
          if (spec) { sp -= 4; decref(spec); }
          store<u32>(sp - 4, r);
          decref(v);
          continue;
        }
        case Op.LIST_APPEND: {
          if (!isKind(load<u32>(sp - 4 - (arg << 2)), Kind.LIST)) { badBytecode(); break; }
          sp -= 4;
          if (!listAppend(load<u32>(sp - (arg << 2)), load<u32>(sp))) { raiseMemoryError(); break; }
          continue;
        }
        case Op.UNPACK_SEQUENCE: {
          const seq = load<u32>(sp - 4);
          if (needsPythonIteration(seq)) {
            const r = collectFirst(seq, hookOf(Hook.RETRY, 1));
            if (r == ENTER) { enterF = enterFrame; break; }
            break;
          }
          if (!unpack(seq, arg, sp - 4)) break;
          sp += (arg << 2) - 4;
          decref(seq);
          continue;
        }
        case Op.GET_ITER: {
          const o = load<u32>(sp - 4);
          if (isUserObj(o)) {
            const d = iterDunder(o);
            if (d == ENTER) { enterF = enterFrame; break; }
            if (curExc) break;
            if (d) {
              // __iter__ is a generator function: calling it gave the generator at once
              store<u32>(sp - 4, d);
              decref(o);
              continue;
            }
            if (kindOf(o) == Kind.INSTANCE && userDunder(o, N.getitem_)) {
              // the old sequence protocol: the prelude's seq_iter generator indexes it
              const g = preludeCall(N.seq_iter_, o, 0);
              if (!g) break;
              store<u32>(sp - 4, g);
              decref(o);
              continue;
            }
          }
          const it = getIter(o);
          if (!it) break;
          store<u32>(sp - 4, it);
          decref(o);
          continue;
        }
        case Op.FOR_ITER: {
          if ((ticks -= takeCharged()) < 0) { sliceOut = true; break; } // a checkpoint: see sliceOut
          const itv = load<u32>(sp - 4);
          if (obj(itv).type == rangeIterType) {
            // for i in range(...): the hottest loop, without a call
            const ri = asIter(itv);
            const cur = ri.b;
            if (ri.d > 0 ? cur >= ri.c : cur <= ri.c) {
              sp -= 4;
              decref(itv);
              pc = code.instr + (arg << 2);
              continue;
            }
            if (cur >= SMALL_MIN && cur <= SMALL_MAX) {
              ri.b = cur + ri.d;
              store<u32>(sp, fromSmall(<i32>cur));
              sp += 4;
              continue;
            }
            // a boxed value: iterNext below makes it
          }
          if (isKind(itv, Kind.CHANNEL)) {
            // for x in channel: receive until the channel is closing with no sender waiting
            // (channelobject.c, channel_iternext: closing and balance <= 0)
            const c = asChannel(itv);
            if ((c.flags & CF.CLOSING) && c.balance <= 0) {
              sp -= 4;
              decref(itv);
              pc = code.instr + (arg << 2);
              continue;
            }
            const r = channelAction(itv, None, -1, false);
            if (r == ENTER) { enterF = enterFrame; break; } // the channel callback first
            if (!r && isSubtype(typeOf(curExc), StopIteration)) {
              takeAndDrop();
              sp -= 4;
              decref(itv);
              pc = code.instr + (arg << 2);
              continue;
            }
            if (r == SWITCHED) {
              // resumes with the received value pushed: exactly FOR_ITER's result
              frameSave(f, pc, sp);
              t.frame = f;
              leave = true;
              break;
            }
            if (!r) break;
            store<u32>(sp, r); sp += 4;
            continue;
          }
          if (isKind(itv, Kind.GENERATOR)) {
            const r = resumeGen(itv, 0, 0, hookOf(Hook.FORITER, 0));
            if (r == ENTER) { enterF = enterFrame; break; }
            if (r != GEN_DONE) break;
            sp -= 4;
            decref(itv);
            pc = code.instr + (arg << 2);
            continue;
          }
          if (isUserObj(itv)) {
            const d = nextDunder(itv);
            if (d == ENTER) { enterF = enterFrame; break; }
            if (!curExc) raiseTypeMsg("", itv, " object is not an iterator");
            break;
          }
          if (obj(itv).type == enumerateType && load<u32>(pc) == (<u32>Op.UNPACK_SEQUENCE | (2 << 8))) {
            // for i, x in enumerate(xs): the count and the item pushed as unpacked, no pair made
            if (enumNextPair(itv, sp)) { sp += 8; pc += 4; ticks--; continue; }
          } else {
            const x = iterNext(itv);
            if (x) { store<u32>(sp, x); sp += 4; continue; }
          }
          if (!exhausted) break;
          sp -= 4;
          decref(load<u32>(sp));
          pc = code.instr + (arg << 2);
          continue;
        }
        case Op.JUMP: {
          if ((ticks -= takeCharged()) < 0) { sliceOut = true; break; } // a checkpoint: see sliceOut
          if (safePointDue) { const ff = safePointFrame(); if (ff) { pc -= 4; enterF = ff; break; } }
          pc = code.instr + (arg << 2);
          continue;
        }
        case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: {
          if ((ticks -= takeCharged()) < 0) { sliceOut = true; break; } // a checkpoint: see sliceOut
          const v = load<u32>(sp - 4);
          let tr: i32;
          if (v == True) tr = 1; else if (v == False) tr = 0;
          else {
            if (isUserObj(v)) {
              const d = truthDunder(v);
              if (d == ENTER) { enterF = enterFrame; break; }
            }
            tr = truthy(v);
          }
          if (tr < 0) break;
          sp -= 4;
          decref(v);
          if ((tr == 1) == ((w & 0xFF) == <u32>Op.POP_JUMP_IF_TRUE)) pc = code.instr + (arg << 2);
          continue;
        }
        case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
          if ((ticks -= takeCharged()) < 0) { sliceOut = true; break; } // a checkpoint: see sliceOut
          const v = load<u32>(sp - 4);
          if (isUserObj(v)) {
            // `x or y` keeps x itself: __bool__'s answer finishes the jump (Hook.TRUTHJUMP)
            const d = truthDunder(v);
            if (d == ENTER) { setFrameHook(enterFrame, hookOf(Hook.TRUTHJUMP, 0)); enterF = enterFrame; break; }
          }
          const tr = truthy(v);
          if (tr < 0) break;
          if ((tr == 1) == ((w & 0xFF) == <u32>Op.JUMP_IF_TRUE_OR_POP)) pc = code.instr + (arg << 2);
          else { sp -= 4; decref(v); }
          continue;
        }
        case Op.CALL: case Op.CALL_KW: case Op.CALL_METHOD: {
          if ((ticks -= takeCharged()) < 0) { sliceOut = true; break; } // a checkpoint: see sliceOut
          if (safePointDue) { const ff = safePointFrame(); if (ff) { pc -= 4; enterF = ff; break; } }
          const op = <i32>(w & 0xFF);
          let n = arg;
          let kw: Value = 0;
          if (op == Op.CALL_KW) {
            kw = load<u32>(sp - 4);
            if (!isKind(kw, Kind.TUPLE) || tupleLen(kw) > n) { badBytecode(); break; }
            let names = true;
            for (let i: u32 = 0; i < tupleLen(kw); i++) names = names && isKind(tupleGet(kw, i), Kind.STR);
            if (!names) { badBytecode(); break; }
          }
          const top = op == Op.CALL_KW ? sp - 4 : sp;
          let base: u32, argsAt: u32, self: Value = 0;
          if (op == Op.CALL_METHOD) {
            base = top - ((n + 2) << 2);
            self = load<u32>(base + 4);
            argsAt = base + 8;
          } else {
            base = top - ((n + 1) << 2);
            argsAt = base + 4;
          }
          const callable = load<u32>(base);
          if (!kw && kindOf(callable) == Kind.FUNCTION) {
            // the common call: the stack's references (function, self, arguments) move into the
            // frame, entered here (nothing was released: no safe point is due)
            const self1 = self ? 1 : 0;
            const nf = pushExact(t, callable, self1 || op != Op.CALL_METHOD ? base + 4 : argsAt, n + self1, f);
            if (nf) {
              frameSave(f, pc, base);
              f = nf;
              t.frame = f;
              code = asCode(asFunc(callable).code);
              pc = code.instr;
              sp = frameSp(f);
              continue;
            }
          }
          if (kindOf(callable) == Kind.FUNCTION && !(asCode(asFunc(callable).code).flags & CodeFlag.GENERATOR)) {
            const nf = pushFrame(t, callable, self, argsAt, n, kw);
            if (!nf) break;
            if (argsMoved) { decref(kw); decref(self); } // (pushFrame counted self itself)
            else for (let p = base + 4; p < sp; p += 4) decref(load<u32>(p));
            decref(callable);
            sp = base;
            enterF = nf;
            break;
          }
          const ck = kindOf(callable);
          if (!kw && (ck == Kind.BUILTIN ? !asBuiltin(callable).self :
              !self && ck == Kind.TYPE && !asType(callable).mro && !asType(typeOf(callable)).mro)) {
            // len(x), range(n), math.sqrt(x), xs.append(x) ... with exact arguments
            // (builtins/dispatch.ts); a builtin type's call is its constructor's, as typeCall makes it
            const id = ck == Kind.BUILTIN ? asBuiltin(callable).id : asType(callable).ctor;
            const r = fastNative(id, self, argsAt, n, (load<u32>(pc) & 0xFF) == <u32>Op.GET_ITER);
            if (r != NOT_FAST) {
              while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
              if (!r) break;
              store<u32>(sp, r); sp += 4;
              if (fastIter) { pc += 4; ticks--; } // range()'s iterator made: its GET_ITER done
              continue;
            }
          }
          let r: Value;
          if (self && !kw && kindOf(callable) == Kind.BUILTIN && isKind(self, Kind.CHANNEL) &&
              (asBuiltin(callable).id == Sl.SEND ? n == 1 : asBuiltin(callable).id == Sl.RECEIVE && n == 0)) {
            // ch.send(v) / ch.receive(): the switch path, without the general native dispatch
            r = channelAction(self, n ? load<u32>(argsAt) : None, n ? 1 : -1, false);
          } else if (self && !kw && kindOf(callable) == Kind.BUILTIN && isKind(self, Kind.GENERATOR) &&
              (asBuiltin(callable).id == Cls.GEN_SEND ? n == 1 : asBuiltin(callable).id == Cls.GEN_NEXT && n == 0)) {
            // gen.send(v) / gen.__next__(): the resume, without the general native dispatch
            r = genNext(self, n ? load<u32>(argsAt) : 0);
          } else r = callValue(callable, self, argsAt, n, kw);
          if (r == ENTER && (hookKind(frameHook(enterFrame))) == Hook.NEXTDEF) {
            // next(it, default) on a user iterator: the call's slots stay until its frame ends
            setFrameHook(enterFrame, hookOf(Hook.NEXTDEF, (sp - base) >> 2));
            enterF = enterFrame;
            break;
          }
          if (r == ENTER && (hookKind(frameHook(enterFrame))) == Hook.RETRY) {
            // a native asked for one of its arguments to be converted by Python code first:
            // that argument is replaced and the call runs again, so its slots stay
            const idx = hookArg(frameHook(enterFrame));
            setFrameHook(enterFrame, hookOf(Hook.RETRY, (sp - (argsAt + (idx << 2))) >> 2));
            enterF = enterFrame;
            break;
          }
          while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
          if (r == SWITCHED) { switched = true; break; }
          if (r == ENTER) { enterF = enterFrame; break; }
          if (!r) break;
          store<u32>(sp, r); sp += 4;
          continue;
        }
        case Op.MAKE_FUNCTION: {
          if ((ticks -= takeCharged()) < 0) { sliceOut = true; break; } // a checkpoint: see sliceOut
          const codeV = load<u32>(sp - 4);
          let at = sp - 4;
          let closure: Value = 0, kwdefaults: Value = 0, defaults: Value = 0;
          if (arg & 8) { at -= 4; closure = load<u32>(at); }
          if (arg & 2) { at -= 4; kwdefaults = load<u32>(at); }
          if (arg & 1) { at -= 4; defaults = load<u32>(at); }
          if (!isKind(codeV, Kind.CODE) || (closure && !isKind(closure, Kind.TUPLE)) ||
              (kwdefaults && !isKind(kwdefaults, Kind.DICT)) || (defaults && !isKind(defaults, Kind.TUPLE)) ||
              (arg & ~11) != 0 || (closure && tupleLen(closure) != asCode(codeV).nfrees) ||
              (defaults && tupleLen(defaults) > asCode(codeV).argcount)) { badBytecode(); break; }
          const globals = frameGlobals(f);
          incref(globals);
          const fn = funcNew(codeV, globals, defaults, kwdefaults, closure);
          if (!fn) {
            decref(globals);
            raiseMemoryError();
            break;
          }
          sp = at;
          store<u32>(sp, fn); sp += 4;
          continue;
        }
        case Fused.LOAD_FAST_RETURN: {
          const v = load<u32>(f + F_LOCALS + (arg << 2));
          if (!v) { unboundLocal(code, arg); break; }
          incref(v);
          store<u32>(sp, v); sp += 4;
          pc += 4; ticks--;
        } // falls through: RETURN_VALUE, a checkpoint that may stop before it
        case Op.RETURN_VALUE: {
          if ((ticks -= takeCharged()) < 0) { sliceOut = true; break; } // a checkpoint: see sliceOut
          if (safePointDue) { const ff = safePointFrame(); if (ff) { pc -= 4; enterF = ff; break; } }
          sp -= 4;
          const v = load<u32>(sp);
          const back = load<u32>(f, F_BACK);
          const hook = frameHook(f);
          let genObj: Value = 0;
          let selfv: Value = 0;
          const plain = !hook && back && !(code.flags & CodeFlag.GENERATOR); // a plain call returns
          if (plain) frameReleaseInline(t, f, sp);
          else {
            if (code.flags & CodeFlag.GENERATOR) {
              genObj = frameGen(f);
              releaseGenFrame(f, sp);
              t.depth--;
            } else {
              if (hookKind(hook) == Hook.INIT) {
                selfv = load<u32>(f, F_LOCALS);
                // a `self` that a closure in __init__ captures lives in a cell in its slot
                if (isKind(selfv, Kind.CELL)) selfv = asCell(selfv).value || None;
                incref(selfv);
              }
              frameReleaseInline(t, f, sp);
            }
            if (hookKind(hook) == Hook.SCHED) { decref(v); t.frame = back; commitSwitch(); leave = true; break; }
            if (!back) {
              const status = endTasklet(tv, 0, v);
              if (status >= 0) { stats.opcodes += sliceLen - ticks; return status; }
              leave = true;
              break;
            }
          }
          f = back;
          t.frame = f;
          code = asCode(frameCode(f));
          pc = framePc(f);
          sp = frameSp(f);
          if (plain) {
            store<u32>(sp, v); sp += 4;
            if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
            continue;
          }
          const n = hookArg(hook);
          let failed = false;
          switch (hookKind(hook)) {
            case Hook.REPLACE: {
              for (let i: u32 = 0; i < n; i++) { sp -= 4; decref(load<u32>(sp)); }
              store<u32>(sp, v); sp += 4;
              break;
            }
            case Hook.RETRY: {
              const slot = sp - (n << 2);
              const old = load<u32>(slot);
              store<u32>(slot, v);
              decref(old);
              pc -= 4; // run the instruction again with the operand replaced
              break;
            }
            case Hook.INIT: {
              if (v != None) {
                raiseTypeMsg("__init__() should return None, not ", v, "");
                decref(v);
                decref(selfv);
                failed = true;
                break;
              }
              store<u32>(sp, selfv); sp += 4;
              break;
            }
            case Hook.DISCARD: {
              for (let i: u32 = 0; i < n; i++) { sp -= 4; decref(load<u32>(sp)); }
              decref(v);
              break;
            }
            case Hook.NOT: case Hook.BOOL: {
              const tr = truthy(v);
              decref(v);
              if (tr < 0) { failed = true; break; }
              for (let i: u32 = 0; i < n; i++) { sp -= 4; decref(load<u32>(sp)); }
              store<u32>(sp, pyBool((tr == 1) == (hookKind(hook) == Hook.BOOL))); sp += 4;
              break;
            }
            case Hook.MODULE: {
              decref(v);
              const m = moduleAt(n);
              incref(m);
              store<u32>(sp, m); sp += 4;
              break;
            }
            case Hook.FORITER: {
              decref(v);
              sp -= 4;
              decref(load<u32>(sp));
              pc = code.instr + ((load<u32>(pc - 4) >>> 8) << 2);
              break;
            }
            case Hook.SEND: {
              sp -= 4;
              decref(load<u32>(sp));
              store<u32>(sp, v); sp += 4;
              pc = code.instr + ((load<u32>(pc - 4) >>> 8) << 2);
              break;
            }
            case Hook.NEXT: case Hook.THROWN: {
              raiseStopIteration(v);
              failed = true;
              break;
            }
            case Hook.FINAL: { decref(v); break; }
            case Hook.CHAN: {
              // the channel callback returned: now the channel action it announced
              decref(v);
              const ch = channelCallbackDone();
              const tvv = asTasklet(tv).tempval;
              const r = channelAction(ch, tvv ? tvv : None, pendingDir(), pendingBomb());
              decref(ch);
              if (r == SWITCHED) {
                frameSave(f, pc, sp);
                t.frame = f;
                leave = true;
                break;
              }
              if (!r) {
                if (endsChannelLoop(curExc, pc, sp)) { // `for x in channel`: closed, the loop ends
                  takeAndDrop();
                  sp -= 4;
                  decref(load<u32>(sp));
                  pc = code.instr + ((load<u32>(pc - 4) >>> 8) << 2);
                  break;
                }
                failed = true;
                break;
              }
              store<u32>(sp, r); sp += 4;
              break;
            }
            case Hook.REDO: { decref(v); pc -= 4; break; } // a package's body ran: import its submodule now
            case Hook.TRUTHJUMP: {
              const tr = truthy(v);
              decref(v);
              if (tr < 0) { failed = true; break; }
              const ins = load<u32>(pc - 4);
              if ((tr == 1) == ((ins & 0xFF) == <u32>Op.JUMP_IF_TRUE_OR_POP)) pc = code.instr + ((ins >>> 8) << 2);
              else { sp -= 4; decref(load<u32>(sp)); }
              break;
            }
            case Hook.LEN: {
              if (!isIntLike(v)) { raiseTypeMsg("", v, " object cannot be interpreted as an integer"); decref(v); failed = true; break; }
              if (intValue(v) < 0) { raiseLit(ValueError, "__len__() should return >= 0"); decref(v); failed = true; break; }
              store<u32>(sp, v); sp += 4;
              break;
            }
            case Hook.BINOP: case Hook.COMPARE: {
              const r = operatorResult(hookKind(hook), n, v, load<u32>(sp - 8), load<u32>(sp - 4));
              if (r == ENTER) enterF = enterFrame; // the next candidate dunder
              if (r == ENTER || !r) { failed = true; break; }
              for (let i: u32 = 0; i < 2; i++) { sp -= 4; decref(load<u32>(sp)); }
              store<u32>(sp, r); sp += 4;
              break;
            }
            case Hook.NEXTDEF: {
              // a generator's return is its StopIteration: the default (the top slot) is the result
              let r = v;
              if (genObj) { decref(v); r = load<u32>(sp - 4); incref(r); }
              for (let i: u32 = 0; i < n; i++) { sp -= 4; decref(load<u32>(sp)); }
              store<u32>(sp, r); sp += 4;
              break;
            }
            case Hook.CLOSE: {
              decref(v);
              // a subgenerator closed through `yield from` returned: its delegator is closed next
              if (n == CloseHook.INNER) { raiseWith(GeneratorExit, 0); failed = true; break; }
              if (n == CloseHook.CALL) { store<u32>(sp, None); sp += 4; } // (a finalizer returns to nothing)
              break;
            }
            case Hook.METHOD: {
              sp -= 4;
              decref(load<u32>(sp));
              store<u32>(sp, v);
              store<u32>(sp + 4, 0);
              sp += 8;
              break;
            }
            default: { store<u32>(sp, v); sp += 4; }
          }
          if (genObj) decref(genObj);
          if (failed || leave) break;
          // what the returned frame released (its locals, a finalized object) goes first
          if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
          continue;
        }
        case Op.YIELD_VALUE: {
          if ((ticks -= takeCharged()) < 0) { sliceOut = true; break; } // a checkpoint: see sliceOut
          if (!(code.flags & CodeFlag.GENERATOR)) { badBytecode(); break; }
          sp -= 4;
          const v = load<u32>(sp);
          const genObj = frameGen(f);
          asGen(genObj).state = GenState.SUSPENDED;
          const hook = hookKind(frameHook(f));
          const hookN = hookArg(frameHook(f));
          frameSave(f, pc, sp);
          const back = load<u32>(f, F_BACK);
          store<u32>(f, 0, F_BACK);
          t.depth--;
          f = back;
          t.frame = f;
          code = asCode(frameCode(f));
          pc = framePc(f);
          sp = frameSp(f);
          if (hook == Hook.CLOSE) {
            decref(v);
            decref(genObj);
            raiseLit(RuntimeError, "generator ignored GeneratorExit");
            break;
          }
          // next(gen, default): the value replaces the call's slots
          if (hook == Hook.NEXTDEF) for (let i: u32 = 0; i < hookN; i++) { sp -= 4; decref(load<u32>(sp)); }
          store<u32>(sp, v); sp += 4;
          decref(genObj);
          continue;
        }
        case Op.RAISE_VARARGS: {
          if (arg == 0) {
            const e = t.excInfo;
            if (!e) { raiseLit(RuntimeError, "No active exception to reraise"); break; }
            if (!isKind(e, Kind.EXCEPTION)) { badBytecode(); break; }
            incref(e);
            raiseValue(e);
            skipTb = true;
            break;
          }
          let cause: Value = 0;
          if (arg == 2) { sp -= 4; cause = load<u32>(sp); }
          sp -= 4;
          const e = makeRaisable(load<u32>(sp));
          if (!e) { decref(cause); break; }
          if (cause) {
            // `from None` is kept as None: it also hides the context in tracebacks
            const c = cause == None ? None : makeRaisable(cause);
            if (!c) { decref(e); break; }
            const old = asExc(e).cause;
            asExc(e).cause = c;
            decref(old);
          }
          raiseValue(e);
          break;
        }
        case Op.PUSH_EXC_INFO: {
          const exc = load<u32>(sp - 4);
          const prev = t.excInfo;
          store<u32>(sp - 4, prev ? prev : None);
          store<u32>(sp, exc); sp += 4;
          incref(exc);
          t.excInfo = exc;
          continue;
        }
        case Op.POP_EXCEPT: {
          sp -= 4;
          const prev = load<u32>(sp);
          const old = t.excInfo;
          t.excInfo = prev == None ? 0 : prev;
          decref(old);
          continue;
        }
        case Op.CHECK_EXC_MATCH: {
          const ty = load<u32>(sp - 4);
          const r = excMatches(load<u32>(sp - 8), ty);
          if (r < 0) break;
          store<u32>(sp - 4, pyBool(r == 1));
          decref(ty);
          continue;
        }
        case Op.RERAISE: {
          if (!isKind(load<u32>(sp - 4), Kind.EXCEPTION)) { badBytecode(); break; }
          sp -= 4;
          const exc = load<u32>(sp);
          sp -= 4;
          const prev = load<u32>(sp);
          const old = t.excInfo;
          t.excInfo = prev == None ? 0 : prev;
          decref(old);
          raiseValue(exc);
          skipTb = true;
          break;
        }
        case Op.LOAD_ASSERTION_ERROR: {
          store<u32>(sp, AssertionError); sp += 4;
          continue;
        }
        case Op.IMPORT_NAME: {
          const m = importModule(imageStr(arg));
          if (!m) break;
          if (m == ENTER) { enterF = enterFrame; break; }
          store<u32>(sp, m); sp += 4;
          continue;
        }
        case Op.IMPORT_FROM: {
          const m = load<u32>(sp - 4);
          const v = getAttr(m, imageStr(arg));
          // a property of a non-module (only a damaged image asks): its getter's result is pushed
          if (v == ENTER) { setFrameHook(enterFrame, hookOf(Hook.NONE, 0)); enterF = enterFrame; break; }
          if (!v) {
            decref(takeExc());
            const name = imageStr(arg);
            const mark = bufLen;
            bufLit("cannot import name '");
            bufBytes(name + STR_HEADER, asStr(name).len);
            bufLit("'");
            raiseBuf(ImportError, mark);
            break;
          }
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Op.LOAD_NAME: case Op.STORE_NAME: case Op.DELETE_NAME: {
          const ns = load<u32>(f, F_LOCALS);
          if (!(code.flags & CodeFlag.CLASS_BODY) || !isKind(ns, Kind.DICT)) { badBytecode(); break; }
          const name = imageStr(arg);
          const op = <i32>(w & 0xFF);
          if (op == Op.STORE_NAME) {
            sp -= 4;
            const v = load<u32>(sp);
            const ok = dictSet(ns, name, v);
            decref(v);
            if (!ok) { if (!curExc) raiseMemoryError(); break; }
            if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
            continue;
          }
          if (op == Op.DELETE_NAME) {
            const old = dictPop(ns, name);
            if (!old) { if (!curExc) nameError(name); break; }
            decref(old);
            if (safePointDue) { const ff = safePointFrame(); if (ff) { enterF = ff; break; } }
            continue;
          }
          let v = dictGet(ns, name);
          if (!v) v = dictGet(frameGlobals(f), name);
          if (!v) v = dictGet(builtins, name);
          if (!v) { if (!curExc) nameError(name); break; }
          incref(v);
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Op.BUILD_CLASS: {
          if (arg) {
            // name bases meta ns → meta name bases ns: the metaclass call's arguments side by side
            const m = load<u32>(sp - 8);
            store<u32>(sp - 8, load<u32>(sp - 12));
            store<u32>(sp - 12, load<u32>(sp - 16));
            store<u32>(sp - 16, m);
          }
          const ns = load<u32>(sp - 4), bases = load<u32>(sp - 8), name = load<u32>(sp - 12);
          if (kindOf(bases) != Kind.TUPLE) { raiseLit(TypeError, "bad class construction operands"); break; }
          const meta = metaclassOf(arg ? load<u32>(sp - 16) : 0, bases);
          if (!meta) break;
          if (meta == typeType) {
            const cls = buildClass(name, bases, ns);
            if (!cls) break;
            for (let i: u32 = 0; i < 3 + arg; i++) { sp -= 4; decref(load<u32>(sp)); }
            store<u32>(sp, cls); sp += 4;
            continue;
          }
          // meta(name, bases, ns): a metaclass (its __new__/__init__ run in frames) or a function
          if (!(kindOf(meta) == Kind.FUNCTION || (kindOf(meta) == Kind.TYPE && isSubtype(meta, typeType)))) {
            raiseLit(TypeError, "a metaclass must be a subclass of type or a Python function");
            break;
          }
          const r = callValue(meta, 0, sp - 12, 3, 0);
          // the call took what it keeps; the operands go, as CALL's do
          for (let i: u32 = 0; i < 3 + arg; i++) { sp -= 4; decref(load<u32>(sp)); }
          if (r == ENTER) { enterF = enterFrame; break; }
          if (!r) break;
          store<u32>(sp, r); sp += 4;
          continue;
        }
        case Op.GET_YIELD_FROM_ITER: {
          const o = load<u32>(sp - 4);
          if (isKind(o, Kind.GENERATOR)) continue;
          const it = getIter(o);
          if (!it) break;
          store<u32>(sp - 4, it);
          decref(o);
          continue;
        }
        case Op.SEND: {
          const recv = load<u32>(sp - 8), v = load<u32>(sp - 4);
          if (isKind(recv, Kind.GENERATOR)) {
            const r = resumeGen(recv, v, 0, hookOf(Hook.SEND, 0));
            if (r == 0) break;
            sp -= 4;
            decref(v);
            if (r == ENTER) { enterF = enterFrame; break; }
            // already finished: the delegation produces None
            sp -= 4;
            decref(recv);
            store<u32>(sp, None); sp += 4;
            pc = code.instr + (arg << 2);
            continue;
          }
          if (v != None) { raiseTypeMsg("can't send non-None value to a ", recv, " iterator"); break; }
          const x = iterNext(recv);
          if (x) { store<u32>(sp - 4, x); continue; }
          if (!exhausted) break;
          sp -= 8;
          decref(recv);
          store<u32>(sp, None); sp += 4;
          pc = code.instr + (arg << 2);
          continue;
        }
        case Op.BEFORE_WITH: {
          const mgr = load<u32>(sp - 4);
          const t2 = typeOf(mgr);
          const enter = mroLookup(t2, N.enter_), exit = mroLookup(t2, N.exit_);
          if (!enter || !exit) {
            raiseTypeMsg("", mgr, " object does not support the context manager protocol");
            break;
          }
          // the bound __exit__ replaces the manager on the stack; __enter__'s result goes above
          let boundExit: Value = 0;
          if (kindOf(exit) == Kind.FUNCTION) { boundExit = methodNew(exit, mgr); if (boundExit) { incref(exit); incref(mgr); } }
          else if (kindOf(exit) == Kind.BUILTIN) { incref(mgr); boundExit = builtinNew(asBuiltin(exit).id, mgr); }
          if (!boundExit) { if (!curExc) raiseMemoryError(); break; }
          store<u32>(sp - 4, boundExit);
          let r: Value = 0;
          if (kindOf(enter) == Kind.FUNCTION) r = callPythonKw(enter, mgr, 0, 0, 0);
          else if (kindOf(enter) == Kind.BUILTIN) r = callNative(asBuiltin(enter).id, mgr, 0, 0, 0);
          else raiseTypeMsg("", mgr, " object does not support the context manager protocol");
          decref(mgr);
          if (r == ENTER) { enterF = enterFrame; break; }
          if (!r) break;
          store<u32>(sp, r); sp += 4;
          continue;
        }
        case Op.WITH_EXCEPT_START: {
          const exc = load<u32>(sp - 4), exit = load<u32>(sp - 12);
          if (kindOf(exit) != Kind.FUNCTION && kindOf(exit) != Kind.METHOD) {
            // a native may ask for an argument converted by Python first (a RETRY hook), which
            // would rewrite this instruction's operands: the prelude's with_exit calls it instead
            if (preludeCall3(N.with_exit_, exit, exc, -1, hookOf(Hook.NONE, 0)) == ENTER) enterF = enterFrame;
            break;
          }
          store<u32>(exitArgs, typeOf(exc));
          store<u32>(exitArgs, exc, 4);
          // the traceback, as CPython passes it (sys.exc_info()[2])
          store<u32>(exitArgs, kindOf(exc) == Kind.EXCEPTION && asExc(exc).tb ? asExc(exc).tb : None, 8);
          const r = callValue(exit, 0, exitArgs, 3, 0);
          if (r == ENTER) { enterF = enterFrame; break; }
          if (!r) break;
          store<u32>(sp, r); sp += 4;
          continue;
        }
        case Op.CALL_FUNCTION_EX: {
          if ((ticks -= takeCharged()) < 0) { sliceOut = true; break; } // a checkpoint: see sliceOut
          if (safePointDue) { const ff = safePointFrame(); if (ff) { pc -= 4; enterF = ff; break; } }
          const hasKw = (arg & 1) != 0;
          const base = sp - (hasKw ? 12 : 8);
          const callable = load<u32>(base), argsT = load<u32>(base + 4);
          const kwd = hasKw ? load<u32>(base + 8) : 0;
          if (!isKind(argsT, Kind.TUPLE) || (kwd && !isKind(kwd, Kind.DICT))) { badBytecode(); break; }
          const npos = tupleLen(argsT);
          const nkw: u32 = kwd ? dictLen(kwd) : 0;
          const slots = alloc((npos + nkw + 1) << 2);
          if (!slots) { raiseMemoryError(); break; }
          memory.copy(slots, tupleItems(argsT), npos << 2);
          let names: Value = 0;
          let ok = true;
          if (nkw) {
            names = tupleNew(nkw);
            if (!names) { ok = false; raiseMemoryError(); }
            let e = dictNext(kwd, 0), k: u32 = 0;
            while (ok && e >= 0) {
              const ep = entryAt(kwd, <u32>e);
              const key = load<u32>(ep, 4);
              if (!isKind(key, Kind.STR)) { raiseLit(TypeError, "keywords must be strings"); ok = false; break; }
              incref(key);
              tupleSet(names, k, key);
              store<u32>(slots + ((npos + k) << 2), load<u32>(ep, 8));
              k++;
              e = dictNext(kwd, <u32>e + 1);
            }
          }
          let r: Value = 0;
          if (ok) r = callValue(callable, 0, slots, npos + nkw, names);
          free(slots, (npos + nkw + 1) << 2);
          decref(names);
          if (!ok || !r) break;
          while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
          if (r == SWITCHED) {
            frameSave(f, pc, sp);
            t.frame = f;
            leave = true;
            break;
          }
          if (r == ENTER) { enterF = enterFrame; break; }
          store<u32>(sp, r); sp += 4;
          continue;
        }
        case Op.BUILD_SET: {
          const st = setNew();
          if (!st) { raiseMemoryError(); break; }
          const base = sp - (arg << 2);
          let python = false;
          for (let p = base; p < sp && !python; p += 4) python = hashIsPython(load<u32>(p));
          if (python) {
            decref(st);
            if (buildInPython(N.set_from_, base, arg) == ENTER) enterF = enterFrame;
            break;
          }
          let ok = true;
          for (let p = base; p < sp && ok; p += 4) ok = dictSet(st, load<u32>(p), None);
          if (!ok) { decref(st); if (!curExc) raiseMemoryError(); break; }
          while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
          store<u32>(sp, st); sp += 4;
          continue;
        }
        case Op.SET_ADD: {
          const st = load<u32>(sp - 4 - (arg << 2));
          if (!isKind(st, Kind.SET)) { badBytecode(); break; }
          const v = load<u32>(sp - 4);
          if (keyNeedsPython(v)) {
            if (keyFirst(st, v, 1) == ENTER) enterF = enterFrame;
            break;
          }
          const added = dictSet(st, v, None);
          keyDone();
          if (!added) { if (!curExc) raiseMemoryError(); break; }
          sp -= 4;
          decref(v);
          continue;
        }
        case Op.MAP_ADD: {
          const d = load<u32>(sp - 8 - (arg << 2));
          if (!isKind(d, Kind.DICT)) { badBytecode(); break; }
          const k = load<u32>(sp - 8), v = load<u32>(sp - 4);
          if (keyNeedsPython(k)) {
            if (keyFirst(d, k, 2) == ENTER) enterF = enterFrame;
            break;
          }
          const stored = dictSet(d, k, v);
          keyDone();
          if (!stored) { if (!curExc) raiseMemoryError(); break; }
          sp -= 8;
          decref(k); decref(v);
          continue;
        }
        case Op.LIST_EXTEND: {
          const l = load<u32>(sp - 4 - (arg << 2));
          if (!isKind(l, Kind.LIST)) { badBytecode(); break; }
          const it = load<u32>(sp - 4);
          if (needsPythonIteration(it)) {
            const r = collectFirst(it, hookOf(Hook.RETRY, 1));
            if (r == ENTER) { enterF = enterFrame; break; }
            break;
          }
          if (!extendList(l, it)) break;
          sp -= 4;
          decref(it);
          continue;
        }
        case Op.LIST_TO_TUPLE: {
          const l = load<u32>(sp - 4);
          if (!isKind(l, Kind.LIST)) { badBytecode(); break; }
          const tt = tupleFrom(asList(l).items, asList(l).len);
          if (!tt) { raiseMemoryError(); break; }
          store<u32>(sp - 4, tt);
          decref(l);
          continue;
        }
        case Op.DICT_MERGE: {
          const d = load<u32>(sp - 4 - (arg << 2));
          if (!isKind(d, Kind.DICT)) { badBytecode(); break; }
          const src = load<u32>(sp - 4);
          if (!isKind(src, Kind.DICT)) { raiseTypeMsg("argument after ** must be a mapping, not ", src, ""); break; }
          let e = dictNext(src, 0);
          let ok = true;
          while (e >= 0) {
            const ep = entryAt(src, <u32>e);
            const key = load<u32>(ep, 4);
            if (dictGetHashed(d, key, entryHash(ep))) {
              const mark = bufLen;
              bufLit("got multiple values for keyword argument '");
              if (isKind(key, Kind.STR)) bufBytes(key + STR_HEADER, asStr(key).len);
              bufLit("'");
              raiseBuf(TypeError, mark);
              ok = false;
              break;
            }
            if (!dictSetHashed(d, key, load<u32>(ep, 8), entryHash(ep))) { ok = false; if (!curExc) raiseMemoryError(); break; }
            e = dictNext(src, <u32>e + 1);
          }
          if (!ok) break;
          sp -= 4;
          decref(src);
          continue;
        }
        case Op.UNPACK_EX: {
          const before = arg & 0xFF, after = arg >>> 8;
          const seq = load<u32>(sp - 4);
          if (needsPythonIteration(seq)) {
            const r = collectFirst(seq, hookOf(Hook.RETRY, 1));
            if (r == ENTER) { enterF = enterFrame; break; }
            break;
          }
          const items = listOf(seq);
          if (!items) break;
          const n = asList(items).len;
          if (n < before + after) {
            const mark = bufLen;
            bufLit("not enough values to unpack (expected at least ");
            writeI64(<i64>(before + after));
            bufLit(", got ");
            writeI64(<i64>n);
            bufLit(")");
            raiseBuf(ValueError, mark);
            decref(items);
            break;
          }
          const mid = listNew(n - before - after);
          if (!mid) { decref(items); raiseMemoryError(); break; }
          for (let i = before; i < n - after; i++) { const x = listGet(items, i); incref(x); listAppend(mid, x); }
          sp -= 4;
          // pushed so that the first item ends on top: after-items deepest, then the list, then before-items
          for (let i: u32 = 0; i < after; i++) { const x = listGet(items, n - 1 - i); incref(x); store<u32>(sp, x); sp += 4; }
          store<u32>(sp, mid); sp += 4;
          for (let i: u32 = 0; i < before; i++) { const x = listGet(items, before - 1 - i); incref(x); store<u32>(sp, x); sp += 4; }
          decref(items);
          decref(seq);
          continue;
        }
        case Op.DELETE_DEREF: {
          const cellV = load<u32>(f + F_LOCALS + (arg << 2));
          if (!isKind(cellV, Kind.CELL)) { badBytecode(); break; }
          const old = asCell(cellV).value;
          if (!old) { unboundLocal(code, arg); break; }
          asCell(cellV).value = 0;
          decref(old);
          continue;
        }
        default: {
          raiseLit(RuntimeError, "unsupported opcode");
          break;
        }
      }
      if (sliceOut) {
        // the slice is used up (the host's budget, or the watchdog's) at a checkpoint, which
        // has not run: it runs first when the tasklet goes on
        sliceOut = false;
        pc -= 4;
        const used = sliceLen - ticks - 1; // past sliceLen by what natives charged
        hostLeft -= used;
        stats.opcodes += used;
        if (wdOps) setWdLeft(wdLeft - used);
        if (threadCount > 1) setGilLeft(gilLeft - used);
        sliceLen = 0;
        ticks = 0;
        frameSave(f, pc, sp);
        t.frame = f;
        // the GIL's switch interval is over: the next runnable thread takes it, unless the
        // running tasklet is atomic (then at the first checkpoint after it is not)
        let handed = false;
        if (threadCount > 1 && gilLeft <= 0) {
          if ((t.flags & TF.ATOMIC) || cbDepth) setGilLeft(1);
          else if (handOff()) { stats.switches++; handed = true; }
        }
        if (hostLeft <= 0) {
          // back to the host; once main has returned, a tasklet that used up a whole tick goes
          // to the back of the queue, so non-yielding tasklets share the host's ticks (not one
          // switched in as the tick ended, which ran nothing: with a schedule callback using the
          // ticks, no tasklet would ever run)
          if (!handed && mainFinished && used > 0 && t.next != tv && !cbDepth && !(t.flags & TF.ATOMIC)) { setCurrent(t.next); notifySwitch(tv, current, Switch.PLAIN); }
          return Status.YIELD;
        }
        if (handed) { leave = true; break; }
        if (wdOps && wdLeft <= 0) {
          if (wdSoft) { setWdPending(true); setWdLeft(i64.MAX_VALUE); }
          else if ((t.flags & TF.ATOMIC) || switchTrap || cbDepth) { setWdPending(true); setWdLeft(1); } // fire once allowed
          else { watchdogFires(tv); notifySwitch(tv, current, Switch.PLAIN); leave = true; break; }
        }
        if (mainFinished && !wdOps && !(t.flags & TF.ATOMIC) && t.next != tv) {
          // the host's time slice: the running tasklet goes to the back of the queue
          setCurrent(t.next);
          stats.switches++;
          leave = true;
          break;
        }
        sliceLen = sliceFor(hostLeft);
        ticks = sliceLen;
        continue;
      }
      if (switched) {
        switched = false;
        frameSave(f, pc, sp);
        t.frame = f;
        const rv = threadCount > 1 || schedDue || safePointDue ? 0 : directResume();
        if (!rv) { leave = true; break; } // the scheduler's loop resumes it
        // the tasklet switched to goes on in this slice, its call's result pushed
        tv = current;
        t = asTasklet(tv);
        f = t.frame;
        code = asCode(frameCode(f));
        pc = framePc(f);
        sp = frameSp(f);
        store<u32>(sp, rv); sp += 4;
        continue;
      }
      if (leave) break;
      if (enterF) {
        // run the prepared frame on top of this one; its hook routes the result back here
        frameSave(f, pc, sp);
        const base = takeEnterBase();
        store<u32>(base ? base : enterF, f, F_BACK);
        f = enterF;
        enterF = 0;
        const raising = takeEnterRaise();
        if (safePointDue && !raising) {
          // what the opcode released (a __del__, a weakref callback) runs before the entered
          // frame's first instruction, as CPython runs it from the releasing decref
          const ff = safePointFrame();
          if (ff) {
            const fb = takeEnterBase();
            store<u32>(fb ? fb : ff, f, F_BACK);
            f = ff;
          }
        }
        t.frame = f;
        code = asCode(frameCode(f));
        pc = framePc(f);
        sp = frameSp(f);
        if (raising) { err = true; break; }
        continue;
      }
      err = true;
      break;
      }
      if (leave) break;
    }
  }
  return Status.DONE;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function interpreterReset(): void {
  exitCode = 0;
  exitPhase = EXIT_NONE;
  exitStatus = Status.DONE;
  skipTb = false;
  memory.fill(exitArgs, 0, 12);
  memory.fill(pfArgs, 0, 8);
  memory.fill(fmtSpec, 0, 4);
  memory.fill(enterHookSlot, 0, 4);
}
