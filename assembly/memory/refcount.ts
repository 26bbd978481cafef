// Reference counting. Release is deterministic but never recursive on the wasm stack: an object
// whose count reaches zero is queued (its count word becomes the queue link) and one loop
// destroys queued objects, whose children may queue more. Deep structures cannot trap.
import { Value, Obj, isObj, obj } from "../objects/object";
import { destroy } from "../objects/destroy";
import { intType, floatType } from "../objects/type";
import { heap } from "./heap";
import { regionFree } from "./region";

let dying: u32 = 0;
// IntObj and FloatObj: a header and 8 bytes.
const LEAF_SIZE: u32 = 16;
let draining: bool = false;

@inline export function incref(v: Value): void {
  if (isObj(v)) obj(v).rc++;
}

@inline export function decref(v: Value): void {
  if (isObj(v)) {
    const o = obj(v);
    if (--o.rc == 0) release(v);
  }
}

function release(v: Value): void {
  // leaf objects (boxed ints and floats) go straight back to the allocator: the hot case
  const t = obj(v).type;
  if (t == intType || t == floatType) { regionFree(heap, v, LEAF_SIZE); return; }
  obj(v).rc = dying;
  dying = v;
  if (draining) return;
  draining = true;
  while (dying) {
    const d = dying;
    dying = obj(d).rc;
    obj(d).rc = 0;
    destroy(d);
  }
  draining = false;
}
