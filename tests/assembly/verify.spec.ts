// Specs for assembly/vm/verify.ts: the loader's stack-depth verifier. Each case writes a small
// instruction sequence (and exception table) into static buffers and runs verifyStack on it.
// verifyStack takes its depth table from the VM heap, so the heap is initialised here over a
// static block of this module (memory.data, below __heap_base): the spec framework's own
// allocator (the stub runtime's bump pointer, above __heap_base) never meets it.
import { verifyStack, verifyError, verifyAt, verifyMessage, VerifyError } from "../../assembly/vm/verify";
import { heap } from "../../assembly/memory/heap";
import { regionInit } from "../../assembly/memory/region";
import { Op } from "../../assembly/vm/opcodes";
import { litString } from "../../assembly/testing";

const MEM_BYTES: u32 = 64 * 1024;
const MEM: u32 = <u32>memory.data(MEM_BYTES, 16);
const CODE: u32 = <u32>memory.data(4096, 4);
const EXC: u32 = <u32>memory.data(1024, 4);

let n: u32 = 0;
let ne: u32 = 0;

function heapFresh(bytes: u32): void {
  regionInit(heap, MEM, MEM + bytes, false);
}

function begin(): void {
  heapFresh(MEM_BYTES);
  n = 0;
  ne = 0;
}

function emit(op: i32, arg: u32 = 0): void {
  store<u32>(CODE + (n << 2), (arg << 8) | <u32>op);
  n++;
}

function entry(start: u32, end: u32, target: u32, depth: u32): void {
  const e = EXC + (ne << 4);
  store<u32>(e, start);
  store<u32>(e, end, 4);
  store<u32>(e, target, 8);
  store<u32>(e, depth, 12);
  ne++;
}

function verify(stacksize: u32): bool {
  const ok = verifyStack(CODE, n, EXC, ne, 4, stacksize);
  // the depth table always goes back to the heap
  expect<u32>(heap.used).toBe(0, "depth table freed");
  expect<u32>(heap.blocks).toBe(0, "depth table freed");
  return ok;
}

function accepts(stacksize: u32): void {
  expect<bool>(verify(stacksize)).toBe(true, litString(verifyMessage()));
  expect<i32>(verifyError).toBe(VerifyError.NONE);
}

function rejects(stacksize: u32, why: i32, at: u32): void {
  expect<bool>(verify(stacksize)).toBe(false);
  expect<i32>(verifyError).toBe(why, litString(verifyMessage()));
  expect<u32>(verifyAt).toBe(at);
}

// The try/except shape of docs/image.md:
//    0 LOAD_GLOBAL f; 1 CALL 0; 2 POP_TOP      ; 0..3 → H, depth 0
//    3 JUMP end
// H: 4 PUSH_EXC_INFO                          ; 4..11 → C, depth 1
//    5 LOAD_GLOBAL E; 6 CHECK_EXC_MATCH; 7 POP_JUMP_IF_FALSE next
//    8 POP_TOP; 9 LOAD_CONST; 10 POP_TOP      (the handler body)
//    11 POP_EXCEPT; 12 JUMP end
// next: 13 RERAISE
// C: 14 RERAISE
// end: 15 LOAD_CONST; 16 RETURN_VALUE
// Deepest point: 3 (prev_handled exc E at 6).
// coverReraise: an extra entry puts the RERAISE at 13 (which pops prev_handled and exc, leaving
// depth 0) under C's depth 1; the compiler keeps such RERAISEs outside C's range.
function tryExcept(hDepth: u32, coverReraise: bool): void {
  begin();
  emit(Op.LOAD_GLOBAL, 0);
  emit(Op.CALL, 0);
  emit(Op.POP_TOP);
  emit(Op.JUMP, 15);
  emit(Op.PUSH_EXC_INFO);
  emit(Op.LOAD_GLOBAL, 1);
  emit(Op.CHECK_EXC_MATCH);
  emit(Op.POP_JUMP_IF_FALSE, 13);
  emit(Op.POP_TOP);
  emit(Op.LOAD_CONST, 0);
  emit(Op.POP_TOP);
  emit(Op.POP_EXCEPT);
  emit(Op.JUMP, 15);
  emit(Op.RERAISE);
  emit(Op.RERAISE);
  emit(Op.LOAD_CONST, 0);
  emit(Op.RETURN_VALUE);
  entry(0, 3, 4, hDepth);
  entry(4, 11, 14, hDepth + 1);
  if (coverReraise) entry(13, 14, 14, hDepth + 1);
}

