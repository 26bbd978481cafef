// Methods of int (and so of bool).
import { Value } from "../objects/object";
import { intType } from "../objects/type";
import { isIntLike, intFromI64 } from "../objects/int";
import { intBitLength } from "../vm/intarith";
import { raiseMemoryError, raiseLit } from "../objects/errors";
import { TypeError } from "../objects/exception";
import { arity } from "./args";
import { into, def, typeDict } from "./registry";

export namespace IntM {
  export const BIT_LENGTH: u32 = 1100; // group 11 (dispatch.ts)
}

export function intsInit(): void {
  into(typeDict(intType));
  def("bit_length", IntM.BIT_LENGTH);
}

export function callIntMethod(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (!self || !isIntLike(self)) { raiseLit(TypeError, "descriptor 'bit_length' of 'int' object needs an argument"); return 0; }
  switch (id) {
    case IntM.BIT_LENGTH: {
      if (!arity("bit_length", n, 0, 0)) return 0;
      const v = intFromI64(<i64>intBitLength(self));
      if (!v) raiseMemoryError();
      return v;
    }
  }
  return 0;
}
