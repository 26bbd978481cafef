// Frames: one block per call, holding a header, the locals and the value stack.
// Where a frame lives is the memory design's core:
//  - in the stack arena while the tasklet's arena frames stay under the spill threshold,
//  - beyond it (or when the arena is full) in a heap block: the stack has spilled;
//  - a freed arena frame goes to the bounded frame freelist, else back to the arena;
//  - with zombie frames on (measurement only), each code object keeps its last dead frame.
import { Value } from "../objects/object";
import { asCode, asFunc, CodeObj } from "../objects/function";
import { heap, arena } from "../memory/heap";
import { regionAlloc, regionFree, regionContains, roundSize } from "../memory/region";
import { decref } from "../memory/refcount";
import { TaskletObj } from "../stackless/tasklet";
import { config } from "../memory/config";
import { stats } from "./stats";

// Header layout (byte offsets): 16 bytes, so that a frame of an even number of slots fills its
// 8-byte block exactly (a 20-byte header wasted 4 on every such frame).
export const F_BACK: u32 = 0;   // calling frame
export const F_FUNC: u32 = 4;   // the function (holds a reference): code, globals, closure
export const F_PC: u32 = 8;     // saved instruction address
export const F_SPHOOK: u32 = 12; // the saved stack pointer as a slot offset from the frame (low
                                 // SP_BITS) and the hook (the rest): one word, read and written
                                 // through the helpers below. Hence the caps the image loader
                                 // enforces (vm/image.ts): see MAX_FRAME_BYTES, MAX_STACK.
export const F_LOCALS: u32 = 16;
const SP_BITS: u32 = 14;
const SP_MASK: u32 = (1 << SP_BITS) - 1;
// A frame's bytes, header included: its sp offset fits SP_BITS as slots, and a generator's block
// (objects/generator.ts) fits its u16 size.
export const MAX_FRAME_BYTES: u32 = 0xFFF0;
// A code object's stack slots: a hook's count (n) names caller slots, and has 32 - SP_BITS - 5 bits.
export const MAX_STACK: u32 = 8191;

// A frame pushed on behalf of an opcode or a native (a dunder method, __init__, a generator being
// resumed, a module body) says through its hook how its result feeds back into the caller: the
// low byte is the kind, the rest an operand count. Plain calls use NONE.
export namespace Hook {
  export const NONE: u32 = 0;     // push the result
  export const REPLACE: u32 = 1;  // pop n caller values, push the result
  export const RETRY: u32 = 2;    // the caller's value n deep becomes the result; re-run its instruction
  export const INIT: u32 = 3;     // __init__: the result must be None; push self (local 0)
  export const DISCARD: u32 = 4;  // pop n caller values, drop the result
  export const NOT: u32 = 5;      // pop n, push `not result`
  export const BOOL: u32 = 6;     // pop n, push bool(result)
  export const MODULE: u32 = 7;   // a module body: push the module (n = its index in the image)
  export const FORITER: u32 = 8;  // a generator resumed by FOR_ITER: return ends the loop
  export const SEND: u32 = 9;     // a generator resumed by SEND: return jumps with the value
  export const NEXT: u32 = 10;    // a generator resumed by next()/send(): return raises StopIteration
  export const THROWN: u32 = 11;  // a generator resumed by throw(): as NEXT
  export const CLOSE: u32 = 12;   // a generator resumed by close(): GeneratorExit out of it is success
                                  // (n = 1: a subgenerator closed through `yield from`)
  export const FORNEXT: u32 = 13; // a user __next__ called by FOR_ITER: push; StopIteration ends the loop
  export const METHOD: u32 = 14;  // LOAD_METHOD through Python code: pop 1, push result and NULL
  export const REDO: u32 = 15;    // drop the result and run the caller's instruction again
  export const FINAL: u32 = 16;   // a __del__: drop the result; an exception is reported, not raised
  export const TRUTHJUMP: u32 = 17; // __bool__ for JUMP_IF_*_OR_POP: finish the jump with its truth
  export const NEXTDEF: u32 = 18; // next(it, default): pop the call's n slots, push the result (or
                                  // what a generator yields); StopIteration out of it (or the
                                  // generator's return) pushes the default (the top slot)
  export const LEN: u32 = 19;     // len(obj): __len__ must give an int >= 0; push it
  export const BINOP: u32 = 20;   // a binary dunder for BINARY_OP: NotImplemented tries the next one
  export const COMPARE: u32 = 21; // a comparison dunder for COMPARE_OP: likewise (dunder.ts)
  export const SCHED: u32 = 22;   // the schedule callback: drop the result, then make the switch it announced
  export const CHAN: u32 = 23;    // the channel callback: drop the result, then do the channel action
  export const ERRH: u32 = 24;    // the error handler (a tasklet's bottom frame): its exception goes to main
}
// Hook.CLOSE's operand: who closes the generator.
export namespace CloseHook {
  export const CALL: u32 = 0;      // gen.close(): push None
  export const INNER: u32 = 2;     // a subgenerator closed through `yield from`: its delegator is next
}
@inline export function hookOf(kind: u32, n: u32): u32 { return kind | (n << 5); }
@inline export function hookKind(hook: u32): u32 { return hook & 0x1F; }
@inline export function hookArg(hook: u32): u32 { return hook >>> 5; }

