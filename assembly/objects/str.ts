// str: immutable UTF-8 bytes with a cached hash and code-point count (nchars == len means ASCII,
// so indexing is O(1) in the common case and a scan otherwise).
import { Value, Obj, IMMORTAL, fromSmall } from "./object";
import { strType } from "./type";
import { alloc, free } from "../memory/heap";

@unmanaged export class StrObj extends Obj {
  len: u32;     // bytes
  hash: u32;    // 0 = not computed yet
  nchars: u32;  // code points
}

export const STR_HEADER: u32 = offsetof<StrObj>();

@inline export function asStr(v: Value): StrObj { return changetype<StrObj>(<usize>v); }
@inline export function strData(v: Value): u32 { return v + STR_HEADER; }
@inline export function strLen(v: Value): u32 { return asStr(v).len; }
@inline export function strSize(len: u32): u32 { return STR_HEADER + len; }

export let emptyStr: Value = 0;
// One-character ASCII strings are shared (indexing and iteration make many of them).
let charStrs: u32 = 0;

// A str of `len` bytes whose contents the caller writes, then calls strFinish.
export function strNew(len: u32): Value {
  const p = alloc(STR_HEADER + len);
  if (!p) return 0;
  const s = asStr(p);
  s.rc = 1;
  s.type = strType;
  s.len = len;
  s.hash = 0;
  s.nchars = len;
  return p;
}

export function countChars(p: u32, len: u32): u32 {
  let n: u32 = 0;
  for (let i: u32 = 0; i < len; i++) {
    if ((load<u8>(p + i) & 0xC0) != 0x80) n++;
  }
  return n;
}

export function strFinish(v: Value): Value {
  const s = asStr(v);
  s.nchars = countChars(v + STR_HEADER, s.len);
  return v;
}

export function strFromBytes(p: u32, len: u32): Value {
  if (len == 0) { asStr(emptyStr).rc++; return emptyStr; }
  if (len == 1 && load<u8>(p) < 128) return charStr(load<u8>(p));
  const v = strNew(len);
  if (!v) return 0;
  memory.copy(v + STR_HEADER, p, len);
  return strFinish(v);
}

export function charStr(c: u32): Value {
  const v = load<u32>(charStrs + (c << 2));
  asStr(v).rc++;
  return v;
}

// Static text from the VM's own sources (names of builtins, messages): a string literal that the
// build stores once as UTF-8, its length byte first (scripts/utf8-literals.mjs lists the functions
// whose literal arguments become Lit), where an AssemblyScript string costs 2 bytes a character
// and a 20-byte header.
export type Lit = usize;
@inline export function litLen(s: Lit): u32 { return load<u8>(s); }
@inline export function litData(s: Lit): u32 { return <u32>s + 1; }

// A message's most frequent words are stored as one or two bytes each (scripts/utf8-literals.mjs,
// MESSAGE_FUNCTIONS): a control character other than tab, newline and carriage return stands for
// one of the first 28 words of the dictionary __litWords (Lits one after the other), DEL and a
// byte 128 + i for word 28 + i. No other Lit has such a byte. The readers that copy a Lit's text
// (litCopy) expand them; comparing readers never see a message.
const WORD_ESCAPE: u32 = 127;

// The word whose token starts at p, or 0 for a plain byte.
function litWord(p: u32): Lit {
  const b = <u32>load<u8>(p);
  let k: u32;
  if (b == WORD_ESCAPE) k = 28 + <u32>load<u8>(p, 1) - 128;
  else if (b == 0 || b == 9 || b == 10 || b == 13 || b >= 32) return 0;
  else k = b - 1 - (b > 10 ? 2 : 0) - (b > 13 ? 1 : 0); // WORD_BYTES: 1–8, 11, 12, 14–31
  let w: Lit = __litWords;
  while (k--) w += litLen(w) + 1;
  return w;
}

// The length of s's text, its words expanded.
export function litTextLen(s: Lit): u32 {
  let n: u32 = 0;
  for (let p = litData(s), end = p + litLen(s); p < end; p++) {
    const w = litWord(p);
    if (!w) { n++; continue; }
    n += litLen(w);
    if (load<u8>(p) == WORD_ESCAPE) p++;
  }
  return n;
}

