// The program corpus, one test per file per configuration so a failure names its program.
//
//   tests/py/*.py        CPython 3 is the oracle: stdout byte for byte, and the exit code, on
//                        V8 (defaults), V8 (stress), V8 driven by tick({ops: 1}), and wasmtime for
//                        the files named in tests/py/WASMTIME (one per line, # comments) or, if
//                        there is no such file, every 5th file.
//   tests/stackless/*.py stdout equals NAME.out, exit 0: V8, stress, V8 ticking, wasmtime.
//   tests/negative/*.py  NAME.expect: first line `exit=N`; then any of `stderr~REGEX`,
//                        `stdout~REGEX` (JavaScript regex, multiline: ^ and $ match at lines) that
//                        must match, and `args=…` extra CLI arguments (split on spaces). Run
//                        through the CLI's main() on V8 and on wasmtime, and on WASI when
//                        the args are at most a --tick.
//
// V8 runs in-process (one compiled module, a fresh instance per run); wasmtime and CPython are
// child processes, started asynchronously so they overlap with the in-process work.
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { bufferIo } from "../../host/cli/io";
import { main } from "../../host/cli/main";
import { Runtime, STRESS, Status, compileFile, compileModule, type VmConfig } from "../../host/runtime/index";
import { packageRoot } from "../../host/runtime/paths";
import { runImage } from "../../host/wasmtime/index";
import { listPrograms } from "./programs";

const root = packageRoot();
process.chdir(root); // programs are named relative to the root, as tracebacks show them

interface Outcome {
  code: number;
  stdout: Buffer;
  stderr: string;
}

const images = new Map<string, Uint8Array>();
/** Each file is compiled once, whatever the number of configurations. */
function image(file: string): Uint8Array {
  let bytes = images.get(file);
  if (!bytes) images.set(file, (bytes = compileFile(file)));
  return bytes;
}

/** Time a single in-process run may take before the test calls it a hang. */
const RUN_LIMIT_MS = 60_000;

/** Runs on V8 in-process, `ops` opcodes per vm_run call (0 = no limit, in 10M-op slices). */
async function onV8(file: string, config: Partial<VmConfig> = {}, ops = 0): Promise<Outcome> {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const rt = new Runtime(await compileModule(), { ...config, stdout: (b) => out.push(b), stderr: (b) => err.push(b) });
  rt.loadImage(image(file));
  const deadline = performance.now() + RUN_LIMIT_MS;
  const slice = ops || 10_000_000;
  let status: number;
  let n = 0;
  let exited = false;
  do {
    status = rt.tick({ ops: slice }).status;
    if (++n % 4096 === 0 && performance.now() > deadline) throw new Error(`${file}: still running after ${RUN_LIMIT_MS} ms`);
    // idle while tasklets sleep: wait for the first, as run() does
    const due = status === Status.Idle && !exited ? rt.nextWake : undefined;
    if (due !== undefined) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, (due - rt.clock()) * 1000)));
      status = Status.Budget;
      continue;
    }
    // idle at the end of the script ends the program, as run() decides (the exit then ticks too)
    if (status === Status.Idle && !exited) {
      exited = true;
      status = rt.exit();
    }
  } while (status === Status.Budget);
  return { code: rt.exitCode(status), stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") };
}

async function onWasmtime(file: string, config: Partial<VmConfig> = {}): Promise<Outcome> {
  const r = await runImage(image(file), config);
  return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
}

