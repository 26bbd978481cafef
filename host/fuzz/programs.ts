// The differential program fuzzer (issue 8): generated programs of the supported subset run on
// the in-process V8 runtime and on CPython, compared on stdout and exit status; tasklet programs
// (CPython has no stackless module) are compared across our own configurations instead: the
// defaults, the stress configuration and a host ticking 7 opcodes at a time. Every finding is
// minimised and written to a directory with our output and the oracle's.
import * as fs from "node:fs";
import * as path from "node:path";
import { Runtime, STRESS, Status, VmTrap, compileModule, compileText, isSyntaxError, type VmConfig } from "../runtime/index";
import { PyBatch, runPyFile, type PyOutcome } from "./cpython";
import { generateProgram, generateTaskletProgram } from "./pygen";
import { knownDifference } from "./known";

export interface Finding {
  /** What went wrong: a trap or hang of ours, a divergence from CPython, a disagreement between our configurations, a program our compiler rejects. */
  kind: "trap" | "hang" | "divergence" | "configs" | "compile";
  /** The generator seed of the program. */
  seed: number;
  /** What identifies this finding among others (the minimiser keeps it). */
  signature: string;
  /** The name of the known difference (docs/language.md) it matches, if any. */
  known?: string;
  program: string;
  minimised: string;
  ours: string;
  expected: string;
}

export interface FuzzResult {
  runs: number;
  traps: number;
  hangs: number;
  divergences: number;
  findings: Finding[];
}

export interface FuzzOptions {
  seed: number;
  count: number;
  log: (line: string) => void;
  /** Where findings are written (default fuzz-out/programs); none when null. */
  outDir?: string | null;
  /** Wall-clock limit of one of our runs before it counts as a hang (ms). */
  hangMs?: number;
  /** Minimise new findings that are not known differences (default true). */
  minimise?: boolean;
}

/** What one run of ours produced. */
interface Ours {
  code: number;
  stdout: string;
  stderr: string;
  trap?: string;
  hang?: boolean;
  compile?: string;
}

/** One tasklet program in every (this many)th: the rest are compared with CPython. */
const TASKLET_EVERY = 6;
/** One plain program in every (this many)th also runs at the stress configuration. */
const STRESS_EVERY = 4;
/** Predicate evaluations one minimisation may spend. */
const MINIMISE_TRIES = 300;

const CONFIGS: { name: string; config: Partial<VmConfig>; ops: number }[] = [
  { name: "default", config: {}, ops: 0 },
  { name: "stress", config: STRESS, ops: 0 },
  { name: "tick7", config: {}, ops: 7 },
];

/** The seed of program `i` of a campaign: spread so neighbouring campaigns don't overlap. */
function programSeed(seed: number, i: number): number {
  return (Math.imul(seed, 0x9e3779b1) + Math.imul(i, 0x85ebca6b)) >>> 0;
}

async function runOurs(source: string, config: Partial<VmConfig>, ops: number, hangMs: number): Promise<Ours> {
  let image: Uint8Array;
  try {
    image = compileText(source, "fuzz.py");
  } catch (e) {
    if (isSyntaxError(e)) return { code: 1, stdout: "", stderr: "", compile: (e as Error).message };
    throw e;
  }
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const rt = new Runtime(await compileModule(), { ...config, stdout: (b) => out.push(b), stderr: (b) => err.push(b) });
  const result = (extra: Partial<Ours>, code: number): Ours => ({
    code,
    stdout: Buffer.concat(out).toString("utf8"),
    stderr: Buffer.concat(err).toString("utf8"),
    ...extra,
  });
  try {
    rt.loadImage(image);
    const deadline = performance.now() + hangMs;
    const slice = ops || 100_000;
    let status: number;
    let n = 0;
    do {
      status = rt.tick({ ops: slice }).status;
      if (++n % (ops ? 4096 : 1) === 0 && performance.now() > deadline) return result({ hang: true }, -1);
    } while (status === Status.Budget);
    return result({}, rt.exitCode(status));
  } catch (e) {
    if (e instanceof VmTrap) return result({ trap: e.message }, -1);
    throw e;
  }
}

const describe = (o: { code: number; stdout: string }, extra = ""): string => `${extra}exit ${o.code}\n${o.stdout}`;

/** An exception report the generated programs print (`! TypeError message`, `caught …`). */
const ERROR_LINE = /^(?:!|caught|in \d+) ([A-Z]\w*(?:Error|Exception|Exit|Iteration)) ?(.*)/;

/**
 * The first line where two outputs differ. When only one side reports an exception there, that
 * side alone is the signature (the other side's value varies from program to program, the bug
 * does not), so one bug found in many programs is one finding.
 */
function firstDifference(ours: string, theirs: string): string {
  const la = ours.split("\n");
  const lb = theirs.split("\n");
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  const [a, b] = [la[i] ?? "<end>", lb[i] ?? "<end>"];
  const [ea, eb] = [ERROR_LINE.exec(a), ERROR_LINE.exec(b)];
  if (ea && !eb) return `ours raises ${ea[1]} ${ea[2]}`;
  if (eb && !ea) return `CPython raises ${eb[1]} ${eb[2]}`;
  if (ea && eb) return `${ea[1]} ${ea[2]}  ≠  ${eb[1]} ${eb[2]}`;
  return `${a}  ≠  ${b}`;
}

