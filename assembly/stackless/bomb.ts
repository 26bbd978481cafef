// stackless.bomb: an exception travelling as a value. The class is the prelude's (its __init__
// normalizes the exception into `_exc`); a bomb that a switch hands to a tasklet as its result
// (a received value, schedule()'s retval, a tempval set by hand) explodes there: the call raises.
import { Value, Kind, isSmall } from "../objects/object";
import { kindOfCall, typeOf, isSubtype } from "../objects/type";
import { dictGet } from "../objects/dict";
import { asModule } from "../objects/module";
import { asInst } from "../objects/instance";
import { N } from "../objects/names";
import { increfCall, decrefCall } from "../memory/refcount";
import { SystemError } from "../objects/exception";
import { raiseValue, raiseLit } from "../objects/errors";
import { nativeModules } from "../vm/modules";

// The prelude's class (classes are immortal), found on first need.
let bombClass: Value = 0;

export function isBomb(v: Value): bool {
  if (!v || isSmall(v) || kindOfCall(v) != Kind.INSTANCE) return false;
  if (!bombClass) {
    const m = dictGet(nativeModules, N.prelude_);
    bombClass = m ? dictGet(asModule(m).dict, N.bomb_) : 0;
    if (!bombClass) return false;
  }
  return isSubtype(typeOf(v), bombClass);
}

// Raise the bomb's exception; takes the bomb.
export function explode(b: Value): void {
  const d = asInst(b).dict;
  const e = d ? dictGet(d, N.bomb_exc_) : 0;
  if (e && !isSmall(e) && kindOfCall(e) == Kind.EXCEPTION) { increfCall(e); raiseValue(e); }
  else raiseLit(SystemError, "a bomb without an exception exploded");
  decrefCall(b);
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function bombReset(): void { bombClass = 0; }
