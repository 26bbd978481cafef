// Runs the module under wasmtime by way of host/wasmtime/run.py and the pinned Python bindings in
// .venv (scripts/ensure-venv.sh makes it). Images travel on the child's stdin; the child prints
// the program's output, so this is the same protocol as the V8 host, in another engine.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULTS, type VmConfig } from "../runtime/defaults";
import { packageRoot } from "../runtime/paths";

export interface WasmtimeRunOptions extends Partial<VmConfig> {
  /** Print the stats JSON on stderr at exit. */
  stats?: boolean;
  /** Opcodes per vm_run call (0 = no limit), like tick({ops}). */
  ops?: number;
  /** Config.max_wasm_stack in bytes: proves deep recursion never grows the native stack. */
  maxWasmStack?: number;
}

export interface ChildResult {
  exitCode: number;
  stdout: Buffer;
  stderr: Buffer;
}

/** The venv's interpreter (scripts/ensure-venv.sh creates it). */
export function pythonPath(): string {
  return path.join(packageRoot(), ".venv", "bin", "python");
}

export function runPyPath(): string {
  return path.join(packageRoot(), "host", "wasmtime", "run.py");
}

/** True when .venv exists; wasmtime itself is checked by ensure-venv.sh. */
export function available(): boolean {
  return fs.existsSync(pythonPath());
}

function requireVenv(): void {
  if (available()) return;
  // an absolute path: from an installed package the script is under node_modules/stackless-wasm/
  const script = path.join(packageRoot(), "scripts", "ensure-venv.sh");
  throw new Error(`the wasmtime engine needs the wasmtime Python bindings in ${path.dirname(path.dirname(pythonPath()))}: run \`bash ${script}\` first`);
}

/** run.py's arguments for `run`/`bench`: plain byte counts. */
function sizeArgs(opts: Partial<VmConfig>): string[] {
  const c = { ...DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) };
  const args = [
    "--budget", String(c.budget), "--arena", String(c.arena), "--spill", String(c.spill),
    "--freelist-frames", String(c.freelistFrames), "--freelist-bytes", String(c.freelistBytes),
  ];
  if (c.zombieFrames) args.push("--zombieframes");
  if (c.gcStress) args.push("--gcstress");
  if (c.gilStress) args.push("--gilstress");
  return args;
}

function runArgs(opts: WasmtimeRunOptions): string[] {
  const args = ["run", "--image", "-", ...sizeArgs(opts)];
  if (opts.stats) args.push("--stats");
  if (opts.ops) args.push("--ops", String(opts.ops));
  if (opts.maxWasmStack !== undefined) args.push("--max-wasm-stack", String(opts.maxWasmStack));
  return args;
}

/** Runs `run.py ARGS` to completion, feeding `input` on stdin. */
export function runPySync(args: string[], input?: Uint8Array): ChildResult {
  requireVenv();
  const r = spawnSync(pythonPath(), [runPyPath(), ...args], { input, maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return { exitCode: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `run.py ARGS`, streaming its output to `onStdout`/`onStderr` as it comes. */
export function runPy(
  args: string[],
  input?: Uint8Array,
  onStdout?: (chunk: Buffer) => void,
  onStderr?: (chunk: Buffer) => void,
): Promise<ChildResult> {
  requireVenv();
  return new Promise((resolve, reject) => {
    const child = spawn(pythonPath(), [runPyPath(), ...args], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => (onStdout ? onStdout(c) : out.push(c)));
    child.stderr.on("data", (c: Buffer) => (onStderr ? onStderr(c) : err.push(c)));
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out), stderr: Buffer.concat(err) }),
    );
    child.stdin.on("error", () => {}); // the child may exit before reading everything
    child.stdin.end(input);
  });
}

/** Runs an image on wasmtime, like Runtime.run() on V8; output is returned, not printed. */
export function runImageSync(image: Uint8Array, opts: WasmtimeRunOptions = {}): ChildResult {
  return runPySync(runArgs(opts), image);
}

/** Runs an image on wasmtime, streaming the program's output to the given sinks. */
export function runImage(
  image: Uint8Array,
  opts: WasmtimeRunOptions = {},
  onStdout?: (chunk: Buffer) => void,
  onStderr?: (chunk: Buffer) => void,
): Promise<ChildResult> {
  return runPy(runArgs(opts), image, onStdout, onStderr);
}

/**
 * Runs an image file with the WASI build, as `wasmtime run --dir=. build/stackless-wasi.wasm FILE`
 * would: `file` must lie under `cwd` (only `.` is preopened).
 */
export function runWasiSync(file: string, cwd: string = process.cwd()): ChildResult {
  requireVenv();
  const r = spawnSync(pythonPath(), [runPyPath(), "wasi", path.relative(cwd, path.resolve(cwd, file))], { cwd, maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return { exitCode: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}

export interface WasmtimeReport {
  engine: "wasmtime";
  wasmtimeVersion: string;
  runs: number;
  compileMs: number;
  instantiateMs: number;
  initMs: number;
  pagesAtStart: number;
  pagesAfterInit: number;
  heapUsed: number;
  arenaUsed: number;
  fuelInstantiate: number;
  fuelInit: number;
  wasiCompileMs?: number;
}

/** The startup footprint measured inside run.py (times are medians of `runs`). */
export function report(runs = 5): WasmtimeReport {
  const r = runPySync(["report", "--runs", String(runs)]);
  if (r.exitCode !== 0) throw new Error(`run.py report failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.toString("utf8")) as WasmtimeReport;
}

/** The stats names run.py uses (a test checks them against host/runtime/stats.ts). */
export function statNames(): string[] {
  return JSON.parse(runPySync(["names"]).stdout.toString("utf8")) as string[];
}
