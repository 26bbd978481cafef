// The region sizes every host uses unless told otherwise (docs/abi.md, "Defaults").
// The WASI build bakes in the same numbers.

export interface VmConfig {
  /** Linear memory the VM may commit, in bytes (the console's hard budget; CLI `--memory`). */
  budget: number;
  /** Stack arena for tasklet frames, in bytes. */
  arena: number;
  /** Per-tasklet stack depth in bytes past which frames spill to heap blocks. */
  spill: number;
  /** Frame freelist bound: at most this many recycled frames… */
  freelistFrames: number;
  /** …and at most this many bytes of them. */
  freelistBytes: number;
  /** Keep one dead frame per code object (CPython ≤3.10 style), to measure the trade-off. */
  zombieFrames: boolean;
  /** Run the cycle collector as often as its survivor rule allows (threshold 1), to test it. */
  gcStress: boolean;
  /** Hand the GIL to the next runnable interpreter thread at every checkpoint (switch interval 1). */
  gilStress: boolean;
}

export const DEFAULTS: Readonly<VmConfig> = Object.freeze({
  budget: 1024 * 1024,
  arena: 64 * 1024,
  spill: 4096,
  freelistFrames: 32,
  freelistBytes: 4096,
  zombieFrames: false,
  gcStress: false,
  gilStress: false,
});

/** The stress configuration (design.md, "Memory"): the whole suite must pass under it too. */
export const STRESS: Readonly<Partial<VmConfig>> = Object.freeze({
  spill: 0,
  freelistFrames: 0,
  freelistBytes: 0,
  arena: 1024,
  gcStress: true,
  gilStress: true,
});

/** `vm_init`'s flags word. */
export const FLAG_ZOMBIE_FRAMES = 1;
export const FLAG_GC_STRESS = 2;
export const FLAG_GIL_STRESS = 4;
