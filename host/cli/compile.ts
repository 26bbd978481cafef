// `stackless compile FILE.py [-o FILE.slpi] [--strip-source]`.
import * as fs from "node:fs";
import { compileFile } from "../runtime/compile";
import { UsageError, type FlagSpec, type Parsed } from "./args";

export const COMPILE_FLAGS: FlagSpec = { "-o": "string", "--output": "string", "--strip-source": "bool" };

export function compileCommand({ flags, positionals }: Parsed): number {
  if (positionals.length !== 1) throw new UsageError("compile needs exactly one FILE.py");
  const input = positionals[0];
  if (input.endsWith(".slpi")) throw new UsageError(`${input} is an image already`);
  const output = (flags["-o"] ?? flags["--output"] ?? input.replace(/\.py$/, "") + ".slpi") as string;
  fs.writeFileSync(output, compileFile(input, { source: !flags["--strip-source"] }));
  return 0;
}
