// What the host can do about V8's first run (issue 12): for each way of compiling the module, the
// start-up (compile, instantiate, vm_init), the first run and the steady runs of a few programs,
// each in a fresh process, and how long `stackless run` takes to exit after its last output.
//   node build/bench/tiering.js [--runs N] [--ways 0,2,…]   (indices into WAYS; default all)
//
// Measured (Node 20.20, 2 cores under a load of 5–10; medians of 5–7 fresh processes, ms):
//   program      way                       start-up  first run  steady  exit after output
//   hello.py     V8's defaults                 17.0       16.2   0.106              212.8
//                budget x10 (the loader's)     16.0       11.5   0.105               16.0
//   fib.py       V8's defaults                 21.6      200.4   145.9              124.9
//                budget x10                    15.7       99.6   126.9               99.0
//   richards     V8's defaults                 16.3      473.6   139.3               14.8
//                budget x10                    11.4      359.1   133.2               20.5
//   deltablue    V8's defaults                 17.1      215.1    74.6              194.0
//                budget x10                    14.0      104.8   112.5              136.3
//   fib(29)      V8's defaults                 14.3      690.3   320.5               12.8
//                budget x10                    12.4      514.8   276.9               10.3
// x100 and x1000 gave first runs between those two; eager TurboFan (--no-liftoff
// --no-wasm-lazy-compilation) makes the first run the steady one but start-up 700–900 ms; lazy
// TurboFan (--no-liftoff) pays 40–100 ms more start-up and a slower first run; Liftoff only runs
// 1.5x slower for good; slices of vm_run cut fib(29)'s first run by a fifth, not the short ones'. Exit
// after output is the TurboFan compile of the interpreter loop still running when the program
// ends: Node joins V8's worker threads at exit, process.exit() included, and a compile cannot be
// cancelled. Only a loop that compiles faster (a smaller interpret()) removes it for every program.
// Since stop 11 run() calls vm_run 2^20 opcodes at a time (load 1, 9 fresh processes): no change
// for these programs (fib29 first run 125 against 121 ms in one call: interpret's optimised code
// comes too late), and `stackless run` of fib(32) took 565–783 ms against 733–943 ms in one call.
import { spawn } from "node:child_process";
import * as path from "node:path";
import { compileFile } from "../host/runtime/index";
import { packageRoot } from "../host/runtime/paths";
import { Side, type Run } from "./side";
import { median, ms, table } from "./table";

interface Way {
  name: string;
  /** V8 flags on the node command line. */
  flags: string[];
  /** Opcodes per vm_run call (0: one call runs the program). */
  ops?: number;
}

// The loader sets a tiering budget of its own (host/runtime/index.ts) unless one is given here.
const V8_BUDGET = "--wasm-tiering-budget=1800000";
const WAYS: readonly Way[] = [
  { name: "V8's defaults (lazy Liftoff, tier-up budget 1.8M)", flags: [V8_BUDGET] },
  { name: "V8's defaults, vm_run in slices of 1e6 ops", flags: [V8_BUDGET], ops: 1_000_000 },
  { name: "tier-up budget x10 (the loader's), run() in slices of 2^20 ops", flags: [] },
  { name: "tier-up budget x10, one vm_run call (run() before the slices)", flags: [], ops: 0xffffffff },
  { name: "tier-up budget x100", flags: ["--wasm-tiering-budget=180000000"] },
  { name: "tier-up budget x1000", flags: ["--wasm-tiering-budget=1800000000"] },
  { name: "lazy TurboFan (--no-liftoff)", flags: ["--no-liftoff"] },
  { name: "eager TurboFan", flags: ["--no-liftoff", "--no-wasm-lazy-compilation"] },
  { name: "Liftoff only", flags: ["--liftoff-only"] },
];

const PROGRAMS = ["bench/programs/hello.py", "bench/programs/fib.py", "bench/programs/richards.py", "bench/programs/deltablue.py", "bench/programs/fib29.py"];

const root = packageRoot();

async function measure(way: Way, image: string, steadyRuns: number): Promise<{ startup: number; first: number; steady: number }> {
  const side = new Side(process.execPath, [...way.flags, path.join(__dirname, "v8-runner.js"), "--ops", String(way.ops ?? 0)]);
  try {
    const { startupMs } = await side.request<{ startupMs: number }>({ load: image });
    const runs: Run[] = [];
    for (let i = 0; i <= steadyRuns; i++) runs.push(await side.run());
    if (runs.some((r) => r.status !== 0)) throw new Error(`exit status: ${runs.find((r) => r.status)!.stderr}`);
    return { startup: startupMs, first: runs[0].ms, steady: median(runs.slice(1).map((r) => r.ms)) };
  } finally {
    side.close();
  }
}

/** Milliseconds from the last byte on stdout to the exit of `node FLAGS bin/stackless.js run FILE`. */
function exitLatency(way: Way, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = [...way.flags, path.join(root, "bin", "stackless.js"), "run", file];
    if (way.ops) args.push("--tick", String(way.ops));
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let last = 0;
    child.stdout.on("data", () => (last = performance.now()));
    child.on("error", reject);
    child.on("exit", () => resolve(performance.now() - last));
  });
}

async function main(): Promise<void> {
  const arg = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
  const reps = Number(arg("--runs")) || 3;
  const ways = arg("--ways")?.split(",").map((i) => WAYS[Number(i)]) ?? WAYS;
  const rows: string[][] = [];
  for (const file of PROGRAMS) {
    const image = Buffer.from(compileFile(path.join(root, file))).toString("base64");
    const samples = ways.map(() => ({ startup: [] as number[], first: [] as number[], steady: [] as number[], exit: [] as number[] }));
    // the ways interleaved, so that the machine's load falls on all of them alike
    for (let r = 0; r < reps; r++) {
      for (const [i, way] of ways.entries()) {
        const m = await measure(way, image, 3);
        samples[i].startup.push(m.startup);
        samples[i].first.push(m.first);
        samples[i].steady.push(m.steady);
        samples[i].exit.push(await exitLatency(way, path.join(root, file)));
      }
    }
    for (const [i, way] of ways.entries()) {
      const s = samples[i];
      const first = median(s.first);
      const steady = median(s.steady);
      rows.push([i === 0 ? path.basename(file) : "", way.name, ms(median(s.startup)), ms(first), ms(steady), `${(first / steady).toFixed(1)}×`, ms(median(s.exit))]);
    }
  }
  console.log(`medians of ${reps} fresh processes per cell (ms)\n`);
  console.log(table(["program", "compiled how", "start-up", "first run", "steady", "first/steady", "exit after output"], rows));
}

void main();
