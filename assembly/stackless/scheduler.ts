// The run queue and switching. `current` is the running tasklet and is in the circular run queue
// while runnable; switching is setting `current` (the interpreter then loads its top frame):
// soft switching, O(1), no copying, no native stack involved.
import { Value } from "../objects/object";
import { None } from "../objects/singletons";
import { incref, decref } from "../memory/refcount";
import { alloc } from "../memory/heap";
import { TaskletObj, TF, asTasklet, taskletNew, taskletFree } from "./tasklet";
import { frameRelease, frameSp, frameBack } from "../vm/frame";
import { stats } from "../vm/stats";
import { raiseValue } from "../objects/errors";
import { excNew, TaskletExit } from "../objects/exception";
import { emptyTuple } from "../objects/tuple";
import { throwInto } from "./control";
import { isBomb, explode } from "./bomb";
import { scheduleCb, notifySwitch, Switch } from "./callbacks";
import { unblock, channelDestroy, mayBeBomb } from "./channels";
import { registerStacklessDestroy } from "../objects/destroy";
import { registerHandledException } from "../objects/errors";

// Returned by a native that switched tasklets: the interpreter resumes `current`.
export const SWITCHED: Value = 4;

// The running interpreter thread's scheduler (stackless/threads.ts swaps it at a GIL hand-off):
// its current tasklet, main tasklet, run queue length, and the tasklet whose wait holds the whole
// thread (a `_thread` lock: the thread's other tasklets do not run either), or 0.
export let current: Value = 0;
export let main: Value = 0;
export let runcount: u32 = 0;
export let hold: Value = 0;
// The primary thread's main tasklet (the program's) has returned: the host drives what is left.
export let mainFinished: bool = false;
// Tasklets alive (started and not finished); those not in the run queue are blocked.
export let alive: u32 = 0;
export function aliveAdd(d: i32): void { alive = <u32>(<i32>alive + d); }

// The tasklets other than main that are alive, in the order they were started (no references
// held): program exit kills those that remain, as Stackless does before the modules go.
let aliveFirst: Value = 0;
let aliveLast: Value = 0;

export function taskletStarted(v: Value): void {
  const t = asTasklet(v);
  t.flags |= TF.ALIVE;
  alive++;
  t.alivePrev = aliveLast;
  t.aliveNext = 0;
  if (aliveLast) asTasklet(aliveLast).aliveNext = v; else aliveFirst = v;
  aliveLast = v;
}

export function taskletStopped(v: Value): void {
  const t = asTasklet(v);
  if (!(t.flags & TF.ALIVE)) return;
  t.flags &= ~TF.ALIVE;
  alive--;
  if (!t.alivePrev && aliveFirst != v) return; // main is not on the list
  if (t.alivePrev) asTasklet(t.alivePrev).aliveNext = t.aliveNext; else aliveFirst = t.aliveNext;
  if (t.aliveNext) asTasklet(t.aliveNext).alivePrev = t.alivePrev; else aliveLast = t.alivePrev;
  t.aliveNext = 0;
  t.alivePrev = 0;
}

// Program exit: TaskletExit is thrown (pending) into every tasklet still alive, in the order
// they were started, so their `finally` blocks run.
export function killRemaining(): void {
  for (let v = aliveFirst; v; v = asTasklet(v).aliveNext) if (!killLater(v)) break;
}

// TaskletExit, pending, into v: it raises as it next runs. False without memory for it.
export function killLater(v: Value): bool {
  incref(emptyTuple);
  const e = excNew(TaskletExit, emptyTuple);
  if (!e) { decref(emptyTuple); return false; } // without memory the rest stop where they are
  // (the current one, e.g. next in the queue after main died: it raises as it resumes)
  if (v == current) giveBomb(v, e);
  else throwInto(v, e, true);
  return true;
}

// The exception the current tasklet is handling, or 0 (objects/errors.ts: implicit chaining).
function handledException(): Value { return current ? asTasklet(current).excInfo : 0; }

export function schedulerInit(): void {
  registerStacklessDestroy(taskletDestroy, channelDestroy); // objects/destroy.ts dispatches to them
  registerHandledException(handledException);
  current = 0;
  main = 0;
  runcount = 0;
  hold = 0;
  mainFinished = false;
  alive = 0;
  aliveFirst = 0;
  aliveLast = 0;
  switchTrap = 0;
  runDepth = 0;
  wdTasklet = 0;
  interrupted = 0;
  wdOps = 0;
  wdLeft = 0;
  wdSoft = false;
  wdTotal = false;
  wdPending = false;
  memory.fill(primaryRunWaiters, 0, RUN_NESTING * 4);
  runWaiters = primaryRunWaiters;
}

