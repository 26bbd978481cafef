// Objects of user classes used as integers (CPython's __index__): sequence indexes and slice
// bounds, repeat counts (`[0] * n`), and the integer arguments of natives (range(), hex(),
// list.pop()...). No native calls __index__: the prelude's index_of(x) runs in a frame, checks
// that the result is an int, and its result replaces the operand (Hook.RETRY), so the operation
// runs again on an int.
import { Value, Kind, isSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { N } from "../objects/names";
import { userDunder, isUserObject } from "./classes";
import { asSlice } from "../objects/range";
import { preludeCall } from "../builtins/dispatch";
import { Core } from "../builtins/registry";
import { ListM, StrM } from "../builtins/methods";
import { BytesM } from "../builtins/bytes";
import { M } from "../builtins/math";

// (A builtin object, a slice's None bound above all, is answered inline: no call.)
@inline function hasIndex(v: Value): bool { return isUserObject(v) && userDunder(v, N.index_) != 0; }

// An object with __index__, or a slice with one among its bounds.
export function indexNeedsPython(v: Value): bool {
  if (isSmall(v) || !v) return false;
  if (kindOf(v) == Kind.SLICE) {
    const s = asSlice(v);
    return hasIndex(s.start) || hasIndex(s.stop) || hasIndex(s.step);
  }
  return hasIndex(v);
}

// Is `obj[key]` a sequence indexed by an object whose __index__ must run first?
export function subscriptNeedsIndex(obj: Value, key: Value): bool {
  if (isSmall(key) || isSmall(obj)) return false;
  const k = kindOf(obj);
  if (k != Kind.LIST && k != Kind.TUPLE && k != Kind.STR && k != Kind.BYTES && k != Kind.BYTEARRAY && k != Kind.RANGE) return false;
  return indexNeedsPython(key);
}

// `seq * n` or `n * seq` with n an object having __index__: the depth of n on the stack (1 for the
// right operand, 2 for the left), or 0.
export function repeatCountDepth(a: Value, b: Value): u32 {
  if (isSequence(a) && hasIndex(b)) return 1;
  if (isSequence(b) && hasIndex(a)) return 2;
  return 0;
}

function isSequence(v: Value): bool {
  if (isSmall(v) || !v) return false;
  const k = kindOf(v);
  return k == Kind.LIST || k == Kind.TUPLE || k == Kind.STR || k == Kind.BYTES || k == Kind.BYTEARRAY;
}

// index_of(v), its result replacing the operand the hook names.
export function indexFirst(v: Value, hook: u32): Value { return preludeCall(N.index_of_, v, hook); }

// The positional arguments of a native that are integers (bit i for argument i).
export function indexArgs(id: u32): u32 {
  switch (id) {
    case Core.RANGE: case M.GCD: case M.COMB: return 0xFFFFFFFF;
    case Core.HEX: case Core.BIN: case Core.OCT: case Core.CHR: case M.FACTORIAL: case M.ISQRT:
    case ListM.POP: case ListM.INSERT: case BytesM.POP: case BytesM.INSERT: case BytesM.TO_BYTES:
    case BytesM.BYTES_NEW: case BytesM.BYTEARRAY_NEW:
      return 1;
    case Core.ROUND: case Core.ENUMERATE: return 2;
    // start and end after the searched item
    case StrM.FIND: case StrM.RFIND: case StrM.INDEX: case StrM.RINDEX: case StrM.COUNT:
    case StrM.STARTSWITH: case StrM.ENDSWITH: case ListM.INDEX:
      return 6;
  }
  return 0;
}

// int(x) of an object of a user class with __int__, __index__ or __trunc__: the prelude's
// int_of(x) runs the first of them CPython would.
export function intNeedsPython(id: u32, npos: u32, x: Value): bool {
  if (id != Core.INT || npos != 1 || !isUserObject(x)) return false;
  return userDunder(x, N.int_) != 0 || userDunder(x, N.index_) != 0 || userDunder(x, N.trunc_) != 0;
}
