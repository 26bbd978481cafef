// `npm run fuzz`: node build/host/fuzz/cli.js [--kind programs] --seed N --count N
import { fuzzPrograms } from "./programs";

const USAGE = "usage: node build/host/fuzz/cli.js [--kind programs] --seed N --count N";

function parse(argv: string[]): { kind: string; seed: number; count: number } | null {
  const opts = { kind: "programs", seed: 1, count: 100 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) return null;
    if (flag === "--kind" && value === "programs") opts.kind = value;
    else if ((flag === "--seed" || flag === "--count") && /^\d+$/.test(value)) opts[flag === "--seed" ? "seed" : "count"] = Number(value);
    else return null;
  }
  return opts;
}

async function main(argv: string[]): Promise<number> {
  const opts = parse(argv);
  if (!opts) {
    process.stderr.write(USAGE + "\n");
    return 2;
  }
  const r = await fuzzPrograms({ seed: opts.seed, count: opts.count, log: (line) => console.log(line) });
  return r.findings.some((f) => !f.known) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
