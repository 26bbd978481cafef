// Memory-budget tests: run a program frame by frame as a game host does (one tick({ops}) per
// frame) and record the peak of every region, stopping at the first frame that breaks the budget
// or a limit. `stackless budget` and `stackless report` use measure(); tests use it directly or
// through assertWithinBudget().
import { DEFAULTS, type VmConfig } from "./defaults";
import { ImageError, InitError, PythonError, CallError } from "./errors";
import { Runtime, Status, compileModule, type Sink, type HostFunction } from "./index";
import { compileText } from "./compile";
import { STAT } from "./stats";
import { formatSize } from "./size";

/** The regions measure() watches; each has a peak and may have a limit. */
export const REGIONS = ["heap", "arena", "freelist", "tasklets", "memory"] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Peaks over the run. heap, arena and freelist are the VM's own high-water marks in bytes (exact,
 * within a frame too); memory is the linear memory committed; tasklets is the most alive at the
 * end of a frame (the VM keeps no peak of it).
 */
export type Peaks = Record<Region, number>;

export interface MeasureOptions extends Partial<VmConfig> {
  /** Frames to run (one tick per frame); the run stops earlier if the program ends or fails. */
  frames: number;
  /** Opcodes per frame (tick({ops})): at least 1, so a never-ending script yields every frame. */
  ops: number;
  /** Peak limits; a peak above its limit stops the run at that frame. */
  limits?: Partial<Peaks>;
  /** Called before each frame's tick (frame counts from 1): where a host feeds its script. */
  onFrame?: (frame: number, rt: Runtime) => void;
  /** The program's fd 1 and fd 2; both are dropped by default. */
  stdout?: Sink;
  stderr?: Sink;
  /** Filename for tracebacks when the program is source text. */
  filename?: string;
  /** An already compiled module (see compileModule); defaults to build/stackless.wasm. */
  module?: WebAssembly.Module;
  /** Keep the program alive after main returns (RuntimeOptions.keepAlive), for a host that feeds it. */
  keepAlive?: boolean;
  /** Host modules the script imports (Runtime.registerModule). */
  modules?: Record<string, Record<string, HostFunction>>;
}

/**
 * How the run ended: `frames` ran them all (an idle program counts: a host may still feed it),
 * `done` ended by itself, `over-budget` a MemoryError ended it or the image/configuration does not
 * fit, `over-limit` a peak passed its limit, `failed` another uncaught exception (or sys.exit(n≠0)).
 */
export type MeasureStatus = "frames" | "done" | "over-budget" | "over-limit" | "failed";

export interface Exceeded {
  region: Region;
  /** The limit, or the budget's capacity for that region when a MemoryError ended the run. */
  limit: number;
  /** The peak reached. */
  peak: number;
}

export interface Measurement {
  status: MeasureStatus;
  /** Frames ticked (the last one included when the run stopped in it). */
  framesRun: number;
  /** The frame (from 1) in which the budget or a limit was broken or the script failed; 0 at load. */
  exceededAt?: number;
  /** The region over its limit (or over its capacity for a MemoryError); absent when the image or
   * the configuration does not fit: `message` has the VM's sizes then. */
  exceeded?: Exceeded;
  /** One line saying why the run stopped early; absent for `frames` and `done`. */
  message?: string;
  peaks: Peaks;
  /** Capacities: what each region could reach under this configuration. */
  capacity: Partial<Peaks>;
  config: VmConfig;
  frames: number;
  ops: number;
  imageBytes: number;
  heapAfterInit: number;
  heapAfterLoad: number;
  opcodes: number;
}

/** Runs `program` (an image, or Python source) for `opts.frames` frames of `opts.ops` opcodes. */
export async function measure(program: Uint8Array | string, opts: MeasureOptions): Promise<Measurement> {
  for (const key of ["frames", "ops"] as const) {
    const v = opts[key];
    if (!Number.isInteger(v) || v < 1 || v > 0xffffffff) throw new RangeError(`${key} must be an integer ≥ 1, got ${v}`);
  }
  const image = typeof program === "string" ? compileText(program, opts.filename ?? "<budget>") : program;
  const drop = () => {};
  const module = opts.module ?? (await compileModule());
  // configuration refused by vm_init before anything ran
  let rt: Runtime;
  try {
    rt = new Runtime(module, { ...opts, stdout: opts.stdout ?? drop, stderr: opts.stderr ?? drop });
  } catch (e) {
    if (e instanceof InitError) return refused(e, opts, image.length);
    throw e;
  }
  const m: Measurement = {
    status: "frames",
    framesRun: 0,
    peaks: { heap: 0, arena: 0, freelist: 0, tasklets: 0, memory: 0 },
    capacity: {},
    config: rt.config,
    frames: opts.frames,
    ops: opts.ops,
    imageBytes: image.length,
    heapAfterInit: rt.stat(STAT.heapUsed),
    heapAfterLoad: 0,
    opcodes: 0,
  };
  const s = rt.stats();
  m.capacity = { heap: s.heapCapacity, arena: s.arenaCapacity, freelist: s.freelistCapacityBytes, memory: s.budget };
  for (const [name, fns] of Object.entries(opts.modules ?? {})) rt.registerModule(name, fns);
  try {
    rt.loadImage(image);
  } catch (e) {
    if (e instanceof ImageError) return refused(e, opts, image.length, m);
    throw e;
  }
  m.heapAfterLoad = rt.stat(STAT.heapUsed);
  sample(rt, m.peaks);
  for (let frame = 1; frame <= opts.frames; frame++) {
    try {
      opts.onFrame?.(frame, rt);
    } catch (e) {
      // the host's side failed in the script (a call raised, a value did not fit): the frame fails
      if (!(e instanceof PythonError || e instanceof CallError || e instanceof RangeError)) throw e;
      stop(m, "failed", frame, undefined, `the host's events at frame ${frame} failed: ${e.message}`);
      m.framesRun = frame;
      break;
    }
    const { status } = rt.tick({ ops: opts.ops });
    m.framesRun = frame;
    sample(rt, m.peaks);
    // a MemoryError first: the budget is the harder fact when a limit broke in the same frame
    if (status === Status.Error && ended(rt, m, frame, "MemoryError")) break;
    const over = overLimit(m.peaks, opts.limits);
    if (over) {
      const msg = `${over.region} peak ${amount(over.region, over.peak)} exceeds the limit ${amount(over.region, over.limit)} at frame ${frame}`;
      stop(m, "over-limit", frame, over, msg);
      break;
    }
    if (status === Status.Error) {
      ended(rt, m, frame, "other");
      break;
    }
    if (status === Status.Done) {
      m.status = "done";
      break;
    }
  }
  m.opcodes = rt.stat(STAT.opcodes);
  return m;
}

