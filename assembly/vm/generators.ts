// Resuming generators: the generator's frame is linked on top of the current tasklet's frames
// (ENTER) with a hook saying what its return means to whoever resumed it.
import { Value } from "../objects/object";
import { None } from "../objects/singletons";
import { asGen, genFrame, GenState } from "../objects/generator";
import { incref } from "../memory/refcount";
import { raiseLit, raiseValue } from "./errors";
import { ValueError, TypeError } from "../objects/exception";
import { F_SP, F_HOOK } from "./frame";
import { setEnter } from "./call";
import { current } from "../stackless/scheduler";
import { asTasklet } from "../stackless/tasklet";

// Returned by resumeGen for a generator that has already finished.
export const GEN_DONE: Value = 20;

// sent: the value the paused yield evaluates to (borrowed; 0 means None). exc (taken, or 0):
// raise it at the yield instead. Returns ENTER, GEN_DONE, or 0 with an exception pending.
export function resumeGen(gen: Value, sent: Value, exc: Value, hook: u32): Value {
  const g = asGen(gen);
  if (g.state == GenState.RUNNING) { raiseLit(ValueError, "generator already executing"); return 0; }
  if (g.state == GenState.FINISHED) { if (exc) raiseValue(exc); return exc ? 0 : GEN_DONE; }
  if (g.state == GenState.CREATED && sent && sent != None && !exc) {
    raiseLit(TypeError, "can't send non-None value to a just-started generator");
    return 0;
  }
  const f = genFrame(gen);
  if (g.state == GenState.SUSPENDED && !exc) {
    const v = sent ? sent : None;
    incref(v);
    const sp = load<u32>(f, F_SP);
    store<u32>(sp, v);
    store<u32>(f, sp + 4, F_SP);
  }
  g.state = GenState.RUNNING;
  incref(gen); // a running generator keeps itself alive until it yields or returns
  store<u32>(f, hook, F_HOOK);
  asTasklet(current).depth++;
  if (exc) { raiseValue(exc); return setEnter(f, true); }
  return setEnter(f, false);
}
