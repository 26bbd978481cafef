// `stackless bench`: the same programs on V8 and wasmtime, timing vm_run only (no start-up),
// medians of a few runs. Benchmarks measure; they assert nothing but the programs' output.
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { Runtime, compileFile, compileModule } from "../host/runtime/index";
import { packageRoot } from "../host/runtime/paths";
import { bench as wasmtimeBench } from "../host/wasmtime/index";
import { emit, type Io } from "../host/cli/io";
import { median, ms, int, table } from "./table";

interface Program {
  name: string;
  /** Relative to bench/programs/. */
  file: string;
  /** The exact stdout; "cpython" for the corpus benchmarks: what python3 prints for the file. */
  expected: string;
  /** For rates: how many units one run does, and what they are. */
  units?: { count: number; label: string };
}

export const PROGRAMS: readonly Program[] = [
  { name: "fib(25)", file: "fib.py", expected: "75025\n" },
  { name: "loop 1e6", file: "loop.py", expected: "499999500000\n" },
  { name: "channel ping-pong", file: "pingpong.py", expected: "5000050000\n", units: { count: 100_000, label: "pairs/s" } },
  // the five classic benchmark programs of the differential corpus, at their small sizes
  { name: "richards", file: "../../tests/py/200_richards.py", expected: "cpython" },
  { name: "n-body", file: "../../tests/py/201_nbody.py", expected: "cpython" },
  { name: "fannkuch(7)", file: "../../tests/py/202_fannkuch.py", expected: "cpython" },
  { name: "spectral norm(50)", file: "../../tests/py/203_spectral_norm.py", expected: "cpython" },
  { name: "deltablue", file: "../../tests/py/204_deltablue.py", expected: "cpython" },
];

const oracle = new Map<string, string>();
function expectedOutput(program: Program): string {
  if (program.expected !== "cpython") return program.expected;
  let out = oracle.get(program.file);
  if (out === undefined) {
    const file = path.join(packageRoot(), "bench", "programs", program.file);
    out = execFileSync("python3", [file], { encoding: "utf8" });
    oracle.set(program.file, out);
  }
  return out;
}

export interface EngineResult {
  medianMs?: number;
  runsMs?: number[];
  rate?: number;
  error?: string;
}

export interface BenchResult {
  name: string;
  v8: EngineResult;
  wasmtime: EngineResult;
}

function check(program: Program, stdout: string, status: number): string | undefined {
  if (status !== 0) return `exit status ${status}`;
  if (stdout !== expectedOutput(program)) return `wrong output ${JSON.stringify(stdout.slice(0, 40))}`;
  return undefined;
}

async function onV8(program: Program, image: Uint8Array, runs: number): Promise<EngineResult> {
  let out = "";
  let err = "";
  const rt = new Runtime(await compileModule(), {
    stdout: (b) => (out += Buffer.from(b).toString("utf8")),
    stderr: (b) => (err += Buffer.from(b).toString("utf8")),
  });
  const times: number[] = [];
  // One unreported warm-up run: V8 tiers the interpreter loop up from Liftoff to TurboFan.
  for (let i = 0; i <= runs; i++) {
    out = err = "";
    rt.reset();
    rt.loadImage(image);
    const t0 = performance.now();
    const status = rt.run();
    const t = performance.now() - t0;
    const bad = check(program, out, status);
    if (bad) return { error: `${bad}${err ? `: ${err.trim().split("\n").pop()}` : ""}` };
    if (i > 0) times.push(t);
  }
  return withRate(program, { medianMs: median(times), runsMs: times });
}

function onWasmtime(program: Program, image: Uint8Array, runs: number): EngineResult {
  try {
    const r = wasmtimeBench(image, runs);
    const bad = check(program, r.stdout, r.status === 2 ? 1 : 0);
    if (bad) return { error: bad };
    return withRate(program, { medianMs: r.medianMs, runsMs: r.runsMs });
  } catch (e) {
    return { error: (e as Error).message.split("\n")[0] };
  }
}

function withRate(program: Program, r: EngineResult): EngineResult {
  if (program.units && r.medianMs) r.rate = program.units.count / (r.medianMs / 1000);
  return r;
}

export async function runBenchmarks(runs = 5): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const program of PROGRAMS) {
    const image = compileFile(path.join(packageRoot(), "bench", "programs", program.file));
    results.push({ name: program.name, v8: await onV8(program, image, runs), wasmtime: onWasmtime(program, image, runs) });
  }
  return results;
}

function cell(r: EngineResult): string {
  return r.error ? `error: ${r.error}` : ms(r.medianMs);
}

export async function benchCommand(opts: { json: boolean; runs?: number }, io: Io): Promise<number> {
  const runs = opts.runs ?? 5;
  const results = await runBenchmarks(runs);
  if (opts.json) {
    emit(io.stdout, JSON.stringify({ runs, results }, null, 2) + "\n");
  } else {
    const rows = results.map((r) => {
      const units = PROGRAMS.find((p) => p.name === r.name)?.units;
      const rate = (e: EngineResult) => (units && e.rate ? `${int(e.rate)} ${units.label}` : "");
      return [r.name, cell(r.v8), rate(r.v8), cell(r.wasmtime), rate(r.wasmtime)];
    });
    emit(io.stdout, `vm_run time, median of ${runs} runs (ms)\n\n` + table(["benchmark", "v8 ms", "v8 rate", "wasmtime ms", "wasmtime rate"], rows));
  }
  return results.some((r) => r.v8.error || r.wasmtime.error) ? 1 : 0;
}