// Copies s's text, its words expanded, to dst: at most max bytes. Returns how many it copied.
export function litCopy(s: Lit, dst: u32, max: u32): u32 {
  let at: u32 = 0;
  for (let p = litData(s), end = p + litLen(s); p < end && at < max; p++) {
    const w = litWord(p);
    if (!w) { store<u8>(dst + at++, load<u8>(p)); continue; }
    const n = min(litLen(w), max - at);
    memory.copy(dst + at, litData(w), n);
    at += n;
    if (load<u8>(p) == WORD_ESCAPE) p++;
  }
  return at;
}

// A new str (never a shared one: internName frees a duplicate).
export function strFromLiteral(s: Lit): Value {
  const n = litTextLen(s);
  const v = strNew(n);
  if (!v) return 0;
  litCopy(s, v + STR_HEADER, n);
  return strFinish(v);
}

export function immortalStr(s: Lit): Value {
  const v = strFromLiteral(s);
  asStr(v).rc = IMMORTAL;
  return v;
}

export function strInit(): void {
  emptyStr = strNew(0);
  asStr(emptyStr).rc = IMMORTAL;
  charStrs = alloc(128 * 4);
  for (let c: u32 = 0; c < 128; c++) {
    const v = strNew(1);
    store<u8>(v + STR_HEADER, <u8>c);
    asStr(v).rc = IMMORTAL;
    store<u32>(charStrs + (c << 2), v);
  }
}

export function strFree(v: Value): void {
  free(v, STR_HEADER + asStr(v).len);
}

export function strHash(v: Value): u32 {
  const s = asStr(v);
  let h = s.hash;
  if (h) return h;
  h = 2166136261;
  const p = v + STR_HEADER;
  for (let i: u32 = 0; i < s.len; i++) h = (h ^ load<u8>(p + i)) * 16777619;
  if (h == 0) h = 1;
  s.hash = h;
  return h;
}

export function strEq(a: Value, b: Value): bool {
  if (a == b) return true;
  const n = asStr(a).len;
  if (n != asStr(b).len) return false;
  const ha = asStr(a).hash, hb = asStr(b).hash;
  if (ha && hb && ha != hb) return false;
  return memory.compare(a + STR_HEADER, b + STR_HEADER, n) == 0;
}

// Byte-wise comparison of UTF-8 orders like code points.
export function strCompare(a: Value, b: Value): i32 {
  const na = asStr(a).len, nb = asStr(b).len;
  const n = na < nb ? na : nb;
  const c = memory.compare(a + STR_HEADER, b + STR_HEADER, n);
  if (c != 0) return c;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

export function strEqLiteral(v: Value, s: Lit): bool {
  const n = litLen(s);
  return asStr(v).len == n && memory.compare(v + STR_HEADER, litData(s), n) == 0;
}

export function strConcat(a: Value, b: Value): Value {
  const na = asStr(a).len, nb = asStr(b).len;
  const v = strNew(na + nb);
  if (!v) return 0;
  memory.copy(v + STR_HEADER, a + STR_HEADER, na);
  memory.copy(v + STR_HEADER + na, b + STR_HEADER, nb);
  asStr(v).nchars = asStr(a).nchars + asStr(b).nchars;
  return v;
}

// Byte offset of code point i (0 <= i <= nchars).
export function charOffset(v: Value, i: u32): u32 {
  const s = asStr(v);
  if (s.nchars == s.len) return i;
  const p = v + STR_HEADER;
  let off: u32 = 0;
  while (i > 0) {
    off++;
    while (off < s.len && (load<u8>(p + off) & 0xC0) == 0x80) off++;
    i--;
  }
  return off;
}

// The code point at index i (already bounds-checked) as a str.
export function strCharAt(v: Value, i: u32): Value {
  const s = asStr(v);
  if (s.nchars == s.len) return charStr(load<u8>(v + STR_HEADER + i));
  const start = charOffset(v, i);
  let end = start + 1;
  while (end < s.len && (load<u8>(v + STR_HEADER + end) & 0xC0) == 0x80) end++;
  return strFromBytes(v + STR_HEADER + start, end - start);
}

// Offset of the n bytes at np within hp[from, to) (the first, or the last), or -1.
export function searchBytes(hp: u32, from: u32, to: u32, np: u32, n: u32, last: bool): i32 {
  if (to < from + n) return -1;
  if (last) {
    for (let i = <i32>(to - n); i >= <i32>from; i--) if (memory.compare(hp + <u32>i, np, n) == 0) return i;
  } else {
    for (let i = from; i + n <= to; i++) if (memory.compare(hp + i, np, n) == 0) return <i32>i;
  }
  return -1;
}

export function strLenValue(v: Value): Value { return fromSmall(<i32>asStr(v).nchars); }
