// Superinstructions, written by the loader over a verified code object's instructions: one
// dispatch for a pair of instructions that often run together (fib's `n < 2` and `n - 1`, a
// loop's `total + i`). Only the first slot changes (its opcode byte; its operand stays); the
// handler reads the second slot's operand and skips it, and does the pair's plain work only when
// it can finish both (small ints for COMPARE_JUMP): otherwise it runs as the first instruction
// alone. Never fused: what the interpreter looks back or ahead at (FOR_ITER, SEND, YIELD_VALUE,
// JUMP_IF_*_OR_POP, STORE_FAST), so the peeks still see their opcodes.
import { Op, Fused } from "./opcodes";

@inline function fusedOf(op: u32, next: u32): u32 {
  if (op == <u32>Op.LOAD_FAST) {
    if (next == <u32>Op.LOAD_CONST) return <u32>Fused.LOAD_FAST_LOAD_CONST;
    if (next == <u32>Op.LOAD_FAST || next == <u32>Fused.LOAD_FAST_LOAD_CONST || next == <u32>Fused.LOAD_FAST_LOAD_FAST) {
      return <u32>Fused.LOAD_FAST_LOAD_FAST; // (the second is a LOAD_FAST fused in turn)
    }
  }
  if (op == <u32>Op.COMPARE_OP && (next == <u32>Op.POP_JUMP_IF_FALSE || next == <u32>Op.POP_JUMP_IF_TRUE)) return <u32>Fused.COMPARE_JUMP;
  return 0;
}

// The n instructions at instr, verified. Backwards, so a slot's successor is already final.
export function fuse(instr: u32, n: u32): void {
  for (let k = <i32>n - 2; k >= 0; k--) {
    const at = instr + (<u32>k << 2);
    const w = load<u32>(at);
    const op = fusedOf(w & 0xFF, load<u32>(at, 4) & 0xFF);
    if (op) store<u32>(at, (w & ~0xFF) | op);
  }
}
