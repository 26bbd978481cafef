// Sleeping tasklets: time.sleep(s) on the host's clock. A sleeper waits on a channel of its own,
// so kill(), program exit and `blocked` treat it as any blocked tasklet; the prelude keeps the
// timers in a heap, `_timers`, of [wake time, sequence, channel] (lib/_prelude.py). The VM only
// looks at the heap's head: at the start of each vm_run the due ones are woken by the prelude's
// wake_timers, run first; while a timer is pending a tasklet may block with nothing else runnable
// (time will wake something: the VM is idle until then); and a host can ask when the next one is
// due (vm_next_wake) to sleep that long at idle.
import { Value, Kind } from "../objects/object";
import { kindOfCall } from "../objects/type";
import { dictGet } from "../objects/dict";
import { asModule } from "../objects/module";
import { listLen, listGet } from "../objects/list";
import { floatNew, floatValue } from "../objects/float";
import { isIntLike, intValue } from "../objects/int";
import { increfCall, decrefCall } from "../memory/refcount";
import { asTasklet, TF } from "./tasklet";
import { current } from "./scheduler";
import { N } from "../objects/names";
import { nativeModules } from "../vm/modules";
import { startPreludeTasklet } from "../vm/call";
import { curExc, takeExc } from "../objects/errors";

// The host's clock in seconds, installed by the entry point (index.ts, wasi.ts): timers and
// time.time() read it.
export let hostClock: () => f64 = (): f64 => 0;
export function setHostClock(f: () => f64): void { hostClock = f; }

// The prelude's timer heap, or 0 (no prelude, or no timer yet).
function timers(): Value {
  const m = dictGet(nativeModules, N.prelude_);
  const l = m ? dictGet(asModule(m).dict, N.timers_) : 0;
  return l && kindOfCall(l) == Kind.LIST ? l : 0;
}

export function timersPending(): bool {
  const l = timers();
  return l != 0 && listLen(l) > 0;
}

// When the first timer is due (host clock seconds), or -1 when none is pending.
export function nextWake(): f64 {
  const l = timers();
  if (!l || !listLen(l)) return -1;
  const head = listGet(l, 0);
  const t = kindOfCall(head) == Kind.LIST && listLen(head) > 0 ? listGet(head, 0) : 0;
  if (!t) return -1;
  return kindOfCall(t) == Kind.FLOAT ? floatValue(t) : isIntLike(t) ? <f64>intValue(t) : -1;
}

// The tasklet running wake_timers, while it is alive (held): one at a time, even when ticks of a
// few opcodes end before it does.
let waker: Value = 0;

// For vm_init on a used instance (runtime.ts, resetModules): the heap it pointed into is gone.
export function timersReset(): void { waker = 0; }

// At the start of vm_run: a tasklet running the prelude's wake_timers(now) goes first when a
// timer is due.
export function wakeDueTimers(): void {
  if (waker) {
    if (asTasklet(waker).flags & TF.ALIVE) return;
    decrefCall(waker);
    waker = 0;
  }
  // not in the middle of an atomic block a tick ended in: its change of the heap, or of a lock a
  // timer's target touches, would be half done (it starts once the block is over)
  if (current && (asTasklet(current).flags & TF.ATOMIC)) return;
  const due = nextWake();
  if (due < 0) return;
  const now = hostClock();
  if (due > now) return;
  const t = floatNew(now);
  if (!t) return; // (without memory the sleepers wake on a later tick)
  waker = startPreludeTasklet(N.wake_timers_, t);
  decrefCall(t);
  if (waker) { increfCall(waker); asTasklet(waker).flags |= TF.SYSTEM; } // (it runs even in a thread a lock holds)
  else if (curExc) decrefCall(takeExc());
}
