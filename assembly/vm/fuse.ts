// Superinstructions, written by the loader over a verified code object's instructions: one
// dispatch for a run of instructions that often go together (fib's `if n < 2:`, `n - 1` and
// `return n`; a loop's `total + i`; a method call on a global, `ch.send(x)`, `ch.receive()`). Only the first slot changes (its opcode byte; its operand
// stays); the handler reads the operands of the slots after it and skips them. It does the run's
// work at once only when it can finish all of it (small ints; a slice that lasts past a jump):
// otherwise it runs as a shorter fused run or as the first instruction alone, and the slots
// after it as themselves. Never fused: what the interpreter looks back or ahead at (FOR_ITER,
// SEND, YIELD_VALUE, JUMP_IF_*_OR_POP, STORE_FAST), so the peeks still see their opcodes.
import { Op, Fused } from "./opcodes";
import { isSmall } from "../objects/object";
import { imageConst } from "./image";

// The fused opcode for an instruction of opcode `op` followed by the words `next` and `then`
// (0: none).
@inline function fusedOf(op: u32, next: u32, then: u32): u32 {
  if (op == <u32>Op.LOAD_FAST) {
    if ((next & 0xFF) == <u32>Op.RETURN_VALUE) return <u32>Fused.LOAD_FAST_RETURN;
    if ((next & 0xFF) == <u32>Op.LOAD_CONST) {
      if (!isSmall(imageConst(next >>> 8))) return <u32>Fused.LOAD_FAST_LOAD_CONST;
      // with a small int constant (known now): n - 1, n + k, n -= k; n < k and its jump
      if ((then & 0xFF) == <u32>Op.BINARY_OP && ((then >>> 8) & ~16) <= 1) return <u32>Fused.LOAD_FAST_CONST_ARITH;
      if ((then & 0xFF) == <u32>Fused.COMPARE_JUMP) return <u32>Fused.LOAD_FAST_COMPARE_JUMP;
      return <u32>Fused.LOAD_FAST_LOAD_CONST;
    }
    if (isLoadFast(next & 0xFF)) {
      return <u32>Fused.LOAD_FAST_LOAD_FAST; // (the second is a LOAD_FAST fused in turn)
    }
  }
  next &= 0xFF;
  if (op == <u32>Op.LOAD_GLOBAL && next == <u32>Op.LOAD_METHOD) {
    return then == <u32>Op.CALL_METHOD ? <u32>Fused.LOAD_GLOBAL_CALL_METHOD0 : <u32>Fused.LOAD_GLOBAL_LOAD_METHOD;
  }
  if (op == <u32>Op.COMPARE_OP && (next == <u32>Op.POP_JUMP_IF_FALSE || next == <u32>Op.POP_JUMP_IF_TRUE)) return <u32>Fused.COMPARE_JUMP;
  return 0;
}

// A LOAD_FAST, or one fused already (the loop goes backwards, so a slot's successors are final).
@inline function isLoadFast(op: u32): bool {
  return op == <u32>Op.LOAD_FAST || op == <u32>Fused.LOAD_FAST_LOAD_CONST || op == <u32>Fused.LOAD_FAST_LOAD_FAST ||
    op == <u32>Fused.LOAD_FAST_RETURN || op == <u32>Fused.LOAD_FAST_CONST_ARITH || op == <u32>Fused.LOAD_FAST_COMPARE_JUMP;
}

// The n instructions at instr, verified (so an operand is in range and a LOAD_CONST's constant
// exists).
export function fuse(instr: u32, n: u32): void {
  for (let k = <i32>n - 2; k >= 0; k--) {
    const at = instr + (<u32>k << 2);
    const w = load<u32>(at);
    const op = fusedOf(w & 0xFF, load<u32>(at, 4), <u32>k + 2 < n ? load<u32>(at, 8) : 0);
    if (op) store<u32>(at, (w & ~0xFF) | op);
  }
}
