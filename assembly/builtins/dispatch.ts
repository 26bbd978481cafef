// Calling a native: the id's hundred names the file that implements it.
import { Value } from "../objects/object";
import { callCore } from "./core";
import { callStrMethod, callListMethod, callDictMethod } from "./methods";
import { callStackless } from "./stackless";
import { callSys } from "./sys";
import { PROPERTY } from "./registry";

// args: n borrowed values; kw: tuple naming the last len(kw) of them, or 0.
// Returns a new reference, 0 with an exception pending, or SWITCHED.
export function callNative(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  switch ((id & ~PROPERTY) / 100) {
    case 0: return callCore(id, self, args, n, kw);
    case 1: return callStrMethod(id, self, args, n, kw);
    case 2: return callListMethod(id, self, args, n, kw);
    case 3: return callDictMethod(id, self, args, n, kw);
    case 4: return callStackless(id, self, args, n, kw);
    case 5: return callSys(id, self, args, n, kw);
  }
  return 0;
}
