// TEMPORARY (lead's scaffolding until the codec branch lands): the value codec's interface.
import { encode, decode } from "@msgpack/msgpack";

export function encodeValue(v: unknown): Uint8Array {
  if (typeof v === "function") throw new TypeError("cannot send a function to the script");
  return encode(v === undefined ? null : v, { useBigInt64: true });
}

export function decodeValue(bytes: Uint8Array): unknown {
  return decode(bytes, { useBigInt64: false });
}
