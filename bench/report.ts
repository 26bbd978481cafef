// `stackless report [FILE] [--format table|json|md|html] [--baseline old.json]`: the footprint
// (bench/footprint.ts), with a program its image and its peaks over --frames (measure()), in one
// of four formats. table, md and html render the same sections; json is the Footprint itself.
import * as fs from "node:fs";
import { compileFile } from "../host/runtime/index";
import { measure } from "../host/runtime/budget";
import { formatSize } from "../host/runtime/size";
import type { WasmtimeReport } from "../host/wasmtime/index";
import { UsageError, type Parsed } from "../host/cli/args";
import { displayPath, frameFlags } from "../host/cli/budget";
import { emit, type Io } from "../host/cli/io";
import { configFlags } from "../host/cli/run";
import { footprint, type BuildSize, type Footprint, type ScriptFootprint, type TaskletCost } from "./footprint";
import { esc, stackedBars, type Bar } from "./svg";
import { int, ms, table } from "./table";

export const FORMATS = ["table", "json", "md", "html"] as const;
export type Format = (typeof FORMATS)[number];

export type Deltas = NonNullable<Footprint["deltas"]>;

interface Section {
  title: string;
  header: string[];
  rows: string[][];
  /** An SVG chart (html only). */
  chart?: string;
}

/** Every number in a JSON value, by dotted path: what --baseline compares. */
export function flatten(value: unknown, prefix = "", out: Record<string, number> = {}): Record<string, number> {
  if (typeof value === "number") out[prefix] = value;
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

export function deltas(current: Footprint, baseline: unknown): Deltas {
  const now = flatten({ ...current, deltas: undefined });
  const old = flatten({ ...(baseline as object), deltas: undefined });
  const out: Deltas = {};
  for (const [key, value] of Object.entries(now)) {
    if (key in old) out[key] = { baseline: old[key], delta: value - old[key] };
  }
  return out;
}

/** Reads a JSON report written by `stackless report --format json`. */
function readBaseline(file: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`--baseline ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || !("builds" in parsed) || !("v8" in parsed)) {
    throw new Error(`--baseline ${file}: not a report written by \`stackless report --format json\``);
  }
  return parsed;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const bytes = (n: number | undefined) => (n === undefined ? "n/a" : `${int(n)} B`);

