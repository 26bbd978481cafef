// What happens when a reference count reaches zero: each kind releases what it holds and
// frees its memory. Called only from the release loop in memory/refcount.ts.
import { Value, Kind } from "./object";
import { kindOf } from "./type";
import { strFree } from "./str";
import { byteArrayDestroy } from "./bytes";
import { intFree } from "./int";
import { floatFree } from "./float";
import { tupleDestroy } from "./tuple";
import { listDestroy } from "./list";
import { dictDestroy } from "./dict";
import { funcDestroy, cellDestroy, builtinDestroy } from "./function";
import { rangeFree, sliceDestroy } from "./range";
import { iterDestroy, enumDestroy } from "./iter";
import { excDestroy, tbDestroy } from "./exception";
import { asGen, genFree, GenState, genFrameRelease } from "./generator";
import { instDestroy, pairDestroy } from "./instance";
import { dropSubclassDict } from "./subclassdict";
import { weakrefDestroy } from "./weakref";

// Tasklets and channels are laid out in stackless/, above this floor: stackless/scheduler.ts
// registers their destroy at init (a generator's frame: generator.ts's genFrameRelease).
function noDestroy(v: Value): void {}
let taskletDestroy: (v: Value) => void = noDestroy;
let channelDestroy: (v: Value) => void = noDestroy;

export function registerStacklessDestroy(tasklet: (v: Value) => void, channel: (v: Value) => void): void {
  taskletDestroy = tasklet; channelDestroy = channel;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function destroyReset(): void { taskletDestroy = noDestroy; channelDestroy = noDestroy; }

export function destroy(v: Value): void {
  switch (kindOf(v)) {
    case Kind.STR: case Kind.BYTES: strFree(v); break;
    case Kind.BYTEARRAY: byteArrayDestroy(v); break;
    case Kind.INT: intFree(v); break;
    case Kind.FLOAT: floatFree(v); break;
    case Kind.TUPLE: dropSubclassDict(v); tupleDestroy(v); break;
    case Kind.LIST: dropSubclassDict(v); listDestroy(v); break;
    case Kind.DICT: dropSubclassDict(v); dictDestroy(v); break;
    case Kind.FUNCTION: funcDestroy(v); break;
    case Kind.CELL: cellDestroy(v); break;
    case Kind.BUILTIN: builtinDestroy(v); break;
    case Kind.RANGE: rangeFree(v); break;
    case Kind.SLICE: sliceDestroy(v); break;
    case Kind.SEQ_ITER:
    case Kind.RANGE_ITER:
    case Kind.DICT_ITER:
    case Kind.DICT_VIEW:
    case Kind.ZIP: iterDestroy(v); break;
    case Kind.ENUMERATE: enumDestroy(v); break;
    case Kind.EXCEPTION: excDestroy(v); break;
    case Kind.TRACEBACK: tbDestroy(v); break;
    case Kind.TASKLET: dropSubclassDict(v); taskletDestroy(v); break;
    case Kind.CHANNEL: dropSubclassDict(v); channelDestroy(v); break;
    case Kind.INSTANCE: case Kind.OBJECT: instDestroy(v); break;
    case Kind.METHOD: case Kind.PROPERTY: case Kind.STATICMETHOD: case Kind.CLASSMETHOD: case Kind.SUPER: pairDestroy(v); break;
    case Kind.SET: case Kind.FROZENSET: dictDestroy(v); break;
    case Kind.GENERATOR: {
      // a suspended generator's frame still holds values; a finished one holds nothing
      if (asGen(v).state != GenState.FINISHED) genFrameRelease(v);
      genFree(v);
      break;
    }
    case Kind.WEAKREF: weakrefDestroy(v); break;
    default: break; // immortal kinds (types, code, modules, singletons) are never released
  }
}
