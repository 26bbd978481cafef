// The bytecode stack-depth verifier, run by the image loader (image.ts readCode) on every code
// object after checkInstructions has range-checked its operands. It proves, for every
// instruction reachable from instruction 0 or from an exception handler, that the value stack
// can never underflow or grow beyond the code's recorded stacksize, so the interpreter (which
// trusts sp blindly) cannot read or write outside its frame's stack slots, and that the
// exception-state opcodes only ever find the values they were made for. See docs/image.md.
//
// Rules (depth = values on the stack before an instruction runs):
//  - instruction 0 is entered with depth 0;
//  - every reachable instruction has one depth, the same along every path to it;
//  - depth >= inputs(op) (the values it reads or pops; LIST_APPEND i reads i + 1, and i >= 1);
//  - the depth after it (each successor's) is <= stacksize;
//  - successors: i + 1 unless op is JUMP, RETURN_VALUE, RAISE_VARARGS or RERAISE (it must exist:
//    control may not fall off the end); plus the jump target for jumps, with FOR_ITER's
//    fall-through at +1 and its target at -1, and JUMP_IF_*_OR_POP's target keeping the value
//    (0) and its fall-through popping it (-1);
//  - the exception entry the VM would use for a reachable instruction i (the FIRST entry with
//    start <= i < end) makes its target reachable with depth entry.depth + 1 (<= stacksize),
//    and needs entry.depth <= depth(i): the VM only pops down to entry.depth, it cannot pop
//    values that do not exist. Instructions that the VM executes by popping operands before
//    they can raise (STORE_GLOBAL, STORE_ATTR, STORE_SUBSCR, DELETE_SUBSCR, LIST_APPEND, CALL,
//    CALL_KW, CALL_METHOD, RAISE_VARARGS, RERAISE; see popsBeforeRaise) need entry.depth <=
//    the depth left after those pops, since that is the stack the unwinder finds.
// Stack effects mirror host/compiler/effects.ts (stackEffect / stackInputs) exactly.
//
// Exception-stack discipline: a stack slot has a kind, ANY, PREV (an exception or None: what
// PUSH_EXC_INFO saves, what POP_EXCEPT and RERAISE make the handled exception again) or EXC (an
// exception object: what the unwinder pushes at a handler). PUSH_EXC_INFO needs EXC on top and
// leaves PREV EXC; POP_EXCEPT needs PREV; RERAISE needs PREV EXC. DUP/ROT move kinds; every other
// instruction leaves the slots below its inputs as they were (and the inputs it keeps: FOR_ITER's
// iterator, LIST_APPEND's list, CHECK_EXC_MATCH's exception…) and pushes ANY. A handler is
// entered with the kinds below its depth (the raising instruction's inputs there become ANY: it
// may have replaced them) and EXC on top. Where paths join, a slot keeps a kind only if every
// path gives it (the lattice EXC < PREV < ANY; the worklist runs to a fixed point). So the
// tasklet's handled exception is always an exception or nothing. Kinds are tracked for the 32
// lowest slots (a bit mask per kind); a slot above is ANY, so code that keeps an exception there
// is refused, never trusted.
//
// Memory: one block of ninstr * 20 bytes from the VM heap (per instruction: depth, the PREV and
// EXC masks, the worklist, which holds each instruction at most once, and the handler entry),
// freed before returning. Nothing
// AS-managed is allocated. On failure verifyStack returns false and verifyError/verifyAt say
// why; verifyMessage() gives a static message for the loader (VerifyError.NO_MEMORY reads
// "does not fit in the memory budget", like the loader's other allocation failures).
import { alloc, free } from "../memory/heap";
import { Op } from "./opcodes";
import { Lit } from "../objects/str";

