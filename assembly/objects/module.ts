// Modules: a name and a globals dict.
import { Value, Obj, IMMORTAL } from "./object";
import { moduleType } from "./type";
import { alloc } from "../memory/heap";

@unmanaged export class ModuleObj extends Obj {
  name: Value;
  dict: Value;
}
@inline export function asModule(v: Value): ModuleObj { return changetype<ModuleObj>(<usize>v); }

// Modules live as long as the program (they are reachable from the module table).
export function moduleNew(name: Value, dict: Value): Value {
  const p = alloc(offsetof<ModuleObj>());
  if (!p) return 0;
  const m = asModule(p);
  m.rc = IMMORTAL;
  m.type = moduleType;
  m.name = name;
  m.dict = dict;
  return p;
}
