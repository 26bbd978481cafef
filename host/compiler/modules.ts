// Module discovery for `compileEntry`: starting from a main file, finds every module it imports
// (transitively) that exists as Python source, so the whole program compiles into one image.
//
// Search roots, in order (like sys.path): the main file's directory, then the repository's lib/
// directory (stdlib modules written in Python). A module `a.b.c` is found the way CPython's path
// finder finds it: the top-level name in the first root that has `a/__init__.py` (a package) or
// `a.py`; each submodule inside its parent package's directory. A directory without __init__.py
// that contains a needed submodule is a namespace package (compiled as an empty module). Names
// not found as files are left to the VM (native modules: stackless, sys, time, math, …).
//
// What an import statement asks for: `import a.b.c` needs a, a.b and a.b.c; `from a.b import x`
// needs a and a.b, and a.b.x too when that is a module (else x is an attribute); relative imports
// resolve against the importing module's package first (as the code generator does).

import * as fs from "node:fs";
import * as path from "node:path";
import type { Stmt } from "./ast";
import { parseModule } from "./ast";

export interface DiscoveredModule {
  /** The import name; "__main__" for the entry file. */
  name: string;
  filename: string;
  source: string;
  /** A package (`__init__.py`, or a namespace package): relative imports resolve against its own name. */
  isPackage: boolean;
}

export interface DiscoverOptions {
  /** Extra search roots after the main file's directory; default: the repository's lib/. */
  libDirs?: string[];
  /**
   * compileEntry only: add lib/_prelude.py (the first library directory's) as module `_prelude`,
   * which the VM runs before `__main__` (host/runtime/compile.ts does the same). Default true.
   */
  prelude?: boolean;
  /**
   * The main module's text, for source that is not a file (Runtime.loadSource): `entry` is then
   * only the filename tracebacks show, and only the library directories are searched.
   */
  text?: string;
}

/** The prelude module from the first library directory that has one, or null. */
export function findPrelude(opts: DiscoverOptions = {}): DiscoveredModule | null {
  for (const dir of opts.libDirs ?? [defaultLibDir()]) {
    const file = path.join(dir, "_prelude.py");
    if (isFile(file)) return { name: "_prelude", filename: "<prelude>", source: fs.readFileSync(file, "utf8"), isPackage: false };
  }
  return null;
}

interface Found {
  filename: string | null; // null: a namespace package
  isPackage: boolean;
  /** The directories a package's submodules are searched in. */
  dirs: string[];
}

/** The repository's lib/ directory: the nearest ancestor of this file holding package.json. */
export function defaultLibDir(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) return path.join(dir, "lib");
    const up = path.dirname(dir);
    if (up === dir) return path.resolve("lib");
    dir = up;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** One name component looked up in a list of directories (CPython's FileFinder order). */
function findIn(dirs: string[], part: string): Found | null {
  for (const d of dirs) {
    const pkg = path.join(d, part);
    if (isFile(path.join(pkg, "__init__.py"))) return { filename: path.join(pkg, "__init__.py"), isPackage: true, dirs: [pkg] };
    if (isFile(path.join(d, `${part}.py`))) return { filename: path.join(d, `${part}.py`), isPackage: false, dirs: [] };
  }
  const ns = dirs.map((d) => path.join(d, part)).filter(isDir);
  return ns.length ? { filename: null, isPackage: true, dirs: ns } : null;
}

/** Every import statement in a module body, nested blocks included. */
function* imports(body: Stmt[]): Generator<Extract<Stmt, { kind: "Import" | "ImportFrom" }>> {
  for (const s of body) {
    switch (s.kind) {
      case "Import":
      case "ImportFrom":
        yield s;
        break;
      case "FunctionDef":
      case "ClassDef":
      case "With":
        yield* imports(s.body);
        break;
      case "For":
      case "While":
      case "If":
        yield* imports(s.body);
        yield* imports(s.orelse);
        break;
      case "Try":
        yield* imports(s.body);
        for (const h of s.handlers) yield* imports(h.body);
        yield* imports(s.orelse);
        yield* imports(s.finalbody);
        break;
      default:
        break;
    }
  }
}

/** `from <level dots><module>` → an absolute name, or null when it cannot be resolved. */
export function resolveRelative(pkg: string | null, module: string | null, level: number): string | null {
  if (level === 0) return module;
  if (!pkg) return null;
  const parts = pkg.split(".");
  if (level - 1 >= parts.length) return null;
  const base = parts.slice(0, parts.length - (level - 1)).join(".");
  return module ? `${base}.${module}` : base;
}

/** The package a module's relative imports resolve against (`__package__`). */
export function packageOf(name: string, isPackage: boolean): string | null {
  if (name === "__main__") return null;
  if (isPackage) return name;
  const dot = name.lastIndexOf(".");
  return dot < 0 ? null : name.slice(0, dot);
}

/** A display path: relative to the working directory when inside it. */
function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}

/**
 * The entry file (as `__main__`) and every module it imports transitively that exists as a .py
 * file under the search roots, in discovery order. Throws the compiler's PySyntaxError when a
 * file does not parse.
 */
export function discoverModules(entry: string, opts: DiscoverOptions = {}): DiscoveredModule[] {
  const mainDirs = opts.text === undefined ? [path.dirname(entry)] : [];
  const roots = [...mainDirs, ...(opts.libDirs ?? [defaultLibDir()])].filter(isDir);
  const source = opts.text ?? fs.readFileSync(entry, "utf8");
  const out: DiscoveredModule[] = [{ name: "__main__", filename: entry, source, isPackage: false }];
  const found = new Map<string, Found | null>();
  const queue: DiscoveredModule[] = [out[0]];

  const lookup = (name: string): Found | null => {
    if (found.has(name)) return found.get(name) ?? null;
    const dot = name.lastIndexOf(".");
    let f: Found | null = null;
    if (dot < 0) f = findIn(roots, name);
    else {
      const parent = lookup(name.slice(0, dot));
      f = parent && parent.isPackage ? findIn(parent.dirs, name.slice(dot + 1)) : null;
    }
    found.set(name, f);
    if (f) {
      const filename = f.filename ? (path.isAbsolute(f.filename) ? displayPath(f.filename) : f.filename) : `<namespace ${name}>`;
      const m: DiscoveredModule = { name, filename, source: f.filename ? fs.readFileSync(f.filename, "utf8") : "", isPackage: f.isPackage };
      out.push(m);
      queue.push(m);
    }
    return f;
  };
  /** Requests `name` and all its parents; returns whether `name` itself was found. */
  const need = (name: string): boolean => {
    const parts = name.split(".");
    let ok = false;
    for (let i = 1; i <= parts.length; i++) ok = lookup(parts.slice(0, i).join(".")) !== null;
    return ok;
  };

  while (queue.length) {
    const m = queue.shift() as DiscoveredModule;
    const tree = parseModule(m.source, m.filename);
    const pkg = packageOf(m.name, m.isPackage);
    for (const s of imports(tree.body)) {
      if (s.kind === "Import") {
        for (const a of s.names) need(a.name);
        continue;
      }
      const base = resolveRelative(pkg, s.module, s.level);
      if (base === null) continue; // the code generator reports it
      if (need(base)) {
        const f = found.get(base);
        if (f && f.isPackage) for (const a of s.names) if (a.name !== "*") need(`${base}.${a.name}`);
      }
    }
  }
  return out;
}
