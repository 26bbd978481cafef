// The embedding API on V8: load the module, satisfy its two imports, drive `vm_run`, read stats.
// The contract with the module is docs/abi.md; this file is its only V8-side user.
import * as v8 from "node:v8";
import { DEFAULTS, FLAG_ZOMBIE_FRAMES, FLAG_GC_STRESS, FLAG_GIL_STRESS, type VmConfig } from "./defaults";
import { ImageError, InitError, VmTrap } from "./errors";
import { embeddingWasmPath, readWasm } from "./paths";
import { STAT, namesFor, type Stats } from "./stats";
import { compileText, type CompileOptions } from "./compile";
import { Boundary, type BoundaryExports, type HostFunction } from "./boundary";
import { PythonError } from "./errors";

export { DEFAULTS, STRESS, type VmConfig } from "./defaults";
export { ImageError, InitError, VmTrap, PythonError, CallError, type PythonFrame } from "./errors";
export { type HostFunction } from "./boundary";
export { STAT_NAMES, type Stats } from "./stats";
export { parseSize, formatSize } from "./size";
export { compileFile, compileText, isSyntaxError, type CompileOptions } from "./compile";
export { measure, assertWithinBudget, BudgetError, REGIONS, type MeasureOptions, type Measurement, type Peaks } from "./budget";

/** `vm_run` statuses (docs/abi.md). */
export const Status = {
  /** main finished and nothing is runnable */
  Done: 0,
  /** the op budget ran out; call again */
  Budget: 1,
  /** an uncaught exception ended the program; its traceback went to fd 2 */
  Error: 2,
  /** main finished; tasklets remain, all blocked: the host may feed them and tick on, or call exit() */
  Idle: 3,
} as const;
export type Status = (typeof Status)[keyof typeof Status];

/** The process exit code for a final status: 0 for done/idle, 1 for an uncaught exception. */
export function exitCodeFor(status: number): number {
  return status === Status.Error ? 1 : 0;
}

/** Where program output goes: a function taking the bytes, or anything with `write(bytes)`. */
export type Sink = ((bytes: Uint8Array) => void) | { write(bytes: Uint8Array): unknown };

export interface RuntimeOptions extends Partial<VmConfig> {
  /** fd 1; defaults to process.stdout. Receives a fresh copy of the UTF-8 bytes of each write. */
  stdout?: Sink;
  /** fd 2 (tracebacks); defaults to process.stderr. */
  stderr?: Sink;
  /** The embedding build to load; defaults to build/stackless.wasm in this package. */
  wasmPath?: string;
  /** An already compiled module (skips reading and compiling). */
  module?: WebAssembly.Module;
  /** The op limit of one call()/get()/set()/channel request (default 1,000,000). */
  callOps?: number;
  /**
   * The clock the scripts see (time.monotonic(), time.time(), and time.sleep's timers), in
   * seconds: by default the host's monotonic clock. A game gives its own (a game clock that
   * stops when paused; a test's clock that runs 10 times faster).
   */
  clock?: () => number;
  /**
   * Keep the program alive when main has returned and nothing runs: ticks return Idle (not Done)
   * until exit(), so the host can still call into it (a script that only defines functions).
   */
  keepAlive?: boolean;
}

export interface TickResult {
  status: Status;
  /** Opcodes executed by this call (from the `opcodes` stat). */
  opsRan: number;
  runnable: number;
  blocked: number;
}

/** The module's exports, typed from docs/abi.md. */
interface VmExports extends BoundaryExports {
  memory: WebAssembly.Memory;
  vm_init(budget: number, arena: number, spill: number, freelistCount: number, freelistBytes: number, flags: number): number;
  vm_image_buffer(len: number): number;
  vm_load(ptr: number, len: number): number;
  vm_run(ops: number): number;
  vm_exit(): number;
  vm_message(): number;
  vm_stats(): number;
  vm_stats_count(): number;
  vm_exit_code(): number;
  vm_next_wake(): number;
}

const modules = new Map<string, Promise<WebAssembly.Module>>();

