// The compiler's public API: Python source → image (docs/image.md).
//
//   parse (ast.ts) → subset check (subset.ts) → scopes (scope.ts) → code generation
//   (codegen.ts, assemble.ts) → image (image.ts)
//
// `readImage` / `disassemble` / `verifyImage` read an image back (tests, debugging).

import { parseModule } from "./ast";
import { generateModule } from "./codegen";
import { ImageBuilder } from "./image";
import { analyzeScopes } from "./scope";
import { checkSubset } from "./subset";

export { PySyntaxError } from "./errors";
export { readImage, disassemble, constRepr } from "./disasm";
export type { ImageInfo, ImageCode, ImageConst, ImageInstr } from "./disasm";
export { verifyImage } from "./verify";
export { opName, allOpNames } from "./opnames";
export { MAGIC, IMAGE_VERSION } from "./image";

export interface SourceModule {
  /** Import name (`import <name>`); ignored for the first module, which is always `__main__`. */
  name: string;
  filename: string;
  source: string;
}

function compileInto(builder: ImageBuilder, source: string, filename: string): number {
  const tree = parseModule(source, filename);
  checkSubset(tree, filename);
  const scopes = analyzeScopes(tree, filename);
  return generateModule(tree, { builder, filename, scopes });
}

/**
 * Compiles a program: the first module is `__main__`, the others are importable by name.
 * Throws PySyntaxError for syntax errors and constructs outside the supported subset.
 */
export function compileProgram(modules: SourceModule[]): Uint8Array {
  if (!modules.length) throw new Error("compileProgram: no modules");
  const builder = new ImageBuilder();
  const seen = new Set<string>();
  modules.forEach((m, i) => {
    const name = i === 0 ? "__main__" : m.name;
    if (seen.has(name)) throw new Error(`compileProgram: duplicate module name ${name}`);
    seen.add(name);
    builder.addModule(name, compileInto(builder, m.source, m.filename));
  });
  return builder.toBytes();
}

/** Compiles one source file as `__main__`. */
export function compileSource(source: string, filename: string): Uint8Array {
  return compileProgram([{ name: "__main__", filename, source }]);
}
