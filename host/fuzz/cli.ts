// `npm run fuzz`: the program fuzzer (generated programs against CPython) and the image fuzzer
// (damaged images on a fresh and on a reused Runtime). Exit 1 when either found something new.
//
//   node build/host/fuzz/cli.js [--kind programs|images|all] [--seed N] [--count N]
//        [--reuse] [--start I] [--ops N] [--ticks N] [--deadline MS]     (images: one Runtime, or a fresh one each)
//        [--replay FILE] [--exhaustive FILE,...]             (images: one finding, every substitution)
import { fuzzPrograms } from "./programs";
import { fuzzImages, exhaustive, replay } from "./images";

const USAGE = `usage: node build/host/fuzz/cli.js [--kind programs|images|all] [--seed N] [--count N]
         [--reuse] [--start I] [--ops N] [--ticks N] [--deadline MS] [--replay FILE] [--exhaustive FILE,...]
  --kind      what to fuzz (default all: programs, then images on a fresh and on a reused Runtime)
  --seed/--count  the campaign (default seed 1, 100 programs / 1000 images)
  --reuse     images only: one Runtime for every mutant (default: both ways when --kind all)
  --start     images: the first mutant index (to replay part of a campaign)
  --ops/--ticks/--deadline  images: opcodes per tick, ticks per mutant, ms before a hang
  --replay FILE       run one image file as a campaign does
  --exhaustive FILES  every same-shape opcode substitution in these programs`;

interface Options {
  kind: "programs" | "images" | "all";
  seed: number;
  count?: number;
  start: number;
  reuse: boolean;
  ops: number;
  ticks: number;
  deadline: number;
  replay?: string;
  exhaustive?: string;
}

function parse(argv: string[]): Options | null {
  const o: Options = { kind: "all", seed: 1, start: 0, reuse: false, ops: 100_000, ticks: 3, deadline: 20_000 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--reuse") { o.reuse = true; continue; }
    const value = argv[++i];
    if (value === undefined) return null;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    switch (flag) {
      case "--kind": if (value !== "programs" && value !== "images" && value !== "all") return null; o.kind = value; break;
      case "--seed": o.seed = n; break;
      case "--count": o.count = n; break;
      case "--start": o.start = n; break;
      case "--ops": o.ops = n; break;
      case "--ticks": o.ticks = n; break;
      case "--deadline": o.deadline = n; break;
      case "--replay": o.replay = value; break;
      case "--exhaustive": o.exhaustive = value; break;
      default: return null;
    }
    if (Number.isNaN(o.seed) || o.count !== undefined && Number.isNaN(o.count) || [o.start, o.ops, o.ticks, o.deadline].some(Number.isNaN)) return null;
  }
  return o;
}

async function main(argv: string[]): Promise<number> {
  const o = parse(argv);
  if (!o) {
    process.stderr.write(USAGE + "\n");
    return 2;
  }
  const log = (line: string) => console.log(line);
  const imageOpts = { ops: o.ops, ticks: o.ticks, deadlineMs: o.deadline };
  if (o.replay) {
    const r = await replay(o.replay, imageOpts);
    console.log(r.line);
    return r.ok ? 0 : 1;
  }
  if (o.exhaustive) {
    let bad = 0;
    for (const file of o.exhaustive.split(",")) {
      const r = await exhaustive(file, { ...imageOpts, log });
      bad += r.traps + r.hangs;
    }
    return bad ? 1 : 0;
  }
  let bad = false;
  if (o.kind !== "images") {
    const r = await fuzzPrograms({ seed: o.seed, count: o.count ?? 100, log });
    bad ||= r.findings.some((f) => !f.known);
  }
  if (o.kind !== "programs") {
    for (const reuse of o.kind === "all" && !o.reuse ? [false, true] : [o.reuse]) {
      const r = await fuzzImages({ seed: o.seed, count: o.count ?? 1000, start: o.start, reuse, ...imageOpts, log });
      bad ||= r.traps + r.hangs > 0;
    }
  }
  return bad ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