describe("straight-line code", () => {
  it("accepts a balanced sequence within stacksize", () => {
    begin();
    emit(Op.LOAD_CONST, 0);
    emit(Op.LOAD_CONST, 1);
    emit(Op.BINARY_OP, 0);
    emit(Op.DUP_TOP);
    emit(Op.STORE_FAST, 0);
    emit(Op.RETURN_VALUE);
    accepts(2);
  });
  it("accepts calls, methods, functions, unpacking at their exact depths", () => {
    begin();
    emit(Op.LOAD_GLOBAL, 0);     // 1
    emit(Op.LOAD_METHOD, 1);     // 2: callable self
    emit(Op.LOAD_CONST, 0);      // 3
    emit(Op.LOAD_CONST, 1);      // 4: kwnames position is irrelevant here
    emit(Op.CALL_METHOD, 2);     // 1
    emit(Op.LOAD_CONST, 2);      // 2 defaults
    emit(Op.LOAD_CLOSURE, 0);
    emit(Op.BUILD_TUPLE, 1);     // 3 closure
    emit(Op.LOAD_CONST, 3);      // 4 code
    emit(Op.MAKE_FUNCTION, 9);   // pops 3, pushes 1 → 2
    emit(Op.LOAD_CONST, 0);      // 3
    emit(Op.LOAD_CONST, 4);      // 4 kwnames
    emit(Op.CALL_KW, 1);         // pops 3 → 2
    emit(Op.UNPACK_SEQUENCE, 3); // 4
    emit(Op.BUILD_SLICE, 3);     // 2
    emit(Op.BUILD_MAP, 1);       // 1
    emit(Op.RETURN_VALUE);
    accepts(4);
  });
  it("rejects POP_TOP on an empty stack", () => {
    begin();
    emit(Op.POP_TOP);
    emit(Op.LOAD_CONST, 0);
    emit(Op.RETURN_VALUE);
    rejects(4, VerifyError.UNDERFLOW, 0);
  });
  it("rejects an instruction that needs more than is on the stack", () => {
    begin();
    emit(Op.LOAD_GLOBAL, 0);
    emit(Op.LOAD_CONST, 0);
    emit(Op.CALL, 2);            // needs 3
    emit(Op.RETURN_VALUE);
    rejects(4, VerifyError.UNDERFLOW, 2);
    begin();
    emit(Op.LOAD_CONST, 0);
    emit(Op.LOAD_CONST, 0);
    emit(Op.MAKE_FUNCTION, 3);   // needs 3 (defaults, kwdefaults, code)
    emit(Op.RETURN_VALUE);
    rejects(4, VerifyError.UNDERFLOW, 2);
  });
  it("rejects pushing beyond stacksize", () => {
    begin();
    emit(Op.LOAD_CONST, 0);
    emit(Op.LOAD_CONST, 1);
    emit(Op.BINARY_OP, 0);
    emit(Op.RETURN_VALUE);
    rejects(1, VerifyError.OVERFLOW, 1);
    begin();
    emit(Op.LOAD_CONST, 0);
    emit(Op.UNPACK_SEQUENCE, 3);
    emit(Op.BUILD_TUPLE, 3);
    emit(Op.RETURN_VALUE);
    rejects(2, VerifyError.OVERFLOW, 1);
  });
  it("rejects control falling off the end", () => {
    begin();
    emit(Op.LOAD_CONST, 0);
    emit(Op.POP_TOP);
    rejects(1, VerifyError.FALLS_OFF, 1);
  });
  it("rejects LIST_APPEND 0 and a LIST_APPEND without its list", () => {
    begin();
    emit(Op.BUILD_LIST, 0);
    emit(Op.LOAD_CONST, 0);
    emit(Op.LIST_APPEND, 0);
    emit(Op.RETURN_VALUE);
    rejects(2, VerifyError.BAD_OPERAND, 2);
    begin();
    emit(Op.BUILD_LIST, 0);
    emit(Op.LOAD_CONST, 0);
    emit(Op.LIST_APPEND, 2);     // the list would be 2 below: needs 3
    emit(Op.RETURN_VALUE);
    rejects(2, VerifyError.UNDERFLOW, 2);
    begin();
    emit(Op.BUILD_LIST, 0);
    emit(Op.LOAD_CONST, 0);
    emit(Op.LIST_APPEND, 1);
    emit(Op.RETURN_VALUE);
    accepts(2);
  });
  it("ignores unreachable code", () => {
    begin();
    emit(Op.LOAD_CONST, 0);
    emit(Op.RETURN_VALUE);
    emit(Op.POP_TOP);            // never runs
    emit(Op.RETURN_VALUE);
    accepts(1);
  });
  it("rejects an unknown opcode it reaches", () => {
    begin();
    emit(200);
    emit(Op.RETURN_VALUE);
    rejects(1, VerifyError.UNKNOWN_OPCODE, 0);
  });
});