@inline export function frameBack(f: u32): u32 { return load<u32>(f, F_BACK); }
@inline export function frameFunc(f: u32): Value { return load<u32>(f, F_FUNC); }
@inline export function frameCode(f: u32): Value { return asFunc(load<u32>(f, F_FUNC)).code; }
@inline export function frameGlobals(f: u32): Value { return asFunc(load<u32>(f, F_FUNC)).globals; }
// The saved sp and the hook share a word: each is written keeping the other.
@inline export function frameSp(f: u32): u32 { return f + ((load<u32>(f, F_SPHOOK) & SP_MASK) << 2); }
@inline export function setFrameSp(f: u32, sp: u32): void {
  store<u32>(f, (load<u32>(f, F_SPHOOK) & ~SP_MASK) | ((sp - f) >> 2), F_SPHOOK);
}
@inline export function frameHook(f: u32): u32 { return load<u32>(f, F_SPHOOK) >>> SP_BITS; }
@inline export function setFrameHook(f: u32, hook: u32): void {
  store<u32>(f, (load<u32>(f, F_SPHOOK) & SP_MASK) | (hook << SP_BITS), F_SPHOOK);
}
@inline export function framePc(f: u32): u32 { return load<u32>(f, F_PC); }
@inline export function frameSave(f: u32, pc: u32, sp: u32): void { store<u32>(f, pc, F_PC); setFrameSp(f, sp); }
// A new frame: at its first instruction, its stack empty (sp just past the locals), no hook.
@inline export function frameStart(f: u32, c: CodeObj): void {
  store<u32>(f, c.instr, F_PC);
  store<u32>(f, (F_LOCALS >> 2) + c.nlocals, F_SPHOOK);
}

@inline export function frameStackBase(f: u32): u32 { return f + F_LOCALS + (asCode(frameCode(f)).nlocals << 2); }

// A frame's bytes before rounding (a generator's block adds its header first), and its block.
@inline export function frameExtent(nlocals: u32, stacksize: u32): u32 { return F_LOCALS + ((nlocals + stacksize) << 2); }
export function frameBytes(nlocals: u32, stacksize: u32): u32 { return roundSize(frameExtent(nlocals, stacksize)); }

// The frame freelist: arena blocks, one list per size, bounded in count and bytes.
const FL_CLASSES: u32 = 64;
const flHeads = memory.data(FL_CLASSES * 4, 4);
export let flCount: u32 = 0;
export let flBytes: u32 = 0;
export let flPeakBytes: u32 = 0;

export function framesInit(): void {
  memory.fill(flHeads, 0, FL_CLASSES * 4);
  flCount = 0;
  flBytes = 0;
  flPeakBytes = 0;
}

// A frame of `size` bytes for tasklet t, or 0 when memory is exhausted. Locals are not cleared.
export function frameAlloc(t: TaskletObj, code: Value, size: u32): u32 { return frameAllocInline(t, code, size); }

// frameAlloc, inlined in the call fast path (pushExact): the common case, the head of the
// freelist of that size, is a pop; anything else (a zombie, a spill, an empty list) is
// frameAllocSlow's. A call out of the interpreter loop costs more than the pop itself: the
// loop's live values are saved around it.
@inline export function frameAllocInline(t: TaskletObj, code: Value, size: u32): u32 {
  const cls = size >> 3;
  if (cls < FL_CLASSES && !asCode(code).zombie && t.arenaBytes + size <= config.spill) {
    const head = flHeads + (cls << 2);
    const f = load<u32>(head);
    if (f) {
      store<u32>(head, load<u32>(f));
      flCount--;
      flBytes -= size;
      stats.freelistHits++;
      t.arenaBytes += size;
      return f;
    }
  }
  return frameAllocSlow(t, code, size);
}

// A code object's zombie frame, else a new block: in the arena under the spill threshold, else
// in the heap.
function frameAllocSlow(t: TaskletObj, code: Value, size: u32): u32 {
  const c = asCode(code);
  if (c.zombie) {
    const z = c.zombie;
    c.zombie = 0;
    stats.zombieFrames--;
    stats.zombieBytes -= size;
    if (regionContains(arena, z)) t.arenaBytes += size;
    return z;
  }
  if (t.arenaBytes + size <= config.spill) {
    stats.freelistMisses++;
    const f = regionAlloc(arena, size);
    if (f) { t.arenaBytes += size; return f; }
  }
  stats.spills++;
  return regionAlloc(heap, size);
}

export function frameFree(t: TaskletObj, code: Value, f: u32, size: u32): void { frameFreeInline(t, code, f, size); }

@inline function frameFreeInline(t: TaskletObj, code: Value, f: u32, size: u32): void {
  const inArena = regionContains(arena, f);
  if (inArena) t.arenaBytes -= size;
  if (config.zombieFrames) {
    const c = asCode(code);
    if (!c.zombie) {
      c.zombie = f;
      stats.zombieFrames++;
      stats.zombieBytes += size;
      return;
    }
  }
  if (!inArena) { regionFree(heap, f, size); return; }
  const cls = size >> 3;
  if (cls < FL_CLASSES && flCount < config.freelistCount && flBytes + size <= config.freelistBytes) {
    const head = flHeads + (cls << 2);
    store<u32>(f, load<u32>(head));
    store<u32>(head, f);
    flCount++;
    flBytes += size;
    if (flBytes > flPeakBytes) flPeakBytes = flBytes;
    return;
  }
  regionFree(arena, f, size);
}

// Release everything a frame holds (locals, the live part of its value stack, its function)
// and the frame itself. sp is the frame's current stack pointer.
export function frameRelease(t: TaskletObj, f: u32, sp: u32): void { frameReleaseInline(t, f, sp); }

// frameRelease's body, inlined where every call returns (RETURN_VALUE).
@inline export function frameReleaseInline(t: TaskletObj, f: u32, sp: u32): void {
  const func = frameFunc(f);
  const code = asFunc(func).code;
  const c = asCode(code);
  const base = f + F_LOCALS;
  for (let p = base; p < sp; p += 4) decref(load<u32>(p));
  frameFreeInline(t, code, f, c.frameSize);
  t.depth--;
  decref(func);
}