/** The sections every text format shows; `d` appends the change against the baseline. */
function sections(f: Footprint): { sections: Section[]; notes: string[] } {
  const notes: string[] = [];
  const d = (key: string, text: string, fmt: (n: number) => string = int): string => {
    const x = f.deltas?.[key];
    if (!x || x.delta === 0 || text === "n/a") return text;
    const sign = x.delta > 0 ? "+" : "−";
    const p = Math.abs((100 * x.delta) / x.baseline);
    const pct = x.baseline ? `, ${sign}${p < 1 ? p.toFixed(2) : p.toFixed(1)}%` : "";
    return `${text} (${sign}${fmt(Math.abs(x.delta))}${pct})`;
  };
  /** "n/a" in the table, the reason in the notes. */
  const failed = (what: string, x: object): x is { error: string } => {
    if (!("error" in x)) return false;
    notes.push(`${what}: ${(x as { error: string }).error}`);
    return true;
  };
  const wt = failed("wasmtime", f.wasmtime) ? undefined : (f.wasmtime as WasmtimeReport);
  const builds = (["embedding", "wasi"] as const).map((k) => {
    const b = f.builds[k];
    const name = `${k === "embedding" ? "embedding" : "WASI"} (${"path" in b ? b.path : k})`;
    if (failed(name, b)) return [name, "n/a", "n/a"];
    return [name, d(`builds.${k}.bytes`, int((b as BuildSize).bytes)), d(`builds.${k}.gzipBytes`, int((b as BuildSize).gzipBytes))];
  });
  const both = (label: string, key: string, fmt: (n: number | undefined) => string, wtKey = key): string[] => [
    label,
    d(`v8.${key}`, fmt((f.v8 as unknown as Record<string, number>)[key]), fmt),
    wt ? d(`wasmtime.${wtKey}`, fmt((wt as unknown as Record<string, number>)[wtKey]), fmt) : "n/a",
  ];
  const startup: Section = {
    title: `startup (median of ${f.runs} runs; V8 may defer compiling functions to their first call)`,
    header: ["", "v8", "wasmtime"],
    rows: [
      both("compile ms", "compileMs", ms),
      both("instantiate ms", "instantiateMs", ms),
      both("vm_init ms", "initMs", ms),
      both("pages at start (64 KiB)", "pagesAtStart", int),
      both("pages after init", "pagesAfterInit", int),
      both("heap in use after init (B)", "heapUsed", int),
      both("arena in use after init (B)", "arenaUsed", int),
      ["fuel: instantiate", "", wt ? d("wasmtime.fuelInstantiate", int(wt.fuelInstantiate)) : "n/a"],
      ["fuel: vm_init", "", wt ? d("wasmtime.fuelInit", int(wt.fuelInit)) : "n/a"],
    ],
    chart: stackedBars(
      "startup breakdown (ms)",
      [{ label: "v8", r: f.v8 as { compileMs: number; instantiateMs: number; initMs: number } }, ...(wt ? [{ label: "wasmtime", r: wt }] : [])].map(
        ({ label, r }) => ({
          label,
          segments: [
            { name: "compile", value: r.compileMs },
            { name: "instantiate", value: r.instantiateMs },
            { name: "vm_init", value: r.initMs },
          ],
        }),
      ),
      (n) => `${ms(n)} ms`,
    ),
  };
  const v = f.v8;
  const free = v.budget - v.staticBytes - v.heapUsed - v.arenaCapacity;
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  const mapBars: Bar[] = [
    {
      label: `after init (${formatSize(v.budget)})`,
      segments: [
        { name: "static data", value: v.staticBytes },
        { name: "heap after init", value: v.heapUsed },
        { name: "arena", value: v.arenaCapacity },
        { name: "free", value: free },
      ],
    },
  ];
  const memory: Section = {
    title: `memory map after init, default budget ${formatSize(v.budget)}`,
    header: ["region", "bytes", "of budget"],
    rows: [
      ["static data", d("v8.staticBytes", int(v.staticBytes)), pct(v.staticBytes, v.budget)],
      ["heap after init", d("v8.heapUsed", int(v.heapUsed)), pct(v.heapUsed, v.budget)],
      ["stack arena", d("v8.arenaCapacity", int(v.arenaCapacity)), pct(v.arenaCapacity, v.budget)],
      ["free", int(free), pct(free, v.budget)],
    ],
  };
  const t = f.blockedTasklet;
  const tasklets: Section = {
    title: "tasklets",
    header: ["", "bytes"],
    rows: failed("bytes per blocked tasklet", t)
      ? [["per blocked tasklet", "n/a"]]
      : [
          [`per blocked tasklet (${int((t as TaskletCost).tasklets)}, heap + arena)`, d("blockedTasklet.bytesPerTasklet", (t as TaskletCost).bytesPerTasklet.toFixed(1), (n) => n.toFixed(1))],
          ["per suspended generator (two locals, its list slot included)", d("blockedTasklet.bytesPerGenerator", (t as TaskletCost).bytesPerGenerator.toFixed(1), (n) => n.toFixed(1))],
          [`per waiting interpreter thread (${int((t as TaskletCost).threads)}, heap + arena)`, d("blockedTasklet.bytesPerThread", (t as TaskletCost).bytesPerThread.toFixed(1), (n) => n.toFixed(1))],
        ],
  };
  const out = [{ title: "module", header: ["module", "bytes", "gzip -9"], rows: builds }, startup, memory, tasklets];
  if (f.script) {
    const s = f.script;
    const script = scriptSection(s, d);
    out.push(script);
    const staticBytes = s.config.budget - (s.capacity.heap ?? 0) - (s.capacity.arena ?? 0);
    if (s.capacity.heap !== undefined) {
      const arena = s.capacity.arena ?? 0;
      const loaded = Math.max(0, s.heapAfterLoad - s.heapAfterInit - s.imageBytes);
      mapBars.push({
        label: `${s.program} after load`,
        segments: [
          { name: "static data", value: staticBytes },
          { name: "heap after init", value: s.heapAfterInit },
          { name: "image", value: s.imageBytes },
          { name: "loaded objects", value: loaded },
          { name: "arena", value: arena },
          { name: "free", value: s.config.budget - staticBytes - s.heapAfterInit - s.imageBytes - loaded - arena },
        ],
      });
      mapBars.push({
        label: `${s.program} peak`,
        segments: [
          { name: "static data", value: staticBytes },
          { name: "heap peak", value: s.peaks.heap },
          { name: "arena", value: arena },
          { name: "free", value: s.config.budget - staticBytes - s.peaks.heap - arena },
        ],
      });
    }
  }
  memory.chart = stackedBars("memory map", mapBars, kib);
  return { sections: out, notes };
}

function scriptSection(s: ScriptFootprint, d: (key: string, text: string) => string): Section {
  const ended = s.message ? `: ${s.message}` : s.status === "done" ? ": ended by itself" : "";
  return {
    title:
      `${s.program}: ${int(s.framesRun)} of ${int(s.frames)} frames of ${int(s.ops)} ops, ` +
      `budget ${formatSize(s.config.budget)}, arena ${formatSize(s.config.arena)}${ended}`,
    header: ["", "value"],
    rows: [
      ["image", d("script.imageBytes", bytes(s.imageBytes))],
      ["heap after init", d("script.heapAfterInit", bytes(s.heapAfterInit))],
      ["heap after load (image included)", d("script.heapAfterLoad", bytes(s.heapAfterLoad))],
      ["heap peak", d("script.peaks.heap", bytes(s.peaks.heap))],
      ["arena peak", d("script.peaks.arena", bytes(s.peaks.arena))],
      ["freelist peak", d("script.peaks.freelist", bytes(s.peaks.freelist))],
      ["tasklets alive, peak at a frame end", d("script.peaks.tasklets", int(s.peaks.tasklets))],
      ["memory committed, peak", d("script.peaks.memory", bytes(s.peaks.memory))],
    ],
  };
}

