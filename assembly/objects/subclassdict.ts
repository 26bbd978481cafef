// The instance attributes of objects of classes derived from list, dict, tuple, tasklet or
// channel (vm/subclass.ts): kept here, below vm/, because destroying such an object drops them.
import { Value, fromSmall } from "./object";
import { asType } from "./type";
import { dictNew, dictGet, dictSet, dictPop } from "./dict";
import { decref } from "../memory/refcount";

// Their instance attributes: such objects have no dict slot, so a table maps the object's
// address to its attribute dict, dropped when the object is destroyed (destroy.ts).
let attrDicts: Value = 0;

export function subclassDict(obj: Value, create: bool): Value {
  if (!attrDicts) {
    if (!create) return 0;
    attrDicts = dictNew();
    if (!attrDicts) return 0;
  }
  const key = fromSmall(<i32>(obj >> 2));
  let d = dictGet(attrDicts, key);
  if (d || !create) return d;
  d = dictNew();
  if (!d) return 0;
  if (!dictSet(attrDicts, key, d)) { decref(d); return 0; }
  decref(d); // the table holds it
  return d;
}

export function dropSubclassDict(obj: Value): void {
  if (!attrDicts || !asType(load<u32>(obj, 4)).mro) return;
  const d = dictPop(attrDicts, fromSmall(<i32>(obj >> 2)));
  if (d) decref(d);
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function subclassDictReset(): void { attrDicts = 0; }
