// Stackless's callbacks: the channel callback (before every channel action), the schedule
// callback (at every switch) and the error handler (a tasklet's uncaught exception). Natives never
// call Python: each callback runs as a frame of the prelude's call_callback, on the stack of the
// tasklet the event is about, with a hook that finishes the work once it returns (Hook.SCHED makes
// the switch, Hook.CHAN does the channel action, Hook.ERRH ends the tasklet).
//
// While a callback runs (cbDepth > 0) nothing may change the scheduler's state: channel actions
// and switches raise RuntimeError (Stackless: "Recursive channel call due to callbacks!" for
// channel actions; a switch is a fatal error there, here a RuntimeError with its message). During
// the schedule callback `current` is the tasklet that was running (prev), as in Stackless, though
// it may already be out of the run queue: hence the guard.
import { Value, fromSmall } from "../objects/object";
import { None } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { RuntimeError } from "../objects/exception";
import { raiseLit, takeExc } from "../objects/errors";
import { callPython, ENTER, enterFrame } from "../vm/call";
import { preludeFunction } from "../vm/modules";
import { setFrameHook, F_BACK, Hook, hookOf } from "../vm/frame";
import { N } from "../objects/names";
import { stats } from "../vm/stats";
import { TF, asTasklet } from "./tasklet";
import { current, setCurrent } from "./scheduler";

export let channelCb: Value = 0;   // held; 0 when unset
export let scheduleCb: Value = 0;
export let errorHandler: Value = 0;
export let cbDepth: u32 = 0;       // callback frames running

// set_*_callback: install cb (None removes it); returns the previous one (None if there was none).
export function swapCallback(which: i32, cb: Value): Value {
  const v = cb == None ? 0 : cb;
  if (v) increfCall(v);
  let old: Value;
  if (which == 0) { old = channelCb; channelCb = v; }
  else if (which == 1) { old = scheduleCb; scheduleCb = v; }
  else { old = errorHandler; errorHandler = v; }
  return old ? old : None;
}

export function getCallback(which: i32): Value {
  const v = which == 0 ? channelCb : which == 1 ? scheduleCb : errorHandler;
  const r = v ? v : None;
  increfCall(r);
  return r;
}

// The guard of the natives that change the scheduler's state. False with RuntimeError pending.
export function mayChangeState(): bool {
  if (!cbDepth) return true;
  raiseLit(RuntimeError, "Recursive scheduler call due to callbacks!");
  return false;
}

const cbArgs = memory.data(20, 4);

// A frame of the prelude's `via`(cb, a[, b, c, d]) with the given hook (not yet linked), or 0 with
// an exception pending when it cannot start.
function callbackFrame(via: Value, cb: Value, n: u32, a: Value, b: Value, c: Value, d: Value, hook: u32): u32 {
  const fn = preludeFunction(via);
  store<u32>(cbArgs, cb);
  store<u32>(cbArgs, a, 4);
  store<u32>(cbArgs, b, 8);
  store<u32>(cbArgs, c, 12);
  store<u32>(cbArgs, d, 16);
  const r = fn ? callPython(fn, 0, cbArgs, n + 1) : 0;
  memory.fill(cbArgs, 0, 20);
  if (r != ENTER) {
    if (r) { decrefCall(r); raiseLit(RuntimeError, "the prelude's callback helper is not a Python function"); }
    return 0;
  }
  setFrameHook(enterFrame, hook);
  return enterFrame;
}

// ---- the schedule callback ----

export namespace Switch {
  export const CALL: u32 = 0;   // a native switched: prev resumes with its tempval pushed
  export const END: u32 = 1;    // prev has ended: the reference held for the callback is released
  export const PLAIN: u32 = 2;  // an interruption (watchdog, host time slice): prev resumes where it was
}

let pendPrev: Value = 0;
let pendNext: Value = 0;
let pendKind: u32 = 0;
let pendFlags: u32 = 0;   // prev's resume flags, held back while the callback runs on its stack
export let schedDue: bool = false;

