// Resuming generators: the generator's frame is linked on top of the current tasklet's frames
// (ENTER) with a hook saying what its return means to whoever resumed it.
import { Value } from "../objects/object";
import { None } from "../objects/singletons";
import { asGen, genFrame, GenState } from "../objects/generator";
import { incref } from "../memory/refcount";
import { raiseLit, raiseValue } from "./errors";
import { ValueError, TypeError, GeneratorExit, excNew } from "../objects/exception";
import { emptyTuple } from "../objects/tuple";
import { Hook, hookOf } from "./frame";
import { raiseMemoryError } from "./errors";
import { asCode, asFunc } from "../objects/function";
import { F_FUNC, F_PC } from "./frame";
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

// gen.close(): GeneratorExit thrown in at the yield. `finalizing`: the generator is being
// released (CPython's finalizer): its result is dropped and an error in it only reported
// (Hook.CLOSE with operand 1). Returns ENTER, GEN_DONE, or 0 with an exception pending.
export function closeGen(gen: Value, finalizing: bool): Value {
  const g = asGen(gen);
  if (g.state == GenState.FINISHED || g.state == GenState.CREATED) { g.state = GenState.FINISHED; return GEN_DONE; }
  incref(emptyTuple);
  const e = excNew(GeneratorExit, emptyTuple);
  if (!e) { raiseMemoryError(); return 0; }
  return resumeGen(gen, 0, e, hookOf(Hook.CLOSE, finalizing ? 1 : 0));
}

// A suspended generator whose yield sits inside a try (finally, with, except): releasing it
// must close it first, as CPython does, so that the cleanup runs.
export function needsClose(gen: Value): bool {
  if (asGen(gen).state != GenState.SUSPENDED) return false;
  const f = genFrame(gen);
  const code = asCode(asFunc(load<u32>(f, F_FUNC)).code);
  const at = (load<u32>(f, F_PC) - 4 - code.instr) >> 2;
  for (let k: u32 = 0; k < code.nexc; k++) {
    const e = code.exc + (k << 4);
    if (load<u32>(e) <= at && at < load<u32>(e, 4)) return true;
  }
  return false;
}
