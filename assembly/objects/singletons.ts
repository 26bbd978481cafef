// None, True, False and Ellipsis: immortal objects created at init.
import { Value, Obj, IMMORTAL } from "./object";
import { noneType, boolType, ellipsisType, notImplementedType } from "./type";
import { alloc } from "../memory/heap";

export let None: Value = 0;
export let True: Value = 0;
export let False: Value = 0;
export let Ellipsis: Value = 0;
export let NotImplemented: Value = 0;

function immortal(type: Value): Value {
  const p = alloc(offsetof<Obj>());
  const o = changetype<Obj>(<usize>p);
  o.rc = IMMORTAL;
  o.type = type;
  return p;
}

export function singletonsInit(): void {
  None = immortal(noneType);
  True = immortal(boolType);
  False = immortal(boolType);
  Ellipsis = immortal(ellipsisType);
  NotImplemented = immortal(notImplementedType);
}

@inline export function pyBool(b: bool): Value { return b ? True : False; }