describe("branches and joins", () => {
  it("accepts if/else arms that agree", () => {
    begin();
    emit(Op.LOAD_FAST, 0);
    emit(Op.POP_JUMP_IF_FALSE, 4);
    emit(Op.LOAD_CONST, 0);
    emit(Op.JUMP, 5);
    emit(Op.LOAD_CONST, 1);
    emit(Op.RETURN_VALUE);       // join: depth 1 both ways
    accepts(1);
  });
  it("rejects a join reached with different depths", () => {
    begin();
    emit(Op.LOAD_FAST, 0);
    emit(Op.POP_JUMP_IF_FALSE, 3);
    emit(Op.LOAD_CONST, 0);      // only on the fall-through
    emit(Op.LOAD_CONST, 1);      // join: 0 via the jump, 1 via 2
    emit(Op.RETURN_VALUE);
    rejects(2, VerifyError.MISMATCH, 3);
  });
  it("JUMP_IF_*_OR_POP keep the value when jumping and pop it when falling through", () => {
    begin();
    emit(Op.LOAD_FAST, 0);
    emit(Op.JUMP_IF_FALSE_OR_POP, 3);
    emit(Op.LOAD_FAST, 1);
    emit(Op.RETURN_VALUE);       // `a and b`: depth 1 both ways
    accepts(1);
    begin();
    emit(Op.LOAD_FAST, 0);
    emit(Op.JUMP_IF_TRUE_OR_POP, 2);
    emit(Op.RETURN_VALUE);       // the jump reaches it with 1, the fall-through with 0
    rejects(1, VerifyError.MISMATCH, 2);
  });
});

// 0 LOAD_GLOBAL; 1 GET_ITER; 2 FOR_ITER 5; 3 STORE_FAST; 4 JUMP 2; 5 LOAD_CONST; 6 RETURN_VALUE
function loop(bodyLeaks: bool): void {
  begin();
  emit(Op.LOAD_GLOBAL, 0);
  emit(Op.GET_ITER);
  emit(Op.FOR_ITER, 5);
  emit(bodyLeaks ? Op.NOP : Op.STORE_FAST, 0);
  emit(Op.JUMP, 2);
  emit(Op.LOAD_CONST, 0);
  emit(Op.RETURN_VALUE);
}

describe("FOR_ITER", () => {
  it("accepts a loop: +1 into the body, -1 at the exit", () => {
    loop(false);
    accepts(2);
  });
  it("counts the pushed item against stacksize", () => {
    loop(false);
    rejects(1, VerifyError.OVERFLOW, 2);
  });
  it("rejects a body that leaves a value behind", () => {
    loop(true);
    rejects(3, VerifyError.MISMATCH, 2);
  });
  it("rejects an exit that expects the iterator still there", () => {
    begin();
    emit(Op.LOAD_GLOBAL, 0);
    emit(Op.GET_ITER);
    emit(Op.FOR_ITER, 5);
    emit(Op.STORE_FAST, 0);
    emit(Op.JUMP, 2);
    emit(Op.POP_TOP);            // the iterator is already gone here
    emit(Op.LOAD_CONST, 0);
    emit(Op.RETURN_VALUE);
    rejects(2, VerifyError.UNDERFLOW, 5);
  });
});