/**
 * V8 compiles wasm functions lazily with Liftoff and tiers a function up to TurboFan once it has
 * run a budget of code. With V8's budget (1.8M) even `print("hello")` has the interpreter loop
 * tiered up; its TurboFan compile takes 50–100 ms on a background thread, competes for the CPU
 * with the first run (which stays in Liftoff: a running call never switches over), and Node waits
 * for it before the process can exit. Ten times the budget leaves programs of a few thousand
 * opcodes in Liftoff alone and made every first run measured faster (the table in
 * bench/tiering.ts), for no start-up cost. A budget given on node's command line is kept.
 */
const TIERING_BUDGET = "--wasm-tiering-budget=18000000";

function setTieringBudget(): void {
  const given = process.execArgv.some((a) => /wasm[-_]tiering[-_]budget/.test(a)); // (NODE_OPTIONS refuses it)
  if (!given) v8.setFlagsFromString(TIERING_BUDGET);
}

/** Compiles a module once per path per process. */
export function compileModule(wasmPath: string = embeddingWasmPath()): Promise<WebAssembly.Module> {
  let module = modules.get(wasmPath);
  if (!module) {
    if (modules.size === 0) setTieringBudget(); // before V8 compiles the first module
    module = WebAssembly.compile(readWasm(wasmPath));
    modules.set(wasmPath, module);
    module.catch(() => modules.delete(wasmPath));
  }
  return module;
}

function toWriter(sink: Sink): (bytes: Uint8Array) => void {
  return typeof sink === "function" ? sink : (bytes) => void sink.write(bytes);
}

/** The largest size vm_init can take: its parameters are i32. */
const MAX_SIZE = 0x7fffffff;
/** The largest op budget vm_run takes (an unsigned i32; 0 means no limit). */
const MAX_OPS = 0xffffffff;

function checkConfig(config: VmConfig): void {
  for (const key of ["budget", "arena", "spill", "freelistFrames", "freelistBytes"] as const) {
    const v = config[key];
    if (!Number.isInteger(v) || v < 0 || v > MAX_SIZE) throw new RangeError(`${key} must be an integer in 0..${MAX_SIZE}, got ${v}`);
  }
}

/** What the first instantiation and vm_init cost (for the footprint report). */
export interface Startup {
  instantiateMs: number;
  initMs: number;
  /** 64 KiB pages committed right after instantiation, before vm_init. */
  pagesAtStart: number;
}

/** Opcodes per vm_run call when run() is given no limit (about 10–30 ms of work). */
const RUN_SLICE_OPS = 1 << 20;

export class Runtime {
  /** The sizes this runtime was (last) initialised with. */
  config: VmConfig;
  readonly startup: Startup;
  readonly module: WebAssembly.Module;
  private vm!: VmExports;
  private readonly imports: WebAssembly.Imports;
  /** Set when a call into the module trapped: the next reset() re-instantiates. */
  private trapped = false;
  private statsView?: Float64Array;
  /** An image buffer was reserved since the last vm_init. */
  private used = false;
  /** vm_load accepted an image since the last vm_init. */
  private loaded = false;
  /** The final status once the program has ended (requests are refused then). */
  private finished?: Status;
  /** A call into the module is under way (a sink called back into the runtime). */
  private inside = false;
  private readonly boundary: Boundary;
  private readonly callOps: number;
  /** The scripts' clock, in seconds (RuntimeOptions.clock). */
  readonly clock: () => number;

  /** Loads the module (compiled once per path) and initialises the VM with `opts`' sizes. */
  static async create(opts: RuntimeOptions = {}): Promise<Runtime> {
    const module = opts.module ?? (await compileModule(opts.wasmPath));
    return new Runtime(module, opts);
  }

