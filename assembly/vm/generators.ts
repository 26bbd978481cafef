// Resuming generators: the generator's frame is linked on top of the current tasklet's frames
// (ENTER) with a hook saying what its return means to whoever resumed it.
import { Value, Kind, isSmall } from "../objects/object";
import { None } from "../objects/singletons";
import { asGen, genFrame, GenState } from "../objects/generator";
import { kindOf, typeOf, isSubtype } from "../objects/type";
import { incref } from "../memory/refcount";
import { raiseLit, raiseValue } from "../objects/errors";
import { ValueError, TypeError, GeneratorExit, excNew } from "../objects/exception";
import { emptyTuple } from "../objects/tuple";
import { raiseMemoryError } from "../objects/errors";
import { asCode, asFunc } from "../objects/function";
import { frameSp, setFrameSp, framePc, setFrameHook, frameCode, F_BACK, F_PC, Hook, hookOf, CloseHook } from "./frame";
import { setEnter, setEnterBase } from "./call";
import { Op } from "./opcodes";
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
    const sp = frameSp(f);
    store<u32>(sp, v);
    setFrameSp(f, sp + 4);
  }
  start(gen, hook);
  if (exc) { raiseValue(exc); return setEnter(f, true); }
  return setEnter(f, false);
}

function start(gen: Value, hook: u32): void {
  asGen(gen).state = GenState.RUNNING;
  incref(gen); // a running generator keeps itself alive until it yields or returns
  setFrameHook(genFrame(gen), hook);
  asTasklet(current).depth++;
}

// The suspended generator a suspended generator delegates to, or 0: it is paused in `yield from`
// (at the YIELD_VALUE after SEND, the subiterator on top of its stack).
function delegate(gen: Value): Value {
  if (asGen(gen).state != GenState.SUSPENDED) return 0;
  const f = genFrame(gen);
  const pc = framePc(f);
  if ((load<u32>(pc - 4) & 0xFF) != <u32>Op.YIELD_VALUE || (load<u32>(pc - 8) & 0xFF) != <u32>Op.SEND) return 0;
  const sub = load<u32>(frameSp(f) - 4);
  return !isSmall(sub) && kindOf(sub) == Kind.GENERATOR && asGen(sub).state == GenState.SUSPENDED ? sub : 0;
}

// gen.throw(exc) / gen.close() (exc a GeneratorExit), exc taken. As CPython, through `yield from`
// the exception is thrown into the innermost generator: the chain of delegating frames is linked
// at once, each generator under its subgenerator, and parked back at its YIELD_VALUE. So what
// the subgenerator yields, it yields; the subgenerator's return jumps from the SEND just before;
// its exception is raised at the SEND. Closing, a subgenerator that returns raises GeneratorExit
// in its delegator instead (CloseHook.INNER).
export function throwGen(gen: Value, exc: Value, hook: u32): Value {
  let sub = delegate(gen);
  if (!sub) return resumeGen(gen, 0, exc, hook);
  const inner = isSubtype(typeOf(exc), GeneratorExit) ? hookOf(Hook.CLOSE, CloseHook.INNER) : hookOf(Hook.SEND, 0);
  let g = gen, below: u32 = 0, base: u32 = 0;
  while (true) {
    const f = genFrame(g);
    if (sub) store<u32>(f, framePc(f) - 4, F_PC);
    start(g, below ? inner : hook);
    if (below) store<u32>(f, below, F_BACK); else base = f;
    below = f;
    if (!sub) break;
    g = sub;
    sub = delegate(g);
  }
  raiseValue(exc);
  const r = setEnter(below, true);
  setEnterBase(base);
  return r;

}

// gen.close(): GeneratorExit thrown in at the yield (also a released generator's finalizer,
// through the prelude's close_generator). Returns ENTER, GEN_DONE, or 0 with an exception pending.
export function closeGen(gen: Value): Value {
  const g = asGen(gen);
  if (g.state == GenState.FINISHED || g.state == GenState.CREATED) { g.state = GenState.FINISHED; return GEN_DONE; }
  incref(emptyTuple);
  const e = excNew(GeneratorExit, emptyTuple);
  if (!e) { raiseMemoryError(); return 0; }
  return throwGen(gen, e, hookOf(Hook.CLOSE, CloseHook.CALL));
}

// A suspended generator whose yield sits inside a try (finally, with, except): releasing it
// must close it first, as CPython does, so that the cleanup runs.
export function needsClose(gen: Value): bool {
  if (asGen(gen).state != GenState.SUSPENDED) return false;
  const f = genFrame(gen);
  const code = asCode(frameCode(f));
  const at = (framePc(f) - 4 - code.instr) >> 2;
  for (let k: u32 = 0; k < code.nexc; k++) {
    const e = code.exc + (k << 4);
    if (load<u32>(e) <= at && at < load<u32>(e, 4)) return true;
  }
  return false;
}
