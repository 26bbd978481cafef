// Plain-text tables for `stackless report` and `stackless bench`.

/** Left-aligns the first column, right-aligns the rest. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const line = (r: readonly string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds with sensible precision. */
export function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "n/a";
  return value < 10 ? value.toFixed(3) : value.toFixed(1);
}

/** An integer with thousands separators. */
export function int(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? "n/a" : Math.round(value).toLocaleString("en-US");
}
