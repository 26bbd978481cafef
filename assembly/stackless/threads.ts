// Interpreter threads in one instance. Each thread has its own scheduler (main tasklet, run
// queue, run() waiters, watchdog: scheduler.ts's globals); the running thread's is loaded in those
// globals and the others wait in their ThreadState, so single-threaded code pays nothing. The
// "GIL" is which state is loaded: the interpreter hands it to the next runnable thread every
// switch interval (an opcode count) at a checkpoint, never while the running tasklet is atomic,
// and at once when the running thread has nothing left to run (all its tasklets blocked, or held
// by a `_thread` lock). Tasklets carry their thread's index in their flags (TF.THREAD).
import { Value } from "../objects/object";
import { RuntimeError } from "../objects/exception";
import { increfCall, decrefCall } from "../memory/refcount";
import { alloc, free } from "../memory/heap";
import { raiseLit } from "../objects/errors";
import { config } from "../memory/config";
import { TF, asTasklet, taskletThread, setThreadIndex } from "./tasklet";
import { SchedState, saveSched, loadSched, freshSched, setMain, main, current, hold, setCurrent, dequeue, runWaitersBlock,
         RUN_NESTING, releaseFrames, taskletStopped, aliveFirstTasklet, killLater } from "./scheduler";
import { unblock } from "./channels";
import { taskletNew } from "./tasklet";
import { taskletSetup } from "../vm/call";
import { raiseMemoryError } from "../objects/errors";

@unmanaged class ThreadState extends SchedState {
  ident: u32;
  index: u32;
  next: usize;  // the ring of live threads, in the order they started
  ending: bool; // its main tasklet returned: the thread ends when its queue is empty
}

const MAX_THREADS: u32 = 255;
export const PRIMARY_IDENT: u32 = 1;

// index -> ThreadState (a heap block, from the first new thread on; 0 before)
let table: usize = 0;
let running: usize = 0; // the loaded thread's state (valid once table exists)
export let threadCount: u32 = 1;
let nextIdent: u32 = PRIMARY_IDENT + 1;
let lastIndex: u32 = 0;
// opcodes left before the GIL goes to the next runnable thread
export let gilLeft: i64 = 0;
// the stress configuration: hand the GIL over at every checkpoint
export let gilStress: bool = false;
export function setGilStress(on: bool): void { gilStress = on; }

const argSlot = memory.data(4, 4);

@inline function st(p: usize): ThreadState { return changetype<ThreadState>(p); }
function at(i: u32): usize { return table ? load<u32>(table + (i << 2)) : 0; }

export function threadsReset(): void {
  // (vm_init on a used instance: the heap these pointed into is gone)
  table = 0;
  running = 0;
  threadCount = 1;
  nextIdent = PRIMARY_IDENT + 1;
  lastIndex = 0;
  gilLeft = 0;
  gilStress = false;
  visitedHold = 0;
  setThreadIndex(0);
  store<u32>(argSlot, 0);
}

// The switch interval in opcodes. sys.setswitchinterval(n) with n >= 1 is a count of opcodes; a
// value below 1 is seconds, as CPython means it, at a nominal OPS_PER_SECOND (so CPython's
// default 0.005 is 1,000 opcodes). Opcodes, not time: the same program and interval give the
// same interleaving on every run and every machine.
const OPS_PER_SECOND: f64 = 200000;
export function switchOps(): i64 {
  if (gilStress) return 1;
  const x = config.switchInterval;
  if (x >= 1) return <i64>Math.ceil(x);
  const n = <i64>Math.round(x * OPS_PER_SECOND);
  return n > 1 ? n : 1;
}

export function isPrimary(): bool { return !running || st(running).index == 0; }
export function currentIdent(): u32 { return running ? st(running).ident : PRIMARY_IDENT; }
export function threadEnding(): bool { return running != 0 && st(running).ending; }

// The ident of tasklet v's thread, or -1 when that thread has ended.
export function threadIdentOf(v: Value): i64 {
  const i = taskletThread(v);
  if (i == 0) return PRIMARY_IDENT;
  const p = at(i);
  return p ? <i64>st(p).ident : -1;
}

// The index of the live thread with this ident, or -1.
export function indexOfIdent(ident: i64): i32 {
  if (ident == PRIMARY_IDENT) return 0;
  if (!table) return -1;
  for (let p = st(running).next; ; p = st(p).next) {
    if (<i64>st(p).ident == ident) return <i32>st(p).index;
    if (p == running) return -1;
  }
  return -1;
}

