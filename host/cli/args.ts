// A small flag parser: the CLI's grammar is a handful of commands with typed flags, and a wrong
// flag or value must be a usage error (exit 2), never a guess.
import { parseSize } from "../runtime/size";

/** A mistake in the command line: main prints the message and the usage text, exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type FlagKind = "bool" | "size" | "count" | "string" | readonly string[];

export interface FlagSpec {
  [flag: string]: FlagKind;
}

export interface Parsed {
  flags: Record<string, boolean | number | string>;
  positionals: string[];
  help: boolean;
}

/** Parses `argv` against `spec` (`--name value`, `--name=value`, `-o value`; `--` ends flags). */
export function parseFlags(argv: readonly string[], spec: FlagSpec): Parsed {
  const parsed: Parsed = { flags: {}, positionals: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "--help" || arg === "-h") {
      parsed.help = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    const kind = spec[name];
    if (kind === undefined) throw new UsageError(`unknown option '${name}'`);
    if (kind === "bool") {
      if (eq >= 0 && arg.startsWith("--")) throw new UsageError(`option '${name}' takes no value`);
      parsed.flags[name] = true;
      continue;
    }
    let value: string;
    if (eq >= 0 && arg.startsWith("--")) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else throw new UsageError(`option '${name}' needs a value`);
    parsed.flags[name] = convert(name, kind, value);
  }
  return parsed;
}

function convert(name: string, kind: Exclude<FlagKind, "bool">, value: string): number | string {
  if (kind === "string") return value;
  if (kind === "size") {
    try {
      return parseSize(value);
    } catch (e) {
      throw new UsageError(`${name}: ${(e as Error).message}`);
    }
  }
  if (kind === "count") {
    if (!/^\d+$/.test(value)) throw new UsageError(`${name}: expected a whole number, got '${value}'`);
    return Number(value);
  }
  if (!kind.includes(value)) throw new UsageError(`${name}: expected one of ${kind.join(", ")}, got '${value}'`);
  return value;
}
