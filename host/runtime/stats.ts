// The stats block (docs/abi.md, "Stats block"): vm_stats_count() f64 values in this order.
// host/wasmtime/run.py carries the same list; tests/host/runtime.test.ts checks they agree.

export const STAT_NAMES = [
  "heapUsed", "heapPeak", "heapCapacity",
  "arenaUsed", "arenaPeak", "arenaCapacity",
  "freelistFrames", "freelistBytes", "freelistPeakBytes",
  "memoryBytes", "budget",
  "opcodes", "calls", "spills", "freelistHits", "freelistMisses",
  "switches", "taskletsAlive", "runnable", "blocked", "imageBytes",
  "zombieFrames", "zombieBytes", "recursionPeak", "heapObjects", "freelistCapacityFrames", "freelistCapacityBytes",
  "gcTracked", "gcCollections", "gcCollected",
] as const;

export type StatName = (typeof STAT_NAMES)[number];
export type Stats = Record<StatName, number> & Record<string, number>;

/** Index of each stat in the block, for hosts that read one value per tick. */
export const STAT = Object.fromEntries(STAT_NAMES.map((name, i) => [name, i])) as Record<StatName, number>;

/** Names `count` values: the documented names, then `stat25`, `stat26`… for any the VM adds. */
export function namesFor(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i < STAT_NAMES.length ? STAT_NAMES[i] : `stat${i}`));
}
