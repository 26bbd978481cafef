// `stackless bench`: each program on our VM (V8 and wasmtime) and on the machine's python3, in
// the same run, interleaved (ours on V8, python3, ours on wasmtime, again …), timing each
// program's run alone on every side (bench/runner.py and bench/v8-runner.ts say how). One first
// run of each side is kept apart: on V8 it is what a fresh `stackless run` pays while V8
// compiles the hot functions. Benchmarks measure; they assert nothing but the programs' output.
import * as path from "node:path";
import { compileFile } from "../host/runtime/index";
import { packageRoot } from "../host/runtime/paths";
import { available as wasmtimeAvailable, pythonPath as venvPython } from "../host/wasmtime/index";
import { emit, type Io } from "../host/cli/io";
import { Side, type Run } from "./side";
import { median, ms, int, table } from "./table";

interface Program {
  name: string;
  /** Relative to bench/programs/. */
  file: string;
  /** The exact stdout; "cpython" for the corpus benchmarks: what python3 prints for the file. */
  expected: string;
  /** What python3 runs instead of `file`, where CPython lacks what the program uses. */
  reference?: string;
  /** For rates: how many units one run does, and what they are. */
  units?: { count: number; label: string };
}

const PAIRS = { count: 100_000, label: "pairs/s" };

export const PROGRAMS: readonly Program[] = [
  { name: "fib(25)", file: "fib.py", expected: "75025\n" },
  { name: "loop 1e6", file: "loop.py", expected: "499999500000\n" },
  { name: "channel ping-pong", file: "pingpong.py", expected: "5000050000\n", reference: "gen_send.py", units: PAIRS },
  { name: "generator send ping-pong", file: "gen_send.py", expected: "5000050000\n", units: PAIRS },
  // the five classic benchmark programs at their small sizes (tests/py/200–204 link to them: the
  // differential corpus checks their output against python3)
  { name: "richards", file: "richards.py", expected: "cpython" },
  { name: "n-body", file: "nbody.py", expected: "cpython" },
  { name: "fannkuch(7)", file: "fannkuch.py", expected: "cpython" },
  { name: "spectral norm(50)", file: "spectral_norm.py", expected: "cpython" },
  { name: "deltablue", file: "deltablue.py", expected: "cpython" },
  // interpreter threads (issue 11): locks and the GIL
  { name: "threading.Lock uncontended", file: "lock_pairs.py", expected: "100000\n", units: PAIRS },
  { name: "threading.Lock, 4 threads", file: "lock_contended.py", expected: "20000\n", units: { count: 20_000, label: "pairs/s" } },
  { name: "2 threads spinning", file: "handoff.py", expected: "400000\n" },
];

const CORPUS = PROGRAMS.filter((p) => p.expected === "cpython").map((p) => p.name);

/** A side's times: the first run, and the `runs` after it. */
export interface Series {
  firstMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runsMs: number[];
}

export interface OurSeries extends Series {
  /** Our median over python3's: above 1 is slower. */
  ratio: number;
  /** The first run over the median. */
  firstRatio: number;
  rate?: number;
}

type Failed = { error: string };

export interface BenchResult {
  name: string;
  /** What python3 ran (relative to bench/programs/). */
  python3File: string;
  python3: Series | Failed;
  v8: OurSeries | Failed;
  wasmtime: OurSeries | Failed;
}

function programPath(file: string): string {
  return path.join(packageRoot(), "bench", "programs", file);
}

function series(first: number, runs: number[]): Series {
  return { firstMs: first, medianMs: median(runs), minMs: Math.min(...runs), maxMs: Math.max(...runs), runsMs: runs };
}

/** One of our two sides on one program: its runs, or why it stopped. */
class Ours {
  runs: Run[] = [];
  error?: string;

  constructor(private readonly side: Side | Failed) {
    if ("error" in side) this.error = side.error;
  }

