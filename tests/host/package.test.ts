// The package's own parts that need no tarball: loadSource and the standard library, and the
// build script's up-to-date rule (scripts/build.js). package-install.test.ts installs the tarball.
import { test, describe } from "node:test";
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Runtime, Status } from "../../host/runtime/index";
import { packageRoot } from "../../host/runtime/paths";

const root = packageRoot();

async function runSource(source: string, filename: string): Promise<{ status: Status; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const rt = await Runtime.create({
    stdout: (b) => (stdout += Buffer.from(b).toString()),
    stderr: (b) => (stderr += Buffer.from(b).toString()),
  });
  rt.loadSource(source, filename);
  const { status } = rt.tick({ ops: 0 });
  return { status, stdout, stderr };
}

describe("loadSource and lib/", () => {
  test("imports the standard library modules as compileFile does", async () => {
    const source = [
      "import random, collections",
      "from itertools import accumulate",
      "r = random.Random(5)",
      "d = collections.deque([1, 2, 3], maxlen=2)",
      "print(list(d), r.randrange(1000), list(accumulate([1, 2, 3])), collections.Counter('abca').most_common(1))",
      "",
    ].join("\n");
    const expected = execFileSync("python3", ["-c", source], { encoding: "utf8" });
    const { status, stdout, stderr } = await runSource(source, "brain.py");
    assert.equal(stderr, "");
    assert.equal(status, Status.Done);
    assert.equal(stdout, expected);
  });

  test("does not look for modules beside a file: the source is not one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackless-load-"));
    const cwd = process.cwd();
    try {
      fs.writeFileSync(path.join(dir, "helper.py"), "X = 1\n");
      process.chdir(dir);
      const { status, stderr } = await runSource("import helper\n", "helper_user.py");
      assert.equal(status, Status.Error);
      assert.match(stderr, /No module named 'helper'/);
    } finally {
      process.chdir(cwd);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface BuildScript {
  staleWasmTargets(root: string): string[];
  writeStamp(root: string, target: string): void;
}

describe("scripts/build.js: a wasm target is rebuilt exactly when its inputs or outputs changed", () => {
  const build = require(path.join(root, "scripts", "build.js")) as BuildScript;

  test("content, names, asconfig.json, the transform and outputs count; times do not", () => {
    // a stand-in tree: the real asconfig.json (its output names), its transform and the real asc, a
    // small assembly/
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackless-build-"));
    try {
      const at = (p: string) => path.join(dir, p);
      fs.symlinkSync(path.join(root, "node_modules"), at("node_modules"));
      fs.copyFileSync(path.join(root, "asconfig.json"), at("asconfig.json"));
      fs.mkdirSync(at("scripts"));
      for (const t of ["utf8-literals.mjs", "cold-code.mjs"]) fs.copyFileSync(path.join(root, "scripts", t), at(`scripts/${t}`));
      fs.mkdirSync(at("assembly/vm"), { recursive: true });
      fs.writeFileSync(at("assembly/index.ts"), "export function f(): i32 { return 1; }\n");
      fs.writeFileSync(at("assembly/wasi.ts"), "export function _start(): void {}\n");
      fs.writeFileSync(at("assembly/vm/a.ts"), "export const A = 1;\n");
      const config = JSON.parse(fs.readFileSync(at("asconfig.json"), "utf8"));
      const outputs = ["release", "wasi"].flatMap((t) => [config.targets[t].outFile, config.targets[t].textFile].filter(Boolean));
      fs.mkdirSync(at("build"));
      for (const f of outputs) fs.writeFileSync(at(f), `built ${f}`);

      const stale = () => build.staleWasmTargets(dir);
      assert.deepEqual(stale(), ["release", "wasi"], "never built");
      build.writeStamp(dir, "release");
      assert.deepEqual(stale(), ["wasi"]);
      build.writeStamp(dir, "wasi");
      assert.deepEqual(stale(), []);

      const later = new Date(Date.now() + 60_000);
      fs.utimesSync(at("assembly/vm/a.ts"), later, later);
      assert.deepEqual(stale(), [], "a touched file is not a change");

      const both = (what: string, change: () => void, undo: () => void) => {
        change();
        assert.deepEqual(stale(), ["release", "wasi"], what);
        undo();
        assert.deepEqual(stale(), [], `${what}, undone`);
      };
      both("an edited file", () => fs.appendFileSync(at("assembly/vm/a.ts"), "// x\n"), () => fs.writeFileSync(at("assembly/vm/a.ts"), "export const A = 1;\n"));
      both("a new file", () => fs.writeFileSync(at("assembly/vm/b.ts"), ""), () => fs.rmSync(at("assembly/vm/b.ts")));
      both("a file in a new directory", () => {
        fs.mkdirSync(at("assembly/new"));
        fs.writeFileSync(at("assembly/new/c.ts"), "");
      }, () => fs.rmSync(at("assembly/new"), { recursive: true }));
      both("a renamed file", () => fs.renameSync(at("assembly/vm/a.ts"), at("assembly/vm/z.ts")), () => fs.renameSync(at("assembly/vm/z.ts"), at("assembly/vm/a.ts")));
      both("a deleted file", () => fs.renameSync(at("assembly/vm/a.ts"), at("a.ts.saved")), () => fs.renameSync(at("a.ts.saved"), at("assembly/vm/a.ts")));
      const asconfig = fs.readFileSync(at("asconfig.json"), "utf8");
      both("asconfig.json", () => fs.writeFileSync(at("asconfig.json"), asconfig.replace('"optimizeLevel": 3', '"optimizeLevel": 2')), () => fs.writeFileSync(at("asconfig.json"), asconfig));
      const transform = fs.readFileSync(at("scripts/utf8-literals.mjs"), "utf8");
      both("the transform", () => fs.appendFileSync(at("scripts/utf8-literals.mjs"), "// x\n"), () => fs.writeFileSync(at("scripts/utf8-literals.mjs"), transform));

      const wasm = at(config.targets.wasi.outFile);
      fs.writeFileSync(wasm, "something else");
      assert.deepEqual(stale(), ["wasi"], "a changed output");
      fs.rmSync(wasm);
      assert.deepEqual(stale(), ["wasi"], "a deleted output");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