  /** Synchronous form of create() for a module compiled already (see compileModule). */
  constructor(module: WebAssembly.Module, opts: RuntimeOptions = {}) {
    this.module = module;
    this.config = configFrom(opts);
    this.boundary = new Boundary(() => this.vm);
    this.callOps = opts.callOps ?? 1_000_000;
    this.clock = opts.clock ?? (() => performance.now() / 1000);
    this.boundary.keepAlive = opts.keepAlive ?? false;
    if (!Number.isInteger(this.callOps) || this.callOps < 1 || this.callOps > MAX_OPS) throw new RangeError(`callOps must be an integer in 1..${MAX_OPS}`);
    const out = toWriter(opts.stdout ?? process.stdout);
    const err = toWriter(opts.stderr ?? process.stderr);
    this.imports = {
      stackless: {
        write: (fd: number, ptr: number, len: number): void => {
          // A fresh view every call: memory.grow detaches the previous buffer. A copy, because
          // sinks may keep the bytes after the VM reuses them.
          const bytes = new Uint8Array(this.vm.memory.buffer, ptr >>> 0, len >>> 0).slice();
          (fd === 1 ? out : err)(bytes);
        },
        clock: (): number => this.clock(),
        ...this.boundary.imports(),
      },
    };
    const t0 = performance.now();
    this.instantiate();
    const t1 = performance.now();
    const pagesAtStart = this.vm.memory.buffer.byteLength / 65536;
    this.init(this.config);
    this.startup = { instantiateMs: t1 - t0, initMs: performance.now() - t1, pagesAtStart };
  }

  /** The module's linear memory (its `buffer` changes when the VM grows it). */
  get memory(): WebAssembly.Memory {
    return this.vm.memory;
  }

  /**
   * Re-initialises everything (vm_init), optionally with new sizes: the way to run another
   * program, or to go on after an uncaught exception or a trap (a trap re-instantiates).
   * Sizes the VM refuses throw InitError and leave the runtime initialised with its old sizes.
   */
  reset(config: Partial<VmConfig> = {}): void {
    const next = configFrom(config, this.config);
    if (this.trapped) this.instantiate();
    try {
      this.init(next);
    } catch (e) {
      if (e instanceof InitError) this.init(this.config);
      throw e;
    }
    this.config = next;
  }

  /**
   * Compiles Python source and loads it as `__main__` (throws the compiler's PySyntaxError).
   * Tracebacks show source lines unless `opts.source` is false.
   */
  loadSource(source: string, filename: string, opts: CompileOptions = {}): void {
    this.loadImage(compileText(source, filename, opts));
  }

  /**
   * Writes an image into the VM (vm_image_buffer) and loads it (vm_load); ImageError if refused.
   * One image per initialisation: loading into a used runtime re-initialises it first.
   */
  loadImage(bytes: Uint8Array): void {
    if (this.used || this.trapped || this.boundary.changed) this.reset();
    this.used = true;
    const ptr = this.guarded(() => this.vm.vm_image_buffer(bytes.length)) >>> 0;
    if (ptr === 0) throw new ImageError(this.message() || "the VM refused the image");
    new Uint8Array(this.vm.memory.buffer, ptr, bytes.length).set(bytes);
    this.guarded(() => this.vm.vm_host_mode(this.boundary.mode())); // (onTaskletError may have changed since init)
    if (this.guarded(() => this.vm.vm_load(ptr, bytes.length)) !== 0) {
      throw new ImageError(this.message() || "the VM refused the image");
    }
    this.loaded = true;
  }

  /**
   * Runs to the end, `ops` opcodes per vm_run call (0: no limit); returns the exit code (0 for
   * done or idle, 1 after an uncaught exception, n after sys.exit(n)). Idle ends the program
   * here: exit() kills the blocked tasklets and runs the finalizers.
   */
  run(ops = 0): number {
    this.requireImage();
    // "No limit" still runs in slices: wasm has no on-stack replacement, so one vm_run call that
    // began in V8's baseline code would stay in it to the end; a new call takes the optimised
    // interpreter once it is compiled (a first run is then closer to the steady state).
    const slice = ops || RUN_SLICE_OPS;
    let status = this.runFor(slice);
    // idle while tasklets sleep (time.sleep): wait for the first to be due, then go on
    while (status === Status.Idle && this.waitForTimer()) status = this.runFor(slice);
    if (status === Status.Idle) status = this.exit();
    if (status === Status.Budget) status = this.runFor(slice);
    return this.exitCode(status);
  }

