// Known differences from CPython that the program fuzzer finds: each is documented in
// docs/language.md ("Known differences found by the program fuzzer") under the same name.
// A finding matching one is counted and reported, but does not fail the test slice.

/** One diverging run: our stdout and exit status, and CPython's. */
export interface Divergence {
  ours: string;
  oursCode: number;
  expected: string;
  expectedCode: number;
}

interface Known {
  name: string;
  matches(d: Divergence): boolean;
}

/** CPython printed what we printed, then only lines matching `extra`. */
function onlyMore(d: Divergence, extra: RegExp): boolean {
  if (d.oursCode !== d.expectedCode || !d.expected.startsWith(d.ours) || d.expected === d.ours) return false;
  return d.expected
    .slice(d.ours.length)
    .split("\n")
    .filter(Boolean)
    .every((l) => extra.test(l));
}

const KNOWN: Known[] = [
  {
    // CPython refuses int↔str conversions past 4300 digits (sys.set_int_max_str_digits); we convert.
    name: "int-str-digit-limit",
    matches: (d) => /Exceeds the limit \(4300 digits\) for integer string conversion/.test(d.expected),
  },
  {
    // A generator left suspended inside try/finally when the program ends: CPython closes it at
    // interpreter shutdown (its finally block runs and prints); we do not run it.
    name: "generator-finally-at-exit",
    matches: (d) => onlyMore(d, /^gen finally /),
  },
];

/** The name of the known difference a divergence is, or undefined. */
export function knownDifference(d: Divergence): string | undefined {
  return KNOWN.find((k) => k.matches(d))?.name;
}
