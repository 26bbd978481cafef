// Moving tasklets by hand: insert, remove, run, switch, and delivering exceptions (throw, kill).
import { Value } from "../objects/object";
import { None } from "../objects/singletons";
import { increfCall, decrefCall } from "../memory/refcount";
import { RuntimeError, TaskletExit } from "../objects/exception";
import { typeOf, isSubtype } from "../objects/type";
import { raiseLit, raiseValue } from "../objects/errors";
import { TF, asTasklet } from "./tasklet";
import { unblock } from "./channels";
import { current, enqueue, dequeue, switchTo, setCurrent, switchTrap } from "./scheduler";
import { visit, leave, isRemote } from "./threads";

// Make t runnable (appended to the run queue). False with RuntimeError pending.
export function insert(v: Value): bool {
  const t = asTasklet(v);
  if (t.flags & TF.BLOCKED) { raiseLit(RuntimeError, "You cannot run a blocked tasklet"); return false; }
  if (!(t.flags & TF.ALIVE)) { raiseLit(RuntimeError, "You cannot run an unbound(dead) tasklet"); return false; }
  const home = visit(v); // (another thread's tasklet goes into its own thread's queue)
  if (!(t.flags & TF.SCHEDULED)) { enqueue(v); }
  leave(home);
  return true;
}

// Take t out of the run queue (it stays alive, paused). taskletobject.c impl_tasklet_remove.
export function remove(v: Value): bool {
  const t = asTasklet(v);
  if (t.flags & TF.BLOCKED) { raiseLit(RuntimeError, "You cannot remove a blocked tasklet."); return false; }
  if (v == current) { raiseLit(RuntimeError, "The current tasklet cannot be removed."); return false; }
  const home = visit(v);
  if (t.flags & TF.SCHEDULED) { dequeue(v); decrefCall(v); }
  leave(home);
  return true;
}

// t.run(): make t runnable and switch to it now; the caller stays runnable in its place.
// t.switch(): the same, but the caller is paused (removed). Switching to oneself is no switch:
// it returns one's tempval, trap or not (taskletobject.c impl_tasklet_run_remove,
// scheduling.c slp_schedule_task: switch_trap only refuses a switch to another tasklet).
export function runNow(v: Value, pauseCaller: bool): Value {
  const prev = current;
  if (v == prev) return switchTo(prev, prev);
  if (isRemote(v)) {
    // another thread's tasklet: run() puts it first in its own thread's queue and this thread
    // goes on; switch() would have to pause this tasklet for a tasklet that runs elsewhere
    if (pauseCaller) { raiseLit(RuntimeError, "can't switch to a tasklet of a different thread"); return 0; }
    if (!insert(v)) return 0;
    const home = visit(v);
    setCurrent(v);
    leave(home);
    return None;
  }
  const wasScheduled = (asTasklet(v).flags & TF.SCHEDULED) != 0;
  if (!insert(v)) return 0;
  if (switchTrap) {
    if (!wasScheduled) { dequeue(v); decrefCall(v); } // undo the insertion
    raiseLit(RuntimeError, "switch_trap");
    return 0;
  }
  if (pauseCaller) {
    dequeue(prev);
    decrefCall(prev);
    setCurrent(v);
  }
  return switchTo(prev, v);
}

// Deliver exc (taken) into tasklet v: it raises where it stands when it next runs. The current
// tasklet raises at once. With pending false the target runs immediately.
export function throwInto(v: Value, exc: Value, pending: bool): Value {
  const t = asTasklet(v);
  if (v == current) { raiseValue(exc); return 0; }
  if (!(t.flags & TF.ALIVE)) {
    // a dead tasklet: TaskletExit (kill) has nothing left to do; anything else is an error
    const isExit = isSubtype(typeOf(exc), TaskletExit);
    decrefCall(exc);
    if (isExit) return None;
    raiseLit(RuntimeError, "You cannot throw to a dead tasklet");
    return 0;
  }
  if (!pending && switchTrap) { decrefCall(exc); raiseLit(RuntimeError, "switch_trap"); return 0; }
  // another thread's tasklet raises when its own thread next runs it; this one goes on
  const home = visit(v);
  if (t.flags & TF.BLOCKED) {
    unblock(v);
    enqueue(v);
    decrefCall(v); // the channel's reference; the run queue holds its own now
  }
  decrefCall(t.tempval);
  t.tempval = exc;
  t.flags = (t.flags & ~TF.RESUME_RAISE) | TF.RESUME_PUSH | TF.BOMB;
  if (!(t.flags & TF.SCHEDULED)) enqueue(v);
  leave(home);
  if (pending || home) return None;
  return switchTo(current, v);
}