  /**
   * When tasklets sleep (time.sleep on the clock), the clock time the first one is due, else
   * undefined: a host at idle can wait until then.
   */
  get nextWake(): number | undefined {
    const t = this.vm.vm_next_wake();
    return t < 0 ? undefined : t;
  }

  /** Blocks until the first sleeper is due (on the real clock). False when none sleeps. */
  private waitForTimer(): boolean {
    const due = this.nextWake;
    if (due === undefined) return false;
    const ms = (due - this.clock()) * 1000;
    if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(ms, 2 ** 31 - 1));
    return true;
  }

  /**
   * Ends a program whose main tasklet has returned (vm_exit): the tasklets still alive get
   * TaskletExit, then what only globals hold is finalized. Idle is not the end by itself: a
   * host that feeds blocked tasklets ticks on and calls this when it decides the program is over.
   * Returns Budget (tick until the final status) or the final status; throws if main is still running.
   */
  exit(): Status {
    this.requireImage();
    const status = this.guarded(() => this.vm.vm_exit());
    if (status < 0) throw new Error(this.message() || "vm_exit refused");
    return checkStatus(status);
  }

  private runFor(ops: number): Status {
    let status: number;
    do status = this.guarded(() => this.vm.vm_run(ops));
    while (status === Status.Budget);
    return checkStatus(status);
  }

  /** The process exit status for a final vm_run status: 0, 1 after an uncaught exception, n after sys.exit(n). */
  exitCode(status: number): number {
    return status === Status.Error ? this.vm.vm_exit_code() : 0;
  }

  /**
   * One vm_run(ops) call: what a game host does once per frame. `ops: 0` means no limit; anything
   * but an integer in 0..2^32-1 is a RangeError. After the program finished, returns its final
   * status again (0 or 2) and runs nothing.
   */
  tick({ ops }: { ops: number }): TickResult {
    if (!Number.isInteger(ops) || ops < 0 || ops > MAX_OPS) {
      throw new RangeError(`ops must be an integer in 0..${MAX_OPS} (0: no limit), got ${ops}`);
    }
    this.requireImage();
    const before = this.stat(STAT.opcodes);
    if (this.finished === undefined) this.boundary.settle((req) => this.request(req, "settle"));
    const status = checkStatus(this.guarded(() => this.vm.vm_run(ops)));
    if (status === Status.Done || status === Status.Error) this.finished = status;
    this.boundary.dispatch();
    return {
      status,
      opsRan: this.stat(STAT.opcodes) - before,
      runnable: this.stat(STAT.runnable),
      blocked: this.stat(STAT.blocked),
    };
  }

  /** The whole stats block, named as in docs/abi.md. */
  stats(): Stats {
    const count = this.vm.vm_stats_count();
    const ptr = this.vm.vm_stats() >>> 0;
    const view = new DataView(this.vm.memory.buffer);
    const stats: Record<string, number> = {};
    namesFor(count).forEach((name, i) => (stats[name] = view.getFloat64(ptr + 8 * i, true)));
    return stats as Stats;
  }

  /** One stat by index (see STAT), without building the whole record: cheap enough per tick. */
  stat(index: number): number {
    const ptr = this.vm.vm_stats() >>> 0;
    const buffer = this.vm.memory.buffer;
    if (ptr % 8 !== 0) return new DataView(buffer).getFloat64(ptr + 8 * index, true);
    // Wasm memory is little-endian, as is every host Node runs on; the view is rebuilt when
    // growth replaces the buffer.
    if (this.statsView?.buffer !== buffer) this.statsView = new Float64Array(buffer);
    return this.statsView[ptr / 8 + index];
  }

  /** The VM's last error message (vm_message: u32 length, then UTF-8). */
  message(): string {
    const ptr = this.vm.vm_message() >>> 0;
    if (ptr === 0) return "";
    const buffer = this.vm.memory.buffer;
    const len = new DataView(buffer).getUint32(ptr, true);
    return new TextDecoder().decode(new Uint8Array(buffer, ptr + 4, len));
  }

  private requireImage(): void {
    if (!this.loaded) throw new Error("no image is loaded: call loadImage() or loadSource() first");
    if (this.trapped) throw new VmTrap("the VM trapped earlier: reset() before running again");
  }

  private instantiate(): void {
    const instance = new WebAssembly.Instance(this.module, this.imports);
    this.vm = instance.exports as unknown as VmExports;
    this.trapped = false;
  }

  private init(c: VmConfig): void {
    checkConfig(c);
    const flags = (c.zombieFrames ? FLAG_ZOMBIE_FRAMES : 0) | (c.gcStress ? FLAG_GC_STRESS : 0) | (c.gilStress ? FLAG_GIL_STRESS : 0);
    this.used = this.loaded = false;
    this.finished = undefined;
    const rc = this.guarded(() => this.vm.vm_init(c.budget, c.arena, c.spill, c.freelistFrames, c.freelistBytes, flags));
    if (rc !== 0) throw new InitError(this.message() || `vm_init failed with code ${rc}`);
    const failed = this.guarded(() => this.boundary.install());
    if (failed) throw new InitError(`${failed}: ${this.message()}`);
  }

  /**
   * A module the script can import, whose functions are `fns` (called with the converted
   * arguments; the result is converted back; a thrown Error is a Python exception, see
   * docs/embedding.md; a returned Promise blocks only the calling tasklet until a later tick).
   * Takes effect at the next load (loadSource/loadImage) and stays for every later one.
   */
  registerModule(name: string, fns: Record<string, HostFunction>): void {
    this.boundary.register(name, fns);
  }

  /**
   * Calls the script's function `path` ("name" in __main__, or "module.name") with `args` in a
   * new tasklet and returns its converted result. The scheduler runs as in a tick until it
   * returns; PythonError if it raised; CallError if it has not returned within `callOps` opcodes
   * (it waits on a channel or runs long: it goes on as a tasklet, its result dropped).
   */
  call(path: string, ...args: unknown[]): unknown {
    return this.request(["call", path, args], `call('${path}')`);
  }

  /** Starts `path(*args)` in a new tasklet, run by the next ticks; returns its handle. */
  spawn(path: string, ...args: unknown[]): TaskletHandle {
    return new TaskletHandle(this, this.request(["spawn", path, args], `spawn('${path}')`) as number);
  }

  /** The value of a script global ("name" in __main__, or "module.name.attr"). */
  get(path: string): unknown {
    return this.request(["get", path], `get('${path}')`);
  }

  /** Sets a script global or attribute to a converted value. */
  set(path: string, value: unknown): void {
    this.request(["set", path, value], `set('${path}')`);
  }

  /** The script's channel at `path` (a module global), for sending and receiving from the host. */
  channel(path: string): HostChannel {
    this.request(["balance", path], `channel('${path}')`); // (checks that it is a channel)
    return new HostChannel(this, path);
  }

  /**
   * Where an uncaught exception of a tasklet goes: by default (undefined) to main, as Stackless
   * does (once main has returned, it ends the program); with a handler, the handler gets the
   * PythonError after the tick and the other tasklets run on. Takes effect at the next load.
   */
  set onTaskletError(handler: ((error: PythonError) => void) | undefined) {
    this.boundary.onTaskletError = handler;
    if (this.loaded) this.vm.vm_host_mode(this.boundary.mode());
  }

  get onTaskletError(): ((error: PythonError) => void) | undefined {
    return this.boundary.onTaskletError;
  }

  /** Async host calls whose Promise has not settled yet. */
  get pendingHostCalls(): number {
    return this.boundary.pending;
  }

  /** Resolves when an async host call has settled: its outcome is delivered by the next tick. */
  hostCallsSettled(): Promise<void> {
    return this.boundary.whenSettled();
  }

  /** @internal one request into the script (see Boundary.request). */
  request(req: unknown[], what: string): unknown {
    this.requireImage();
    const got = this.guarded(() => this.boundary.exchange(req, this.callOps, () => this.message()));
    return this.boundary.answer(got, this.callOps, what);
  }

  /** @internal a callback for a channel's values (Boundary.addSink). */
  addSink(fn: (value: unknown) => void): number {
    return this.boundary.addSink(fn);
  }

  /** Calls into the module; any exception escaping it leaves the instance unusable until reset(). */
  private guarded<T>(fn: () => T): T {
    // The module is not re-entrant: a stdout/stderr sink runs inside vm_run.
    if (this.inside) throw new Error("the Runtime is running: a stdout/stderr sink cannot call tick(), run(), load or reset it");
    this.inside = true;
    try {
      return fn();
    } catch (e) {
      this.trapped = true;
      if (e instanceof WebAssembly.RuntimeError || (e instanceof RangeError && /call stack/i.test(e.message))) {
        throw new VmTrap(`the VM trapped (a VM bug, not the script's): ${e.message}`, { cause: e });
      }
      throw e;
    } finally {
      this.inside = false;
    }
  }
}

