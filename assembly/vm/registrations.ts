// What the floors below dispatch to on vm/, registered at init (runtime.ts, initObjects): which
// objects need a finalizer (memory/refcount.ts cannot look up __del__), and how a generator's
// frame is released and walked (objects/generator.ts cannot read a frame).
import { Value, Kind, obj } from "../objects/object";
import { kindOf } from "../objects/type";
import { asInst } from "../objects/instance";
import { N } from "../objects/names";
import { registerFinalizers } from "../memory/refcount";
import { mroLookup } from "./classes";
import { needsClose } from "./generators";
import { stacklessFinalizable, markStacklessFinalized } from "./subclass";
import { genFrame, registerGenFrame } from "../objects/generator";
import { releaseGenFrame } from "./call";
import { F_FUNC, F_LOCALS, F_PC, frameSp } from "./frame";
import { asFunc } from "../objects/function";

// An instance whose class has a __del__ that has not run for it, or a generator suspended
// inside a try (its finalizer is close()).
function finalizable(v: Value): bool {
  const kind = kindOf(v);
  if (kind == Kind.GENERATOR) return needsClose(v);
  if (kind == Kind.TASKLET || kind == Kind.CHANNEL) return stacklessFinalizable(v);
  if (kind != Kind.INSTANCE || asInst(v).finalized) return false;
  const del = mroLookup(obj(v).type, N.del_);
  return del != 0 && kindOf(del) == Kind.FUNCTION;
}

// Its __del__ is queued: the next release is final. (A generator needs no mark: closing it
// finishes it.)
function markFinalized(v: Value): void {
  if (kindOf(v) == Kind.INSTANCE) asInst(v).finalized = 1;
  else markStacklessFinalized(v);
}

// A created or suspended generator's frame: its function and its values up to the stack top.
function genRelease(gen: Value): void {
  const f = genFrame(gen);
  releaseGenFrame(f, frameSp(f));
}

function genVisit(gen: Value, visit: (c: Value) => void): void {
  const f = genFrame(gen);
  visit(load<u32>(f, F_FUNC));
  const sp = frameSp(f);
  for (let p = f + F_LOCALS; p < sp; p += 4) visit(load<u32>(p));
}

// Its function's code object, or once finished, the one kept in F_PC (releaseGenFrame).
function genCodeOf(gen: Value): Value {
  const f = genFrame(gen);
  const func = load<u32>(f, F_FUNC);
  return func ? asFunc(func).code : load<u32>(f, F_PC);
}

export function vmRegistrationsInit(): void {
  const kinds = (<u64>1 << Kind.INSTANCE) | (<u64>1 << Kind.GENERATOR) | (<u64>1 << Kind.TASKLET) | (<u64>1 << Kind.CHANNEL);
  registerFinalizers(kinds, finalizable, markFinalized);
  registerGenFrame(genRelease, genVisit, genCodeOf);
}
