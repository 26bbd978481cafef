// The corpus directories' programs, shared by the test files that run them.
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../../host/runtime/paths";

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
