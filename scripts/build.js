#!/usr/bin/env node
// `npm run build`: the wasm modules (asc) and the host (tsc), each skipped when up to date.
//
//   node scripts/build.js [wasm|host ...] [--force]
//
// A wasm target is up to date when the stamp written after its last successful build records the
// same inputs (every file under assembly/, asconfig.json and its transform, the asc version, the
// entry) and its outputs are still the bytes that build produced. Contents are hashed, not compared
// by time: a checkout, a deleted or renamed file, or a reinstalled compiler all change the hash.
// The host is `tsc -b`, incremental by its own build info; tsc does not notice a deleted output,
// so a missing one forces a full emit.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { mergeDataFile } = require("./merge-data");

/** The asc transforms asconfig.json lists (the VM's text literals as UTF-8; cold code never
 * inlined). asc finds them when given the config by an absolute path: from a relative one it would
 * take a transform's path for a package name. */
function transforms(root) {
  return JSON.parse(fs.readFileSync(path.join(root, "asconfig.json"), "utf8")).options.transform.map((t) => path.join(root, t));
}

/** asconfig.json target → entry file. */
const WASM_TARGETS = { release: "assembly/index.ts", wasi: "assembly/wasi.ts" };

function filesUnder(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out.sort();
}

function sha(file) {
  return fs.existsSync(file) ? crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex") : null;
}

function ascPackage(root) {
  return require.resolve("assemblyscript/package.json", { paths: [root] });
}

/** What a wasm target's build depends on, as one hash. */
function wasmInputs(root, target) {
  const h = crypto.createHash("sha256");
  h.update(`${target} ${WASM_TARGETS[target]} asc ${require(ascPackage(root)).version}\0`);
  for (const f of [...filesUnder(path.join(root, "assembly")), path.join(root, "asconfig.json"), ...transforms(root), path.join(__dirname, "merge-data.js")]) {
    h.update(path.relative(root, f)).update("\0").update(fs.readFileSync(f)).update("\0");
  }
  return h.digest("hex");
}

/** A target's output files, relative to root. */
function wasmOutputs(root, target) {
  const t = JSON.parse(fs.readFileSync(path.join(root, "asconfig.json"), "utf8")).targets[target];
  return [t.outFile, t.textFile].filter(Boolean);
}

function stampFile(root, target) {
  return path.join(root, "build", `.${target}.stamp.json`);
}

/** Records a successful build of `target`. */
function writeStamp(root, target) {
  const outputs = Object.fromEntries(wasmOutputs(root, target).map((f) => [f, sha(path.join(root, f))]));
  fs.writeFileSync(stampFile(root, target), JSON.stringify({ inputs: wasmInputs(root, target), outputs }));
}

/** The wasm targets whose outputs are missing, changed, or older than their inputs' contents. */
function staleWasmTargets(root) {
  return Object.keys(WASM_TARGETS).filter((target) => {
    const file = stampFile(root, target);
    if (!fs.existsSync(file)) return true;
    const stamp = JSON.parse(fs.readFileSync(file, "utf8"));
    if (stamp.inputs !== wasmInputs(root, target)) return true;
    return wasmOutputs(root, target).some((f) => (stamp.outputs[f] ?? null) === null || stamp.outputs[f] !== sha(path.join(root, f)));
  });
}

function run(root, script, args) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function buildWasm(root, force) {
  const asc = path.join(path.dirname(ascPackage(root)), "bin", "asc.js");
  for (const target of force ? Object.keys(WASM_TARGETS) : staleWasmTargets(root)) {
    // no stamp while asc runs: an interrupted or failed build is never taken as up to date
    fs.rmSync(stampFile(root, target), { force: true });
    run(root, asc, [WASM_TARGETS[target], "--config", path.join(root, "asconfig.json"), "--target", target]);
    mergeDataFile(path.join(root, JSON.parse(fs.readFileSync(path.join(root, "asconfig.json"), "utf8")).targets[target].outFile));
    writeStamp(root, target);
  }
}

function buildHost(root, force) {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  const config = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.json"), "utf8"));
  const outDir = path.join(root, config.compilerOptions.outDir);
  const missing = config.include
    .flatMap((glob) => filesUnder(path.join(root, glob.slice(0, glob.indexOf("/**")))))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .some((f) => !fs.existsSync(path.join(outDir, path.relative(root, f)).replace(/\.ts$/, ".js")));
  run(root, tsc, ["-b", "tsconfig.json", ...(force || missing ? ["--force"] : [])]);
}

module.exports = { staleWasmTargets, writeStamp };

if (require.main === module) {
  const root = path.join(__dirname, "..");
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const parts = args.filter((a) => a !== "--force");
  for (const a of parts) if (a !== "wasm" && a !== "host") throw new Error(`build: unknown part ${a} (wasm, host)`);
  if (!parts.length || parts.includes("wasm")) buildWasm(root, force);
  if (!parts.length || parts.includes("host")) buildHost(root, force);
}
