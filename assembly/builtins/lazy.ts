// map and filter objects: the prelude's generators map_items and filter_items, retyped. Their
// kind stays GENERATOR, so a step costs what a generator's step costs (resumed in a frame, never
// from native code); only type(), repr(), isinstance() and attribute lookup see map or filter.
import { Value } from "../objects/object";
import { mapType, filterType } from "../objects/type";
import { tupleNew, tupleSet, tupleItems } from "../objects/tuple";
import { asGen } from "../objects/generator";
import { N } from "../objects/names";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseLit, raiseBuf, raiseMemoryError } from "../objects/errors";
import { TypeError } from "../objects/exception";
import { bufLit, bufLen } from "../objects/buf";
import { writeI64 } from "../objects/repr";
import { callPython } from "../vm/call";
import { preludeFunction } from "../vm/modules";
import { getIter } from "../vm/iterate";
import { needsPythonIteration } from "./dispatch";

// map(function, *iterables) / filter(function, iterable): args are npos borrowed values.
export function lazyNew(isMap: bool, args: u32, npos: u32): Value {
  if (isMap && npos < 2) { raiseLit(TypeError, "map() must have at least two arguments."); return 0; }
  if (!isMap && npos != 2) {
    const mark = bufLen;
    bufLit("filter expected 2 arguments, got ");
    writeI64(npos);
    raiseBuf(TypeError, mark);
    return 0;
  }
  const fn = preludeFunction(isMap ? N.map_items_ : N.filter_items_);
  if (!fn) return 0;
  const t = tupleNew(npos);
  if (!t) { raiseMemoryError(); return 0; }
  const f = load<u32>(args);
  increfCall(f);
  tupleSet(t, 0, f);
  for (let i: u32 = 1; i < npos; i++) {
    // iter() now, as CPython: a non-iterable fails at the call (a user iterable: in the prelude)
    const x = load<u32>(args + (i << 2));
    const it = needsPythonIteration(x) ? x : getIter(x);
    if (!it) { decrefCall(t); return 0; }
    if (it == x) increfCall(x);
    tupleSet(t, i, it);
  }
  const g = callPython(fn, 0, tupleItems(t), npos);
  decrefCall(t);
  if (g) asGen(g).type = isMap ? mapType : filterType;
  return g;
}
