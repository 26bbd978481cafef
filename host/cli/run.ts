// `stackless run`: compile if needed, then run on V8 (in-process), wasmtime or the WASI build.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEFAULTS, STRESS, type VmConfig } from "../runtime/defaults";
import { parseSize } from "../runtime/size";
import { Runtime, compileFile } from "../runtime/index";
import { runImage, runWasiSync } from "../wasmtime/index";
import { UsageError, type FlagSpec, type Parsed } from "./args";
import { emit, type Io } from "./io";

/** The VM sizes, shared by run, budget and report. */
export const SIZE_FLAGS: FlagSpec = {
  "--memory": "size",
  "--arena": "size",
  "--spill": "size",
  "--freelist": "string",
  "--zombieframes": "bool",
  "--stress": "bool",
};

export const RUN_FLAGS: FlagSpec = {
  "--engine": ["v8", "wasmtime", "wasi"],
  ...SIZE_FLAGS,
  "--tick": "count",
  "--stats": "bool",
};

export interface RunRequest {
  file: string;
  engine: "v8" | "wasmtime" | "wasi";
  config: VmConfig;
  /** Opcodes per vm_run call; 0 = no limit. */
  tick: number;
  stats: boolean;
}

/** Turns parsed flags into a request: defaults, then --stress, then explicit sizes. */
export function runRequest({ flags, positionals }: Parsed): RunRequest {
  if (positionals.length !== 1) throw new UsageError("run needs exactly one FILE.py or FILE.slpi");
  const engine = (flags["--engine"] as RunRequest["engine"] | undefined) ?? "v8";
  if (engine === "wasi") {
    const bad = [...Object.keys(SIZE_FLAGS), "--stats", "--tick"].filter((f) => f in flags);
    if (bad.length) throw new UsageError(`--engine wasi runs with the built-in defaults; drop ${bad.join(", ")}`);
  }
  return { file: positionals[0], engine, config: configFlags(flags), tick: (flags["--tick"] as number | undefined) ?? 0, stats: !!flags["--stats"] };
}

/** The VM sizes of SIZE_FLAGS (run, budget, report): defaults, then --stress, then explicit sizes. */
export function configFlags(flags: Parsed["flags"]): VmConfig {
  const config: VmConfig = { ...DEFAULTS, ...(flags["--stress"] ? STRESS : {}) };
  if (flags["--memory"] !== undefined) config.budget = flags["--memory"] as number;
  if (flags["--arena"] !== undefined) config.arena = flags["--arena"] as number;
  if (flags["--spill"] !== undefined) config.spill = flags["--spill"] as number;
  if (flags["--freelist"] !== undefined) Object.assign(config, parseFreelist(flags["--freelist"] as string));
  if (flags["--zombieframes"]) config.zombieFrames = true;
  for (const key of ["budget", "arena", "spill", "freelistBytes"] as const) {
    if (config[key] > 0x7fffffff) throw new UsageError(`${key} must be below 2GiB`);
  }
  return config;
}

/** `N` or `N/SIZE`: a frame count, and optionally a byte bound. */
function parseFreelist(text: string): Partial<VmConfig> {
  const m = /^(\d+)(?:\/(.+))?$/.exec(text);
  if (!m) throw new UsageError(`--freelist: expected N or N/SIZE, got '${text}'`);
  const out: Partial<VmConfig> = { freelistFrames: Number(m[1]) };
  if (m[2] !== undefined) {
    try {
      out.freelistBytes = parseSize(m[2]);
    } catch (e) {
      throw new UsageError(`--freelist: ${(e as Error).message}`);
    }
  }
  return out;
}

/** Runs a request; returns the exit code. Compile errors propagate (main reports them). */
export async function run(req: RunRequest, io: Io): Promise<number> {
  const image = compileFile(req.file);
  switch (req.engine) {
    case "v8":
      return runOnV8(image, req, io);
    case "wasmtime": {
      const r = await runImage(
        image,
        { ...req.config, stats: req.stats, ops: req.tick },
        (c) => emit(io.stdout, c),
        (c) => emit(io.stderr, c),
      );
      return r.exitCode;
    }
    case "wasi":
      return runOnWasi(image, io);
  }
}

async function runOnV8(image: Uint8Array, req: RunRequest, io: Io): Promise<number> {
  const rt = await Runtime.create({ ...req.config, stdout: io.stdout, stderr: io.stderr });
  rt.loadImage(image);
  const code = rt.run(req.tick);
  // Only after a run that ended (done, idle then exit, or an uncaught exception), as run.py does.
  if (req.stats) emit(io.stderr, JSON.stringify(rt.stats()) + "\n");
  return code;
}

/** The WASI build reads its image from a file under its preopened `.`: a private temp dir. */
function runOnWasi(image: Uint8Array, io: Io): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackless-wasi-"));
  try {
    fs.writeFileSync(path.join(dir, "app.slpi"), image);
    const r = runWasiSync("app.slpi", dir);
    emit(io.stdout, r.stdout);
    emit(io.stderr, r.stderr);
    return r.exitCode;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
