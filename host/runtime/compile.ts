// The one compile step: run, compile, the tests and the benchmarks all turn a file into an image
// here. The compiler (host/compiler/) is loaded on first use, so running a ready .slpi never pays
// for loading the Python parser.
import * as fs from "node:fs";

/** What this host needs from host/compiler/index.ts. */
interface CompilerApi {
  compileEntry(path: string, opts?: CompileOptions & { text?: string }): Uint8Array;
  PySyntaxError: new (...args: never[]) => PySyntaxErrorLike;
}

/**
 * `source`: keep the source lines tracebacks print in the image (default true). They cost image
 * bytes inside the memory budget (docs/image.md); an image to ship can leave them out.
 */
export interface CompileOptions {
  source?: boolean;
}

/** The compiler's `PySyntaxError`: its message is the whole `SyntaxError: … (file:line:col)` text. */
export interface PySyntaxErrorLike extends Error {
  filename: string;
  line: number;
  col: number;
}

let api: CompilerApi | undefined;
function compiler(): CompilerApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (api) return api;
  try {
    return (api = require("../compiler/index") as CompilerApi);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && /compiler[\\/]index/.test((e as Error).message)) {
      throw new Error("the compiler is not built (no host/compiler/index.js in build/); run `npm run build` first");
    }
    throw e;
  }
}

/**
 * Compiles Python source text (with the library modules it imports from lib/, and the prelude) to
 * an image. Throws the compiler's PySyntaxError on bad input.
 */
export function compileText(source: string, filename: string, opts: CompileOptions = {}): Uint8Array {
  return compiler().compileEntry(filename, { ...opts, text: source });
}

/**
 * The image for a program file: a `.slpi` is read as it is; anything else is Python source,
 * compiled with `file` (as the user spelled it) as the filename tracebacks show.
 */
export function compileFile(file: string, opts: CompileOptions = {}): Uint8Array {
  if (file.endsWith(".slpi")) return new Uint8Array(fs.readFileSync(file));
  // the main file, every module it imports from beside it or from lib/, and the prelude
  return compiler().compileEntry(file, opts);
}

/** True for the compiler's syntax errors (unsupported constructs included). */
export function isSyntaxError(err: unknown): err is PySyntaxErrorLike {
  return api !== undefined && err instanceof api.PySyntaxError;
}