// A thread's scheduler while another thread runs (the globals above and below, saved and loaded
// as one block by the GIL hand-off).
@unmanaged export class SchedState {
  current: Value;
  main: Value;
  runcount: u32;
  hold: Value;
  runWaiters: u32; // 0 until the thread first calls run()
  runDepth: u32;
  wdTasklet: Value;
  interrupted: Value;
  switchTrap: i32;
  wdSoft: bool;
  wdTotal: bool;
  wdPending: bool;
  wdOps: i64;
  wdLeft: i64;
}

export function saveSched(s: SchedState): void {
  s.current = current; s.main = main; s.runcount = runcount; s.hold = hold;
  s.runWaiters = runWaiters; s.runDepth = runDepth; s.wdTasklet = wdTasklet; s.interrupted = interrupted;
  s.switchTrap = switchTrap; s.wdSoft = wdSoft; s.wdTotal = wdTotal; s.wdPending = wdPending;
  s.wdOps = wdOps; s.wdLeft = wdLeft;
}

export function loadSched(s: SchedState): void {
  current = s.current; main = s.main; runcount = s.runcount; hold = s.hold;
  runWaiters = s.runWaiters; runDepth = s.runDepth; wdTasklet = s.wdTasklet; interrupted = s.interrupted;
  switchTrap = s.switchTrap; wdSoft = s.wdSoft; wdTotal = s.wdTotal; wdPending = s.wdPending;
  wdOps = s.wdOps; wdLeft = s.wdLeft;
}

// A new thread's scheduler: empty until its main tasklet (setMain) is made.
export function freshSched(): void {
  current = 0; main = 0; runcount = 0; hold = 0;
  runWaiters = 0; runDepth = 0; wdTasklet = 0; interrupted = 0;
  switchTrap = 0; wdSoft = false; wdTotal = false; wdPending = false; wdOps = 0; wdLeft = 0;
}

export function setMain(v: Value): void { main = v; }
export function aliveFirstTasklet(): Value { return aliveFirst; }

export function runWaitersBlock(): u32 { return runWaiters != primaryRunWaiters ? runWaiters : 0; }

// Appends t at the end of the run queue (just before current), taking a reference.
export function enqueue(v: Value): void {
  const t = asTasklet(v);
  incref(v);
  t.flags |= TF.SCHEDULED;
  runcount++;
  // what held the thread is over: it runs next, right after the running tasklet (the thread's
  // others waited behind it); see threads.ts leave() for a thread that is not running
  const woke = v == hold;
  if (woke) hold = 0;
  if (!current) {
    t.next = v;
    t.prev = v;
    current = v;
    return;
  }
  const c = asTasklet(woke ? asTasklet(current).next : current);
  const before = woke ? asTasklet(current).next : current;
  const last = c.prev;
  t.next = before;
  t.prev = last;
  asTasklet(last).next = v;
  c.prev = v;
}

// Unlinks t from the run queue; the queue's reference passes to the caller.
export function dequeue(v: Value): void {
  const t = asTasklet(v);
  t.flags &= ~TF.SCHEDULED;
  runcount--;
  if (t.next == v) {
    current = 0;
  } else {
    asTasklet(t.prev).next = t.next;
    asTasklet(t.next).prev = t.prev;
    if (current == v) current = t.next;
  }
  t.next = 0;
  t.prev = 0;
}

// Finish a switch from prev to next. When next is prev, the call returns prev's tempval at once;
// otherwise prev will find its tempval pushed when it resumes.
export function switchTo(prev: Value, next: Value): Value {
  if (next == prev) {
    const t = asTasklet(prev);
    const v = t.tempval;
    t.tempval = 0;
    if (t.flags & TF.BOMB) {
      t.flags &= ~TF.BOMB;
      raiseValue(v);
      return 0;
    }
    if (isBomb(v)) { explode(v); return 0; }
    if (v) return v;
    return None;
  }
  if (prev) asTasklet(prev).flags |= TF.RESUME_PUSH;
  current = next;
  if (scheduleCb && notifySwitch(prev, next, Switch.CALL)) return SWITCHED; // the callback runs first
  stats.switches++;
  return SWITCHED;
}

// switchTo from one tasklet to another with no schedule callback set (the channel fast path has
// checked): inline, where each switch of a ping-pong passes.
@inline export function switchOn(prev: Value, next: Value): Value {
  asTasklet(prev).flags |= TF.RESUME_PUSH;
  current = next;
  stats.switches++;
  return SWITCHED;
}