export namespace VerifyError {
  export const NONE: i32 = 0;
  export const NO_MEMORY: i32 = 1;     // the depth table could not be allocated
  export const UNDERFLOW: i32 = 2;     // an instruction needs more values than the stack holds
  export const OVERFLOW: i32 = 3;      // the stack would grow beyond stacksize
  export const MISMATCH: i32 = 4;      // two paths reach an instruction with different depths
  export const HANDLER_DEPTH: i32 = 5; // an exception entry's depth is above the stack it unwinds
  export const FALLS_OFF: i32 = 6;     // control or a jump leaves the instructions
  export const BAD_OPERAND: i32 = 7;   // an operand with no valid stack effect (LIST_APPEND 0)
  export const UNKNOWN_OPCODE: i32 = 8;
  export const NOT_EXC: i32 = 9;       // PUSH_EXC_INFO or RERAISE without an exception on top
  export const NOT_PREV: i32 = 10;     // POP_EXCEPT or RERAISE without a saved exception state
}

// Why the last verifyStack call failed, and at which instruction index.
export let verifyError: i32 = VerifyError.NONE;
export let verifyAt: u32 = 0;

// A static message for verifyError (string literals live in static data: no allocation).
export function verifyMessage(): Lit {
  switch (verifyError) {
    case VerifyError.NO_MEMORY: return "does not fit in the memory budget";
    case VerifyError.UNDERFLOW: return "inconsistent stack: underflow";
    case VerifyError.OVERFLOW: return "inconsistent stack: deeper than stacksize";
    case VerifyError.MISMATCH: return "inconsistent stack: depths differ at a join";
    case VerifyError.HANDLER_DEPTH: return "inconsistent stack: exception handler depth above the stack";
    case VerifyError.FALLS_OFF: return "inconsistent stack: control falls off the end";
    case VerifyError.BAD_OPERAND: return "inconsistent stack: bad stack operand";
    case VerifyError.UNKNOWN_OPCODE: return "unknown opcode";
    case VerifyError.NOT_EXC: return "exception discipline: the exception a handler receives is not on top";
    case VerifyError.NOT_PREV: return "exception discipline: no exception state saved by PUSH_EXC_INFO";
    default: return "inconsistent stack";
  }
}

const UNSEEN: u32 = 0xFFFFFFFF;

@inline function popcount3(flags: u32): i32 {
  return <i32>popcnt<u32>(flags & (1 | 2 | 8));
}

// How many values op needs on the stack (effects.ts stackInputs); -1: unknown opcode.
function inputs(op: i32, arg: u32): i64 {
  switch (op) {
    case Op.NOP: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.DELETE_FAST: case Op.LOAD_DEREF:
    case Op.LOAD_CLOSURE: case Op.MAKE_CELL: case Op.COPY_FREE_VARS: case Op.LOAD_GLOBAL:
    case Op.DELETE_GLOBAL: case Op.JUMP: case Op.LOAD_ASSERTION_ERROR: case Op.IMPORT_NAME:
    case Op.LOAD_BUILD_CLASS:
      return 0;
    case Op.POP_TOP: case Op.DUP_TOP: case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_GLOBAL:
    case Op.LOAD_ATTR: case Op.LOAD_METHOD: case Op.UNARY_OP: case Op.GET_ITER: case Op.FOR_ITER:
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: case Op.RETURN_VALUE: case Op.PUSH_EXC_INFO: case Op.POP_EXCEPT:
    case Op.IMPORT_FROM: case Op.UNPACK_SEQUENCE:
      return 1;
    case Op.MAKE_FUNCTION:
      return 1 + popcount3(arg);
    case Op.DUP_TOP_TWO: case Op.ROT_TWO: case Op.STORE_ATTR: case Op.BINARY_OP: case Op.COMPARE_OP:
    case Op.IS_OP: case Op.CONTAINS_OP: case Op.BINARY_SUBSCR: case Op.DELETE_SUBSCR:
    case Op.CHECK_EXC_MATCH: case Op.RERAISE:
      return 2;
    case Op.ROT_THREE: case Op.STORE_SUBSCR:
      return 3;
    case Op.ROT_FOUR:
      return 4;
    case Op.BUILD_SLICE: case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_STRING:
    case Op.RAISE_VARARGS:
      return <i64>arg;
    case Op.BUILD_MAP:
      return <i64>arg << 1;
    case Op.FORMAT_VALUE:
      return (arg & 4) ? 2 : 1;
    case Op.LIST_APPEND: case Op.CALL:
      return <i64>arg + 1;
    case Op.CALL_KW: case Op.CALL_METHOD:
      return <i64>arg + 2;
    case Op.LOAD_NAME: case Op.DELETE_NAME: case Op.DELETE_DEREF:
      return 0;
    case Op.STORE_NAME: case Op.YIELD_VALUE: case Op.GET_YIELD_FROM_ITER: case Op.BEFORE_WITH:
    case Op.LIST_TO_TUPLE: case Op.UNPACK_EX: case Op.DELETE_ATTR:
      return 1;
    case Op.SEND:
      return 2;
    case Op.WITH_EXCEPT_START:
      return 3;
    case Op.BUILD_CLASS: // arg 1: an explicit metaclass under the namespace
      return 3 + <i64>arg;
    case Op.CALL_FUNCTION_EX:
      return 2 + <i64>(arg & 1);
    case Op.BUILD_SET:
      return <i64>arg;
    case Op.SET_ADD: case Op.LIST_EXTEND: case Op.DICT_MERGE:
      return <i64>arg + 1;
    case Op.MAP_ADD:
      return <i64>arg + 2;
    default:
      return -1;
  }
}