// The idents of the live threads, primary first (for stackless.threads).
export function threadIdents(out: usize, cap: u32): u32 {
  if (!table) { store<u32>(out, PRIMARY_IDENT); return 1; }
  let n: u32 = 0;
  for (let i: u32 = 0; i <= MAX_THREADS && n < cap; i++) { const p = at(i); if (p) store<u32>(out + (n++ << 2), st(p).ident); }
  return n;
}

function load_(p: usize): void {
  saveSched(st(running));
  loadSched(st(p));
  running = p;
  setThreadIndex(st(p).index);
}

function ensureTable(): bool {
  if (table) return true;
  const t = alloc((MAX_THREADS + 1) << 2);
  const p = alloc(offsetof<ThreadState>());
  if (!t || !p) { if (t) free(t, (MAX_THREADS + 1) << 2); if (p) free(p, offsetof<ThreadState>()); return false; }
  memory.fill(t, 0, (MAX_THREADS + 1) << 2);
  memory.fill(p, 0, offsetof<ThreadState>());
  table = t;
  store<u32>(table, p);
  st(p).ident = PRIMARY_IDENT;
  st(p).next = p;
  running = p;
  return true;
}

// Visiting another thread's scheduler: the operations of scheduler.ts/channels.ts act on the
// loaded state, so an operation on a tasklet of another thread loads that thread's state around
// it. Returns the state to return to (0: v is this thread's, nothing was loaded). A tasklet whose
// thread has ended is this thread's from now on (Stackless re-binds them to the current thread).
export function visit(v: Value): usize {
  const i = taskletThread(v);
  if (!table || i == st(running).index) return 0;
  const p = at(i);
  if (!p) { rebind(v, st(running).index); return 0; }
  const home = running;
  load_(p);
  visitedHold = hold;
  return home;
}
// The tasklet that held the visited thread: if the visit woke it, it is that thread's current
// when the thread next runs (nothing of the thread ran while it was held).
let visitedHold: Value = 0;

// The same for a thread by index (get_thread_info).
export function visitThread(index: u32): usize {
  const p = at(index);
  if (!table || !p || p == running) return 0;
  const home = running;
  load_(p);
  return home;
}

export function currentIndex(): u32 { return running ? st(running).index : 0; }

export function leave(home: usize): void {
  if (!home) return;
  const w = visitedHold;
  visitedHold = 0;
  if (w && !hold && (asTasklet(w).flags & TF.SCHEDULED)) setCurrent(w);
  load_(home);
}

export function rebind(v: Value, index: u32): void {
  const t = asTasklet(v);
  t.flags = (t.flags & ~TF.THREAD) | (index << 24);
}

export function isRemote(v: Value): bool {
  return table != 0 && taskletThread(v) != st(running).index && at(taskletThread(v)) != 0;
}

// A thread can take the GIL when it has a tasklet to run that no `_thread` lock holds back.
function runnable(p: usize): bool {
  const c = st(p).current;
  return c != 0 && (!st(p).hold || (asTasklet(c).flags & (TF.SYSTEM | TF.HOST)) != 0);
}

export function otherThreadRunnable(): bool {
  if (!table) return false;
  for (let p = st(running).next; p != running; p = st(p).next) if (runnable(p)) return true;
  return false;
}

// The GIL goes to the next runnable thread in the ring. False when no other thread can run.
export function handOff(): bool {
  gilLeft = switchOps();
  if (!table) return false;
  for (let p = st(running).next; p != running; p = st(p).next) {
    if (runnable(p)) { load_(p); return true; }
  }
  return false;
}

export function setGilLeft(v: i64): void { gilLeft = v; }