// After a switch by a channel operation: the result the resumed tasklet's call returns (taken),
// when resuming it needs nothing of what the interpreter loop's top does at a switch (a slice to
// restart for the watchdog or the host, a run() returning, a bomb, a callback, a held thread);
// else 0, and the loop's top resumes it. The slice goes on: the opcode count stays exact.
export function directResume(): Value {
  if (<u32>(wdOps != 0) | <u32>wdPending | <u32>mainFinished | hold | <u32>(current == 0)) return 0;
  const t = asTasklet(current);
  if ((t.flags & (TF.IN_RUN | TF.RESUME_PUSH | TF.RESUME_RAISE | TF.BOMB)) != TF.RESUME_PUSH) return 0;
  const v = t.tempval;
  if (mayBeBomb(v) && isBomb(v)) return 0;
  t.flags &= ~TF.RESUME_PUSH;
  t.tempval = 0;
  return v ? v : None;
}

// Tasklets waiting in stackless.run(), innermost last, each holding a reference (Stackless's
// watchdog list, stacklessmodule.c push_watchdog). run() takes its caller out of the queue;
// nested runs (from tasklets) stack up here.
export const RUN_NESTING: u32 = 64;
const primaryRunWaiters = memory.data(RUN_NESTING * 4, 4);
let runWaiters: u32 = primaryRunWaiters; // another thread's comes from the heap at its first run()
export let runDepth: u32 = 0;
// The tasklet whose run(N) is the watchdog (only the first run with a timeout is), and the
// tasklet the watchdog interrupted, which that run() returns (0: none).
export let wdTasklet: Value = 0;
let interrupted: Value = 0;
export function setWdTasklet(v: Value): void { wdTasklet = v; }

// False when run() is nested too deeply.
export function enterRun(v: Value): bool {
  if (runDepth >= RUN_NESTING) return false;
  if (!runWaiters) {
    runWaiters = alloc(RUN_NESTING * 4);
    if (!runWaiters) return false;
  }
  incref(v);
  store<u32>(runWaiters + (runDepth++ << 2), v);
  asTasklet(v).flags |= TF.IN_RUN;
  return true;
}

// Who takes over when the run queue empties or a tasklet dies of an exception: the innermost
// tasklet waiting in run(), else main (stacklessmodule.c slp_get_watchdog).
export function wakeupTarget(): Value {
  return runDepth ? load<u32>(runWaiters + ((runDepth - 1) << 2)) : main;
}

// Alive but neither runnable nor blocked: paused by switch(), remove(), or waiting in run().
export function isFloating(v: Value): bool {
  return (asTasklet(v).flags & (TF.ALIVE | TF.SCHEDULED | TF.BLOCKED)) == TF.ALIVE;
}

// Make w the running tasklet, taking it off its channel or putting it back in the queue first
// (scheduling.c slp_schedule_task with a blocked or floating target). w goes just before the
// tasklet that was to run next, so that one follows it.
export function revive(w: Value): void {
  const t = asTasklet(w);
  if (t.flags & TF.BLOCKED) { unblock(w); enqueue(w); decref(w); }
  else if (!(t.flags & TF.SCHEDULED)) enqueue(w);
  current = w;
}

// Hand exc (taken) to w as the exception to raise where it resumes (a "bomb").
export function giveBomb(w: Value, exc: Value): void {
  const t = asTasklet(w);
  decref(t.tempval);
  t.tempval = exc;
  t.flags = (t.flags & ~TF.RESUME_RAISE) | TF.RESUME_PUSH | TF.BOMB;
}

