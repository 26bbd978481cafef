// Opcode names for the disassembler (opcodes.ts is a const enum, so it has no runtime names).
// Keyed by the enum itself, so a renumbering there cannot silently desynchronise this table.

import { Op, OP_COUNT } from "./opcodes";

const NAMES: Record<number, string> = {
  [Op.NOP]: "NOP",
  [Op.POP_TOP]: "POP_TOP",
  [Op.DUP_TOP]: "DUP_TOP",
  [Op.DUP_TOP_TWO]: "DUP_TOP_TWO",
  [Op.ROT_TWO]: "ROT_TWO",
  [Op.ROT_THREE]: "ROT_THREE",
  [Op.ROT_FOUR]: "ROT_FOUR",
  [Op.LOAD_CONST]: "LOAD_CONST",
  [Op.LOAD_FAST]: "LOAD_FAST",
  [Op.STORE_FAST]: "STORE_FAST",
  [Op.DELETE_FAST]: "DELETE_FAST",
  [Op.LOAD_DEREF]: "LOAD_DEREF",
  [Op.STORE_DEREF]: "STORE_DEREF",
  [Op.LOAD_CLOSURE]: "LOAD_CLOSURE",
  [Op.MAKE_CELL]: "MAKE_CELL",
  [Op.COPY_FREE_VARS]: "COPY_FREE_VARS",
  [Op.LOAD_GLOBAL]: "LOAD_GLOBAL",
  [Op.STORE_GLOBAL]: "STORE_GLOBAL",
  [Op.DELETE_GLOBAL]: "DELETE_GLOBAL",
  [Op.LOAD_ATTR]: "LOAD_ATTR",
  [Op.STORE_ATTR]: "STORE_ATTR",
  [Op.LOAD_METHOD]: "LOAD_METHOD",
  [Op.BINARY_OP]: "BINARY_OP",
  [Op.UNARY_OP]: "UNARY_OP",
  [Op.COMPARE_OP]: "COMPARE_OP",
  [Op.IS_OP]: "IS_OP",
  [Op.CONTAINS_OP]: "CONTAINS_OP",
  [Op.BINARY_SUBSCR]: "BINARY_SUBSCR",
  [Op.STORE_SUBSCR]: "STORE_SUBSCR",
  [Op.DELETE_SUBSCR]: "DELETE_SUBSCR",
  [Op.BUILD_SLICE]: "BUILD_SLICE",
  [Op.BUILD_TUPLE]: "BUILD_TUPLE",
  [Op.BUILD_LIST]: "BUILD_LIST",
  [Op.BUILD_MAP]: "BUILD_MAP",
  [Op.BUILD_STRING]: "BUILD_STRING",
  [Op.FORMAT_VALUE]: "FORMAT_VALUE",
  [Op.LIST_APPEND]: "LIST_APPEND",
  [Op.UNPACK_SEQUENCE]: "UNPACK_SEQUENCE",
  [Op.GET_ITER]: "GET_ITER",
  [Op.FOR_ITER]: "FOR_ITER",
  [Op.JUMP]: "JUMP",
  [Op.POP_JUMP_IF_FALSE]: "POP_JUMP_IF_FALSE",
  [Op.POP_JUMP_IF_TRUE]: "POP_JUMP_IF_TRUE",
  [Op.JUMP_IF_FALSE_OR_POP]: "JUMP_IF_FALSE_OR_POP",
  [Op.JUMP_IF_TRUE_OR_POP]: "JUMP_IF_TRUE_OR_POP",
  [Op.CALL]: "CALL",
  [Op.CALL_KW]: "CALL_KW",
  [Op.CALL_METHOD]: "CALL_METHOD",
  [Op.MAKE_FUNCTION]: "MAKE_FUNCTION",
  [Op.RETURN_VALUE]: "RETURN_VALUE",
  [Op.RAISE_VARARGS]: "RAISE_VARARGS",
  [Op.PUSH_EXC_INFO]: "PUSH_EXC_INFO",
  [Op.POP_EXCEPT]: "POP_EXCEPT",
  [Op.CHECK_EXC_MATCH]: "CHECK_EXC_MATCH",
  [Op.RERAISE]: "RERAISE",
  [Op.LOAD_ASSERTION_ERROR]: "LOAD_ASSERTION_ERROR",
  [Op.IMPORT_NAME]: "IMPORT_NAME",
  [Op.IMPORT_FROM]: "IMPORT_FROM",
  [Op.LOAD_BUILD_CLASS]: "LOAD_BUILD_CLASS",
};

/** Name of an opcode number, or `OP_<n>` for an unknown one. */
export function opName(op: number): string {
  return NAMES[op] ?? `OP_${op}`;
}

/** Every opcode name, indexed by number (length OP_COUNT). */
export function allOpNames(): string[] {
  return Array.from({ length: OP_COUNT }, (_, i) => opName(i));
}
