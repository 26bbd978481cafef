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