const oracles = new Map<string, Promise<Outcome>>();
/** CPython's outcome for a file (memoised; started early, awaited late). */
function cpython(file: string): Promise<Outcome> {
  let p = oracles.get(file);
  if (!p) {
    p = new Promise((resolve, reject) => {
      const child = spawn("python3", [file], {
        cwd: root,
        env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (c: Buffer) => out.push(c));
      child.stderr.on("data", (c: Buffer) => err.push(c));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    });
    oracles.set(file, p);
  }
  return p;
}

function assertSame(ours: Outcome, expected: { code: number; stdout: Buffer }, what: string): void {
  const context = ours.stderr ? `\n--- our stderr ---\n${ours.stderr}` : "";
  assert.equal(ours.stdout.toString("utf8"), expected.stdout.toString("utf8"), `${what}: stdout differs${context}`);
  assert.ok(ours.stdout.equals(expected.stdout), `${what}: stdout bytes differ`);
  assert.equal(ours.code, expected.code, `${what}: exit code${context}`);
}

// ---- tests/py: CPython is the oracle ----------------------------------------------------------

const pyFiles = listPrograms("tests/py");

function wasmtimePart(): string[] {
  const listing = path.join(root, "tests/py/WASMTIME");
  if (!fs.existsSync(listing)) return pyFiles.filter((_, i) => i % 5 === 0);
  const names = fs
    .readFileSync(listing, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);
  for (const n of names) assert.ok(pyFiles.includes(path.join("tests/py", n)), `tests/py/WASMTIME names a missing file: ${n}`);
  return names.map((n) => path.join("tests/py", n));
}

// Start the oracles two at a time while the in-process tests run.
void (async () => {
  for (let i = 0; i < pyFiles.length; i += 2) await Promise.all(pyFiles.slice(i, i + 2).map((f) => cpython(f).catch(() => {})));
})();

describe("tests/py on V8 (defaults)", () => {
  for (const file of pyFiles) test(path.basename(file), async () => assertSame(await onV8(file), await cpython(file), file));
});

describe("tests/py on V8 (stress)", () => {
  for (const file of pyFiles) test(path.basename(file), async () => assertSame(await onV8(file, STRESS), await cpython(file), file));
});

describe("tests/py on V8, host ticking tick({ops: 1})", () => {
  for (const file of pyFiles) test(path.basename(file), async () => assertSame(await onV8(file, {}, 1), await cpython(file), file));
});

describe("tests/py on wasmtime", { concurrency: 2 }, () => {
  for (const file of wasmtimePart()) {
    test(path.basename(file), async () => assertSame(await onWasmtime(file), await cpython(file), file));
  }
});

// ---- tests/stackless: expected output in NAME.out ---------------------------------------------

const stacklessFiles = listPrograms("tests/stackless");
const expectedOut = (file: string) => ({ code: 0, stdout: fs.readFileSync(file.replace(/\.py$/, ".out")) });

describe("tests/stackless on V8 (defaults)", () => {
  for (const file of stacklessFiles) test(path.basename(file), async () => assertSame(await onV8(file), expectedOut(file), file));
});

describe("tests/stackless on V8 (stress)", () => {
  for (const file of stacklessFiles) test(path.basename(file), async () => assertSame(await onV8(file, STRESS), expectedOut(file), file));
});

// Scheduling is the program's own while main runs, so the output is the same at any tick size
// (the watchdog of run(N) counts the opcodes of the tasklet's slice, not of the host's tick).
// Once main has returned, the host's ticks are time slices (by design), so the programs whose
// tasklets still print after main has returned are left out here.
const outliveMain = /^43_/;
describe("tests/stackless on V8, host ticking tick({ops: 1})", () => {
  for (const file of stacklessFiles.filter((f) => !outliveMain.test(path.basename(f)))) {
    test(path.basename(file), async () => assertSame(await onV8(file, {}, 1), expectedOut(file), file));
  }
});

describe("tests/stackless on wasmtime", { concurrency: 2 }, () => {
  for (const file of stacklessFiles) test(path.basename(file), async () => assertSame(await onWasmtime(file), expectedOut(file), file));
  // the tempval guarantee at the stress configuration on the second engine too
  for (const file of stacklessFiles.filter((f) => /tempval/.test(f))) {
    test(`${path.basename(file)} (stress)`, async () => assertSame(await onWasmtime(file, STRESS), expectedOut(file), file));
  }
});

// ---- tests/negative: what must fail, and how ---------------------------------------------------

interface Expectation {
  exit: number;
  stderr: RegExp[];
  stdout: RegExp[];
  args: string[];
}

/** Parses NAME.expect (format at the top of this file). */
function parseExpect(text: string, name: string): Expectation {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, "")).filter((l) => l.trim() !== "");
  const first = /^exit=(\d+)$/.exec(lines[0] ?? "");
  if (!first) throw new Error(`${name}: the first line must be exit=N`);
  const e: Expectation = { exit: Number(first[1]), stderr: [], stdout: [], args: [] };
  for (const line of lines.slice(1)) {
    const m = /^(stderr|stdout)~(.*)$/.exec(line);
    if (m) e[m[1] as "stderr" | "stdout"].push(new RegExp(m[2], "m"));
    else if (line.startsWith("args=")) e.args.push(...line.slice(5).trim().split(/\s+/).filter(Boolean));
    else throw new Error(`${name}: cannot read line ${JSON.stringify(line)}`);
  }
  return e;
}

/** The args without `--tick N`: the WASI build has no host tick (it runs to the end). */
function withoutTick(args: string[]): string[] {
  const i = args.indexOf("--tick");
  return i < 0 ? args : [...args.slice(0, i), ...args.slice(i + 2)];
}

async function checkNegative(file: string, engine: "v8" | "wasmtime" | "wasi"): Promise<void> {
  const expectFile = file.replace(/\.py$/, ".expect");
  const e = parseExpect(fs.readFileSync(expectFile, "utf8"), expectFile);
  const io = bufferIo();
  const given = engine === "wasi" ? withoutTick(e.args) : e.args;
  const args = given.includes("--engine") ? given : [...given, "--engine", engine];
  const code = await main(["run", file, ...args], io);
  const out = io.out();
  const err = io.err();
  const context = `\n--- stdout ---\n${out}\n--- stderr ---\n${err}`;
  assert.equal(code, e.exit, `${file} on ${engine}: exit code${context}`);
  for (const re of e.stderr) assert.match(err, re, `${file} on ${engine}: stderr${context}`);
  for (const re of e.stdout) assert.match(out, re, `${file} on ${engine}: stdout${context}`);
}

const negativeFiles = listPrograms("tests/negative");

describe("tests/negative on V8", () => {
  for (const file of negativeFiles) test(path.basename(file), () => checkNegative(file, "v8"));
});

describe("tests/negative on wasmtime", { concurrency: 2 }, () => {
  for (const file of negativeFiles) {
    const expectFile = file.replace(/\.py$/, ".expect");
    const pinned = fs.existsSync(expectFile) && /--engine\s+v8/.test(fs.readFileSync(expectFile, "utf8"));
    test(path.basename(file), { skip: pinned && "its .expect pins --engine v8" }, () => checkNegative(file, "wasmtime"));
  }
});

// The WASI build runs with its built-in defaults: the files that ask for no sizes (a --tick is
// dropped) run there too.
describe("tests/negative on WASI", { concurrency: 2 }, () => {
  for (const file of negativeFiles) {
    const e = parseExpect(fs.readFileSync(file.replace(/\.py$/, ".expect"), "utf8"), file);
    if (withoutTick(e.args).length === 0) test(path.basename(file), () => checkNegative(file, "wasi"));
  }
});
