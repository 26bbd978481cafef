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

/** `end`: the status the program ends with (Idle: a tasklet is left waiting on a channel). */
async function opcodes(source: string, ops: number, end: number = Status.Done): Promise<{ opcodes: number; out: string }> {
  const { rt, out } = await collectingRuntime();
  rt.loadSource(source, "fib.py");
  let status: number;
  let ran = 0;
  do {
    const r = rt.tick({ ops });
    ran += r.opsRan;
    status = r.status;
  } while (status === Status.Budget);
  assert.equal(status, end);
  assert.equal(ran, rt.stats().opcodes, "opsRan adds up to the opcode count");
  return { opcodes: rt.stats().opcodes, out: out() };
}

// A channel ping-pong round runs 24 instructions (pinger: FOR_ITER … JUMP, 14; ponger's loop, 10),
// among them four LOAD_GLOBAL; LOAD_METHOD pairs, two of them fused with their CALL_METHOD 0
// (`ch.receive()`), and two switches resumed directly: N rounds more are 24 × N opcodes more.
const PINGPONG = (n: number) =>
  "import stackless\nping = stackless.channel()\npong = stackless.channel()\n\n" +
  "def ponger():\n    while True:\n        pong.send(ping.receive() + 1)\n\n" +
  "def pinger(n):\n    total = 0\n    for i in range(n):\n        ping.send(i)\n        total += pong.receive()\n    print(total)\n\n" +
  `stackless.tasklet(ponger)()\nstackless.tasklet(pinger)(${n})\nstackless.run()\n`;

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

  test("a channel receive fused with its method lookup counts as its three instructions", async () => {
    for (const ops of [0, 1, 2, 3, 5, 7]) {
      // (the ponger is left waiting for a value: the program ends Idle)
      const ten = await opcodes(PINGPONG(10), ops, Status.Idle);
      const one = await opcodes(PINGPONG(1), ops, Status.Idle);
      assert.equal(ten.out, "55\n");
      assert.equal(one.out, "1\n");
      assert.equal(ten.opcodes - one.opcodes, 9 * 24, `ticks of ${ops} ops`);
    }
  });
});

// `for i in range(...)` makes range's iterator in the CALL and skips the GET_ITER after it, and
// `for i, x in enumerate(xs)` skips the UNPACK_SEQUENCE after FOR_ITER (builtins/dispatch.ts
// fastNative, vm/iterate.ts enumNextPair): each still counts the instruction it skips, so a
// program counts what the general path (a range of big ints, a zip) counts.
const RANGE = (a: string) => `def g(a, n):\n    t = 0\n    for i in range(a, a + n):\n        t += 1\n    return t\n\nprint(g(${a}, 10))\n`;
const PAIRS = (it: string) => `def f(it):\n    t = 0\n    for i, x in it:\n        t += x\n    return t\n\nxs = [1] * N\nprint(f(${it}))\n`;

describe("fast builtin calls", () => {
  test("range() then GET_ITER counts both, as a range of big ints does", async () => {
    for (const ops of [0, 1, 3]) {
      const small = await opcodes(RANGE("0"), ops);
      const big = await opcodes(RANGE("1099511627776"), ops);
      assert.equal(small.out, "10\n");
      assert.equal(big.out, "10\n");
      assert.equal(small.opcodes, big.opcodes, `ticks of ${ops} ops`);
    }
  });
  test("FOR_ITER over enumerate with its UNPACK_SEQUENCE counts both, as over zip", async () => {
    for (const ops of [0, 1, 3]) {
      const perItem = async (it: string) =>
        (await opcodes(PAIRS(it).replace("N", "10"), ops)).opcodes - (await opcodes(PAIRS(it).replace("N", "0"), ops)).opcodes;
      const enumerated = await perItem("enumerate(xs)");
      assert.equal(enumerated, await perItem("zip(range(len(xs)), xs)"), `ticks of ${ops} ops`);
      assert.ok(enumerated >= 10 * 8, "the loop's instructions are counted");
    }
  });
});
