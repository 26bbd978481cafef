// The one bound on native recursion over nested objects: ==, <, hash, `in`, `except (...)`,
// repr and the image's tuple constants walk containers inside containers by calling themselves
// on the wasm stack. That stack has a fixed size whatever sys.getrecursionlimit() says, so the
// bound is a constant: CPython's default recursion limit, so that what CPython compares we
// compare too, and shallow enough that the deepest walk fits every engine's stack.
export const MAX_NESTING: i32 = 1000;

let nesting: i32 = 0;

// One level deeper; false (the level not entered) past the bound.
export function nestEnter(): bool {
  if (nesting >= MAX_NESTING) return false;
  nesting++;
  return true;
}

export function nestLeave(): void { nesting--; }

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function nestingReset(): void { nesting = 0; }
