// Work a native did beyond its own opcode, in opcodes: the interpreter takes it out of the
// running slice at the next instruction, so a host's tick budget and the watchdog
// (stackless.run(n)) count it. A native is never interrupted midway: its size is bounded by the
// memory budget, and what it did is charged afterwards.
let charged: u64 = 0;

// Limb operations per opcode charged: an opcode costs about as much as this many multiply-adds.
const LIMB_OPS_PER_OP: u64 = 16;

// A native did `limbOps` limb operations (multiply-adds, divide steps, digit conversions).
export function chargeLimbOps(limbOps: u64): void { charged += limbOps / LIMB_OPS_PER_OP; }

// The opcodes charged since the last call.
@inline export function takeCharged(): i64 {
  const c = charged;
  if (c) charged = 0; // read every opcode: no store in the common case
  return <i64>c;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function chargeReset(): void { charged = 0; }
