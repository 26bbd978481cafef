// The package as a user gets it: `npm pack`, installed without network into an empty project,
// where strict TypeScript (examples/game-host.ts and every ```ts block of README.md and
// docs/embedding.md) compiles
// against the installed .d.ts and runs, with no build step there.
//
// Offline: the project gets a package-lock.json whose entries for the package's dependencies are
// the repository's own (name, version, integrity), so `npm ci --offline` takes their tarballs from
// the npm cache, where the repository's `npm ci` put them. (`npm install --offline <tarball>`
// cannot work on a clean machine: it asks for each dependency's registry metadata, which
// `npm ci` never caches.)
import { test, before, after } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { packageRoot } from "../../host/runtime/paths";
import { compileFile } from "../../host/runtime/index";
import { PROGRAMS } from "../../bench/bench";
import { Side } from "../../bench/side";

const root = packageRoot();
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
let dir = "";
let tarball = "";
let packed: { path: string }[] = [];

// The npm the user runs, not the old one a dependency installs in node_modules/.bin (which
// `npm test` puts first on PATH).
const PATH = (process.env.PATH ?? "").split(path.delimiter).filter((d) => !/node_modules[\\/]\.bin$/.test(d)).join(path.delimiter);

function sh(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, PATH } });
  if (r.error) throw r.error;
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const node = (args: string[]) => sh(process.execPath, args, dir);

/** The ```ts blocks of README.md, then of docs/embedding.md, in order. */
function readmeBlocks(): string[] {
  return ["README.md", "docs/embedding.md"].flatMap((file) => {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  });
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackless-pkg-"));
  const out = ok(sh("npm", ["pack", "--json", "--pack-destination", dir], root), "npm pack");
  const info = JSON.parse(out)[0];
  tarball = info.filename;
  packed = info.files;

  // an empty project that depends on the tarball, locked to the repository's dependency versions
  const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
  const dependencies = { "stackless-wasm": `file:${tarball}` };
  const packages: Record<string, unknown> = {
    "": { name: "game", version: "1.0.0", dependencies },
    "node_modules/stackless-wasm": {
      version: manifest.version,
      resolved: `file:${tarball}`,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
    },
  };
  for (const [key, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean }>)) {
    if (key.startsWith("node_modules/") && !entry.dev) packages[key] = entry;
  }
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "game", version: "1.0.0", private: true, dependencies }));
  fs.writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify({ name: "game", version: "1.0.0", lockfileVersion: 3, requires: true, packages }));
  ok(sh("npm", ["ci", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], dir), "npm ci --offline (are the dependencies in the npm cache? run `npm ci` in the repository)");
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the tarball holds the built modules, the compiled host with types, lib/ and the CLI; no tests or sources", () => {
  const files = new Set(packed.map((f) => f.path));
  for (const f of [
    "build/stackless.wasm", "build/stackless-wasi.wasm", "bin/stackless.js", "lib/_prelude.py", "lib/random.py",
    "build/host/runtime/index.js", "build/host/runtime/index.d.ts", "build/host/compiler/index.d.ts", "build/host/cli/main.js",
    "host/wasmtime/run.py", "host/wasmtime/boundary.py", "host/wasmtime/values.py", "scripts/ensure-venv.sh",
  ]) {
    assert.ok(files.has(f), `${f} is packed`);
  }
  const extra = [...files].filter((f) => /^(assembly|tests|build\/tests|build\/host\/fuzz|host\/(?!wasmtime\/(run|boundary|values)\.py))\//.test(f) || /\.slpi$|\.wat$/.test(f));
  assert.deepEqual(extra, []);
});

