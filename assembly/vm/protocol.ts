// Truth and length of builtin objects.
import { Value, Kind, isSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { intValue } from "../objects/int";
import { floatValue } from "../objects/float";
import { asStr } from "../objects/str";
import { tupleLen } from "../objects/tuple";
import { listLen } from "../objects/list";
import { dictLen } from "../objects/dict";
import { asRange, rangeLen } from "../objects/range";
import { asIter } from "../objects/iter";
import { True } from "../objects/singletons";
import { raiseTypeMsg } from "../objects/errors";

// 1 true, 0 false, -1 error pending.
export function truthy(v: Value): i32 {
  if (isSmall(v)) return v != 1 ? 1 : 0;
  switch (kindOf(v)) {
    case Kind.NONE: return 0;
    case Kind.BOOL: return v == True ? 1 : 0;
    case Kind.INT: return intValue(v) != 0 ? 1 : 0;
    case Kind.FLOAT: return floatValue(v) != 0 ? 1 : 0;
    case Kind.STR: case Kind.BYTES: case Kind.BYTEARRAY: return asStr(v).len != 0 ? 1 : 0;
    case Kind.TUPLE: return tupleLen(v) != 0 ? 1 : 0;
    case Kind.LIST: return listLen(v) != 0 ? 1 : 0;
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET: return dictLen(v) != 0 ? 1 : 0;
    case Kind.DICT_VIEW: return dictLen(asIter(v).a) != 0 ? 1 : 0;
    case Kind.RANGE: { const r = asRange(v); return rangeLen(r.start, r.stop, r.step) != 0 ? 1 : 0; }
  }
  return 1;
}

// len(v), or -1 with TypeError pending.
export function length(v: Value): i64 {
  if (!isSmall(v)) {
    switch (kindOf(v)) {
      case Kind.STR: return asStr(v).nchars;
      case Kind.BYTES: case Kind.BYTEARRAY: return asStr(v).len;
      case Kind.TUPLE: return tupleLen(v);
      case Kind.LIST: return listLen(v);
      case Kind.DICT: case Kind.SET: case Kind.FROZENSET: return dictLen(v);
      case Kind.DICT_VIEW: return dictLen(asIter(v).a);
      case Kind.RANGE: { const r = asRange(v); return rangeLen(r.start, r.stop, r.step); }
    }
  }
  raiseTypeMsg("object of type ", v, " has no len()");
  return -1;
}