// Net change of the depth (effects.ts stackEffect); `jump`: the branch is taken.
function effect(op: i32, arg: u32, jump: bool): i64 {
  switch (op) {
    case Op.NOP: case Op.ROT_TWO: case Op.ROT_THREE: case Op.ROT_FOUR: case Op.DELETE_FAST:
    case Op.MAKE_CELL: case Op.COPY_FREE_VARS: case Op.DELETE_GLOBAL: case Op.LOAD_ATTR:
    case Op.UNARY_OP: case Op.GET_ITER: case Op.JUMP: case Op.CHECK_EXC_MATCH:
      return 0;
    case Op.POP_TOP: case Op.STORE_FAST: case Op.STORE_DEREF: case Op.STORE_GLOBAL: case Op.BINARY_OP:
    case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: case Op.BINARY_SUBSCR: case Op.LIST_APPEND:
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.RETURN_VALUE: case Op.POP_EXCEPT:
      return -1;
    case Op.DUP_TOP: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_DEREF: case Op.LOAD_CLOSURE:
    case Op.LOAD_GLOBAL: case Op.LOAD_METHOD: case Op.PUSH_EXC_INFO: case Op.LOAD_ASSERTION_ERROR:
    case Op.IMPORT_NAME: case Op.IMPORT_FROM: case Op.LOAD_BUILD_CLASS:
      return 1;
    case Op.DUP_TOP_TWO:
      return 2;
    case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.RERAISE:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.BUILD_SLICE: case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_STRING:
      return 1 - <i64>arg;
    case Op.BUILD_MAP:
      return 1 - (<i64>arg << 1);
    case Op.FORMAT_VALUE:
      return (arg & 4) ? -1 : 0;
    case Op.UNPACK_SEQUENCE:
      return <i64>arg - 1;
    case Op.FOR_ITER:
      return jump ? -1 : 1;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Op.CALL:
      return -<i64>arg;
    case Op.CALL_KW: case Op.CALL_METHOD:
      return -<i64>arg - 1;
    case Op.MAKE_FUNCTION:
      return -<i64>popcount3(arg);
    case Op.RAISE_VARARGS:
      return -<i64>arg;
    case Op.LOAD_NAME: case Op.BEFORE_WITH: case Op.WITH_EXCEPT_START:
      return 1;
    case Op.STORE_NAME: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.DICT_MERGE: case Op.DELETE_ATTR:
      return -1;
    case Op.MAP_ADD:
      return -2;
    case Op.BUILD_CLASS:
      return -2 - <i64>arg;
    case Op.SEND:
      return jump ? -1 : 0;
    case Op.CALL_FUNCTION_EX:
      return -1 - <i64>(arg & 1);
    case Op.BUILD_SET:
      return 1 - <i64>arg;
    case Op.UNPACK_EX:
      return <i64>(arg & 0xFF) + <i64>(arg >>> 8);
    default:
      return 0; // DELETE_NAME, DELETE_DEREF, YIELD_VALUE, GET_YIELD_FROM_ITER, LIST_TO_TUPLE
  }
}

