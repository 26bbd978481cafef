// What the host can do about V8's first run (issue 12): for each way of compiling the module, the
// start-up (compile, instantiate, vm_init), the first run and the steady runs of a few programs,
// each in a fresh process, and how long `stackless run` takes to exit after its last output.
//   node build/bench/tiering.js [--runs N] [--ways 0,2,…]   (indices into WAYS; default all)
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

const WAYS: readonly Way[] = [
  { name: "default (lazy Liftoff, dynamic tier-up)", flags: [] },
  { name: "vm_run in slices of 1e6 ops", flags: [], ops: 1_000_000 },
  { name: "tiering budget x10", flags: ["--wasm-tiering-budget=18000000"] },
  { name: "tiering budget x10, slices of 1e6 ops", flags: ["--wasm-tiering-budget=18000000"], ops: 1_000_000 },
  { name: "lazy TurboFan (--no-liftoff)", flags: ["--no-liftoff"] },
  { name: "eager TurboFan", flags: ["--no-liftoff", "--no-wasm-lazy-compilation"] },
  { name: "Liftoff only", flags: ["--liftoff-only"] },
];

const PROGRAMS = ["bench/programs/hello.py", "bench/programs/fib.py", "tests/py/200_richards.py", "tests/py/204_deltablue.py", "bench/programs/fib29.py"];

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