describe("exception table", () => {
  it("accepts the try/except shape of docs/image.md", () => {
    tryExcept(0, false);
    accepts(3);
  });
  it("counts the handler's stack against stacksize", () => {
    tryExcept(0, false);
    rejects(2, VerifyError.OVERFLOW, 5);
  });
  it("rejects an entry deeper than the stack it covers", () => {
    tryExcept(1, false);         // 0..3 → H at depth 1, but instruction 0 runs with 0
    rejects(3, VerifyError.HANDLER_DEPTH, 0);
  });
  it("rejects an entry covering an instruction that pops below its depth before raising", () => {
    tryExcept(0, true);         // the RERAISE at 13 leaves depth 0 < 1 when it raises
    rejects(3, VerifyError.HANDLER_DEPTH, 13);
  });
  it("reaches a handler only through a reachable instruction in its range", () => {
    begin();
    emit(Op.LOAD_CONST, 0);
    emit(Op.RETURN_VALUE);
    emit(Op.POP_TOP);            // unreachable, covered by an entry whose handler would underflow
    emit(Op.RERAISE);
    entry(2, 3, 3, 0);           // handler 3 would run RERAISE at depth 1
    accepts(1);
    entry(0, 1, 3, 0);           // now reachable: RERAISE at depth 1 needs 2
    rejects(1, VerifyError.UNDERFLOW, 3);
  });
  it("uses the first entry covering an instruction, as the VM does", () => {
    begin();
    emit(Op.LOAD_CONST, 0);      // 0, depth 0
    emit(Op.RETURN_VALUE);       // 1, depth 1
    emit(Op.POP_TOP);            // 2: handler, entered with depth 1
    emit(Op.LOAD_CONST, 0);
    emit(Op.RETURN_VALUE);
    entry(0, 2, 2, 0);
    entry(0, 2, 2, 5);           // shadowed: never used, so its depth does not matter
    accepts(1);
  });
  it("finds each instruction's first entry among empty, overlapping and shadowed ones", () => {
    for (let variant = 0; variant < 2; variant++) {
      begin();
      emit(Op.LOAD_CONST, 0);      // 0: depth 0
      emit(Op.LOAD_CONST, 0);      // 1: depth 1
      emit(Op.BINARY_OP, 0);       // 2: depth 2
      emit(Op.RETURN_VALUE);       // 3: depth 1
      emit(Op.POP_TOP);            // 4: A, entered with 1
      emit(Op.LOAD_CONST, 0);
      emit(Op.RETURN_VALUE);
      emit(Op.POP_TOP);            // 7: B, needs to be entered with 2
      emit(Op.POP_TOP);
      emit(Op.LOAD_CONST, 0);
      emit(Op.RETURN_VALUE);
      for (let k = 0; k < 5; k++) entry(k, k, 0, 9); // empty ranges: never used
      if (variant == 1) entry(1, 3, 7, 0);         // first for 1..2: B entered with 1
      entry(1, 3, 7, 1);           // 1..2 → B with 2
      entry(0, 4, 4, 0);           // 0 and 3 (1..2 are taken) → A with 1
      entry(1, 3, 7, 0);           // shadowed
      if (variant == 0) accepts(3);
      else rejects(3, VerifyError.UNDERFLOW, 8);
    }
  });
  it("rejects a handler reached with two different depths", () => {
    begin();
    emit(Op.LOAD_CONST, 0);      // 0: depth 0
    emit(Op.LOAD_CONST, 0);      // 1: depth 1
    emit(Op.BINARY_OP, 0);       // 2: depth 2
    emit(Op.RETURN_VALUE);       // 3: depth 1
    emit(Op.POP_TOP);            // 4: handler
    emit(Op.LOAD_CONST, 0);
    emit(Op.RETURN_VALUE);
    entry(0, 1, 4, 0);           // enters 4 with 1
    entry(1, 3, 4, 1);           // enters 4 with 2
    rejects(3, VerifyError.MISMATCH, 4);
  });
});


// A handler at depth 0 over instruction 0, whose own code is `body` (emitted by the caller):
//   0 LOAD_GLOBAL f; 1 CALL 0; 2 RETURN_VALUE   ; 0..2 → 3, depth 0
//   3 ... (entered with the exception at slot 0)
function handlerAt3(): void {
  begin();
  emit(Op.LOAD_GLOBAL, 0);
  emit(Op.CALL, 0);
  emit(Op.RETURN_VALUE);
  entry(0, 2, 3, 0);
}

