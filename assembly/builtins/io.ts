// Output. The core writes through a function the entry point installs: the embedding build
// uses its `stackless.write` import, the WASI build fd_write. Stdout is buffered.
export let hostWrite: (fd: i32, ptr: usize, len: i32) => void = (fd: i32, ptr: usize, len: i32): void => {};

export function setHostWrite(f: (fd: i32, ptr: usize, len: i32) => void): void { hostWrite = f; }

const OUT_CAP: u32 = 4096;
const out = memory.data(OUT_CAP);
let outLen: u32 = 0;

export function flushStdout(): void {
  if (outLen) { hostWrite(1, out, <i32>outLen); outLen = 0; }
}

export function writeStdout(p: u32, n: u32): void {
  if (outLen + n > OUT_CAP) flushStdout();
  if (n > OUT_CAP) { hostWrite(1, p, <i32>n); return; }
  memory.copy(out + outLen, p, n);
  outLen += n;
}

export function writeStderr(p: u32, n: u32): void {
  flushStdout();
  hostWrite(2, p, <i32>n);
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function ioReset(): void {
  outLen = 0;
  memory.fill(out, 0, OUT_CAP);
}
