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
import { taskletDestroy } from "../stackless/scheduler";
import { channelDestroy } from "../stackless/channels";
import { asGen, genFrame, genFree, GenState } from "./generator";
import { releaseGenFrame } from "../vm/call";
import { instDestroy, pairDestroy } from "./instance";
import { F_SP } from "../vm/frame";
import { dropSubclassDict } from "../vm/subclass";
import { weakrefDestroy } from "./weakref";

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
      const f = genFrame(v);
      if (asGen(v).state != GenState.FINISHED) releaseGenFrame(f, load<u32>(f, F_SP));
      genFree(v);
      break;
    }
    case Kind.WEAKREF: weakrefDestroy(v); break;
    default: break; // immortal kinds (types, code, modules, singletons) are never released
  }
}