// How many values the interpreter has already popped when this instruction raises, at the
// lowest (the stack the exception unwinder finds); 0 for instructions that raise, if at all,
// with their operands still on the stack.
function popsBeforeRaise(op: i32, arg: u32): i64 {
  switch (op) {
    case Op.STORE_GLOBAL: case Op.LIST_APPEND: case Op.STORE_NAME: case Op.DELETE_ATTR: return 1;
    case Op.YIELD_VALUE: return 1;                                 // gen.throw() raises at the suspended yield
    case Op.SEND: return 1;                                        // the subgenerator's frame raises after v was popped
    case Op.CALL_FUNCTION_EX: return 2 + <i64>(arg & 1);           // popped before its frame runs or the tasklet switches
    case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.RERAISE: return 2;
    case Op.STORE_SUBSCR: return 3;
    case Op.CALL: return <i64>arg + 1;                             // callObject failed: popped to the callable's slot
    case Op.CALL_KW: case Op.CALL_METHOD: return <i64>arg + 2;
    case Op.RAISE_VARARGS: return <i64>arg;
    default: return 0;
  }
}

@inline function isJump(op: i32): bool {
  return op == Op.JUMP || op == Op.POP_JUMP_IF_FALSE || op == Op.POP_JUMP_IF_TRUE ||
    op == Op.JUMP_IF_FALSE_OR_POP || op == Op.JUMP_IF_TRUE_OR_POP || op == Op.FOR_ITER || op == Op.SEND;
}

@inline function isTerminator(op: i32): bool {
  return op == Op.JUMP || op == Op.RETURN_VALUE || op == Op.RAISE_VARARGS || op == Op.RERAISE;
}

// How many of op's inputs stay on the stack untouched (the rest are consumed or replaced).
function kept(op: i32, arg: u32, jump: bool): i64 {
  switch (op) {
    case Op.CHECK_EXC_MATCH: case Op.IMPORT_FROM: return 1;
    case Op.WITH_EXCEPT_START: return 3;
    case Op.FOR_ITER: case Op.SEND: return jump ? 0 : 1;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return jump ? 1 : 0;
    case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.DICT_MERGE: case Op.MAP_ADD: return <i64>arg;
    default: return 0;
  }
}

// Instructions that never write their input slots before raising (or entering a frame whose
// exception comes back to them): at their handler, those slots keep their kinds. Any other
// instruction may have replaced an input (a RETRY hook, BEFORE_WITH's bound __exit__...).
@inline function keepsInputs(op: i32): bool {
  return op == Op.NOP || op == Op.POP_TOP || op == Op.DUP_TOP || op == Op.DUP_TOP_TWO || op == Op.ROT_TWO ||
    op == Op.ROT_THREE || op == Op.ROT_FOUR || op == Op.PUSH_EXC_INFO || op == Op.POP_EXCEPT ||
    op == Op.CHECK_EXC_MATCH || op == Op.WITH_EXCEPT_START || op == Op.RERAISE;
}

// Worklist state of the running verifyStack call (one table block: depths, PREV masks, EXC
// masks, the worklist, then each instruction's handler entry). A depth word's top bit says the
// instruction is on the worklist.
let depths: u32 = 0;
let handlers: u32 = 0;
let prevs: u32 = 0;
let excs: u32 = 0;
let work: u32 = 0;
let nwork: u32 = 0;
let count: u32 = 0;
let limit: i64 = 0;
const QUEUED: u32 = 0x80000000;
const KINDS: i64 = 32; // slots with a tracked kind

function failAt(what: i32, at: u32): bool {
  verifyError = what;
  verifyAt = at;
  return false;
}

// The slots below k (of the tracked ones).
@inline function below(k: i64): u32 {
  return k <= 0 ? 0 : k >= KINDS ? 0xFFFFFFFF : (<u32>1 << <u32>k) - 1;
}
@inline function bit(k: i64): u32 {
  return k < 0 || k >= KINDS ? 0 : <u32>1 << <u32>k;
}
@inline function has(mask: u32, k: i64): bool {
  return (mask & bit(k)) != 0;
}

