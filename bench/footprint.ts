// The footprint `stackless report` shows (bench/report.ts renders it): what it costs to start the
// runtime and to keep a tasklet waiting.
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { DEFAULTS, type VmConfig } from "../host/runtime/defaults";
import { Runtime, Status, compileModule, compileText } from "../host/runtime/index";
import { embeddingWasmPath, packageRoot, readWasm, wasiWasmPath } from "../host/runtime/paths";
import type { Measurement } from "../host/runtime/budget";
import { report as wasmtimeReport, type WasmtimeReport } from "../host/wasmtime/index";
import { median } from "./table";

export interface BuildSize {
  /** Relative to the package (a report is compared across machines: no absolute paths). */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface V8Startup {
  compileMs: number;
  instantiateMs: number;
  initMs: number;
  pagesAtStart: number;
  pagesAfterInit: number;
  heapUsed: number;
  arenaUsed: number;
  /** The module's static data: below the heap, the bytes of the budget no region can use. */
  staticBytes: number;
  arenaCapacity: number;
  budget: number;
}

export interface TaskletCost {
  tasklets: number;
  bytesPerTasklet: number;
  /** Suspended generators (two locals, at a yield) held in a list: bytes each, the list slot included. */
  bytesPerGenerator: number;
  /** Interpreter threads (_thread.start_new_thread) whose function waits on a channel with two
   * locals: bytes each (the thread's state, its main tasklet and frames); `threads` of them. */
  bytesPerThread: number;
  threads: number;
  /** The sizes the measurement ran with: 10,000 waiting tasklets do not fit the default budget. */
  config: VmConfig;
}

export interface Footprint {
  runs: number;
  builds: { embedding: BuildSize; wasi: BuildSize | { error: string } };
  v8: V8Startup;
  wasmtime: WasmtimeReport | { error: string };
  blockedTasklet: TaskletCost | { error: string };
  defaults: VmConfig;
  /** With a program: its image and its peaks over the frames (see host/runtime/budget.ts). */
  script?: ScriptFootprint;
  /** With --baseline: for every number both reports have (by dotted path), the old value and the change. */
  deltas?: Record<string, { baseline: number; delta: number }>;
}

export interface ScriptFootprint extends Measurement {
  /** As the user gave it, relative to the working directory. */
  program: string;
}

const TASKLETS = 10_000;
const THREADS = 200;
const TASKLET_CONFIG: VmConfig = { ...DEFAULTS, budget: 32 * 1024 * 1024, arena: 8 * 1024 * 1024 };

function buildSize(file: string): BuildSize {
  const bytes = readWasm(file);
  return { path: path.relative(packageRoot(), file).split(path.sep).join("/") || file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

function attempt<T>(fn: () => T): T | { error: string } {
  try {
    return fn();
  } catch (e) {
    return { error: (e as Error).message.split("\n")[0] };
  }
}

const quiet = { stdout: () => {}, stderr: () => {} };

async function v8Startup(runs: number): Promise<V8Startup> {
  const bytes = readWasm(embeddingWasmPath());
  const compile: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    new WebAssembly.Module(bytes);
    compile.push(performance.now() - t0);
  }
  const module = await compileModule();
  const starts = Array.from({ length: runs }, () => new Runtime(module, quiet));
  const rt = starts[starts.length - 1];
  const stats = rt.stats();
  return {
    compileMs: median(compile),
    instantiateMs: median(starts.map((r) => r.startup.instantiateMs)),
    initMs: median(starts.map((r) => r.startup.initMs)),
    pagesAtStart: rt.startup.pagesAtStart,
    pagesAfterInit: rt.memory.buffer.byteLength / 65536,
    heapUsed: stats.heapUsed,
    arenaUsed: stats.arenaUsed,
    staticBytes: stats.budget - stats.heapCapacity - stats.arenaCapacity,
    arenaCapacity: stats.arenaCapacity,
    budget: stats.budget,
  };
}

/** A program that makes `n` waiters, each blocked on ch.receive() in a function with two locals,
 * started by `start` (a line of Python with `waiter` in it). */
function waitersProgram(n: number, imports: string, start: string, end: string): string {
  return `import ${imports}

ch = stackless.channel()


def waiter():
    a = 1
    b = 2
    ch.receive()
    return a + b


for i in range(${n}):
    ${start}
${end}
`;
}

/** A program whose main leaves `n` tasklets blocked on ch.receive() in a function with two locals. */
export function blockedTaskletsProgram(n: number): string {
  return waitersProgram(n, "stackless", "stackless.tasklet(waiter)()", "stackless.run()");
}

/** A program that starts `n` interpreter threads, each waiting on ch.receive() in a function with two locals. */
export function waitingThreadsProgram(n: number): string {
  return waitersProgram(n, "_thread, stackless", "_thread.start_new_thread(waiter, ())", "stackless.schedule()");
}

/** A program whose main keeps `n` generators suspended at a yield, each with two locals. */
export function suspendedGeneratorsProgram(n: number): string {
  return `def counter():
    a = 1
    b = 2
    yield a
    yield b


held = []
for i in range(${n}):
    g = counter()
    next(g)
    held.append(g)
g = None
`;
}

/** heapUsed + arenaUsed with N of a program's things alive, minus the same program with none, over N. */
export async function taskletCost(): Promise<TaskletCost> {
  const module = await compileModule();
  const used = (program: (n: number) => string, n: number): number => {
    let err = "";
    const rt = new Runtime(module, { ...TASKLET_CONFIG, stdout: () => {}, stderr: (b) => (err += Buffer.from(b).toString("utf8")) });
    rt.loadSource(program(n), "<footprint>");
    // tick, not run(): at idle run() ends the program, and exit kills the blocked tasklets
    let status: number;
    do status = rt.tick({ ops: 0 }).status;
    while (status === Status.Budget);
    if (status === Status.Error) throw new Error(`the ${n}-item program raised: ${err.trim().split("\n").pop()}`);
    const s = rt.stats();
    if (program === blockedTaskletsProgram && n > 0 && s.blocked < n) throw new Error(`expected ${n} blocked tasklets, the VM reports ${s.blocked}`);
    return s.heapUsed + s.arenaUsed;
  };
  const perItem = (program: (n: number) => string, n = TASKLETS) => (used(program, n) - used(program, 0)) / n;
  return {
    tasklets: TASKLETS,
    bytesPerTasklet: perItem(blockedTaskletsProgram),
    bytesPerGenerator: perItem(suspendedGeneratorsProgram),
    // (at most 255 threads live at once)
    threads: THREADS,
    bytesPerThread: perItem(waitingThreadsProgram, THREADS),
    config: TASKLET_CONFIG,
  };
}

export async function footprint(runs = 7): Promise<Footprint> {
  return {
    runs,
    builds: { embedding: buildSize(embeddingWasmPath()), wasi: attempt(() => buildSize(wasiWasmPath())) },
    v8: await v8Startup(runs),
    wasmtime: attempt(() => wasmtimeReport(runs)),
    blockedTasklet: await taskletCost().catch((e: Error) => ({ error: e.message.split("\n")[0] })),
    defaults: { ...DEFAULTS },
  };
}

