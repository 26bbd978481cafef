// Which objects need a finalizer before they go, registered with memory/refcount.ts at init
// (the memory floor cannot look up __del__ or read a generator's frame itself).
import { Value, Kind, obj } from "../objects/object";
import { kindOf } from "../objects/type";
import { asInst } from "../objects/instance";
import { N } from "../objects/names";
import { registerFinalizers } from "../memory/refcount";
import { mroLookup } from "./classes";
import { needsClose } from "./generators";
import { stacklessFinalizable, markStacklessFinalized } from "./subclass";

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

export function finalizersInit(): void {
  const kinds = (<u64>1 << Kind.INSTANCE) | (<u64>1 << Kind.GENERATOR) | (<u64>1 << Kind.TASKLET) | (<u64>1 << Kind.CHANNEL);
  registerFinalizers(kinds, finalizable, markFinalized);
}
