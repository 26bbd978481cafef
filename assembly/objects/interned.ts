// The table of interned names (below builtins/, which registers most of them, because
// objects/names.ts interns the VM's own names and the image loader shares them).
import { Value } from "./object";
import { immortalStr, strFree, strHash, strEq, Lit } from "./str";
import { alloc, free } from "../memory/heap";

// Every name the VM defines, so that the image loader can share these str objects: lookups of
// builtin names then match by address before comparing bytes. A set of str pointers, open
// addressing: 8 bytes a name at half load, where a dict (hash, key, value, index) took 40.
let internSlots: u32 = 0; // u32 slots, 0 = empty
let internMask: u32 = 0;  // slots - 1
let internCount: u32 = 0;
// (about 520 names: room for all of them at once, so the table does not grow step by step, leaving holes)
const INTERN_SLOTS: u32 = 1024;

export function internedInit(): void { internCount = 0; internTable(INTERN_SLOTS); }

function internTable(slots: u32): void {
  internSlots = alloc(slots << 2);
  internMask = slots - 1;
  if (internSlots) memory.fill(internSlots, 0, slots << 2);
}

// The slot holding the name equal to s, or the empty slot where it belongs.
function internSlot(s: Value): u32 {
  let i = strHash(s) & internMask;
  while (true) {
    const p = internSlots + (i << 2);
    const k = load<u32>(p);
    if (!k || strEq(k, s)) return p;
    i = (i + 1) & internMask;
  }
}

// The VM's own str equal to s, or 0.
export function internedGet(s: Value): Value {
  return internSlots ? load<u32>(internSlot(s)) : 0;
}

export function internName(s: Lit): Value {
  const key = immortalStr(s);
  const p = internSlot(key);
  const known = load<u32>(p);
  // a name registered again (__init__, count, pop... of many types) costs no second copy
  if (known) { strFree(key); return known; }
  store<u32>(p, key);
  if (++internCount * 2 > internMask) internGrow();
  return key;
}

// Twice the slots, at half load again (only if the VM's names outgrow INTERN_SLOTS).
function internGrow(): void {
  const old = internSlots, n = internMask + 1;
  internTable(n << 1);
  for (let i: u32 = 0; i < n; i++) {
    const k = load<u32>(old + (i << 2));
    if (k) store<u32>(internSlot(k), k);
  }
  free(old, n << 2);
}
