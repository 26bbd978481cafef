// The image fuzzer: mutates the images the compiler makes from the corpus (tests/py,
// tests/stackless) and runs each mutant with an op bound, on a fresh Runtime or a reused one.
// The VM must refuse a bad image at load or end it with a Python exception: a trap
// (WebAssembly.RuntimeError, surfaced as VmTrap) or a run that does not come back is a VM bug.
// Mutants run in a worker thread so a hang can be cut off by a wall-clock deadline; a finding
// is shrunk towards its base image and written to a file the log names.
// Run by host/fuzz/cli.ts (`npm run fuzz -- --kind images …`); findings go to fuzz-out/images/.
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { ImageError, Runtime, Status, VmTrap, compileFile, compileModule, compileText } from "../runtime/index";
import { packageRoot } from "../runtime/paths";
import { OP_COUNT } from "../compiler/opcodes";
import { isJump, isTerminator, stackEffect, stackInputs } from "../compiler/effects";

export interface Finding {
  /** The mutant's own seed: `--mutant` regenerates it from the same base images. */
  seed: number;
  /** "trap", "hang", "host-error"; "trap-reuse"/"hang-reuse": only on a Runtime reused since mutant `since`. */
  kind: string;
  detail: string;
  image?: Uint8Array;
  /** Where the (minimised) image was written. */
  file?: string;
}

export interface FuzzOptions {
  seed: number;
  count: number;
  reuse: boolean;
  log: (line: string) => void;
  /** Base programs (default: every .py in tests/py and tests/stackless). */
  files?: string[];
  /** Ops per tick and ticks per mutant. */
  ops?: number;
  ticks?: number;
  /** Wall-clock time a mutant may take before it is a hang. */
  deadlineMs?: number;
  /** Where findings go (default fuzz-out/images/ under the package root); null: not written. */
  outDir?: string | null;
  /** Shrink findings towards their base image (default true). */
  minimise?: boolean;
  /** The first mutant index (a campaign's mutants i.. are the same whatever the start). */
  start?: number;
}

export interface FuzzResult {
  runs: number;
  traps: number;
  hangs: number;
  /** Mutants the loader refused, and those that ran (to the op bound, an exception or the end). */
  refused: number;
  ran: number;
  findings: Finding[];
}

// ---- deterministic randomness ------------------------------------------------------------------

/** mulberry32: small, fast, and the same on every host. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of mutant `index` of a campaign. */
function mutantSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

// ---- where things are in an image (docs/image.md) ---------------------------------------------

interface Layout {
  /** Byte offsets of every instruction word. */
  instrs: number[];
  /** Count and table fields: offset and size in bytes. */
  fields: { at: number; size: number }[];
}

export function layoutOf(img: Uint8Array): Layout {
  const dv = new DataView(img.buffer, img.byteOffset, img.byteLength);
  const instrs: number[] = [];
  const fields: { at: number; size: number }[] = [{ at: 8, size: 4 }];
  let p = 12;
  const u32 = (field = false) => {
    if (field) fields.push({ at: p, size: 4 });
    const v = dv.getUint32(p, true);
    p += 4;
    return v;
  };
  const u16 = (field = false) => {
    if (field) fields.push({ at: p, size: 2 });
    const v = dv.getUint16(p, true);
    p += 2;
    return v;
  };
  try {
    const nstrs = u32(true);
    for (let i = 0; i < nstrs; i++) { const n = u32(true); p += n; }
    const nconsts = u32(true);
    for (let i = 0; i < nconsts; i++) {
      const tag = img[p++];
      if (tag === 3 || tag === 4) p += 8;
      else if (tag === 5 || tag === 6) u32(true);
      else if (tag === 9) { const n = u32(true); p += n; }
      else if (tag === 7) { const n = u32(true); for (let k = 0; k < n; k++) u32(true); }
      else if (tag === 10) { const n = Math.abs(u32(true) | 0); p += 4 * n; }
    }
    const ncodes = u32(true);
    for (let i = 0; i < ncodes; i++) {
      for (let k = 0; k < 4; k++) u32(true);
      let nlocals = 0;
      for (let k = 0; k < 7; k++) { const v = u16(true); if (k === 3) nlocals = v; }
      u32(true); // doc
      for (let k = 0; k < nlocals; k++) u32(true);
      const ninstr = u32(true);
      for (let k = 0; k < ninstr; k++) instrs.push(p + 4 * k);
      p += 4 * ninstr;
      const nexc = u32(true);
      for (let k = 0; k < 4 * nexc; k++) u32(true);
      const nlines = u32(true);
      for (let k = 0; k < 2 * nlines; k++) u32(true);
    }
    const nmodules = u32(true);
    for (let i = 0; i < 2 * nmodules; i++) u32(true);
    const nsources = u32(true);
    for (let i = 0; i < nsources; i++) {
      u32(true);
      const nlines = u32(true);
      for (let k = 0; k < nlines; k++) { u32(true); p += u32(true); }
    }
  } catch {
    // a truncated image: what was found so far
  }
  return { instrs, fields: fields.filter((f) => f.at + f.size <= img.length) };
}

