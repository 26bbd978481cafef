// The last load or init error, for the host (vm_message): u32 length, then UTF-8 bytes.
const MAX: u32 = 508;
export const message = memory.data(MAX + 4, 4);

export function setMessage(s: string): void {
  store<u32>(message, 0);
  appendMessage(s);
}

export function appendMessage(s: string): void {
  let n = load<u32>(message);
  for (let i = 0; i < s.length && n < MAX; i++, n++) store<u8>(message + 4 + n, <u8>s.charCodeAt(i));
  store<u32>(message, n);
}

// UTF-8 bytes from memory (a str object's text), cut at the limit.
export function appendBytes(ptr: u32, len: u32): void {
  let n = load<u32>(message);
  for (let i: u32 = 0; i < len && n < MAX; i++, n++) store<u8>(message + 4 + n, load<u8>(ptr + i));
  store<u32>(message, n);
}

// A decimal number, without allocating.
export function appendNumber(v: u32): void {
  let div: u32 = 1;
  while (v / div >= 10) div *= 10;
  let n = load<u32>(message);
  for (; div && n < MAX; div /= 10, n++) store<u8>(message + 4 + n, <u8>(48 + (v / div) % 10));
  store<u32>(message, n);
}
