// `stackless report`: what it costs to start the runtime and to keep a tasklet waiting.
import { gzipSync } from "node:zlib";
import { DEFAULTS, type VmConfig } from "../host/runtime/defaults";
import { Runtime, Status, compileModule, compileText } from "../host/runtime/index";
import { embeddingWasmPath, readWasm, wasiWasmPath } from "../host/runtime/paths";
import { formatSize } from "../host/runtime/size";
import { report as wasmtimeReport, type WasmtimeReport } from "../host/wasmtime/index";
import { emit, type Io } from "../host/cli/io";
import { int, median, ms, table } from "./table";

export interface BuildSize {
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
}

export interface TaskletCost {
  tasklets: number;
  bytesPerTasklet: number;
  /** Suspended generators (two locals, at a yield) held in a list: bytes each, the list slot included. */
  bytesPerGenerator: number;
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
}

const TASKLETS = 10_000;
const TASKLET_CONFIG: VmConfig = { ...DEFAULTS, budget: 32 * 1024 * 1024, arena: 8 * 1024 * 1024 };

function buildSize(path: string): BuildSize {
  const bytes = readWasm(path);
  return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
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
  };
}

/** A program whose main leaves `n` tasklets blocked on ch.receive() in a function with two locals. */
export function blockedTaskletsProgram(n: number): string {
  return `import stackless

ch = stackless.channel()


def waiter():
    a = 1
    b = 2
    ch.receive()
    return a + b


for i in range(${n}):
    stackless.tasklet(waiter)()
stackless.run()
`;
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
  const perItem = (program: (n: number) => string) => (used(program, TASKLETS) - used(program, 0)) / TASKLETS;
  return {
    tasklets: TASKLETS,
    bytesPerTasklet: perItem(blockedTaskletsProgram),
    bytesPerGenerator: perItem(suspendedGeneratorsProgram),
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

function render(f: Footprint): string {
  const notes: string[] = [];
  /** "n/a" in the table, the reason below it. */
  const failed = (what: string, x: object): x is { error: string } => {
    if (!("error" in x)) return false;
    notes.push(`${what}: ${(x as { error: string }).error}`);
    return true;
  };
  const wt = failed("wasmtime", f.wasmtime) ? undefined : (f.wasmtime as WasmtimeReport);
  const sizes = [["embedding (build/stackless.wasm)", f.builds.embedding] as const, ["WASI (build/stackless-wasi.wasm)", f.builds.wasi] as const].map(
    ([name, b]) => (failed(name, b) ? [name, "n/a", "n/a"] : [name, int((b as BuildSize).bytes), int((b as BuildSize).gzipBytes)]),
  );
  const startup: string[][] = [
    ["compile ms", ms(f.v8.compileMs), ms(wt?.compileMs)],
    ["instantiate ms", ms(f.v8.instantiateMs), ms(wt?.instantiateMs)],
    ["vm_init ms", ms(f.v8.initMs), ms(wt?.initMs)],
    ["pages at start (64 KiB)", int(f.v8.pagesAtStart), int(wt?.pagesAtStart)],
    ["pages after init", int(f.v8.pagesAfterInit), int(wt?.pagesAfterInit)],
    ["heap in use after init (B)", int(f.v8.heapUsed), int(wt?.heapUsed)],
    ["arena in use after init (B)", int(f.v8.arenaUsed), int(wt?.arenaUsed)],
    ["fuel: instantiate", "", int(wt?.fuelInstantiate)],
    ["fuel: vm_init", "", int(wt?.fuelInit)],
  ];
  const t = f.blockedTasklet;
  const perTasklet = failed("bytes per blocked tasklet", t)
    ? "n/a"
    : `${(t as TaskletCost).bytesPerTasklet.toFixed(1)} B (heap + arena, ${int(TASKLETS)} tasklets, ` +
      `budget ${formatSize((t as TaskletCost).config.budget)}, arena ${formatSize((t as TaskletCost).config.arena)})`;
  const d = f.defaults;
  return (
    table(["module", "bytes", "gzip -9"], sizes) +
    `\nstartup (median of ${f.runs} runs; V8 may defer compiling functions to their first call)\n\n` +
    table(["", "v8", "wasmtime"], startup) +
    `\nbytes per blocked tasklet: ${perTasklet}\n` +
    ("error" in t ? "" : `bytes per suspended generator: ${(t as TaskletCost).bytesPerGenerator.toFixed(1)} B (two locals, held in a list: its 4-byte slot included)\n`) +
    `defaults: budget ${formatSize(d.budget)}, arena ${formatSize(d.arena)}, spill ${d.spill} B, ` +
    `freelist ${d.freelistFrames} frames / ${formatSize(d.freelistBytes)}\n` +
    (notes.length ? `\nn/a:\n${notes.map((n) => `  ${n}\n`).join("")}` : "")
  );
}

export async function reportCommand(opts: { json: boolean; runs?: number }, io: Io): Promise<number> {
  const f = await footprint(opts.runs);
  emit(io.stdout, opts.json ? JSON.stringify(f, null, 2) + "\n" : render(f));
  return 0;
}
