// The floors of assembly/ (docs/architecture.md "Floors"): memory → objects → vm → stackless →
// builtins → host → the top (index.ts, wasi.ts); a file imports only its own floor and those
// below it. Upper floors reach down; what a lower floor must dispatch to above it, the upper
// floor registers at init. The imports still climbing are listed below: the list may only
// shrink (a listed import that is gone fails too, so the list is kept exact).
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../../host/runtime/paths";

const FLOORS = ["memory", "objects", "vm", "stackless", "builtins", "host"];
const TOP = FLOORS.length; // files directly in assembly/

/** A file's floor from its folder (path relative to assembly/, with "/"). */
export function floorOf(file: string): number {
  const parts = file.split("/");
  if (parts.length === 1) return TOP;
  const f = FLOORS.indexOf(parts[0]);
  if (f < 0) throw new Error(`assembly/${file}: folder ${parts[0]} has no floor (add it to FLOORS)`);
  return f;
}

/** The modules a source imports: static `import … from "m"` and `import "m"` statements. */
export function importsOf(source: string): string[] {
  const re = /^import\s+(?:[^"';]*?\s+from\s+)?"([^"]+)"/gm;
  return [...source.matchAll(re)].map((m) => m[1]);
}

interface Edge { file: string; module: string }

/** Every import of `files` (source by path relative to assembly/) that climbs to a higher floor. */
export function upwardImports(files: Map<string, string>): Edge[] {
  const out: Edge[] = [];
  for (const [file, source] of files) {
    const seen = new Set<string>();
    for (const spec of importsOf(source)) {
      if (!spec.startsWith(".")) continue; // the AssemblyScript library
      const module = path.posix.join(path.posix.dirname(file), spec) + ".ts";
      if (!seen.has(module) && floorOf(module) > floorOf(file)) out.push({ file, module });
      seen.add(module);
    }
  }
  return out;
}

function assemblySources(): Map<string, string> {
  const root = path.join(packageRoot(), "assembly");
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts")) files.set(path.relative(root, p).split(path.sep).join("/"), fs.readFileSync(p, "utf8"));
    }
  };
  walk(root);
  return files;
}

// The upward imports still allowed: [file, imported module, why it is still there]. Cut one,
// then delete its line here.
const ALLOWED: [string, string, string][] = [
  ["builtins/core.ts", "host/calls.ts", "natives that call host functions reach host/ directly (a registration would cut it)"],
  ["builtins/dispatch.ts", "host/calls.ts", "natives that call host functions reach host/ directly (a registration would cut it)"],
  ["builtins/init.ts", "host/calls.ts", "natives that call host functions reach host/ directly (a registration would cut it)"],
  ["memory/gc.ts", "objects/object.ts", "the object header (Value, Obj, Kind) is defined in objects/, not memory/"],
  ["memory/gc.ts", "objects/traverse.ts", "the collector walks and clears children through objects/traverse"],
  ["memory/gc.ts", "objects/weakref.ts", "weak references are cleared when their referent dies"],
  ["memory/refcount.ts", "objects/object.ts", "the object header (Value, Obj, Kind) is defined in objects/, not memory/"],
  ["memory/refcount.ts", "objects/destroy.ts", "the release loop destroys each kind through objects/destroy"],
  ["memory/refcount.ts", "objects/type.ts", "the leaf types (int, float, weakref) are told by their type object"],
  ["memory/refcount.ts", "objects/weakref.ts", "weak references are cleared when their referent dies"],
  ["memory/refcount.ts", "objects/int.ts", "a boxed int's size for the allocator"],
  ["memory/refcount.ts", "objects/list.ts", "the finalizer queue is a list"],
  ["objects/hash.ts", "vm/classes.ts", "mroLookup finds a user class's __hash__ (isUserObject, mroLookup live in vm/classes)"],
  ["vm/arith.ts", "builtins/sets.ts", "set operators are implemented in builtins/sets"],
  ["vm/attr.ts", "builtins/registry.ts", "PROPERTY (a native id bit) and typeDict (builtin types' method dicts) are builtins/registry's"],
  ["vm/attr.ts", "builtins/dispatch.ts", "native calls are dispatched by builtins/dispatch"],
  ["vm/attr.ts", "stackless/scheduler.ts", "the VM asks which tasklet is current"],
  ["vm/attr.ts", "stackless/tasklet.ts", "the tasklet layout (TaskletObj, flags) is stackless/'s"],
  ["vm/caches.ts", "builtins/registry.ts", "the PROPERTY bit of native ids is builtins/registry's"],
  ["vm/call.ts", "stackless/callbacks.ts", "schedule callbacks around switches"],
  ["vm/call.ts", "builtins/dispatch.ts", "native calls are dispatched by builtins/dispatch"],
  ["vm/call.ts", "stackless/scheduler.ts", "the VM asks which tasklet is current"],
  ["vm/call.ts", "stackless/tasklet.ts", "the tasklet layout (TaskletObj, flags) is stackless/'s"],
  ["vm/call.ts", "builtins/weakref.ts", "calling a weakref is a builtin"],
  ["vm/compare.ts", "builtins/ranges.ts", "range search and slicing live in builtins/ranges"],
  ["vm/compare.ts", "builtins/sets.ts", "set operators are implemented in builtins/sets"],
  ["vm/frame.ts", "stackless/tasklet.ts", "the tasklet layout (TaskletObj, flags) is stackless/'s"],
  ["vm/generators.ts", "stackless/scheduler.ts", "the VM asks which tasklet is current"],
  ["vm/generators.ts", "stackless/tasklet.ts", "the tasklet layout (TaskletObj, flags) is stackless/'s"],
  ["vm/image.ts", "builtins/codecs.ts", "UTF-8 validation lives in builtins/codecs"],
  ["vm/index.ts", "builtins/dispatch.ts", "the prelude names the natives it calls by id"],
  ["vm/index.ts", "builtins/registry.ts", "the prelude names the natives it calls by id"],
  ["vm/index.ts", "builtins/methods.ts", "the prelude names the natives it calls by id"],
  ["vm/index.ts", "builtins/bytes.ts", "the prelude names the natives it calls by id"],
  ["vm/index.ts", "builtins/math.ts", "the prelude names the natives it calls by id"],
  ["vm/interpreter.ts", "stackless/timers.ts", "timers are woken by the loop"],
  ["vm/interpreter.ts", "host/requests.ts", "host requests end with their tasklet"],
  ["vm/interpreter.ts", "builtins/frames.ts", "sys.stderr replaced by the program"],
  ["vm/interpreter.ts", "builtins/stackless.ts", "method ids of stackless natives"],
  ["vm/interpreter.ts", "builtins/classes.ts", "generator send/next method ids and genNext (the fast path)"],
  ["vm/interpreter.ts", "builtins/core.ts", "str()/repr() of the core builtins"],
  ["vm/interpreter.ts", "builtins/dispatch.ts", "native calls are dispatched by builtins/dispatch"],
  ["vm/interpreter.ts", "builtins/init.ts", "the builtins dict (global lookups fall back to it) is built by builtins/init"],
  ["vm/interpreter.ts", "stackless/tasklet.ts", "the tasklet layout (TaskletObj, flags) is stackless/'s"],
  ["vm/interpreter.ts", "stackless/scheduler.ts", "the VM asks which tasklet is current"],
  ["vm/interpreter.ts", "stackless/channels.ts", "channel operations in the loop act through stackless/channels"],
  ["vm/interpreter.ts", "stackless/channel.ts", "the channel layout is stackless/'s"],
  ["vm/interpreter.ts", "stackless/threads.ts", "the GIL hand-off in the loop"],
  ["vm/interpreter.ts", "builtins/io.ts", "stdout is flushed and errors written through builtins/io"],
  ["vm/interpreter.ts", "stackless/bomb.ts", "bombs explode in the loop"],
  ["vm/interpreter.ts", "stackless/callbacks.ts", "schedule callbacks around switches"],
  ["vm/itemeq.ts", "builtins/dispatch.ts", "native calls are dispatched by builtins/dispatch"],
  ["vm/itemeq.ts", "builtins/sets.ts", "set operators are implemented in builtins/sets"],
  ["vm/modules.ts", "stackless/scheduler.ts", "the VM asks which tasklet is current"],
  ["vm/modules.ts", "stackless/tasklet.ts", "the tasklet layout (TaskletObj, flags) is stackless/'s"],
  ["vm/subclass.ts", "builtins/dispatch.ts", "subclasses of builtin types call the natives of their base"],
  ["vm/subclass.ts", "builtins/registry.ts", "subclasses of builtin types call the natives of their base"],
  ["vm/subclass.ts", "builtins/methods.ts", "subclasses of builtin types call the natives of their base"],
  ["vm/subclass.ts", "builtins/stackless.ts", "subclasses of builtin types call the natives of their base"],
  ["vm/subclass.ts", "stackless/tasklet.ts", "the tasklet layout (TaskletObj, flags) is stackless/'s"],
  ["vm/subclass.ts", "stackless/channel.ts", "the channel layout is stackless/'s"],
  ["vm/subscript.ts", "builtins/ranges.ts", "range search and slicing live in builtins/ranges"],
  ["vm/traceback.ts", "builtins/io.ts", "tracebacks are written through builtins/io"],
];

const key = (e: Edge) => `${e.file} > ${e.module}`;
const show = (e: Edge) => `assembly/${e.file} (${FLOORS[floorOf(e.file)] ?? "top"}) imports ${e.module} (${FLOORS[floorOf(e.module)] ?? "top"})`;

test("no import of assembly/ climbs to a higher floor, but for the listed ones", () => {
  const allowed = new Set(ALLOWED.map(([file, module]) => key({ file, module })));
  const climbing = upwardImports(assemblySources()).filter((e) => !allowed.has(key(e)));
  assert.deepEqual(climbing.map(show), [], "upward imports: import from a lower floor, or register from above at init");
});

test("every listed upward import still exists (the list only shrinks)", () => {
  const present = new Set(upwardImports(assemblySources()).map(key));
  const gone = ALLOWED.filter(([file, module]) => !present.has(key({ file, module })));
  assert.deepEqual(gone.map(([f, m]) => `${f} > ${m}`), [], "delete these lines from ALLOWED");
  assert.equal(new Set(ALLOWED.map(([f, m]) => `${f} > ${m}`)).size, ALLOWED.length, "a line is listed twice");
});

test("the reader finds every import form and each floor", () => {
  const source = [
    'import { a } from "../vm/errors";',
    "import {",
    "  b, c,",
    '} from "./object";',
    'import "./vm/panic";',
    "export function f(from: u32): u32 { return from; }",
    '// import { x } from "../builtins/init";',
  ].join("\n");
  assert.deepEqual(importsOf(source), ["../vm/errors", "./object", "./vm/panic"]);
  const files = new Map([
    ["objects/hash.ts", source],
    ["builtins/core.ts", 'import { Value } from "../objects/object";\nimport { host } from "../host/calls";'],
    ["index.ts", 'import { vmRun } from "./vm/vm";'],
  ]);
  assert.deepEqual(upwardImports(files).map(key), ["objects/hash.ts > vm/errors.ts", "builtins/core.ts > host/calls.ts"]);
  assert.throws(() => floorOf("extra/x.ts"), /no floor/);
});
