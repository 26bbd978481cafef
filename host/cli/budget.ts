// `stackless budget FILE`: a memory-budget test for CI. Runs the program as a game host would,
// one tick({ops}) per frame, and fails (exit 1, one line on stderr) when it breaks the budget or a
// peak limit. stdout carries only the peaks table (or --json): the program's own output goes to
// stderr, so the report stays parseable.
import * as fs from "node:fs";
import * as path from "node:path";
import { compileFile, type Runtime } from "../runtime/index";
import { REGIONS, measure, type Measurement, type Peaks, type Region } from "../runtime/budget";
import { formatSize } from "../runtime/size";
import { int, table } from "../../bench/table";
import { UsageError, type FlagSpec, type Parsed } from "./args";
import { emit, type Io } from "./io";
import { SIZE_FLAGS, configFlags } from "./run";

/** Frames and ops per frame when not given: ten seconds at 60 frames per second. */
export const FRAME_FLAGS: FlagSpec = { "--frames": "count", "--ops": "count" };
const DEFAULT_FRAMES = 600;
const DEFAULT_OPS = 10_000;

/** A peak limit per region: `--max-heap SIZE`, …, `--max-tasklets N`. */
const LIMIT_FLAGS: Record<string, Region> = {
  "--max-heap": "heap",
  "--max-arena": "arena",
  "--max-freelist": "freelist",
  "--max-tasklets": "tasklets",
  "--max-memory": "memory",
};

export const BUDGET_FLAGS: FlagSpec = {
  ...SIZE_FLAGS,
  ...FRAME_FLAGS,
  ...Object.fromEntries(Object.entries(LIMIT_FLAGS).map(([flag, region]) => [flag, region === "tasklets" ? "count" : "size"])),
  "--json": "bool",
  "--events": "string",
};

/** --frames and --ops, checked: a frame of 0 ops would never end a never-ending script. */
export function frameFlags(flags: Parsed["flags"]): { frames: number; ops: number } {
  const frames = (flags["--frames"] as number | undefined) ?? DEFAULT_FRAMES;
  const ops = (flags["--ops"] as number | undefined) ?? DEFAULT_OPS;
  if (frames < 1) throw new UsageError("--frames must be at least 1");
  if (ops < 1 || ops > 0xffffffff) throw new UsageError("--ops must be in 1..4294967295");
  return { frames, ops };
}

/** A path for reports: relative to the working directory, never absolute. */
export function displayPath(file: string): string {
  return path.isAbsolute(file) ? path.relative(process.cwd(), file) || path.basename(file) : file;
}

export async function budgetCommand({ flags, positionals }: Parsed, io: Io): Promise<number> {
  if (positionals.length !== 1) throw new UsageError("budget needs exactly one FILE.py or FILE.slpi");
  const limits: Partial<Peaks> = {};
  for (const [flag, region] of Object.entries(LIMIT_FLAGS)) {
    if (flags[flag] !== undefined) limits[region] = flags[flag] as number;
  }
  const file = positionals[0];
  const image = compileFile(file);
  const events = flags["--events"] === undefined ? undefined : readEvents(flags["--events"] as string);
  const m = await measure(image, {
    ...configFlags(flags), ...frameFlags(flags), limits, stdout: io.stderr, stderr: io.stderr,
    // replaying the host's side keeps the program alive after main returns, as a game host does
    ...(events ? { keepAlive: true, onFrame: (frame: number, rt: Runtime) => replay(events, frame, rt) } : {}),
  });
  const program = displayPath(file);
  emit(io.stdout, flags["--json"] ? JSON.stringify({ program, limits, ...m }, null, 2) + "\n" : renderBudget(program, m, limits));
  if (m.message) emit(io.stderr, `stackless: ${program}: ${m.message}\n`);
  return budgetExitCode(m);
}

/**
 * An --events file: one JSON object per line, the host's side of the game loop, applied before
 * the tick of its frame (frames count from 1; frame 1's tick runs the script's main):
 * `{"frame": 5, "send": "channel path", "value": …}` or `{"frame": 5, "call": "function path", "args": […]}`.
 */
export interface HostEvent {
  frame: number;
  send?: string;
  value?: unknown;
  call?: string;
  args?: unknown[];
}

export function readEvents(file: string): Map<number, HostEvent[]> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`--events: cannot read ${file}: ${(e as Error).message}`);
  }
  const byFrame = new Map<number, HostEvent[]>();
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let e: HostEvent;
    try {
      e = JSON.parse(line) as HostEvent;
    } catch {
      throw new UsageError(`--events: ${file}:${i + 1}: not a JSON object`);
    }
    const ok = e && Number.isInteger(e.frame) && e.frame >= 1 &&
      ((typeof e.send === "string" && "value" in e) || (typeof e.call === "string" && (e.args === undefined || Array.isArray(e.args))));
    if (!ok) throw new UsageError(`--events: ${file}:${i + 1}: want {"frame": N, "send": path, "value": v} or {"frame": N, "call": path, "args": [...]}`);
    byFrame.set(e.frame, [...(byFrame.get(e.frame) ?? []), e]);
  });
  return byFrame;
}

function replay(events: Map<number, HostEvent[]>, frame: number, rt: Runtime): void {
  for (const e of events.get(frame) ?? []) {
    if (e.send !== undefined) rt.channel(e.send).send(e.value);
    else rt.call(e.call as string, ...(e.args ?? []));
  }
}

/** 0 within the budget (all frames run, or the program ended by itself); 1 otherwise. */
export function budgetExitCode(m: Measurement): number {
  return m.status === "frames" || m.status === "done" ? 0 : 1;
}

const VERDICT: Record<Measurement["status"], string> = {
  frames: "within budget",
  done: "ended by itself, within budget",
  "over-budget": "OVER BUDGET",
  "over-limit": "OVER A LIMIT",
  failed: "the script failed",
};

/** The summary line and the peaks table. */
export function renderBudget(program: string, m: Measurement, limits: Partial<Peaks> = {}): string {
  const head =
    `${program}: ${int(m.framesRun)} of ${int(m.frames)} frames of ${int(m.ops)} ops, ` +
    `budget ${formatSize(m.config.budget)}, arena ${formatSize(m.config.arena)}: ${VERDICT[m.status]}\n\n`;
  const cell = (region: Region, n: number | undefined) => (n === undefined ? "" : region === "tasklets" ? int(n) : `${int(n)} B`);
  const rows = REGIONS.map((r) => [r === "memory" ? "memory (committed)" : r, cell(r, m.peaks[r]), cell(r, limits[r]), cell(r, m.capacity[r])]);
  return head + table(["region", "peak", "limit", "capacity"], rows);
}