test("strict TypeScript compiles against the installed .d.ts and runs: examples/game-host.ts and the README's blocks", () => {
  for (const f of ["game-host.ts", "npc.py"]) fs.copyFileSync(path.join(root, "examples", f), path.join(dir, f));
  const blocks = readmeBlocks();
  assert.ok(blocks.length > 0, "README.md shows TypeScript");
  // ES modules (.mts): the README may use top-level await, as a user's module would
  blocks.forEach((code, i) => fs.writeFileSync(path.join(dir, `readme-${i + 1}.mts`), code));
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true, target: "ES2022", module: "node16", outDir: "out",
        types: ["node"], typeRoots: [path.join(root, "node_modules", "@types")],
      },
      files: ["game-host.ts", ...blocks.map((_, i) => `readme-${i + 1}.mts`)],
    }),
  );
  ok(node([require.resolve("typescript/bin/tsc", { paths: [root] }), "-p", "."]), "tsc");

  fs.copyFileSync(path.join(dir, "npc.py"), path.join(dir, "out", "npc.py"));
  const game = node(["out/game-host.js"]);
  assert.equal(game.stderr, "");
  assert.equal(game.status, 0);
  const frames = game.stdout.split("\n").filter((l) => l.startsWith("frame "));
  assert.deepEqual(frames.map((l) => l.split(":")[0]), ["frame 120", "frame 240", "frame 360", "frame 480", "frame 600"]);
  // the brains ran (npc.py imports collections from the installed lib/), called the host module
  // and sent commands out; NPC 13's bug was reported and the level went on
  const last = frames[4].match(/^frame 600: (\d+) commands, (\d+) effects, 1 NPC errors, heap \d+ B/);
  assert.ok(last && Number(last[1]) > 0 && last[1] === last[2], frames[4]);
  assert.match(game.stdout, /^an NPC failed: ValueError: npc 13 trips over the alarm \(npc\.py:\d+\)$/m);

  // the README's blocks read brain.py
  fs.writeFileSync(path.join(dir, "brain.py"), "import collections\nprint(collections.Counter('brain').most_common(1))\n");
  blocks.forEach((_, i) => {
    const r = node([`out/readme-${i + 1}.mjs`]);
    assert.equal(r.stderr, "", `README block ${i + 1}`);
    assert.equal(r.status, 0, `README block ${i + 1}`);
  });
});

test("the installed CLI runs a program; the wasmtime engine says how to get .venv, then runs from node_modules", () => {
  fs.writeFileSync(path.join(dir, "hello.py"), "import heapq\nprint(heapq.nsmallest(2, [5, 1, 4]))\n");
  const bin = path.join("node_modules", ".bin", "stackless");
  assert.equal(ok(node([bin, "run", "hello.py"]), "stackless run"), "[1, 4]\n");

  const r = node([bin, "run", "hello.py", "--engine", "wasmtime"]);
  assert.equal(r.status, 1);
  const installed = fs.realpathSync(path.join(dir, "node_modules", "stackless-wasm"));
  assert.equal(
    r.stderr,
    `stackless: the wasmtime engine needs the wasmtime Python bindings in ${path.join(installed, ".venv")}: ` +
      `run \`bash ${path.join(installed, "scripts", "ensure-venv.sh")}\` first\n`,
  );
  // what ensure-venv.sh would make there (without pip's network): the repository's .venv
  fs.symlinkSync(path.join(root, ".venv"), path.join(installed, ".venv"));
  assert.equal(ok(node([bin, "run", "hello.py", "--engine", "wasmtime"]), "stackless run --engine wasmtime"), "[1, 4]\n");
});

test("the installed package has what `stackless bench` runs: every program, and both sides answer", async () => {
  const files = new Set(packed.map((f) => f.path));
  for (const p of PROGRAMS) {
    for (const f of [p.file, p.reference ?? p.file]) assert.ok(files.has(`bench/programs/${f}`), `bench/programs/${f} is packed`);
  }
  const installed = path.join(dir, "node_modules", "stackless-wasm");
  const fib = path.join(installed, "bench", "programs", "fib.py");
  const sides = [
    { side: new Side("python3", [path.join(installed, "bench", "runner.py"), "cpython"]), load: fib },
    { side: new Side(process.execPath, [path.join(installed, "build", "bench", "v8-runner.js")]), load: Buffer.from(compileFile(fib)).toString("base64") },
  ];
  for (const { side, load } of sides) {
    try {
      await side.request({ load });
      const r = await side.run();
      assert.equal(r.stderr, "");
      assert.equal(r.stdout, "75025\n");
    } finally {
      side.close();
    }
  }
});
