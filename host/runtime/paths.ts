// Where the package's files are, whether running from build/host/… or from host/… directly.
import * as fs from "node:fs";
import * as path from "node:path";

let root: string | undefined;

/** The directory holding this package's package.json. */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).name === "stackless-wasm") {
      return (root = dir);
    }
    if (path.dirname(dir) === dir) throw new Error(`stackless: no stackless-wasm package.json above ${__dirname}`);
  }
}

/**
 * The embedding build (docs/abi.md). The environment variable STACKLESS_WASM overrides it (e.g.
 * build/stackless-debug.wasm) for every engine: host/wasmtime/run.py reads it too.
 */
export function embeddingWasmPath(): string {
  return process.env.STACKLESS_WASM || path.join(packageRoot(), "build", "stackless.wasm");
}

/** The WASI build. */
export function wasiWasmPath(): string {
  return path.join(packageRoot(), "build", "stackless-wasi.wasm");
}

/** Reads a built module, or explains how to build it. */
export function readWasm(file: string): Uint8Array<ArrayBuffer> {
  if (!fs.existsSync(file)) {
    throw new Error(`stackless: ${path.relative(process.cwd(), file) || file} does not exist; run \`npm run build\` first`);
  }
  return new Uint8Array(fs.readFileSync(file));
}