/** Blurs what varies between programs meeting one bug: serial numbers of names, quoted text, numbers. */
const blur = (s: string): string =>
  s
    .replace(/([A-Za-z]+)\d+_\d+/g, "$1")
    .replace(/'[^']*'/g, "'_'")
    .replace(/-?\d+/g, "N")
    .slice(0, 300);

/** A checker: runs one program and says whether (and how) it misbehaves; "" when it doesn't. */
type Check = (source: string) => Promise<{ sig: string; kind?: Finding["kind"]; ours?: string; expected?: string; invalid?: boolean; known?: string }>;

function plainCheck(py: PyBatch, hangMs: number, config: Partial<VmConfig>): Check {
  return async (source) => {
    // (a program that kills the batch python, say by exhausting its memory, is run on its own)
    const [theirs, ours] = await Promise.all([py.run(source).catch(() => runPyFile(source)), runOurs(source, config, 0, hangMs)]);
    if (theirs.syntax || theirs.code === -1) return { sig: "", invalid: true };
    return judge(ours, theirs, () => runPyFile(source));
  };
}

async function judge(ours: Ours, theirs: PyOutcome, exact: () => Promise<PyOutcome>): Promise<Awaited<ReturnType<Check>>> {
  if (ours.trap) return { sig: `trap: ${ours.trap}`, kind: "trap", ours: `${ours.trap}\n${ours.stderr}`, expected: describe(theirs) };
  if (ours.hang) return { sig: "hang", kind: "hang", ours: describe(ours, "(still running)\n"), expected: describe(theirs) };
  if (ours.compile) return { sig: `compile: ${blur(ours.compile.replace(/\(fuzz\.py:\d+:\d+\)/, ""))}`, kind: "compile", ours: ours.compile, expected: describe(theirs) };
  if (ours.stdout === theirs.stdout && ours.code === theirs.code) return { sig: "" };
  // exec() in the batch oracle is not a real run: ask a real one before reporting
  const real = await exact();
  if (real.syntax || real.code === -1) return { sig: "", invalid: true };
  if (ours.stdout === real.stdout && ours.code === real.code) return { sig: "" };
  const sig = ours.stdout === real.stdout ? `exit ${ours.code} ≠ ${real.code}` : blur(firstDifference(ours.stdout, real.stdout));
  const known = knownDifference({ ours: ours.stdout, oursCode: ours.code, expected: real.stdout, expectedCode: real.code });
  return { sig, kind: "divergence", known, ours: describe(ours, ours.stderr ? `stderr: ${ours.stderr.trim().split("\n").pop()}\n` : ""), expected: describe(real) };
}

function taskletCheck(hangMs: number): Check {
  return async (source) => {
    const runs: Ours[] = [];
    for (const c of CONFIGS) runs.push(await runOurs(source, c.config, c.ops, hangMs));
    const first = runs[0];
    if (first.compile) return { sig: `compile: ${blur(first.compile)}`, kind: "compile", ours: first.compile, expected: "" };
    for (let i = 0; i < runs.length; i++) {
      const o = runs[i];
      if (o.trap) return { sig: `trap (${CONFIGS[i].name}): ${o.trap}`, kind: "trap", ours: o.trap, expected: "" };
      if (o.hang) return { sig: `hang (${CONFIGS[i].name})`, kind: "hang", ours: describe(o), expected: "" };
    }
    for (let i = 1; i < runs.length; i++) {
      const o = runs[i];
      if (o.stdout !== first.stdout || o.code !== first.code) {
        const sig = `${CONFIGS[i].name}: ${o.stdout === first.stdout ? `exit ${o.code} ≠ ${first.code}` : blur(firstDifference(o.stdout, first.stdout))}`;
        return { sig, kind: "configs", ours: `${CONFIGS[i].name}:\n${describe(o)}`, expected: `default:\n${describe(first)}` };
      }
    }
    return { sig: "" };
  };
}

/** Top-level units of a program: a line at column 0 with the indented lines after it. */
function units(lines: string[]): string[][] {
  const out: string[][] = [];
  for (const l of lines) {
    if (/^\S/.test(l) || !out.length) out.push([l]);
    else out[out.length - 1].push(l);
  }
  return out;
}

/**
 * Delta debugging over top-level units, then over single lines with their indented bodies,
 * keeping only candidates that both compilers accept and that fail with the same signature.
 */