// ---- mutations ---------------------------------------------------------------------------------

export interface Base {
  name: string;
  image: Uint8Array;
  layout: Layout;
}

/** What the depth proof sees of an instruction: substituting one with the same shape passes it. */
function shape(op: number, arg: number): string {
  try {
    return `${stackInputs(op, arg)} ${stackEffect(op, arg, false)} ${isJump(op) ? stackEffect(op, arg, true) : "-"} ${isTerminator(op)}`;
  } catch {
    return "?";
  }
}

const HUGE = [0xffffffff, 0x7fffffff, 0x80000000, 0xfffffffe, 0x10000, 0xffff, 0x1000000, 0x40000000];

function setLength(img: Uint8Array): void {
  if (img.length >= 12) new DataView(img.buffer, img.byteOffset).setUint32(8, img.length, true);
}

/** One mutant of the base images, entirely determined by `seed`; `what` says how it was made. */
export function mutant(bases: Base[], seed: number): { image: Uint8Array; base: number; what: string } {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const baseIndex = int(bases.length);
  const base = bases[baseIndex];
  const img = base.image.slice();
  const dv = new DataView(img.buffer);
  const { instrs, fields } = base.layout;
  const what: string[] = [];

  const inPlace = (kind: number): void => {
    switch (kind) {
      case 0: { // opcode substitution, operand kept (the case of issue 8 item 5)
        const at = instrs[int(instrs.length)];
        const op = rnd() < 0.9 ? int(OP_COUNT) : int(256);
        what.push(`op@${at}:${img[at]}->${op}`);
        img[at] = op;
        break;
      }
      case 1: { // operand change
        const at = instrs[int(instrs.length)];
        const w = dv.getUint32(at, true);
        const old = w >>> 8;
        const r = rnd();
        const arg = r < 0.4 ? int(8) : r < 0.7 ? (old + (rnd() < 0.5 ? 1 : -1)) & 0xffffff : r < 0.85 ? 0xffffff : int(0x1000000);
        dv.setUint32(at, ((arg << 8) | (w & 0xff)) >>> 0, true);
        what.push(`arg@${at}:${old}->${arg}`);
        break;
      }
      case 2: { // byte flips anywhere
        const n = 1 + int(4);
        for (let k = 0; k < n; k++) {
          const at = int(img.length);
          const v = rnd() < 0.5 ? img[at] ^ (1 << int(8)) : int(256);
          what.push(`byte@${at}:${img[at]}->${v}`);
          img[at] = v;
        }
        break;
      }
      case 3: { // a count or table field set to a huge or small value
        const f = fields[int(fields.length)];
        const r = rnd();
        const v = r < 0.6 ? HUGE[int(HUGE.length)] : r < 0.8 ? int(4) : int(0x10000);
        if (f.size === 4) dv.setUint32(f.at, v >>> 0, true);
        else dv.setUint16(f.at, v & 0xffff, true);
        what.push(`field@${f.at}/${f.size}:=${v >>> 0}`);
        break;
      }
      case 5: { // an opcode with the same stack shape: passes the depth proof, tests operand types
        const at = instrs[int(instrs.length)];
        const w = dv.getUint32(at, true);
        const op = w & 0xff, arg = w >>> 8;
        if (op >= OP_COUNT) break;
        const want = shape(op, arg);
        for (let tries = 0; tries < 40; tries++) {
          const op2 = int(OP_COUNT);
          const arg2 = rnd() < 0.5 ? arg : rnd() < 0.5 ? Math.max(0, arg + int(5) - 2) : int(8);
          if (op2 === op && arg2 === arg) continue;
          if (shape(op2, arg2) !== want) continue;
          dv.setUint32(at, ((arg2 << 8) | op2) >>> 0, true);
          what.push(`shape@${at}:${op}/${arg}->${op2}/${arg2}`);
          break;
        }
        break;
      }
      case 4: { // two instructions swapped (a sequence out of order)
        const a = instrs[int(instrs.length)], b = instrs[int(instrs.length)];
        const wa = dv.getUint32(a, true);
        dv.setUint32(a, dv.getUint32(b, true), true);
        dv.setUint32(b, wa, true);
        what.push(`swap@${a},${b}`);
        break;
      }
    }
  };

  const r = rnd();
  if (r < 0.08) {
    const cut = int(img.length);
    const out = img.slice(0, cut);
    if (rnd() < 0.8) setLength(out);
    return { image: out, base: baseIndex, what: `truncate@${cut}` };
  }
  if (r < 0.15) {
    const other = bases[int(bases.length)].image;
    const cutA = int(img.length), cutB = int(other.length);
    const out = new Uint8Array(cutA + other.length - cutB);
    out.set(img.subarray(0, cutA));
    out.set(other.subarray(cutB), cutA);
    if (rnd() < 0.8) setLength(out);
    return { image: out, base: baseIndex, what: `splice@${cutA}+${cutB}` };
  }
  const weights = [0.2, 0.15, 0.15, 0.13, 0.12, 0.25];
  const pick = (): number => {
    let x = rnd();
    for (let k = 0; k < weights.length; k++) if ((x -= weights[k]) < 0) return k;
    return 0;
  };
  const n = rnd() < 0.8 ? 1 : 2 + int(3);
  for (let k = 0; k < n; k++) inPlace(pick());
  return { image: img, base: baseIndex, what: what.join(" ") };
}

