// Counters the host reads through vm_stats (see docs/abi.md for the exported order).
@unmanaged export class Stats {
  opcodes: i64;
  calls: i64;
  spills: i64;
  freelistHits: i64;
  freelistMisses: i64;
  switches: i64;
  zombieFrames: i64;
  zombieBytes: i64;
  recursionPeak: i64;
  imageBytes: i64;
}
export const stats = changetype<Stats>(memory.data(offsetof<Stats>(), 8));

export function statsReset(): void {
  memory.fill(changetype<usize>(stats), 0, offsetof<Stats>());
}
