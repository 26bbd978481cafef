// Shared by the host tests: the corpus directories' programs, and a runtime whose output is kept.
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../../host/runtime/paths";
import { Runtime, type RuntimeOptions } from "../../host/runtime/index";

/** The .py files of `dir` (relative to the package root), sorted, named relative to the root. */
export function listPrograms(dir: string): string[] {
  const full = path.join(packageRoot(), dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** A runtime whose stdout and stderr are collected as text. */
export async function collectingRuntime(opts: RuntimeOptions = {}) {
  let out = "";
  let err = "";
  const rt = await Runtime.create({
    ...opts,
    stdout: (b) => (out += Buffer.from(b).toString("utf8")),
    stderr: (b) => (err += Buffer.from(b).toString("utf8")),
  });
  return { rt, out: () => out, err: () => err, clear: () => (out = err = "") };
}
