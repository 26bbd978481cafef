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
  /** An open bug in an area another part of issue 8 is fixing: listed until that lands. */
  open?: boolean;
  matches(d: Divergence): boolean;
}

/** The first line where the outputs differ: [ours, CPython's]. */
function firstLines(d: Divergence): [string, string] {
  const a = d.ours.split("\n");
  const b = d.expected.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [a[i] ?? "", b[i] ?? ""];
}

const KNOWN: Known[] = [
  {
    // The default budget is 1 MiB (docs/abi.md): a program that needs more gets MemoryError here.
    name: "memory-budget",
    matches: (d) => /\bMemoryError\b/.test(firstLines(d)[0]) && !/\bMemoryError\b/.test(firstLines(d)[1]),
  },
  {
    // No complex numbers: a negative float to a fractional power raises where CPython makes a
    // complex (and goes on, perhaps to another error).
    name: "no-complex",
    matches: (d) =>
      /ValueError (math domain error|negative number cannot be raised to a fractional power)/.test(firstLines(d)[0]) &&
      !/ValueError (math domain error|negative number cannot be raised to a fractional power)/.test(firstLines(d)[1]),
  },
];

/** The name of the known difference a divergence is, or undefined. */
export function knownDifference(d: Divergence): string | undefined {
  return KNOWN.find((k) => k.matches(d))?.name;
}