async function minimise(source: string, sig: string, check: Check): Promise<string> {
  let tries = 0;
  const same = async (candidate: string): Promise<boolean> => {
    if (tries++ >= MINIMISE_TRIES) return false;
    const r = await check(candidate);
    return !r.invalid && r.sig === sig;
  };
  let parts = units(source.trimEnd().split("\n"));
  const join = (ps: string[][]) => ps.flat().join("\n") + "\n";
  // ddmin over units: drop chunks of decreasing size
  for (let size = Math.ceil(parts.length / 2); size >= 1; size = size === 1 ? 0 : Math.ceil(size / 2)) {
    for (let i = 0; i + size <= parts.length && parts.length > 1; ) {
      const candidate = [...parts.slice(0, i), ...parts.slice(i + size)];
      if (await same(join(candidate))) parts = candidate;
      else i += size;
    }
  }
  // then single lines (with the lines indented under them), last first, until nothing goes
  let lines = parts.flat();
  const indent = (l: string) => /^ */.exec(l)![0].length;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = lines.length - 1; i >= 0; i--) {
      // a line with the lines indented under it, and with the clauses that belong to its
      // statement (try's handlers, if's elif/else…), which cannot stand alone
      const blockEnd = (from: number) => {
        let e = from + 1;
        while (e < lines.length && indent(lines[e]) > indent(lines[from])) e++;
        return e;
      };
      let end = blockEnd(i);
      if (!/^\s*(except|else|elif|finally)\b/.test(lines[i])) {
        while (end < lines.length && indent(lines[end]) === indent(lines[i]) && /^\s*(except|else|elif|finally)\b/.test(lines[end])) end = blockEnd(end);
      }
      const candidate = [...lines.slice(0, i), ...lines.slice(end)];
      if (candidate.length && (await same(candidate.join("\n") + "\n"))) {
        lines = candidate;
        changed = true;
      } else if (end === i + 1 && !/^\s*pass$/.test(lines[i]) && (await same([...lines.slice(0, i), " ".repeat(indent(lines[i])) + "pass", ...lines.slice(end)].join("\n") + "\n"))) {
        lines = [...lines.slice(0, i), " ".repeat(indent(lines[i])) + "pass", ...lines.slice(end)];
        changed = true;
      }
      if (tries >= MINIMISE_TRIES) return lines.join("\n") + "\n";
      if (i > lines.length) i = lines.length;
    }
  }
  return lines.join("\n") + "\n";
}

/** Generates and runs `count` programs from `seed`; minimises and writes each new finding. */
export async function fuzzPrograms(opts: FuzzOptions): Promise<FuzzResult> {
  const hangMs = opts.hangMs ?? 10_000;
  const outDir = opts.outDir === undefined ? path.join("fuzz-out", "programs") : opts.outDir;
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    opts.log(`findings go to ${outDir}/`);
  }
  const py = new PyBatch();
  const plain = plainCheck(py, hangMs, {});
  const stress = plainCheck(py, hangMs, STRESS);
  const tasklets = taskletCheck(hangMs);
  const result: FuzzResult = { runs: 0, traps: 0, hangs: 0, divergences: 0, findings: [] };
  const seen = new Map<string, Finding>();
  const started = performance.now();
  try {
    for (let i = 0; i < opts.count; i++) {
      const seed = programSeed(opts.seed, i);
      const isTasklet = i % TASKLET_EVERY === TASKLET_EVERY - 1;
      const program = isTasklet ? generateTaskletProgram(seed) : generateProgram(seed);
      const check = isTasklet ? tasklets : i % STRESS_EVERY === 1 ? stress : plain;
      const r = await check(program);
      result.runs++;
      if (result.runs % 500 === 0) opts.log(`${result.runs} programs run, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      if (!r.sig || r.invalid) continue;
      if (r.kind === "trap") result.traps++;
      else if (r.kind === "hang") result.hangs++;
      else result.divergences++;
      const known = r.known;
      const previous = seen.get(r.sig);
      if (previous) {
        opts.log(`#${i} seed ${seed}: ${r.kind} again: ${r.sig}`);
        continue;
      }
      const finding: Finding = { kind: r.kind!, seed, signature: r.sig, known, program, minimised: program, ours: r.ours ?? "", expected: r.expected ?? "" };
      if (!known && opts.minimise !== false) {
        finding.minimised = await minimise(program, r.sig, check);
        const m = await check(finding.minimised);
        if (m.sig === r.sig) [finding.ours, finding.expected] = [m.ours ?? "", m.expected ?? ""];
      }
      seen.set(r.sig, finding);
      result.findings.push(finding);
      opts.log(`#${i} seed ${seed}: ${r.kind}${known ? ` (known: ${known})` : ""}: ${r.sig}`);
      if (outDir) write(outDir, finding);
    }
  } finally {
    py.close();
  }
  opts.log(`${result.runs} programs in ${((performance.now() - started) / 1000).toFixed(0)} s: ${result.traps} traps, ${result.hangs} hangs, ${result.divergences} divergences (${result.findings.length} distinct, ${result.findings.filter((f) => !f.known).length} not known)`);
  return result;
}

function write(dir: string, f: Finding): void {
  const base = path.join(dir, `${f.kind}-${f.seed}`);
  fs.writeFileSync(`${base}.py`, f.minimised);
  fs.writeFileSync(`${base}.full.py`, f.program);
  fs.writeFileSync(`${base}.txt`, `signature: ${f.signature}\nknown: ${f.known ?? "no"}\n--- ours ---\n${f.ours}\n--- expected ---\n${f.expected}\n`);
}

export { generateProgram, generateTaskletProgram };
