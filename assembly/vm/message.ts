// The last load or init error, for the host (vm_message): u32 length, then UTF-8 bytes.
const MAX: u32 = 508;
export const message = memory.data(MAX + 4, 4);

export function setMessage(s: string): void {
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

export function appendMessage(s: string): void {
  let n = load<u32>(message);
  for (let i = 0; i < s.length && n < MAX; i++, n++) store<u8>(message + 4 + n, <u8>s.charCodeAt(i));
  store<u32>(message, n);
}

// For vm_init on a used instance: the state instantiation gave (vm/vm.ts, resetModules).
export function messageReset(): void { memory.fill(message, 0, MAX + 4); }