describe("exception discipline", () => {
  it("rejects POP_EXCEPT on a value PUSH_EXC_INFO did not save (issue 8: STORE_GLOBAL became POP_EXCEPT)", () => {
    begin();
    emit(Op.LOAD_CONST, 0);      // a string
    emit(Op.POP_EXCEPT);         // was STORE_GLOBAL: would make the string the handled exception
    emit(Op.LOAD_CONST, 0);
    emit(Op.RETURN_VALUE);
    rejects(1, VerifyError.NOT_PREV, 1);
  });
  it("rejects PUSH_EXC_INFO and RERAISE without a handler's exception on top", () => {
    begin();
    emit(Op.LOAD_CONST, 0);
    emit(Op.PUSH_EXC_INFO);
    emit(Op.RETURN_VALUE);
    rejects(2, VerifyError.NOT_EXC, 1);
    begin();
    emit(Op.LOAD_CONST, 0);
    emit(Op.LOAD_CONST, 0);
    emit(Op.RERAISE);
    rejects(2, VerifyError.NOT_EXC, 2);
  });
  it("rejects RERAISE whose lower operand is not the saved exception state", () => {
    handlerAt3();
    emit(Op.LOAD_CONST, 0);      // 4: exc x
    emit(Op.ROT_TWO);            // 5: x exc
    emit(Op.RERAISE);            // x is not what PUSH_EXC_INFO saved
    rejects(2, VerifyError.NOT_PREV, 5);
    handlerAt3();
    emit(Op.PUSH_EXC_INFO);      // 3: prev exc
    emit(Op.RERAISE);
    accepts(2);
  });
  it("accepts the try/except shape, and a return out of the handler with ROT_TWO", () => {
    tryExcept(0, false);
    accepts(3);
    handlerAt3();
    emit(Op.PUSH_EXC_INFO);      // 3: prev exc
    emit(Op.POP_TOP);            // 4: prev
    emit(Op.LOAD_CONST, 0);      // 5: prev v
    emit(Op.ROT_TWO);            // 6: v prev
    emit(Op.POP_EXCEPT);         // 7: v
    emit(Op.RETURN_VALUE);
    accepts(2);
  });
  it("rejects a return out of the handler that forgets ROT_TWO", () => {
    handlerAt3();
    emit(Op.PUSH_EXC_INFO);
    emit(Op.POP_TOP);
    emit(Op.LOAD_CONST, 0);      // 5: prev v
    emit(Op.POP_EXCEPT);         // pops v
    emit(Op.RETURN_VALUE);
    rejects(2, VerifyError.NOT_PREV, 6);
  });
  it("tracks kinds through DUP_TOP, DUP_TOP_TWO, ROT_THREE and ROT_FOUR", () => {
    handlerAt3();
    emit(Op.DUP_TOP);            // 3: exc exc
    emit(Op.PUSH_EXC_INFO);      // 4: exc prev exc
    emit(Op.DUP_TOP_TWO);        // 5: exc prev exc prev exc
    emit(Op.ROT_THREE);          // 6: exc prev exc exc prev
    emit(Op.POP_EXCEPT);         // 7: exc prev exc exc
    emit(Op.LOAD_CONST, 0);      // 8: exc prev exc exc v
    emit(Op.ROT_FOUR);           // 9: exc v prev exc exc
    emit(Op.POP_TOP);            // 10: exc v prev exc
    emit(Op.RERAISE);            // 11
    accepts(5);
    handlerAt3();
    emit(Op.PUSH_EXC_INFO);      // 3: prev exc
    emit(Op.LOAD_CONST, 0);      // 4: prev exc v
    emit(Op.ROT_THREE);          // 5: v prev exc
    emit(Op.ROT_TWO);            // 6: v exc prev
    emit(Op.RERAISE);            // prev on top, exc below
    rejects(3, VerifyError.NOT_EXC, 7);
  });
  it("keeps a kind at a join only if every path brings it", () => {
    handlerAt3();
    emit(Op.PUSH_EXC_INFO);      // 3: prev exc
    emit(Op.POP_TOP);            // 4: prev
    emit(Op.LOAD_FAST, 0);       // 5: prev x
    emit(Op.POP_JUMP_IF_FALSE, 9); // 6: prev
    emit(Op.POP_TOP);            // 7:
    emit(Op.LOAD_CONST, 0);      // 8: v  (one path replaces prev by a value)
    emit(Op.POP_EXCEPT);         // 9: the join: prev on one path, v on the other
    emit(Op.LOAD_CONST, 0);
    emit(Op.RETURN_VALUE);
    rejects(2, VerifyError.NOT_PREV, 9);
  });
  it("a handler finds the raising instruction's inputs as ANY unless it never writes them", () => {
    // CHECK_EXC_MATCH never writes the exception it tests: its handler still finds it
    handlerAt3();
    emit(Op.LOAD_GLOBAL, 1);     // 3: exc t
    emit(Op.CHECK_EXC_MATCH);    // 4: exc bool   (covered: → 9 at depth 1)
    emit(Op.POP_TOP);            // 5: exc
    emit(Op.PUSH_EXC_INFO);      // 6
    emit(Op.RERAISE);            // 7
    emit(Op.NOP);                // 8
    emit(Op.POP_TOP);            // 9: handler: exc exc2 → exc
    emit(Op.PUSH_EXC_INFO);      // 10
    emit(Op.RERAISE);            // 11
    entry(4, 5, 9, 1);
    accepts(3);
    // IMPORT_FROM keeps its module operand when it succeeds, but a hook may have replaced it
    // when the exception arrives
    handlerAt3();
    emit(Op.IMPORT_FROM, 0);     // 3: exc x      (covered: → 8 at depth 1)
    emit(Op.POP_TOP);            // 4: exc
    emit(Op.PUSH_EXC_INFO);      // 5: fine on this path
    emit(Op.RERAISE);            // 6
    emit(Op.NOP);                // 7
    emit(Op.POP_TOP);            // 8: handler
    emit(Op.PUSH_EXC_INFO);      // 9: slot 0 may not be the exception any more
    emit(Op.RERAISE);
    entry(3, 4, 8, 1);
    rejects(3, VerifyError.NOT_EXC, 9);
  });
  it("refuses exception kinds above the 32 tracked slots", () => {
    begin();
    for (let i = 0; i < 32; i++) emit(Op.LOAD_CONST, 0);
    emit(Op.LOAD_GLOBAL, 0);     // 32
    emit(Op.CALL, 0);            // 33: raises → 36 with the exception at slot 32
    emit(Op.RETURN_VALUE);       // 34
    emit(Op.NOP);                // 35
    emit(Op.PUSH_EXC_INFO);      // 36
    emit(Op.RERAISE);
    entry(32, 34, 36, 32);
    rejects(34, VerifyError.NOT_EXC, 36);
  });
});

