// What each instruction does to the value stack and to control flow (docs/image.md's table),
// shared by the assembler (stack depth) and the image verifier.

import { Op } from "./opcodes";

/** Instructions whose argument is a jump target (an absolute instruction index). */
export function isJump(op: number): boolean {
  switch (op) {
    case Op.JUMP:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.FOR_ITER:
    case Op.SEND:
      return true;
    default:
      return false;
  }
}

/** Instructions after which control never falls through to the next one. */
export function isTerminator(op: number): boolean {
  return op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** Instructions whose argument indexes the string table. */
export function takesName(op: number): boolean {
  switch (op) {
    case Op.LOAD_GLOBAL:
    case Op.STORE_GLOBAL:
    case Op.DELETE_GLOBAL:
    case Op.LOAD_ATTR:
    case Op.STORE_ATTR:
    case Op.LOAD_METHOD:
    case Op.IMPORT_NAME:
    case Op.IMPORT_FROM:
    case Op.LOAD_NAME:
    case Op.STORE_NAME:
    case Op.DELETE_NAME:
    case Op.DELETE_ATTR:
      return true;
    default:
      return false;
  }
}

/** Instructions whose argument is a local slot. */
export function takesSlot(op: number): boolean {
  switch (op) {
    case Op.LOAD_FAST:
    case Op.STORE_FAST:
    case Op.DELETE_FAST:
    case Op.LOAD_DEREF:
    case Op.STORE_DEREF:
    case Op.LOAD_CLOSURE:
    case Op.MAKE_CELL:
    case Op.DELETE_DEREF:
      return true;
    default:
      return false;
  }
}

function popcount(n: number): number {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
}

/**
 * Net change of the stack depth. `jump` selects the effect when the branch is taken (only
 * differs for FOR_ITER and JUMP_IF_*_OR_POP). Throws on an unknown opcode.
 */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP:
    case Op.ROT_TWO:
    case Op.ROT_THREE:
    case Op.ROT_FOUR:
    case Op.DELETE_FAST:
    case Op.MAKE_CELL:
    case Op.COPY_FREE_VARS:
    case Op.DELETE_GLOBAL:
    case Op.LOAD_ATTR:
    case Op.UNARY_OP:
    case Op.GET_ITER:
    case Op.JUMP:
    case Op.CHECK_EXC_MATCH:
    case Op.DELETE_NAME:
    case Op.YIELD_VALUE:
    case Op.GET_YIELD_FROM_ITER:
    case Op.LIST_TO_TUPLE:
    case Op.DELETE_DEREF:
      return 0;
    case Op.POP_TOP:
    case Op.STORE_FAST:
    case Op.STORE_DEREF:
    case Op.STORE_GLOBAL:
    case Op.BINARY_OP:
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
    case Op.BINARY_SUBSCR:
    case Op.LIST_APPEND:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.RETURN_VALUE:
    case Op.POP_EXCEPT:
    case Op.STORE_NAME:
    case Op.SET_ADD:
    case Op.LIST_EXTEND:
    case Op.DICT_MERGE:
    case Op.DELETE_ATTR:
      return -1;
    case Op.DUP_TOP:
    case Op.LOAD_CONST:
    case Op.LOAD_FAST:
    case Op.LOAD_DEREF:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_GLOBAL:
    case Op.LOAD_METHOD:
    case Op.PUSH_EXC_INFO:
    case Op.LOAD_ASSERTION_ERROR:
    case Op.IMPORT_NAME:
    case Op.IMPORT_FROM:
    case Op.LOAD_BUILD_CLASS:
    case Op.LOAD_NAME:
    case Op.BEFORE_WITH:
    case Op.WITH_EXCEPT_START:
      return 1;
    case Op.DUP_TOP_TWO:
      return 2;
    case Op.STORE_ATTR:
    case Op.DELETE_SUBSCR:
    case Op.RERAISE:
    case Op.MAP_ADD:
      return -2;
    case Op.BUILD_CLASS: // arg 1: an explicit metaclass under the namespace
      return -2 - arg;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.BUILD_SLICE:
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_STRING:
    case Op.BUILD_SET:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.FORMAT_VALUE:
      return arg & 4 ? -1 : 0;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >>> 8);
    case Op.SEND:
      return jump ? -1 : 0;
    case Op.CALL_FUNCTION_EX:
      return -1 - (arg & 1);
    case Op.FOR_ITER:
      return jump ? -1 : 1;
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Op.CALL:
      return -arg;
    case Op.CALL_KW:
    case Op.CALL_METHOD:
      return -arg - 1;
    case Op.MAKE_FUNCTION:
      return -popcount(arg & (1 | 2 | 8));
    case Op.RAISE_VARARGS:
      return -arg;
    default:
      throw new Error(`unknown opcode ${op}`);
  }
}

/** How many values an instruction needs on the stack before it runs (for verification). */
export function stackInputs(op: number, arg: number): number {
  switch (op) {
    case Op.POP_TOP:
    case Op.DUP_TOP:
    case Op.STORE_FAST:
    case Op.STORE_DEREF:
    case Op.STORE_GLOBAL:
    case Op.LOAD_ATTR:
    case Op.LOAD_METHOD:
    case Op.UNARY_OP:
    case Op.GET_ITER:
    case Op.FOR_ITER:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.RETURN_VALUE:
    case Op.PUSH_EXC_INFO:
    case Op.POP_EXCEPT:
    case Op.IMPORT_FROM:
    case Op.UNPACK_SEQUENCE:
    case Op.MAKE_FUNCTION:
    case Op.STORE_NAME:
    case Op.YIELD_VALUE:
    case Op.GET_YIELD_FROM_ITER:
    case Op.BEFORE_WITH:
    case Op.LIST_TO_TUPLE:
    case Op.UNPACK_EX:
    case Op.DELETE_ATTR:
      return op === Op.MAKE_FUNCTION ? 1 + popcount(arg & (1 | 2 | 8)) : 1;
    case Op.DUP_TOP_TWO:
    case Op.ROT_TWO:
    case Op.STORE_ATTR:
    case Op.BINARY_OP:
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
    case Op.BINARY_SUBSCR:
    case Op.DELETE_SUBSCR:
    case Op.CHECK_EXC_MATCH:
    case Op.RERAISE:
    case Op.SEND:
      return 2;
    case Op.ROT_THREE:
    case Op.STORE_SUBSCR:
    case Op.WITH_EXCEPT_START:
      return 3;
    case Op.BUILD_CLASS:
      return 3 + arg;
    case Op.ROT_FOUR:
      return 4;
    case Op.BUILD_SLICE:
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_STRING:
    case Op.BUILD_SET:
      return arg;
    case Op.BUILD_MAP:
      return 2 * arg;
    case Op.FORMAT_VALUE:
      return arg & 4 ? 2 : 1;
    case Op.LIST_APPEND:
    case Op.SET_ADD:
    case Op.LIST_EXTEND:
    case Op.DICT_MERGE:
      return arg + 1;
    case Op.MAP_ADD:
      return arg + 2;
    case Op.CALL_FUNCTION_EX:
      return 2 + (arg & 1);
    case Op.CALL:
      return arg + 1;
    case Op.CALL_KW:
    case Op.CALL_METHOD:
      return arg + 2;
    case Op.RAISE_VARARGS:
      return arg;
    default:
      return 0;
  }
}