/** Thrown by assertWithinBudget: the message names the region, the limit, the peak and the frame. */
export class BudgetError extends Error {
  constructor(readonly measurement: Measurement) {
    super(measurement.message ?? "over budget");
    this.name = "BudgetError";
  }
}

/** measure(), throwing a BudgetError unless the run stayed within the budget and the limits. */
export async function assertWithinBudget(program: Uint8Array | string, opts: MeasureOptions): Promise<Measurement> {
  const m = await measure(program, opts);
  if (m.status === "over-budget" || m.status === "over-limit" || m.status === "failed") throw new BudgetError(m);
  return m;
}

/** Folds the current stats into the peaks. */
function sample(rt: Runtime, peaks: Peaks): void {
  peaks.heap = rt.stat(STAT.heapPeak);
  peaks.arena = rt.stat(STAT.arenaPeak);
  peaks.freelist = rt.stat(STAT.freelistPeakBytes);
  peaks.memory = rt.stat(STAT.memoryBytes);
  peaks.tasklets = Math.max(peaks.tasklets, rt.stat(STAT.taskletsAlive));
}

function overLimit(peaks: Peaks, limits: Partial<Peaks> = {}): Exceeded | undefined {
  for (const region of REGIONS) {
    const limit = limits[region];
    if (limit !== undefined && peaks[region] > limit) return { region, limit, peak: peaks[region] };
  }
  return undefined;
}

/**
 * An uncaught exception (or sys.exit) ended the program in `frame`: records it if it is `kind`
 * (a MemoryError, or any other ending) and says whether it did.
 */
function ended(rt: Runtime, m: Measurement, frame: number, kind: "MemoryError" | "other"): boolean {
  const last = rt.message().trimEnd().split("\n").pop() ?? "";
  const memory = /^MemoryError\b/.test(last);
  if (kind === "MemoryError") {
    if (!memory) return false;
    // the heap is where the allocation failed: its peak against its capacity
    const exceeded = { region: "heap" as const, limit: m.capacity.heap ?? 0, peak: m.peaks.heap };
    const msg = `MemoryError at frame ${frame}: over the ${formatSize(m.config.budget)} budget (heap peak ${amount("heap", m.peaks.heap)} of ${amount("heap", exceeded.limit)})`;
    stop(m, "over-budget", frame, exceeded, msg);
    return true;
  }
  const code = rt.exitCode(Status.Error);
  if (code === 0) m.status = "done"; // sys.exit(0)
  else stop(m, "failed", frame, undefined, `the script failed at frame ${frame}: ${last || `exit status ${code}`}`);
  return true;
}

function stop(m: Measurement, status: MeasureStatus, frame: number, exceeded: Exceeded | undefined, message: string): void {
  m.status = status;
  m.exceededAt = frame;
  if (exceeded) m.exceeded = exceeded;
  m.message = message;
}

/** The image or the configuration does not fit the budget: over budget before frame 1. */
function refused(e: ImageError | InitError, opts: MeasureOptions, imageBytes: number, partial?: Measurement): Measurement {
  const config = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof VmConfig)[]) if (opts[key] !== undefined) (config as Record<string, unknown>)[key] = opts[key];
  const m: Measurement = partial ?? {
    status: "over-budget",
    framesRun: 0,
    peaks: { heap: 0, arena: 0, freelist: 0, tasklets: 0, memory: 0 },
    capacity: {},
    config,
    frames: opts.frames,
    ops: opts.ops,
    imageBytes,
    heapAfterInit: 0,
    heapAfterLoad: 0,
    opcodes: 0,
  };
  // the VM's message names the sizes: "the image (N bytes) does not fit in the memory budget (M bytes)"
  stop(m, "over-budget", 0, undefined, `${e.name} at ${e instanceof InitError ? "init" : "load"}: ${e.message}`);
  return m;
}

function amount(region: Region, n: number): string {
  return region === "tasklets" ? `${n}` : `${n.toLocaleString("en-US")} B`;
}