// ---- running a mutant (in the worker) ----------------------------------------------------------

interface Job {
  id: number;
  image: Uint8Array;
  /** Run on a new Runtime even in reuse mode (checking a reuse-only finding). */
  fresh: boolean;
}

interface Outcome {
  id: number;
  result: "refused" | "ran" | "trap" | "host-error";
  detail: string;
}

interface WorkerConfig {
  reuse: boolean;
  ops: number;
  ticks: number;
}

function workerMain(): void {
  const cfg = workerData as WorkerConfig;
  const quiet = { stdout: () => {}, stderr: () => {} };
  let shared: Runtime | undefined;
  const modulePromise = compileModule();
  parentPort!.on("message", async (job: Job) => {
    const module = await modulePromise;
    let rt: Runtime | undefined;
    let out: Outcome;
    try {
      rt = cfg.reuse && !job.fresh ? (shared ??= new Runtime(module, quiet)) : new Runtime(module, quiet);
      rt.loadImage(job.image);
      let status: number = Status.Budget;
      for (let k = 0; k < cfg.ticks && status === Status.Budget; k++) status = rt.tick({ ops: cfg.ops }).status;
      out = { id: job.id, result: "ran", detail: `status ${status}` };
    } catch (e) {
      if (e instanceof ImageError) out = { id: job.id, result: "refused", detail: e.message };
      else if (e instanceof VmTrap) {
        const cause = (e as Error & { cause?: Error }).cause;
        out = { id: job.id, result: "trap", detail: `${e.message}${cause?.stack ? "\n" + cause.stack : ""}` };
      } else out = { id: job.id, result: "host-error", detail: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
    parentPort!.postMessage(out);
  });
}

/** A worker running mutants one at a time; `run` resolves to null when the deadline passes (the worker is replaced). */
class Runner {
  private worker!: Worker;
  private next = 0;
  private pending?: { id: number; resolve: (o: Outcome | null) => void; timer: NodeJS.Timeout };

  constructor(private readonly cfg: WorkerConfig, private readonly deadlineMs: number) {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(__filename, { workerData: this.cfg });
    this.worker.on("message", (o: Outcome) => {
      const p = this.pending;
      if (!p || p.id !== o.id) return;
      clearTimeout(p.timer);
      this.pending = undefined;
      p.resolve(o);
    });
    this.worker.on("error", (e) => {
      const p = this.pending;
      if (!p) return;
      clearTimeout(p.timer);
      this.pending = undefined;
      p.resolve({ id: p.id, result: "host-error", detail: `worker died: ${e.stack ?? e}` });
      this.start();
    });
  }

  run(image: Uint8Array, fresh = false): Promise<Outcome | null> {
    const id = ++this.next;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        void this.worker.terminate();
        this.start();
        resolve(null);
      }, this.deadlineMs);
      this.pending = { id, resolve, timer };
      this.worker.postMessage({ id, image, fresh } satisfies Job);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

// ---- the campaign ------------------------------------------------------------------------------

/** Every .py directly in tests/py and tests/stackless, relative to the package root. */
export function corpusFiles(): string[] {
  const root = packageRoot();
  const out: string[] = [];
  for (const dir of ["tests/py", "tests/stackless"]) {
    for (const f of fs.readdirSync(path.join(root, dir)).sort()) if (f.endsWith(".py")) out.push(path.join(dir, f));
  }
  return out;
}

const baseCache = new Map<string, Base>();
/** The base images, compiled once per process (a file the compiler refuses is skipped). */
export function baseImages(files: string[]): Base[] {
  const root = packageRoot();
  const out: Base[] = [];
  for (const name of files) {
    let b = baseCache.get(name);
    if (!b) {
      let image: Uint8Array;
      try {
        image = compileFile(path.resolve(root, name));
      } catch {
        continue;
      }
      b = { name, image, layout: layoutOf(image) };
      baseCache.set(name, b);
    }
    out.push(b);
  }
  return out;
}

type Kind = "trap" | "hang" | "host-error" | "ok";
function kindOf(o: Outcome | null): Kind {
  if (!o) return "hang";
  return o.result === "trap" || o.result === "host-error" ? o.result : "ok";
}

/**
 * Shrinks an equal-length mutant towards its base: reverts the differing bytes in chunks
 * (delta debugging) while the finding keeps its kind. At most `budget` runs.
 */
async function shrink(base: Uint8Array, img: Uint8Array, kind: Kind, runner: Runner, budget: number): Promise<Uint8Array> {
  if (base.length !== img.length) return img;
  let diff: number[] = [];
  for (let i = 0; i < img.length; i++) if (img[i] !== base[i]) diff.push(i);
  const build = (keep: number[]) => {
    const out = base.slice();
    for (const i of keep) out[i] = img[i];
    return out;
  };
  let chunks = 2;
  while (diff.length > 1 && budget > 0) {
    const size = Math.ceil(diff.length / chunks);
    let reduced = false;
    for (let start = 0; start < diff.length && budget > 0; start += size) {
      const keep = diff.slice(0, start).concat(diff.slice(start + size));
      budget--;
      if (keep.length && kindOf(await runner.run(build(keep), true)) === kind) {
        diff = keep;
        chunks = Math.max(chunks - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (size === 1) break;
      chunks = Math.min(chunks * 2, diff.length);
    }
  }
  return build(diff);
}

/** Writes a finding's image (NAME.slpi) and what is known of it (NAME.txt) to outDir, and logs it. */
function keep(finding: Finding, outDir: string | null, name: string, note: string, log: (line: string) => void): void {
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    finding.file = path.join(outDir, `${name}.slpi`);
    fs.writeFileSync(finding.file, finding.image!);
    fs.writeFileSync(path.join(outDir, `${name}.txt`), `${finding.detail}\n${note ? note + "\n" : ""}`);
  }
  log(`${finding.kind}: ${finding.detail.split("\n").slice(0, 2).join(" | ")}${finding.file ? ` -> ${finding.file}` : ""}`);
}

export async function fuzzImages(opts: FuzzOptions): Promise<FuzzResult> {
  const { seed, count, reuse, log } = opts;
  const bases = baseImages(opts.files ?? corpusFiles());
  if (!bases.length) throw new Error("image fuzzer: no base images");
  const outDir = opts.outDir === undefined ? path.join(packageRoot(), "fuzz-out/images") : opts.outDir;
  const cfg: WorkerConfig = { reuse, ops: opts.ops ?? 100_000, ticks: opts.ticks ?? 3 };
  const deadlineMs = opts.deadlineMs ?? 20_000;
  const runner = new Runner(cfg, deadlineMs);
  const checker = reuse ? new Runner({ ...cfg, reuse: false }, deadlineMs) : runner;
  const result: FuzzResult = { runs: 0, traps: 0, hangs: 0, refused: 0, ran: 0, findings: [] };
  const reasons = new Map<string, number>();
  const first = opts.start ?? 0;
  let since = first; // the reused Runtime has run mutants since..i-1 (a trap or hang starts a new one)
  const started = performance.now();
  try {
    for (let i = first; i < first + count; i++) {
      const ms = mutantSeed(seed, i);
      const m = mutant(bases, ms);
      const o = await runner.run(m.image);
      result.runs++;
      let kind = kindOf(o);
      if (kind === "ok") {
        if (o!.result === "refused") {
          result.refused++;
          const why = o!.detail.replace(/^malformed image: /, "").replace(/ at .*| in .*/, "");
          reasons.set(why, (reasons.get(why) ?? 0) + 1);
        } else result.ran++;
      } else {
        let label: string = kind;
        let img = m.image;
        if (reuse && kindOf(await checker.run(m.image, true)) !== kind) label = `${kind}-reuse`;
        else if (opts.minimise !== false) img = await shrink(bases[m.base].image, m.image, kind, checker, kind === "hang" ? 6 : 300);
        if (kind === "hang") result.hangs++;
        else result.traps++;
        const finding: Finding = {
          seed: ms,
          kind: label,
          detail: `mutant ${i} of seed ${seed} (mutant seed ${ms}) from ${bases[m.base].name}: ${m.what}\n${o ? o.detail : `no answer within ${deadlineMs} ms`}`,
          image: img,
        };
        const replay = label.endsWith("-reuse")
          ? `(only on a Runtime that ran mutants ${since}..${i - 1} first: ` +
            `node build/host/fuzz/cli.js --kind images --seed ${seed} --reuse --start ${since} --count ${i - since + 1}, ` +
            `with the same ${bases.length} base programs)`
          : "";
        keep(finding, outDir, `image-${seed}-${i}-${label}`, replay, log);
        result.findings.push(finding);
      }
      if (kind !== "ok") since = i + 1;
      if ((i + 1) % 1000 === 0) {
        const s = ((performance.now() - started) / 1000).toFixed(0);
        log(`${i + 1 - first}/${count} mutants, ${s} s: ${result.refused} refused, ${result.ran} ran, ${result.traps} traps, ${result.hangs} hangs`);
      }
    }
  } finally {
    await runner.close();
    if (checker !== runner) await checker.close();
  }
  const top = [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  log(`refusals: ${top.map(([r, n]) => `${r} ${n}`).join("; ")}`);
  log(`done: ${result.runs} mutants (${reuse ? "reused" : "fresh"} Runtime), ${result.refused} refused, ${result.ran} ran, ${result.traps} traps, ${result.hangs} hangs`);
  return result;
}

/**
 * Every same-shape substitution (opcode, and operand among the old one and 0..3) of every
 * instruction of a program's own code objects (the prelude's are left alone), each run once.
 */
export async function exhaustive(file: string, opts: { log: (line: string) => void; outDir?: string | null; ops?: number; ticks?: number; deadlineMs?: number }): Promise<FuzzResult> {
  const [base] = baseImages([file]);
  if (!base) throw new Error(`${file} does not compile`);
  // the prelude's code comes last in every image: leave out as many instructions as it has
  // (an image of `pass` is the prelude and two instructions of its own)
  const own = base.layout.instrs.length - (layoutOf(compileText("pass\n", "e.py")).instrs.length - 2);
  const deadlineMs = opts.deadlineMs ?? 20_000;
  const runner = new Runner({ reuse: false, ops: opts.ops ?? 100_000, ticks: opts.ticks ?? 3 }, deadlineMs);
  const outDir = opts.outDir === undefined ? path.join(packageRoot(), "fuzz-out/images") : opts.outDir;
  const result: FuzzResult = { runs: 0, traps: 0, hangs: 0, refused: 0, ran: 0, findings: [] };
  const dv = new DataView(base.image.buffer, base.image.byteOffset);
  try {
    for (const at of base.layout.instrs.slice(0, own)) {
      const w = dv.getUint32(at, true), op = w & 0xff, arg = w >>> 8;
      const want = shape(op, arg);
      for (let op2 = 0; op2 < OP_COUNT; op2++) {
        for (const arg2 of new Set([arg, 0, 1, 2, 3])) {
          if ((op2 === op && arg2 === arg) || shape(op2, arg2) !== want) continue;
          const img = base.image.slice();
          new DataView(img.buffer).setUint32(at, ((arg2 << 8) | op2) >>> 0, true);
          const o = await runner.run(img);
          result.runs++;
          const kind = kindOf(o);
          if (kind === "ok") {
            if (o!.result === "refused") result.refused++;
            else result.ran++;
            continue;
          }
          if (kind === "hang") result.hangs++;
          else result.traps++;
          const finding: Finding = { seed: 0, kind, detail: `${file}: instruction at byte ${at}: ${op}/${arg} -> ${op2}/${arg2}\n${o ? o.detail : `no answer within ${deadlineMs} ms`}`, image: img };
          keep(finding, outDir, `exhaustive-${path.basename(file, ".py")}-${at}-${op2}-${arg2}-${kind}`, "", opts.log);
          result.findings.push(finding);
        }
      }
    }
  } finally {
    await runner.close();
  }
  opts.log(`done: ${file}: ${result.runs} substitutions, ${result.refused} refused, ${result.ran} ran, ${result.traps} traps, ${result.hangs} hangs`);
  return result;
}

/** Runs one image file as the campaigns run a mutant: "ok", "trap: …" or "hang". */
export async function replay(file: string, opts: { ops?: number; ticks?: number; deadlineMs?: number } = {}): Promise<{ ok: boolean; line: string }> {
  const runner = new Runner({ reuse: false, ops: opts.ops ?? 100_000, ticks: opts.ticks ?? 3 }, opts.deadlineMs ?? 20_000);
  const o = await runner.run(new Uint8Array(fs.readFileSync(file)));
  await runner.close();
  return { ok: kindOf(o) === "ok", line: o ? `${o.result}: ${o.detail}` : "hang" };
}

if (!isMainThread) workerMain();
