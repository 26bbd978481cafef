// Generators. A generator object and its frame are one heap block: the header, then the frame
// (see vm/frame.ts). Suspended, it belongs to no tasklet; resumed, its frame is linked on top of
// the resuming tasklet's frames and runs in the one interpreter loop like any other.
import { Value, Obj } from "./object";
import { generatorType } from "./type";
import { gcAlloc, gcFree } from "../memory/gc";

@unmanaged export class GenObj extends Obj {
  state: u16;
  size: u16;    // bytes of the whole block (header + frame, unrounded: the allocator rounds);
                // the image loader caps a frame so that it fits (vm/frame.ts MAX_FRAME_BYTES)
}
export const GEN_HEADER: u32 = offsetof<GenObj>();

export namespace GenState {
  export const CREATED: u16 = 0;   // not started: the first resume pushes nothing
  export const SUSPENDED: u16 = 1; // at a yield: a resume pushes the sent value
  export const RUNNING: u16 = 2;
  export const FINISHED: u16 = 3;  // the frame's values are released; only the block remains
}

@inline export function asGen(v: Value): GenObj { return changetype<GenObj>(<usize>v); }
@inline export function genFrame(v: Value): u32 { return v + GEN_HEADER; }
@inline export function frameGen(f: u32): Value { return f - GEN_HEADER; }

// A generator block for a frame of frameSize bytes (unrounded: header and frame are rounded
// as one block); returns the frame address, or 0.
export function genAlloc(frameSize: u32): u32 {
  const size = GEN_HEADER + frameSize;
  const p = gcAlloc(size);
  if (!p) return 0;
  const g = asGen(p);
  g.rc = 1;
  g.type = generatorType;
  g.state = GenState.CREATED;
  g.size = <u16>size;
  return p + GEN_HEADER;
}

// The frame is vm/'s (vm/frame.ts), above this floor: vm/registrations.ts registers at init
// how to release the values a created or suspended generator's frame holds, how to visit them
// (destroy.ts, traverse.ts), and how to find its code object.
function noRelease(gen: Value): void {}
function noVisit(gen: Value, visit: (c: Value) => void): void {}
function noCode(gen: Value): Value { return 0; }
let frameRelease: (gen: Value) => void = noRelease;
let frameVisit: (gen: Value, visit: (c: Value) => void) => void = noVisit;
let frameCode: (gen: Value) => Value = noCode;

export function registerGenFrame(release: (gen: Value) => void, visit: (gen: Value, visit: (c: Value) => void) => void, code: (gen: Value) => Value): void {
  frameRelease = release; frameVisit = visit; frameCode = code;
}
export function genFrameRelease(gen: Value): void { frameRelease(gen); }
export function genFrameVisit(gen: Value, visit: (c: Value) => void): void { frameVisit(gen, visit); }
// The generator's code object (immortal).
export function genCode(gen: Value): Value { return frameCode(gen); }

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function genFrameReset(): void { frameRelease = noRelease; frameVisit = noVisit; frameCode = noCode; }

export function genFree(v: Value): void {
  gcFree(v, asGen(v).size);
}