  async once(): Promise<void> {
    if (this.error !== undefined || "error" in this.side) return;
    try {
      const r = await this.side.run();
      if (r.status !== 0) this.error = `exit status ${r.status}${r.stderr ? `: ${r.stderr.trim().split("\n").pop()}` : ""}`;
      else this.runs.push(r);
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  /** `expected`: the stdout every run must have printed (python3's, for the corpus programs). */
  result(program: Program, expected: string | undefined, python: Series | Failed): OurSeries | Failed {
    const wrong = this.runs.find((r) => r.stdout !== expected);
    if (this.error === undefined && expected === undefined) this.error = "python3 failed: no output to check against";
    else if (this.error === undefined && wrong) this.error = `wrong output ${JSON.stringify(wrong.stdout.slice(0, 40))}`;
    if (this.error !== undefined) return { error: this.error };
    const s = series(this.runs[0].ms, this.runs.slice(1).map((r) => r.ms));
    const out: OurSeries = { ...s, ratio: "error" in python ? NaN : s.medianMs / python.medianMs, firstRatio: s.firstMs / s.medianMs };
    if (program.units) out.rate = program.units.count / (s.medianMs / 1000);
    return out;
  }
}

async function loaded(side: Side, image: string): Promise<Side | Failed> {
  try {
    await side.request({ load: image });
    return side;
  } catch (e) {
    return { error: (e as Error).message };
  }
}

async function benchProgram(program: Program, runs: number, python: Side, wasmtime: Side | Failed): Promise<BenchResult> {
  const image = Buffer.from(compileFile(programPath(program.file))).toString("base64");
  const python3File = program.reference ?? program.file;
  await python.request({ load: programPath(python3File) });
  const pyRuns: Run[] = [];
  let pyError: string | undefined;
  const v8Side = new Side(process.execPath, [path.join(__dirname, "v8-runner.js")]);
  const v8 = new Ours(await loaded(v8Side, image));
  const wt = new Ours("error" in wasmtime ? wasmtime : await loaded(wasmtime, image));
  // the first run of each side, then `runs` rounds, interleaved in the same order
  for (let i = 0; i <= runs; i++) {
    await v8.once();
    if (pyError === undefined) {
      const r = await python.run();
      if (r.status !== 0) pyError = `python3 exit status ${r.status}: ${r.stderr.trim().split("\n").pop()}`;
      else if (program.expected !== "cpython" && r.stdout !== program.expected) pyError = `python3 printed ${JSON.stringify(r.stdout.slice(0, 40))}`;
      else pyRuns.push(r);
    }
    await wt.once();
  }
  v8Side.close();
  const py = pyError !== undefined ? { error: pyError } : series(pyRuns[0].ms, pyRuns.slice(1).map((r) => r.ms));
  const expected = program.expected === "cpython" ? pyRuns[0]?.stdout : program.expected;
  return { name: program.name, python3File, python3: py, v8: v8.result(program, expected, py), wasmtime: wt.result(program, expected, py) };
}

export interface BenchReport {
  runs: number;
  python3Version: string;
  results: BenchResult[];
  /** Over the five corpus programs: the geometric mean of ours/python3, per engine. */
  corpusGeomean: { v8?: number; wasmtime?: number };
}

export async function runBenchmarks(runs = 5): Promise<BenchReport> {
  const python = new Side("python3", [path.join(packageRoot(), "bench", "runner.py"), "cpython"]);
  const wasmtime: Side | Failed = wasmtimeAvailable()
    ? new Side(venvPython(), [path.join(packageRoot(), "bench", "runner.py"), "wasmtime"])
    : { error: "no .venv: run scripts/ensure-venv.sh" };
  try {
    const { version } = await python.request<{ version: string }>({ version: true });
    const results: BenchResult[] = [];
    for (const program of PROGRAMS) results.push(await benchProgram(program, runs, python, wasmtime));
    return { runs, python3Version: version, results, corpusGeomean: { v8: geomean(results, "v8"), wasmtime: geomean(results, "wasmtime") } };
  } finally {
    python.close();
    if (!("error" in wasmtime)) wasmtime.close();
  }
}

function geomean(results: BenchResult[], engine: "v8" | "wasmtime"): number | undefined {
  const ratios = results.filter((r) => CORPUS.includes(r.name)).map((r) => r[engine]);
  if (ratios.some((r) => "error" in r || Number.isNaN(r.ratio))) return undefined;
  return Math.exp(ratios.reduce((sum, r) => sum + Math.log((r as OurSeries).ratio), 0) / ratios.length);
}

const range = (s: Series) => `${ms(s.minMs)}–${ms(s.maxMs)}`;
const times = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "n/a" : `${x.toFixed(2)}`);

function render(report: BenchReport): string {
  const rows: string[][] = [];
  for (const r of report.results) {
    const py = "error" in r.python3 ? [`error: ${r.python3.error}`, ""] : [ms(r.python3.medianMs), range(r.python3)];
    for (const engine of ["v8", "wasmtime"] as const) {
      const s = r[engine];
      const ours = "error" in s ? [`error: ${s.error}`, "", ""] : [ms(s.medianMs), range(s), `${s.firstRatio.toFixed(1)}×`];
      rows.push([engine === "v8" ? r.name : "", engine, ...ours, ...py, "error" in s ? "" : times(s.ratio)]);
    }
  }
  const header = ["benchmark", "engine", "ours ms", "min–max", "first run", "python3 ms", "min–max", "ours/python3"];
  const rates = report.results
    .filter((r) => PROGRAMS.find((p) => p.name === r.name)?.units)
    .map((r) => {
      const rate = (s: OurSeries | Failed) => ("error" in s ? "n/a" : int(s.rate));
      return `${r.name}: ${rate(r.v8)} (v8), ${rate(r.wasmtime)} (wasmtime) pairs/s`;
    });
  return [
    `Each program's run alone, in ms: the median of ${report.runs} runs after a first run, the sides interleaved`,
    "(ours on V8, python3, ours on wasmtime, …). Start-up, compiling and imports are outside the timing",
    "on every side (bench/runner.py says how). \"first run\": our first run over our median (on V8 in a",
    "fresh process, as `stackless run` starts; on wasmtime a fresh instance of the module compiled ahead).",
    `ours/python3 above 1 is slower than python3 ${report.python3Version}.`,
    "",
    table(header, rows).trimEnd(),
    "",
    `geometric mean of ours/python3 over the five corpus programs: v8 ${times(report.corpusGeomean.v8)}, wasmtime ${times(report.corpusGeomean.wasmtime)}`,
    ...rates,
    "channel ping-pong: CPython has no channels; its python3 column is the generator send ping-pong",
    "(bench/programs/gen_send.py), the same 100,000 exchanges.",
  ].join("\n") + "\n";
}

export async function benchCommand(opts: { json: boolean; runs?: number }, io: Io): Promise<number> {
  const report = await runBenchmarks(opts.runs ?? 5);
  emit(io.stdout, opts.json ? JSON.stringify(report, null, 2) + "\n" : render(report));
  const failed = (s: object) => "error" in s;
  return report.results.some((r) => failed(r.v8) || failed(r.wasmtime) || failed(r.python3)) ? 1 : 0;
}