/** `base` with every size `opts` sets (undefined means "keep"), checked. */
function configFrom(opts: Partial<VmConfig>, base: VmConfig = DEFAULTS): VmConfig {
  const config = { ...base };
  for (const key of Object.keys(DEFAULTS) as (keyof VmConfig)[]) {
    if (opts[key] !== undefined) (config as Record<string, unknown>)[key] = opts[key];
  }
  checkConfig(config);
  return config;
}

function checkStatus(status: number): Status {
  if (status < 0 || status > 3) throw new VmTrap(`vm_run returned ${status}, not a documented status`);
  return status as Status;
}

/** A tasklet the host started with Runtime.spawn. */
export class TaskletHandle {
  constructor(private readonly rt: Runtime, readonly id: number) {}

  private state(): [boolean, number, unknown] {
    return this.rt.request(["task", this.id], `tasklet ${this.id}`) as [boolean, number, unknown];
  }

  get alive(): boolean {
    return this.state()[0];
  }

  /** "running", "returned" or "raised". */
  get status(): "running" | "returned" | "raised" {
    return (["running", "returned", "raised"] as const)[this.state()[1]];
  }

  /** What its function returned (undefined while it runs or if it raised). */
  get result(): unknown {
    const [, state, value] = this.state();
    return state === 1 ? value : undefined;
  }