// A handler (POP_TOP; LOAD_CONST; RETURN_VALUE) emitted here; returns its index.
function handler(): u32 {
  const h = n;
  emit(Op.POP_TOP);
  emit(Op.LOAD_CONST, 0);
  emit(Op.RETURN_VALUE);
  return h;
}

describe("handler depth of instructions that pop before their exception arrives", () => {
  it("YIELD_VALUE: gen.throw() raises after the yielded value left the stack", () => {
    for (let d: u32 = 0; d < 2; d++) {
      begin();
      emit(Op.LOAD_CONST, 0);      // 0: 1
      emit(Op.YIELD_VALUE);        // 1: sent
      emit(Op.RETURN_VALUE);       // 2
      entry(1, 2, handler(), d);
      if (d == 0) accepts(2);
      else rejects(2, VerifyError.HANDLER_DEPTH, 1);
    }
  });
  it("SEND: the subgenerator's exception arrives after the sent value was popped", () => {
    for (let d: u32 = 1; d < 3; d++) {
      begin();
      emit(Op.LOAD_CONST, 0);
      emit(Op.LOAD_CONST, 0);      // 1: recv v
      emit(Op.SEND, 5);            // 2: recv yielded / result
      emit(Op.YIELD_VALUE);        // 3
      emit(Op.JUMP, 2);            // 4
      emit(Op.RETURN_VALUE);       // 5
      entry(2, 3, handler(), d);
      if (d == 1) accepts(3);
      else rejects(3, VerifyError.HANDLER_DEPTH, 2);
    }
  });
  it("CALL_FUNCTION_EX: its operands are gone before the callee runs", () => {
    for (let d: u32 = 0; d < 2; d++) {
      begin();
      emit(Op.LOAD_CONST, 0);
      emit(Op.LOAD_CONST, 0);      // 1: f args
      emit(Op.CALL_FUNCTION_EX, 0); // 2
      emit(Op.RETURN_VALUE);       // 3
      entry(2, 3, handler(), d);
      if (d == 0) accepts(2);
      else rejects(2, VerifyError.HANDLER_DEPTH, 2);
    }
  });
});

describe("memory", () => {
  it("fails with NO_MEMORY when the depth table does not fit", () => {
    begin();
    for (let i = 0; i < 100; i++) emit(Op.NOP);
    emit(Op.LOAD_CONST, 0);
    emit(Op.RETURN_VALUE);
    heapFresh(256);              // 102 instructions need 2040 bytes
    expect<bool>(verifyStack(CODE, n, EXC, ne, 0, 1)).toBe(false);
    expect<i32>(verifyError).toBe(VerifyError.NO_MEMORY);
    expect<string>(litString(verifyMessage())).toBe("does not fit in the memory budget");
    heapFresh(MEM_BYTES);
    accepts(1);
  });
});
