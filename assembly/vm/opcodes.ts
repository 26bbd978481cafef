// Opcode numbers: the bytecode contract with host/compiler/opcodes.ts (a test checks they agree).
// Stack effects are documented in docs/image.md.
export namespace Op {
  export const NOP: i32 = 0;
  export const POP_TOP: i32 = 1;
  export const DUP_TOP: i32 = 2;
  export const DUP_TOP_TWO: i32 = 3;
  export const ROT_TWO: i32 = 4;
  export const ROT_THREE: i32 = 5;
  export const ROT_FOUR: i32 = 6;
  export const LOAD_CONST: i32 = 7;
  export const LOAD_FAST: i32 = 8;
  export const STORE_FAST: i32 = 9;
  export const DELETE_FAST: i32 = 10;
  export const LOAD_DEREF: i32 = 11;
  export const STORE_DEREF: i32 = 12;
  export const LOAD_CLOSURE: i32 = 13;
  export const MAKE_CELL: i32 = 14;
  export const COPY_FREE_VARS: i32 = 15;
  export const LOAD_GLOBAL: i32 = 16;
  export const STORE_GLOBAL: i32 = 17;
  export const DELETE_GLOBAL: i32 = 18;
  export const LOAD_ATTR: i32 = 19;
  export const STORE_ATTR: i32 = 20;
  export const LOAD_METHOD: i32 = 21;
  export const BINARY_OP: i32 = 22;
  export const UNARY_OP: i32 = 23;
  export const COMPARE_OP: i32 = 24;
  export const IS_OP: i32 = 25;
  export const CONTAINS_OP: i32 = 26;
  export const BINARY_SUBSCR: i32 = 27;
  export const STORE_SUBSCR: i32 = 28;
  export const DELETE_SUBSCR: i32 = 29;
  export const BUILD_SLICE: i32 = 30;
  export const BUILD_TUPLE: i32 = 31;
  export const BUILD_LIST: i32 = 32;
  export const BUILD_MAP: i32 = 33;
  export const BUILD_STRING: i32 = 34;
  export const FORMAT_VALUE: i32 = 35;
  export const LIST_APPEND: i32 = 36;
  export const UNPACK_SEQUENCE: i32 = 37;
  export const GET_ITER: i32 = 38;
  export const FOR_ITER: i32 = 39;
  export const JUMP: i32 = 40;
  export const POP_JUMP_IF_FALSE: i32 = 41;
  export const POP_JUMP_IF_TRUE: i32 = 42;
  export const JUMP_IF_FALSE_OR_POP: i32 = 43;
  export const JUMP_IF_TRUE_OR_POP: i32 = 44;
  export const CALL: i32 = 45;
  export const CALL_KW: i32 = 46;
  export const CALL_METHOD: i32 = 47;
  export const MAKE_FUNCTION: i32 = 48;
  export const RETURN_VALUE: i32 = 49;
  export const RAISE_VARARGS: i32 = 50;
  export const PUSH_EXC_INFO: i32 = 51;
  export const POP_EXCEPT: i32 = 52;
  export const CHECK_EXC_MATCH: i32 = 53;
  export const RERAISE: i32 = 54;
  export const LOAD_ASSERTION_ERROR: i32 = 55;
  export const IMPORT_NAME: i32 = 56;
  export const IMPORT_FROM: i32 = 57;
  export const LOAD_BUILD_CLASS: i32 = 58;
  export const LOAD_NAME: i32 = 59;
  export const STORE_NAME: i32 = 60;
  export const DELETE_NAME: i32 = 61;
  export const BUILD_CLASS: i32 = 62;
  export const YIELD_VALUE: i32 = 63;
  export const GET_YIELD_FROM_ITER: i32 = 64;
  export const SEND: i32 = 65;
  export const BEFORE_WITH: i32 = 66;
  export const WITH_EXCEPT_START: i32 = 67;
  export const CALL_FUNCTION_EX: i32 = 68;
  export const BUILD_SET: i32 = 69;
  export const SET_ADD: i32 = 70;
  export const MAP_ADD: i32 = 71;
  export const LIST_EXTEND: i32 = 72;
  export const LIST_TO_TUPLE: i32 = 73;
  export const DICT_MERGE: i32 = 74;
  export const UNPACK_EX: i32 = 75;
  export const DELETE_ATTR: i32 = 76;
  export const DELETE_DEREF: i32 = 77;
}
export const OP_COUNT: i32 = 78;

// Superinstructions: never in an image (the loader refuses opcodes from OP_COUNT on); the loader
// writes them over the first of two verified instructions that often run together (vm/fuse.ts).
// The second instruction stays in its slot, so a jump to it and a traceback's index still hold.
export namespace Fused {
  export const LOAD_FAST_LOAD_CONST: i32 = 78; // LOAD_FAST a; LOAD_CONST b
  export const LOAD_FAST_LOAD_FAST: i32 = 79;  // LOAD_FAST a; LOAD_FAST b
  export const COMPARE_JUMP: i32 = 80;         // COMPARE_OP; POP_JUMP_IF_FALSE/TRUE
  export const LOAD_FAST_RETURN: i32 = 81;     // LOAD_FAST; RETURN_VALUE
  export const LOAD_FAST_CONST_ARITH: i32 = 82; // LOAD_FAST; LOAD_CONST (a small int); BINARY_OP + or -
  export const LOAD_FAST_COMPARE_JUMP: i32 = 83; // LOAD_FAST; LOAD_CONST (a small int); COMPARE_JUMP
  export const LOAD_GLOBAL_LOAD_METHOD: i32 = 84; // LOAD_GLOBAL; LOAD_METHOD (`ch.send(x)` on a global)
  export const LOAD_GLOBAL_CALL_METHOD0: i32 = 85; // LOAD_GLOBAL; LOAD_METHOD; CALL_METHOD 0 (`ch.receive()`)
}

// Where a used-up op budget (the host's tick, the watchdog's run(N)) may interrupt: a jump, a
// call, a return or a yield, like CPython's eval breaker, and a function definition (a module
// body of defs has no call): FOR_ITER..RETURN_VALUE, YIELD_VALUE and CALL_FUNCTION_EX, whose
// handlers in the interpreter check the budget first (sliceOut). Straight-line code between two
// of them runs to the next one, so `x += 1` after a resumed switch is never cut in half.
