// Byte sizes written by people: `--memory 1MiB`, `--arena 64KiB`, `--spill 4096`.
//
// Grammar (case-insensitive, optional spaces before the unit, `_` allowed between digits):
//   SIZE  := NUMBER [UNIT]
//   NUMBER:= digits [ "." digits ]            the result must be a whole number of bytes
//   UNIT  := "B"                              bytes (same as no unit)
//          | "K" | "KiB"                      × 1024
//          | "M" | "MiB"                      × 1024²
//          | "G" | "GiB"                      × 1024³
// Units are binary only: memory budgets are counted in 64 KiB pages, and "1M" always means
// 1 MiB here. "KB"/"MB"/"GB" are rejected as ambiguous (SI says 1000, habit says 1024) with a
// message naming both spellings, rather than silently picking one.

const UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kib: 1024, m: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gib: 1024 ** 3 };
const AMBIGUOUS = new Set(["kb", "mb", "gb"]);
const SIZE = /^(\d[\d_]*(?:\.\d[\d_]*)?)\s*([a-z]*)$/i;

/** Parses a size; throws RangeError with a message fit for a usage error. */
export function parseSize(text: string): number {
  const m = SIZE.exec(text.trim());
  if (!m || /_(?!\d)|_$/.test(m[1])) throw new RangeError(`bad size '${text}' (expected e.g. 4096, 64KiB, 1MiB)`);
  const unit = m[2].toLowerCase();
  if (AMBIGUOUS.has(unit)) {
    const bin = unit[0].toUpperCase() + "iB";
    throw new RangeError(`ambiguous unit in '${text}': write ${bin} (×1024) or a plain byte count`);
  }
  const scale = UNITS[unit];
  if (scale === undefined) throw new RangeError(`bad unit in size '${text}' (units: B, K/KiB, M/MiB, G/GiB)`);
  const bytes = Number(m[1].replace(/_/g, "")) * scale;
  if (!Number.isSafeInteger(bytes)) throw new RangeError(`size '${text}' is not a whole number of bytes`);
  return bytes;
}

/** The shortest exact spelling of a byte count: 1048576 → "1MiB", 4096 → "4KiB", 1000 → "1000B". */
export function formatSize(bytes: number): string {
  for (const [unit, scale] of [["GiB", 1024 ** 3], ["MiB", 1024 ** 2], ["KiB", 1024]] as const) {
    if (bytes >= scale && bytes % scale === 0) return `${bytes / scale}${unit}`;
  }
  return `${bytes}B`;
}