// Control reaches instruction i with depth d and kinds (p: PREV or EXC slots, e: EXC slots)
// from instruction `from`.
function reach(i: u64, d: i64, p: u32, e: u32, from: u32): bool {
  if (i >= <u64>count) return failAt(VerifyError.FALLS_OFF, from);
  if (d < 0) return failAt(VerifyError.UNDERFLOW, from);
  if (d > limit) return failAt(VerifyError.OVERFLOW, from);
  const live = below(d);
  p &= live;
  e &= p;
  const at = <u32>i << 2;
  const have = load<u32>(depths + at);
  if (have == UNSEEN) {
    store<u32>(depths + at, <u32>d | QUEUED);
    store<u32>(prevs + at, p);
    store<u32>(excs + at, e);
    store<u32>(work + (nwork << 2), <u32>i);
    nwork++;
    return true;
  }
  if (<i64>(have & ~QUEUED) != d) return failAt(VerifyError.MISMATCH, <u32>i);
  const p0 = load<u32>(prevs + at), e0 = load<u32>(excs + at);
  if ((p0 & p) == p0 && (e0 & e) == e0) return true; // nothing new
  store<u32>(prevs + at, p0 & p);
  store<u32>(excs + at, e0 & e);
  if (!(have & QUEUED)) {
    store<u32>(depths + at, have | QUEUED);
    store<u32>(work + (nwork << 2), <u32>i);
    nwork++;
  }
  return true;
}

// Kinds after a stack shuffle: slot `to` gets the kind slot `from` had in (p, e).
let outP: u32 = 0;
let outE: u32 = 0;
function move(p: u32, e: u32, from: i64, to: i64): void {
  const b = bit(to);
  outP = has(p, from) ? outP | b : outP & ~b;
  outE = has(e, from) ? outE | b : outE & ~b;
}

// The kinds op leaves for its successor (jump or not) into outP/outE; d is the depth before it.
function successorKinds(op: i32, arg: u32, need: i64, d: i64, p: u32, e: u32, jump: bool): void {
  outP = p;
  outE = e;
  if (!p && op != Op.PUSH_EXC_INFO) return; // nothing tracked (most code): nothing to move
  switch (op) {
    case Op.DUP_TOP: move(p, e, d - 1, d); return;
    case Op.DUP_TOP_TWO: move(p, e, d - 2, d); move(p, e, d - 1, d + 1); return;
    case Op.ROT_TWO: move(p, e, d - 1, d - 2); move(p, e, d - 2, d - 1); return;
    case Op.ROT_THREE: move(p, e, d - 1, d - 3); move(p, e, d - 3, d - 2); move(p, e, d - 2, d - 1); return;
    case Op.ROT_FOUR:
      move(p, e, d - 1, d - 4); move(p, e, d - 4, d - 3); move(p, e, d - 3, d - 2); move(p, e, d - 2, d - 1);
      return;
    case Op.PUSH_EXC_INFO: // exc → prev_handled exc
      outP = (p & below(d - 1)) | bit(d - 1) | bit(d);
      outE = (e & below(d - 1)) | bit(d);
      return;
    default: {
      const keep = below(d - need + kept(op, arg, jump));
      outP = p & keep;
      outE = e & keep;
    }
  }
}

function run(instr: u32, exc: u32): bool {
  if (!reach(0, 0, 0, 0, 0)) return false;
  while (nwork) {
    nwork--;
    const i = load<u32>(work + (nwork << 2));
    const at = i << 2;
    const dw = load<u32>(depths + at) & ~QUEUED;
    store<u32>(depths + at, dw);
    const d = <i64>dw;
    const p = load<u32>(prevs + at), e = load<u32>(excs + at);
    const w = load<u32>(instr + at);
    const op = <i32>(w & 0xFF);
    const arg = w >>> 8;
    const need = inputs(op, arg);
    if (need < 0) return failAt(VerifyError.UNKNOWN_OPCODE, i);
    if (op == Op.LIST_APPEND && arg == 0) return failAt(VerifyError.BAD_OPERAND, i);
    if (d < need) return failAt(VerifyError.UNDERFLOW, i);
    if (op == Op.PUSH_EXC_INFO && !has(e, d - 1)) return failAt(VerifyError.NOT_EXC, i);
    if (op == Op.POP_EXCEPT && !has(p, d - 1)) return failAt(VerifyError.NOT_PREV, i);
    if (op == Op.RERAISE && !has(e, d - 1)) return failAt(VerifyError.NOT_EXC, i);
    if (op == Op.RERAISE && !has(p, d - 2)) return failAt(VerifyError.NOT_PREV, i);
    // the first exception entry covering i: where the VM goes if i raises
    const k = load<u32>(handlers + at);
    if (k != UNSEEN) {
      const x = exc + (k << 4);
      const edepth = <i64>load<u32>(x, 12);
      if (edepth > d - popsBeforeRaise(op, arg)) return failAt(VerifyError.HANDLER_DEPTH, i);
      const keep = p ? below(keepsInputs(op) ? edepth : min(edepth, d - need)) : 0;
      if (!reach(<u64>load<u32>(x, 8), edepth + 1, (p & keep) | bit(edepth), (e & keep) | bit(edepth), i)) return false;
    }
    if (isJump(op)) {
      successorKinds(op, arg, need, d, p, e, true);
      if (!reach(<u64>arg, d + effect(op, arg, true), outP, outE, i)) return false;
    }
    if (!isTerminator(op)) {
      successorKinds(op, arg, need, d, p, e, false);
      if (!reach(<u64>i + 1, d + effect(op, arg, false), outP, outE, i)) return false;
    }
  }
  return true;
}

