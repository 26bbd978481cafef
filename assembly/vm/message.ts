// The last error, for the host (vm_message): u32 length, then UTF-8 bytes. A load or init error,
// or the report of the exception that ended the program (what went to fd 2). Static, so the
// report never needs the heap; a report longer than the block keeps its last lines, which name
// the exception.
import { Lit, litCopy } from "../objects/str";

const MAX: u32 = 4092;
export const message = memory.data(MAX + 4, 4);

export function setMessage(s: Lit): void {
  store<u32>(message, 0);
  appendMessage(s);
}

// n in decimal (messages name sizes; no allocation: the heap may be what ran out).
export function appendNumber(n: u32): void {
  let div: u32 = 1;
  while (n / div >= 10) div *= 10;
  let at = load<u32>(message);
  for (; div && at < MAX; div /= 10, at++) store<u8>(message + 4 + at, <u8>(48 + (n / div) % 10));
  store<u32>(message, at);
}

export function appendMessage(s: Lit): void {
  const at = load<u32>(message);
  store<u32>(message, at + litCopy(s, message + 4 + at, MAX - at));
}

// Appends n bytes at p; when they do not fit, whole lines are dropped from the front.
export function appendMessageBytes(p: u32, n: u32): void {
  if (n > MAX) { p += n - MAX; n = MAX; }
  let len = load<u32>(message);
  const text = message + 4;
  if (len + n > MAX) {
    let cut = len + n - MAX;
    while (cut < len && load<u8>(text + cut - 1) != 0x0A) cut++;
    memory.copy(text, text + cut, len - cut);
    len -= cut;
  }
  memory.copy(text + len, p, n);
  store<u32>(message, len + n);
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function messageReset(): void { memory.fill(message, 0, MAX + 4); }