// A switch from prev to next was decided (current is next). With a schedule callback, the switch
// waits: current goes back to prev, which runs the callback first (startScheduleCallback, at the
// interpreter's next switch point). Takes a reference to prev for Switch.END.
// Returns whether the callback is due.
export function notifySwitch(prev: Value, next: Value, kind: u32): bool {
  if (!scheduleCb || cbDepth || !prev || prev == next) {
    if (kind == Switch.END) decrefCall(prev);
    return false;
  }
  const p = asTasklet(prev);
  pendPrev = prev;
  pendNext = next;
  pendKind = kind;
  pendFlags = p.flags & (TF.RESUME_PUSH | TF.RESUME_RAISE | TF.BOMB);
  p.flags &= ~(TF.RESUME_PUSH | TF.RESUME_RAISE);
  setCurrent(prev);
  schedDue = true;
  return true;
}

// Link the callback's frame on top of prev's frames (prev is current). Without memory for it the
// switch is made at once.
export function startScheduleCallback(): void {
  schedDue = false;
  const f = callbackFrame(N.call_callback_, scheduleCb, 2, pendPrev, pendNext ? pendNext : None, 0, 0, hookOf(Hook.SCHED, 0));
  cbDepth++;
  if (!f) { decrefCall(takeExc()); commitSwitch(); return; } // (no memory for it: the callback is skipped)
  const t = asTasklet(pendPrev);
  store<u32>(f, t.frame, F_BACK);
  t.frame = f;
}

// The callback returned (or failed, reported): make the switch it announced.
export function commitSwitch(): void {
  cbDepth--;
  const prev = pendPrev;
  const p = asTasklet(prev);
  if (pendKind == Switch.CALL) {
    p.flags |= pendFlags | TF.RESUME_PUSH;
    stats.switches++; // (as switchTo counts them)
  } else p.flags |= pendFlags & (TF.RESUME_PUSH | TF.RESUME_RAISE);
  setCurrent(pendNext);
  pendPrev = 0;
  pendNext = 0;
  if (pendKind == Switch.END) decrefCall(prev);
}

// ---- the channel callback ----

let pendCh: Value = 0;
let pendDir: i32 = 0;
let pendBomb: bool = false;
export let chanNotified: bool = false; // the action now running was announced already

// Before a channel action (the value is already the tasklet's tempval, as the callback may read
// it): the callback's frame (ENTER), hook CHAN; the action follows when it returns.
export function notifyChannel(ch: Value, dir: i32, bomb: bool, willBlock: bool): Value {
  const f = callbackFrame(N.call_callback_, channelCb, 4, ch, current, fromSmall(dir > 0 ? 1 : 0), fromSmall(willBlock ? 1 : 0), hookOf(Hook.CHAN, 0));
  if (!f) return 0;
  cbDepth++;
  increfCall(ch);
  pendCh = ch;
  pendDir = dir;
  pendBomb = bomb;
  return ENTER;
}

// The channel callback returned: the channel it announced (a new reference), its direction and
// bomb flag stay readable until the action runs.
export function channelCallbackDone(): Value {
  cbDepth--;
  const ch = pendCh;
  pendCh = 0;
  chanNotified = true;
  return ch;
}
export function pendingDir(): i32 { return pendDir; }
export function pendingBomb(): bool { return pendBomb; }
export function clearNotified(): void { chanNotified = false; }

// The channel callback raised: the exception comes out of the channel operation, which is not done.
export function channelCallbackFailed(): void {
  cbDepth--;
  const ch = pendCh;
  pendCh = 0;
  decrefCall(ch);
}

// ---- the error handler ----

// An uncaught exception (borrowed) is ending the current tasklet (not main): with an error
// handler, the prelude's call_error_handler(handler, exc) runs as the tasklet's new bottom frame
// (ordinary code: it may switch). Returns that frame, or 0 (an exception pending if it could not
// start).
export function errorHandlerFrame(exc: Value): u32 {
  return callbackFrame(N.call_error_handler_, errorHandler, 1, exc, 0, 0, 0, hookOf(Hook.ERRH, 0));
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function callbacksReset(): void {
  channelCb = 0;
  scheduleCb = 0;
  errorHandler = 0;
  cbDepth = 0;
  pendPrev = 0;
  pendNext = 0;
  pendKind = 0;
  pendFlags = 0;
  schedDue = false;
  pendCh = 0;
  pendDir = 0;
  pendBomb = false;
  chanNotified = false;
  memory.fill(cbArgs, 0, 20);
}