  /** Raises TaskletExit in it now (its finally blocks run), as tasklet.kill() does. */
  kill(): void {
    this.rt.request(["kill", this.id], `kill tasklet ${this.id}`);
  }

  /** Drops the VM's record of it (its result); the tasklet itself runs on if alive. */
  forget(): void {
    this.rt.request(["forget", this.id], `forget tasklet ${this.id}`);
  }
}

/**
 * A script channel seen from the host. send() never blocks the host: the value is handed to a
 * sender tasklet that runs from the next tick (until then it is not in the balance). Receiving:
 * tryReceive() takes a value a blocked sender offers, onValue() installs a receiving tasklet
 * (one receiver in the balance) whose values reach the callback after each tick.
 */
export class HostChannel {
  constructor(private readonly rt: Runtime, readonly path: string) {}

  send(value: unknown): void {
    this.rt.request(["send", this.path, value], `send on '${this.path}'`);
  }

  /** A value a sender waits to give, or undefined when none waits. */
  tryReceive(): { value: unknown } | undefined {
    const [ok, value] = this.rt.request(["try_receive", this.path], `receive on '${this.path}'`) as [boolean, unknown];
    return ok ? { value } : undefined;
  }

  get balance(): number {
    return this.rt.request(["balance", this.path], `balance of '${this.path}'`) as number;
  }

  /** Every value the channel gives from now on goes to fn, after the tick that received it. */
  onValue(fn: (value: unknown) => void): void {
    const sink = this.rt.addSink(fn);
    this.rt.request(["pump", this.path, sink], `receive on '${this.path}'`);
  }
}
