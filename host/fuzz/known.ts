// Known differences from CPython that the program fuzzer finds: each is documented in
// docs/language.md ("Known differences found by the program fuzzer"), under the same name.
// A finding matching one is counted and reported, but does not fail the test slice.

interface Known {
  name: string;
  /** True when a finding (our output, the oracle's, the program) is this difference. */
  matches(ours: string, expected: string, program: string): boolean;
}

const KNOWN: Known[] = [
  {
    // CPython refuses int↔str conversions past 4300 digits (sys.set_int_max_str_digits); we convert.
    name: "int-str-digit-limit",
    matches: (_ours, expected) => /Exceeds the limit \(4300 digits\) for integer string conversion/.test(expected),
  },
];

/** The name of the known difference a finding is, or undefined. */
export function knownDifference(ours: string, expected: string, program: string): string | undefined {
  return KNOWN.find((k) => k.matches(ours, expected, program))?.name;
}
