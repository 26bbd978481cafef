// The tasklet object: a chain of frames plus scheduling links. Blocked tasklets reuse next/prev
// to sit in a channel's queue, so a blocked tasklet costs this struct and its frames, nothing else;
// the first waiter's prev is the channel (no field says which channel a tasklet waits on).
import { Value, Obj } from "../objects/object";
import { taskletType } from "../objects/type";
import { alloc, free } from "../memory/heap";

@unmanaged export class TaskletObj extends Obj {
  frame: u32;      // innermost frame, 0 when not started with a frame or dead
  next: Value;     // run-queue or channel-queue links (no references held)
  prev: Value;     // (the channel, for the first tasklet in a channel's queue)
  tempval: Value;  // the value (or exception) handed over by the last switch
  flags: u32;
  excInfo: Value;  // the exception being handled (what a bare `raise` re-raises)
  depth: u32;      // Python call depth
  arenaBytes: u32; // bytes of this tasklet's frames inside the arena (the spill threshold's gauge)
  aliveNext: Value; // the started tasklets' list (scheduler.ts), no references held
  alivePrev: Value;
}

export namespace TF {
  export const ALIVE: u32 = 1;
  export const BLOCKED: u32 = 2;       // in a channel queue
  export const SCHEDULED: u32 = 4;     // in the run queue
  export const MAIN: u32 = 8;
  export const RESUME_PUSH: u32 = 16;  // on resume, push tempval as the result of the call that switched
  export const RESUME_RAISE: u32 = 32; // on resume, raise tempval (an exception delivered to main)
  export const IN_RUN: u32 = 64;       // main, suspended in stackless.run()
  export const SENDING: u32 = 128;     // blocked direction: sending (else receiving)
  export const ATOMIC: u32 = 256;
  export const BOMB: u32 = 512;        // tempval is an exception to raise where a value was expected
  export const BLOCK_TRAP: u32 = 1024; // blocking on a channel raises RuntimeError
  export const IGNORE_NESTING: u32 = 1 << 21; // set_ignore_nesting: kept, and moot (no C nesting here)
  export const HOST: u32 = 1 << 22;  // runs a host request (host/requests.ts): its end is the host's
  export const SYSTEM: u32 = 1 << 23; // the runtime's own (waking sleepers): runs even in a held thread
  export const THREAD: u32 = 0xFF000000; // the top byte: the index of the interpreter thread it belongs to
  export const FINALIZED: u32 = 1 << 20; // a subclass instance whose __del__ was queued (vm/subclass.ts); channels use this bit too
}

@inline export function asTasklet(v: Value): TaskletObj { return changetype<TaskletObj>(<usize>v); }

// The running interpreter thread's index (stackless/threads.ts), stamped on every new tasklet.
export let threadIndex: u32 = 0;
export function setThreadIndex(i: u32): void { threadIndex = i; }
@inline export function taskletThread(v: Value): u32 { return asTasklet(v).flags >>> 24; }

export function taskletNew(): Value {
  const p = alloc(offsetof<TaskletObj>());
  if (!p) return 0;
  memory.fill(p, 0, offsetof<TaskletObj>());
  const t = asTasklet(p);
  t.rc = 1;
  t.type = taskletType;
  t.flags = threadIndex << 24;
  return p;
}

export function taskletFree(v: Value): void { free(v, offsetof<TaskletObj>()); }
