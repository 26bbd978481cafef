// Superinstructions (assembly/vm/fuse.ts) are one dispatch for two instructions, but the op
// budget counts instructions: a fused pair counts two, whether it runs fused or, at the end of a
// slice, as its first instruction alone.
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { Status } from "../../host/runtime/index";
import { collectingRuntime } from "./programs";

// fib(n) runs 6 instructions in a call with n < 2 (LOAD_FAST LOAD_CONST COMPARE_OP
// POP_JUMP_IF_FALSE LOAD_FAST RETURN_VALUE: three fused pairs) and 16 in the others (`n - 1` and
// `n - 2` fused triples); fib(10) makes 89 of the first
// and 88 of the second, fib(0) one of the first: the programs differ by 88 × 16 + 88 × 6 opcodes.
const FIB = (n: number) => `def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(${n}))\n`;
const FIB_10_MORE = 88 * 16 + 88 * 6;

async function opcodes(source: string, ops: number): Promise<{ opcodes: number; out: string }> {
  const { rt, out } = await collectingRuntime();
  rt.loadSource(source, "fib.py");
  let status: number;
  let ran = 0;
  do {
    const r = rt.tick({ ops });
    ran += r.opsRan;
    status = r.status;
  } while (status === Status.Budget);
  assert.equal(status, Status.Done);
  assert.equal(ran, rt.stats().opcodes, "opsRan adds up to the opcode count");
  return { opcodes: rt.stats().opcodes, out: out() };
}

describe("fused instructions", () => {
  test("count as the instructions they stand for, at any tick size", async () => {
    for (const ops of [0, 1, 2, 3, 7]) {
      const ten = await opcodes(FIB(10), ops);
      const zero = await opcodes(FIB(0), ops);
      assert.equal(ten.out, "55\n");
      assert.equal(zero.out, "0\n");
      assert.equal(ten.opcodes - zero.opcodes, FIB_10_MORE, `ticks of ${ops} ops`);
    }
  });
});