// Proves the stack discipline of one code object (rules above). instr: ninstr u32 instruction
// words; exc: nexc entries of 4 u32 (start, end, target, depth). nlocals is not needed by the
// stack rules (local indexes are checked by the loader) and is accepted for symmetry.
// Returns false with verifyError/verifyAt set on any violation or when the table cannot be
// allocated (VerifyError.NO_MEMORY).
export function verifyStack(instr: u32, ninstr: u32, exc: u32, nexc: u32, nlocals: u32, stacksize: u32): bool {
  verifyError = VerifyError.NONE;
  verifyAt = 0;
  if (ninstr == 0) return failAt(VerifyError.FALLS_OFF, 0);
  if (ninstr > 0x0CCCCCCC) return failAt(VerifyError.NO_MEMORY, 0);
  const bytes = ninstr * 20;
  const table = alloc(bytes);
  if (!table) return failAt(VerifyError.NO_MEMORY, 0);
  memory.fill(table, 0xFF, ninstr << 2);
  depths = table;
  prevs = table + (ninstr << 2);
  excs = table + (ninstr << 3);
  work = table + ninstr * 12;
  handlers = table + (ninstr << 4);
  count = ninstr;
  firstHandlers(exc, nexc);
  nwork = 0;
  limit = <i64>stacksize;
  const ok = run(instr, exc);
  free(table, bytes);
  depths = 0;
  prevs = 0;
  excs = 0;
  work = 0;
  handlers = 0;
  return ok;
}

// The first unassigned instruction at or after i (count: none), through the skip links in
// `work`, shortening the path it walked.
function nextFree(i: u32): u32 {
  let r = i;
  while (r < count && load<u32>(work + (r << 2)) != r) r = load<u32>(work + (r << 2));
  while (i < count && i != r) { const n = load<u32>(work + (i << 2)); store<u32>(work + (i << 2), r); i = n; }
  return r;
}

// handlers[i] = the first exception entry covering instruction i (the one the VM uses), or
// UNSEEN. Each instruction is assigned once, skipping assigned runs, so overlapping ranges cost
// O(ninstr + nexc), not their product. The worklist block serves as the skip links until run().
function firstHandlers(exc: u32, nexc: u32): void {
  memory.fill(handlers, 0xFF, count << 2);
  for (let i: u32 = 0; i < count; i++) store<u32>(work + (i << 2), i);
  for (let k: u32 = 0; k < nexc; k++) {
    const x = exc + (k << 4);
    const end = min(load<u32>(x, 4), count);
    let i = nextFree(load<u32>(x));
    while (i < end) {
      store<u32>(handlers + (i << 2), k);
      store<u32>(work + (i << 2), i + 1);
      i = nextFree(i + 1);
    }
  }
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function verifyReset(): void {
  verifyError = VerifyError.NONE; verifyAt = 0;
  depths = 0; handlers = 0; prevs = 0; excs = 0; work = 0; nwork = 0; count = 0; limit = 0; outP = 0; outE = 0;
}
