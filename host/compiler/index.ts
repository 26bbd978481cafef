// The compiler's public API: Python source → image (docs/image.md).
//
//   parse (ast.ts) → subset check (subset.ts) → scopes (scope.ts) → code generation
//   (codegen.ts, assemble.ts) → image (image.ts)
//
// `readImage` / `disassemble` / `verifyImage` read an image back (tests, debugging).

import { parseModule } from "./ast";
import { generateModule } from "./codegen";
import { ImageBuilder } from "./image";
import { discoverModules, findPrelude, packageOf } from "./modules";
import type { DiscoverOptions } from "./modules";
import { analyzeScopes } from "./scope";
import { checkSubset } from "./subset";

export { PySyntaxError } from "./errors";
export { readImage, disassemble, constRepr } from "./disasm";
export type { ImageInfo, ImageCode, ImageConst, ImageInstr } from "./disasm";
export { verifyImage } from "./verify";
export { opName, allOpNames } from "./opnames";
export { MAGIC, IMAGE_VERSION } from "./image";

export { discoverModules } from "./modules";
export type { DiscoverOptions, DiscoveredModule } from "./modules";

export interface SourceModule {
  /** Import name (`import <name>`, dotted for submodules); ignored for the first module, which is always `__main__`. */
  name: string;
  filename: string;
  source: string;
  /** A package's `__init__` (relative imports inside it resolve against its own name). */
  isPackage?: boolean;
}

export interface CompileOptions {
  /**
   * Keep the source lines tracebacks print (docs/image.md, the source section); default true.
   * The prelude's are never kept: its frames stand for what CPython does in C, with no line.
   */
  source?: boolean;
}

/**
 * Parsed trees by filename and source. The prelude goes into every image and parsing it is most of
 * the cost of compiling a small program (the fuzzer compiles thousands); later stages never change a
 * tree, so it can be shared. Only the newest tree per filename is kept.
 */
const parsed = new Map<string, { source: string; tree: ReturnType<typeof parseModule> }>();

function parseOnce(source: string, filename: string): ReturnType<typeof parseModule> {
  const hit = parsed.get(filename);
  if (hit && hit.source === source) return hit.tree;
  const tree = parseModule(source, filename);
  if (filename === "<prelude>") parsed.set(filename, { source, tree });
  return tree;
}

function compileInto(builder: ImageBuilder, source: string, filename: string, name: string, pkg: string | null, moduleNames: ReadonlySet<string>): number {
  const tree = parseOnce(source, filename);
  checkSubset(tree, filename);
  const scopes = analyzeScopes(tree, filename);
  return generateModule(tree, { builder, filename, scopes, moduleName: name, package: pkg, moduleNames });
}

/**
 * Compiles a program: the first module is `__main__`, the others are importable by name.
 * Throws PySyntaxError for syntax errors and constructs outside the supported subset.
 */
export function compileProgram(modules: SourceModule[], opts: CompileOptions = {}): Uint8Array {
  if (!modules.length) throw new Error("compileProgram: no modules");
  const builder = new ImageBuilder();
  const names = modules.map((m, i) => (i === 0 ? "__main__" : m.name));
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new Error(`compileProgram: duplicate module name ${name}`);
    seen.add(name);
  }
  modules.forEach((m, i) => {
    if (opts.source !== false && names[i] !== "_prelude") builder.addSource(m.filename, m.source);
    builder.addModule(names[i], compileInto(builder, m.source, m.filename, names[i], packageOf(names[i], !!m.isPackage), seen));
  });
  return builder.toBytes();
}

/** Compiles one source file as `__main__`. */
export function compileSource(source: string, filename: string, opts: CompileOptions = {}): Uint8Array {
  return compileProgram([{ name: "__main__", filename, source }], opts);
}

/**
 * Compiles a program file as `__main__` together with every module it imports, transitively,
 * that exists as a .py file (or package) under the file's directory or the repository's lib/
 * (modules.ts); other imports are left to the VM's native modules. lib/_prelude.py, when there
 * is one, is added as module `_prelude` (unless `opts.prelude` is false).
 */
export function compileEntry(path: string, opts: DiscoverOptions & CompileOptions = {}): Uint8Array {
  const modules = discoverModules(path, opts);
  if (opts.prelude !== false && !modules.some((m) => m.name === "_prelude")) {
    const p = findPrelude(opts);
    if (p) modules.push(p);
  }
  return compileProgram(modules, opts);
}
