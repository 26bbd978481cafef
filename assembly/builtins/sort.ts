// list.sort / sorted: a stable merge sort on `<`. Keys from a builtin (key=len, key=str.lower)
// are computed natively; Python key functions need the resumable sort of a later issue.
import { Value, Kind } from "../objects/object";
import { kindOfCall } from "../objects/type";
import { asList, listLen } from "../objects/list";
import { asBuiltin } from "../objects/function";
import { None } from "../objects/singletons";
import { alloc, free } from "../memory/heap";
import { increfCall, decrefCall } from "../memory/refcount";
import { compareBool, Cmp } from "../vm/compare";
import { truthy } from "../vm/protocol";
import { raiseLit, raiseMemoryError } from "../objects/errors";
import { NotImplementedError } from "../objects/exception";
import { callNative } from "./dispatch";
import { listGet } from "../objects/list";
import { pyBool } from "../objects/singletons";
import { isUserObject } from "../vm/classes";
import { preludeFunction } from "../vm/modules";
import { callPython, ENTER } from "../vm/call";
import { N } from "../objects/names";

// Sorts pairs (key, item) held in two parallel arrays; -1 on error.
function mergeSort(keys: u32, items: u32, tmpK: u32, tmpI: u32, n: u32, reverse: bool): i32 {
  for (let width: u32 = 1; width < n; width <<= 1) {
    for (let lo: u32 = 0; lo < n; lo += width << 1) {
      const mid = lo + width < n ? lo + width : n;
      const hi = lo + (width << 1) < n ? lo + (width << 1) : n;
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        // stable: take from the right only when strictly before the left
        const a = load<u32>(keys + (i << 2)), b = load<u32>(keys + (j << 2));
        const c = reverse ? compareBool(Cmp.LT, a, b) : compareBool(Cmp.LT, b, a);
        if (c < 0) return -1;
        if (c) { store<u32>(tmpK + (k << 2), b); store<u32>(tmpI + (k << 2), load<u32>(items + (j << 2))); j++; }
        else { store<u32>(tmpK + (k << 2), a); store<u32>(tmpI + (k << 2), load<u32>(items + (i << 2))); i++; }
        k++;
      }
      while (i < mid) { store<u32>(tmpK + (k << 2), load<u32>(keys + (i << 2))); store<u32>(tmpI + (k << 2), load<u32>(items + (i << 2))); i++; k++; }
      while (j < hi) { store<u32>(tmpK + (k << 2), load<u32>(keys + (j << 2))); store<u32>(tmpI + (k << 2), load<u32>(items + (j << 2))); j++; k++; }
    }
    memory.copy(keys, tmpK, n << 2);
    memory.copy(items, tmpI, n << 2);
  }
  return 0;
}

const preludeArgs = memory.data(12, 4);

// Sorts list l in place: 1 done, 0 error pending (the list keeps its items), or -1 when Python
// code must run (a key function, or items compared by a Python __lt__): the prelude's sort then
// runs in a frame (ENTER is prepared; `sorted` asks for the prelude function returning the list).
export function sortList(l: Value, key: Value, reverse: Value, returnList: bool): i32 {
  let rev = false;
  if (reverse && reverse != None) {
    const t = truthy(reverse);
    if (t < 0) return 0;
    rev = t == 1;
  }
  if (key == None) key = 0;
  let python = key != 0 && kindOfCall(key) != Kind.BUILTIN;
  if (!python) {
    // user objects: their __lt__, or a builtin key's dunder (abs, len), is Python code
    for (let i: u32 = 0; i < listLen(l) && !python; i++) python = isUserObject(listGet(l, i));
  }
  if (python) {
    const fn = preludeFunction(returnList ? N.sorted_list_ : N.sort_list_);
    if (!fn) return 0;
    store<u32>(preludeArgs, l);
    store<u32>(preludeArgs, key ? key : None, 4);
    store<u32>(preludeArgs, pyBool(rev), 8);
    return callPython(fn, 0, preludeArgs, 3) == ENTER ? -1 : 0;
  }
  const n = listLen(l);
  if (n < 2) return 1;
  const bytes = n << 2;
  const block = alloc(bytes * 4);
  if (!block) { raiseMemoryError(); return 0; }
  const keys = block, items = block + bytes, tmpK = block + 2 * bytes, tmpI = block + 3 * bytes;
  memory.copy(items, asList(l).items, bytes);
  let ok = true;
  for (let i: u32 = 0; i < n; i++) {
    const x = load<u32>(items + (i << 2));
    let k = x;
    if (key) {
      const b = asBuiltin(key);
      k = callNative(b.id, b.self, items + (i << 2), 1, 0);
      if (!k) {
        for (let j: u32 = 0; j < i; j++) decrefCall(load<u32>(keys + (j << 2)));
        ok = false;
        break;
      }
    } else increfCall(k);
    store<u32>(keys + (i << 2), k);
  }
  if (ok) {
    ok = mergeSort(keys, items, tmpK, tmpI, n, rev) == 0;
    if (ok) memory.copy(asList(l).items, items, bytes);
    for (let i: u32 = 0; i < n; i++) decrefCall(load<u32>(keys + (i << 2)));
  }
  free(block, bytes * 4);
  return ok ? 1 : 0;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function sortArgsReset(): void {
  memory.fill(preludeArgs, 0, 12);
}