// A tasklet waiting in run() resumes, however it was woken (the queue emptied, an exception,
// the watchdog, a switch to it): as run() returns, the runs nested above it are over too and
// their tasklets become runnable again (stacklessmodule.c PyStackless_RunWatchdogEx,
// check_watchdog / pop_watchdog). run() returns None, the tasklet the watchdog interrupted, or
// raises the bomb it was given.
export function leaveRun(w: Value): void {
  const t = asTasklet(w);
  let onStack = false;
  for (let i: u32 = 0; i < runDepth; i++) if (load<u32>(runWaiters + (i << 2)) == w) onStack = true;
  while (onStack) {
    const p = load<u32>(runWaiters + (--runDepth << 2));
    asTasklet(p).flags &= ~TF.IN_RUN;
    if (p == wdTasklet) { wdTasklet = 0; stopWatchdog(); }
    if (p != w) {
      // its run() is over too: it returns None when p next runs
      const pt = asTasklet(p);
      if (!(pt.flags & TF.BOMB)) { decref(pt.tempval); pt.tempval = None; }
      if (!(pt.flags & (TF.SCHEDULED | TF.BLOCKED)) && (pt.flags & TF.ALIVE)) enqueue(p);
    }
    decref(p); // the stack's reference (w is still referenced: it is current)
    if (p == w) break;
  }
  t.flags &= ~TF.IN_RUN;
  const victim = interrupted;
  interrupted = 0;
  if (t.flags & (TF.BOMB | TF.RESUME_RAISE)) { decref(victim); return; } // run() raises instead
  let r: Value = None;
  if (victim) {
    if (asTasklet(victim).flags & TF.SCHEDULED) { dequeue(victim); decref(victim); } // out of the queue
    r = victim;
  }
  decref(t.tempval);
  t.tempval = r;
  t.flags |= TF.RESUME_PUSH;
}

// The watchdog expired in tv: the watchdog's run() resumes and returns tv, taken out of the
// queue (scheduling.c interrupt_timeout_return). A soft watchdog only revives the run().
export function watchdogFires(tv: Value): void {
  incref(tv);
  decref(interrupted);
  interrupted = tv;
  revive(wdTasklet);
  stats.switches++;
}

// Release a dead or abandoned tasklet's frames (innermost first).
export function releaseFrames(v: Value): void {
  const t = asTasklet(v);
  let f = t.frame;
  t.frame = 0;
  while (f) {
    const back = frameBack(f);
    frameRelease(t, f, frameSp(f));
    f = back;
  }
}

export function taskletDestroy(v: Value): void {
  const t = asTasklet(v);
  taskletStopped(v); // e.g. blocked on a channel that was released
  releaseFrames(v);
  decref(t.tempval);
  decref(t.excInfo);
  taskletFree(v);
}

export function bumpRuncount(): void { runcount++; }

// A native's result v (taken) handed to the running tasklet through a reload instead of returned:
// the interpreter reloads current and pushes it, so the running slice is computed afresh (the
// GIL's interval after a thread starts, or one ended by sleep(0)). Returns SWITCHED.
export function resumeWith(v: Value): Value {
  const t = asTasklet(current);
  decref(t.tempval);
  t.tempval = v;
  t.flags |= TF.RESUME_PUSH;
  return SWITCHED;
}

export function setCurrent(v: Value): void { current = v; }
export function setHold(v: Value): void { hold = v; }
export function markMainFinished(): void { mainFinished = true; }

// The main tasklet of a freshly loaded program, with the module frame f.
export function startMain(f: u32): void {
  main = taskletNew();
  const t = asTasklet(main);
  t.flags = (t.flags & TF.THREAD) | TF.ALIVE | TF.MAIN;
  t.frame = f;
  enqueue(main);
}

// Program exit: the finished main tasklet runs the frame f (the finalizers' base) at once,
// atomic, so no other tasklet takes a turn while the program ends.
export function restartMainForExit(f: u32): void {
  const t = asTasklet(main);
  t.flags = (t.flags & ~(TF.RESUME_PUSH | TF.RESUME_RAISE | TF.BOMB)) | TF.ALIVE | TF.ATOMIC;
  decref(t.tempval);
  t.tempval = 0;
  t.frame = f;
  alive++;
  if (!(t.flags & TF.SCHEDULED)) enqueue(main);
  current = main;
}

// switch_trap: while non-zero, any voluntary switch raises RuntimeError.
export let switchTrap: i32 = 0;
export function addSwitchTrap(d: i32): void { switchTrap += d; }

// The watchdog of stackless.run(N): the interpreter reads these (vm/watchdog in interpreter.ts).
export let wdOps: i64 = 0;       // the slice length; 0 when no watchdog is running
export let wdLeft: i64 = 0;      // ops left in the current slice
export let wdSoft: bool = false;
export let wdTotal: bool = false;
export let wdPending: bool = false; // expired while atomic (or soft): fire at the next chance

export function startWatchdog(ops: i64, soft: bool, total: bool): void {
  wdOps = ops;
  wdLeft = ops;
  wdSoft = soft;
  wdTotal = total;
  wdPending = false;
}

export function stopWatchdog(): void {
  wdOps = 0;
  wdLeft = 0;
  wdPending = false;
}

export function setWdLeft(v: i64): void { wdLeft = v; }
export function setWdPending(v: bool): void { wdPending = v; }