function defaultsLine(f: Footprint): string {
  const c = f.defaults;
  return `defaults: budget ${formatSize(c.budget)}, arena ${formatSize(c.arena)}, spill ${c.spill} B, freelist ${c.freelistFrames} frames / ${formatSize(c.freelistBytes)}`;
}

function baselineLine(f: Footprint): string {
  return f.deltas ? "changes against the baseline in parentheses; a value without one is unchanged" : "";
}

export function renderTable(f: Footprint): string {
  const { sections: all, notes } = sections(f);
  return (
    all.map((s) => `${s.title}\n\n${table(s.header, s.rows)}`).join("\n") +
    `\n${defaultsLine(f)}\n` +
    (f.deltas ? `${baselineLine(f)}\n` : "") +
    (notes.length ? `\nn/a:\n${notes.map((n) => `  ${n}\n`).join("")}` : "")
  );
}

export function renderMarkdown(f: Footprint): string {
  const { sections: all, notes } = sections(f);
  const cell = (c: string) => c.replace(/\|/g, "\\|");
  const md = (s: Section) =>
    `### ${s.title}\n\n| ${s.header.map(cell).join(" | ")} |\n|${s.header.map((_, i) => (i ? " ---: |" : " --- |")).join("")}\n` +
    s.rows.map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n") +
    "\n";
  return (
    "## stackless footprint\n\n" +
    all.map(md).join("\n") +
    `\n${defaultsLine(f)}\n` +
    (f.deltas ? `\n${baselineLine(f)}\n` : "") +
    (notes.length ? `\nn/a:\n\n${notes.map((n) => `- ${n}\n`).join("")}` : "")
  );
}

const STYLE = `body{font:14px system-ui,sans-serif;margin:2em;max-width:60em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1em}td,th{padding:.2em .8em;border-bottom:1px solid #ddd}
td+td,th+th{text-align:right}svg text{font:12px system-ui,sans-serif}`;

/** One self-contained page: its style inline, its charts inline SVG, nothing fetched. */
export function renderHtml(f: Footprint): string {
  const { sections: all, notes } = sections(f);
  const row = (cells: string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join("")}</tr>`;
  const section = (s: Section) =>
    `<h2>${esc(s.title)}</h2>\n` +
    (s.chart ? `${s.chart}\n` : "") +
    `<table>\n<thead>${row(s.header, "th")}</thead>\n<tbody>\n${s.rows.map((r) => row(r, "td")).join("\n")}\n</tbody>\n</table>\n`;
  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>\n<title>stackless footprint</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<h1>stackless footprint</h1>\n` +
    all.map(section).join("") +
    `<p>${esc(defaultsLine(f))}</p>\n` +
    (f.deltas ? `<p>${esc(baselineLine(f))}</p>\n` : "") +
    (notes.length ? `<h2>n/a</h2>\n<ul>\n${notes.map((n) => `<li>${esc(n)}</li>`).join("\n")}\n</ul>\n` : "") +
    "</body>\n</html>\n"
  );
}

export interface ReportRequest {
  format: Format;
  runs?: number;
  baseline?: string;
  script?: { file: string; parsed: Parsed["flags"] };
}

/** Flags the report's program options need; they mean nothing without a program. */
const SCRIPT_ONLY = ["--frames", "--ops", "--memory", "--arena", "--spill", "--freelist", "--zombieframes", "--stress"];

export function reportRequest({ flags, positionals }: Parsed): ReportRequest {
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`);
  const format = (flags["--format"] as Format | undefined) ?? (flags["--json"] ? "json" : "table");
  if (flags["--json"] && format !== "json") throw new UsageError("--json is --format json: give one of them");
  const runs = flags["--runs"] as number | undefined;
  if (runs === 0) throw new UsageError("--runs must be at least 1");
  if (!positionals.length) {
    const bad = SCRIPT_ONLY.filter((f) => f in flags);
    if (bad.length) throw new UsageError(`${bad.join(", ")} need a program: report FILE.py ${bad[0]} …`);
  }
  return { format, runs, baseline: flags["--baseline"] as string | undefined, script: positionals.length ? { file: positionals[0], parsed: flags } : undefined };
}

export async function reportCommand(req: ReportRequest, io: Io): Promise<number> {
  const baseline = req.baseline === undefined ? undefined : readBaseline(req.baseline);
  let script: ScriptFootprint | undefined;
  if (req.script) {
    const { file, parsed } = req.script;
    const m = await measure(compileFile(file), { ...configFlags(parsed), ...frameFlags(parsed), stdout: io.stderr, stderr: io.stderr });
    script = { program: displayPath(file), ...m };
  }
  const f: Footprint = { ...(await footprint(req.runs)), ...(script ? { script } : {}) };
  if (baseline) f.deltas = deltas(f, baseline);
  const render = { table: renderTable, json: (x: Footprint) => JSON.stringify(x, null, 2) + "\n", md: renderMarkdown, html: renderHtml }[req.format];
  emit(io.stdout, render(f));
  return 0;
}