// _thread.start_new_thread: a new thread whose main tasklet calls fn(arg) (arg borrowed).
// Returns its ident, or -1 with an exception pending.
export function startThread(fn: Value, arg: Value): i64 {
  if (!ensureTable()) { raiseLit(RuntimeError, "can't start new thread"); return -1; }
  let idx: u32 = 0;
  for (let k: u32 = 1; k <= MAX_THREADS; k++) {
    const i = (lastIndex + k - 1) % MAX_THREADS + 1;
    if (!at(i)) { idx = i; break; }
  }
  const p = idx ? alloc(offsetof<ThreadState>()) : 0;
  if (!p) { raiseLit(RuntimeError, "can't start new thread"); return -1; }
  memory.fill(p, 0, offsetof<ThreadState>());
  st(p).index = idx;
  const home = running;
  saveSched(st(home));
  running = p;
  setThreadIndex(idx);
  // the new thread's main tasklet, made and queued in its own scheduler
  freshSched();
  const tv = taskletNew();
  let r: Value = 0;
  if (tv) {
    increfCall(fn);
    asTasklet(tv).tempval = fn;
    store<u32>(argSlot, arg);
    r = taskletSetup(tv, argSlot, 1, 0);
    store<u32>(argSlot, 0);
    decrefCall(tv);
  } else raiseMemoryError();
  if (r) {
    asTasklet(r).flags |= TF.MAIN;
    setMain(r); // (the reference taskletSetup returned)
    saveSched(st(p));
  }
  loadSched(st(home));
  running = home;
  setThreadIndex(st(home).index);
  if (!r) { free(p, offsetof<ThreadState>()); return -1; }
  st(p).ident = nextIdent++;
  store<u32>(table + (idx << 2), p);
  lastIndex = idx;
  // last in the ring: the GIL visits threads in the order they started
  let last = at(0);
  while (st(last).next != at(0)) last = st(last).next;
  st(p).next = at(0);
  st(last).next = p;
  threadCount++;
  if (threadCount == 2) gilLeft = switchOps(); // the first interval starts now
  return st(p).ident;
}

// The running thread's main tasklet returned: the thread ends once its other tasklets have
// run to their end (each is killed: TaskletExit, as Stackless does to a dead thread's tasklets).
export function threadMainEnded(): void {
  st(running).ending = true;
  killOthers();
}

// TaskletExit, pending, into every other tasklet of the running thread (_gil.end_tasklets: a
// thread's bootstrap ends them before it reports the thread done).
export function killOthers(): void {
  const idx = currentIndex();
  for (let v = aliveFirstTasklet(); v; v = asTasklet(v).aliveNext) {
    if (taskletThread(v) == idx && v != current && !killLater(v)) break;
  }
}

// The loaded thread ended with an empty queue: it goes, and another thread (one that can run,
// else the primary) is loaded. Tasklets of it still blocked stay so, with no thread (-1).
export function endThread(): void {
  const p = running;
  // the next that can run, else the primary
  let to = at(0);
  for (let q = st(p).next; q != p; q = st(q).next) if (runnable(q)) { to = q; break; }
  let prev = p;
  while (st(prev).next != p) prev = st(prev).next;
  st(prev).next = st(p).next;
  store<u32>(table + (st(p).index << 2), 0);
  threadCount--;
  const m = main;
  const rw = runWaitersBlock();
  if (rw) free(rw, RUN_NESTING * 4);
  loadSched(st(to));
  running = to;
  setThreadIndex(st(to).index);
  free(p, offsetof<ThreadState>());
  gilLeft = switchOps();
  decrefCall(m);
}

// Program exit: the other threads stop where they are (as CPython's daemon threads do): their
// tasklets are taken out of their queues and channels and released without running again.
export function discardThreads(): void {
  if (!table) return;
  if (running != at(0)) load_(at(0));
  let v = aliveFirstTasklet();
  while (v) {
    const next = asTasklet(v).aliveNext;
    if (taskletThread(v) != 0) discard(v);
    v = next;
  }
  for (let i: u32 = 1; i <= MAX_THREADS; i++) {
    const p = at(i);
    if (!p) continue;
    if (st(p).runWaiters) free(st(p).runWaiters, RUN_NESTING * 4);
    decrefCall(st(p).main);
    free(p, offsetof<ThreadState>());
    store<u32>(table + (i << 2), 0);
  }
  st(running).next = running;
  threadCount = 1;
}

function discard(v: Value): void {
  const t = asTasklet(v);
  increfCall(v);
  if (t.flags & TF.BLOCKED) { unblock(v); decrefCall(v); }
  else if (t.flags & TF.SCHEDULED) {
    const home = visit(v);
    dequeue(v);
    leave(home);
    decrefCall(v);
  }
  taskletStopped(v);
  releaseFrames(v);
  decrefCall(v);
}
