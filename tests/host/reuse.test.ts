// A reused instance must be a fresh one: after vm_init, an instance that has run programs holds
// exactly the state of a new instance after the same vm_init (issue 8, item 1).
//
//   "vm_init state": a copy of build/stackless.wasm made here with binaryen that exports every
//   global; each program runs in an instance, then vm_init; every global and every byte of
//   linear memory must equal a fresh instance's after vm_init (memory the fresh one never
//   committed must be zero).
//   "one Runtime": a Runtime that ran a finalizer/subclass program runs every corpus program with
//   the output a fresh Runtime gives.
// Needs `npm run build` (build/stackless.wasm and build/stackless.wat, which names the globals).
import { encodeValue } from "../../host/runtime/values";
import { test, describe, before } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULTS, Runtime, Status, compileFile, compileModule, compileText, parseSize } from "../../host/runtime/index";
import { packageRoot } from "../../host/runtime/paths";
import { listPrograms } from "./programs";
import type Binaryen from "binaryen";

const root = packageRoot();
process.chdir(root); // programs are named relative to the root, as tracebacks show them

// ---------------------------------------------------------------------------------------------
// The programs

interface Program {
  file: string;
  image: Uint8Array;
  /** The budget its test needs (tests/negative/*.expect `args=--memory SIZE`), else the default. */
  budget: number;
}

function budgetFor(file: string): number {
  const expect = file.replace(/\.py$/, ".expect");
  const args = fs.existsSync(expect) ? /^args=.*--memory (\S+)/m.exec(fs.readFileSync(expect, "utf8")) : null;
  return args ? parseSize(args[1]) : DEFAULTS.budget;
}

/** Every corpus program that compiles (tests/negative has SyntaxError cases). */
function corpus(): Program[] {
  const programs: Program[] = [];
  for (const file of [...listPrograms("tests/py"), ...listPrograms("tests/stackless"), ...listPrograms("tests/negative")]) {
    let image: Uint8Array;
    try {
      image = compileFile(file);
    } catch {
      continue;
    }
    programs.push({ file, image, budget: budgetFor(file) });
  }
  return programs;
}

/**
 * Programs that leave the state item 1 was about: finalizers (__del__, generators suspended in a
 * try/finally), attributes of list/dict/tuple subclass instances, the cycle collector.
 */
function leavesState(p: Program): boolean {
  const text = fs.readFileSync(p.file, "utf8");
  return /__del__|class \w+\((list|dict|tuple)\)|\bgc\b/.test(text) || (/\byield\b/.test(text) && /\bfinally\b/.test(text));
}

let programs: Program[] = [];
let stateful: Program[] = [];

// ---------------------------------------------------------------------------------------------
// vm_init state

type Config = [budget: number, arena: number, spill: number, freelistFrames: number, freelistBytes: number, flags: number];

const BASE: Config = [DEFAULTS.budget, DEFAULTS.arena, DEFAULTS.spill, DEFAULTS.freelistFrames, DEFAULTS.freelistBytes, 0];
/** Every knob different from BASE: zombie frames and gc stress on (flags 1 | 2). */
const OTHER: Config = [2 * 1024 * 1024, 1024, 0, 0, 0, 3];

interface Vm {
  memory: WebAssembly.Memory;
  globals: WebAssembly.Global[];
  vm_init(...config: Config): number;
  vm_image_buffer(len: number): number;
  vm_load(ptr: number, len: number): number;
  vm_run(ops: number): number;
  vm_message(): number;
  vm_buffer(len: number): number;
  vm_host(len: number, ops: number): number;
  vm_host_module(len: number): number;
  vm_host_mode(flags: number): void;
}

interface State {
  globals: (number | bigint)[];
  memory: Uint8Array;
}

/**
 * Globals of the standard library's math that each call writes before it reads them (sin/cos
 * argument reduction, pow's log tail): no VM code can reach them to reset them.
 */
const LIBM_SCRATCH = /^~lib\/(math|util\/math)\//;

let instrumented: WebAssembly.Module;
/** Global names in index order, from the .wat asc writes beside the .wasm (release builds strip names). */
let globalNames: string[] = [];

// binaryen is an ES module with top-level await; tsc's CommonJS output would turn import() into
// require(), which cannot load it.
const importEsm = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<{ default: typeof Binaryen }>;

async function instrument(): Promise<WebAssembly.Module> {
  const binaryen = (await importEsm("binaryen")).default;
  const wasm = path.join(root, "build", "stackless.wasm");
  const mod = binaryen.readBinary(fs.readFileSync(wasm));
  const count = mod.getNumGlobals();
  for (let i = 0; i < count; i++) {
    const name = binaryen.getGlobalInfo(mod.getGlobalByIndex(i)).name;
    mod.addGlobalExport(name, `global ${i}`);
  }
  const bytes = mod.emitBinary();
  mod.dispose();
  const wat = wasm.replace(/\.wasm$/, ".wat");
  const names = fs.readFileSync(wat, "utf8").match(/^ \(global \$\S+/gm) ?? [];
  globalNames = names.map((line) => line.slice(" (global $".length));
  assert.equal(globalNames.length, count, `${wat} names ${globalNames.length} globals, the module has ${count}: rebuild`);
  return new WebAssembly.Module(new Uint8Array(bytes));
}

function instantiate(): Vm {
  let vm: Vm;
  // a clock that moves (a millisecond per read, deterministically): with a frozen one, a program
  // that waits for time to pass (stacklesslib's timeouts) would never end
  let now = 0;
  const instance = new WebAssembly.Instance(instrumented, {
    stackless: {
      write: () => {},
      clock: () => (now += 0.001),
      // (no host module is registered here: the VM never calls these)
      host_call: () => 0,
      host_reply: () => {},
      host_error: () => {},
    },
  });
  const exports = instance.exports as unknown as Vm & Record<string, WebAssembly.Global>;
  vm = { ...exports, globals: globalNames.map((_, i) => exports[`global ${i}`]) };
  return vm;
}

function message(vm: Vm): string {
  const ptr = vm.vm_message();
  const view = new DataView(vm.memory.buffer);
  return Buffer.from(new Uint8Array(vm.memory.buffer, ptr + 4, view.getUint32(ptr, true))).toString("utf8");
}

function init(vm: Vm, config: Config): void {
  const rc = vm.vm_init(...config);
  assert.equal(rc, 0, `vm_init(${config}) = ${rc}: ${message(vm)}`);
}

/** Loads and runs `image`, `ops` opcodes in all (0: to the end); returns the last status. */
function run(vm: Vm, image: Uint8Array, ops = 0): number {
  const ptr = vm.vm_image_buffer(image.length);
  if (ptr === 0) return -1;
  new Uint8Array(vm.memory.buffer, ptr, image.length).set(image);
  if (vm.vm_load(ptr, image.length) !== 0) return -1;
  let status: number;
  do status = vm.vm_run(ops || 10_000_000);
  while (status === Status.Budget && ops === 0);
  return status;
}

function state(vm: Vm): State {
  return { globals: vm.globals.map((g) => g.value as number | bigint), memory: new Uint8Array(vm.memory.buffer).slice() };
}

/**
 * What differs between a fresh instance's state and a reused one's: the globals' names, and each
 * run of differing bytes as `memory [from, to)` (memory the fresh instance never committed must be
 * zero in the reused one).
 */
function differences(fresh: State, reused: State): string[] {
  const found: string[] = [];
  fresh.globals.forEach((v, i) => {
    if (!Object.is(v, reused.globals[i]) && !LIBM_SCRATCH.test(globalNames[i])) {
      found.push(`global ${globalNames[i]}: fresh ${v}, reused ${reused.globals[i]}`);
    }
  });
  const a = fresh.memory;
  const b = reused.memory;
  if (b.length < a.length) found.push(`memory: fresh ${a.length} bytes, reused only ${b.length}`);
  const differs = (i: number) => b[i] !== (i < a.length ? a[i] : 0);
  for (let i = 0; i < b.length; i++) {
    if (!differs(i)) continue;
    let j = i;
    while (j < b.length && differs(j)) j++;
    found.push(`memory [${i}, ${j})`);
    i = j;
  }
  return found;
}

const freshStates = new Map<string, State>();
/** A fresh instance's state after vm_init(config) (deterministic, so made once per config). */
function freshState(config: Config): State {
  const key = config.join();
  let s = freshStates.get(key);
  if (!s) {
    const vm = instantiate();
    init(vm, config);
    freshStates.set(key, (s = state(vm)));
  }
  return s;
}

/**
 * Runs each program under `runConfig` in a new instance, then vm_init(`next`): each must then be
 * in a fresh instance's state. One failure lists every difference with the first program that
 * left it.
 */
function assertResetIsFresh(cases: Program[], runConfig: (p: Program) => Config, next: Config, ops = 0): void {
  const leaks = new Map<string, string>();
  for (const p of cases) {
    const vm = instantiate();
    init(vm, runConfig(p));
    run(vm, p.image, ops);
    init(vm, next);
    for (const d of differences(freshState(next), state(vm))) {
      const key = d.replace(/: fresh .*/, "");
      if (!leaks.has(key)) leaks.set(key, `${d} (after ${p.file})`);
    }
  }
  if (leaks.size) {
    assert.fail(`vm_init(${next}) after a run (${ops || "no"} op limit) left state a fresh instance does not have:\n  ${[...leaks.values()].join("\n  ")}`);
  }
}

before(async () => {
  instrumented = await instrument();
  programs = corpus();
  stateful = programs.filter(leavesState);
});

describe("vm_init state", () => {
  test("the VM never calls AssemblyScript's allocator (a literal array in a function would): its heap starts at __heap_base, where that allocator would write", () => {
    const wat = fs.readFileSync(path.join(root, "build", "stackless.wat"), "utf8");
    assert.deepEqual([...new Set(wat.match(/\$~lib\/rt\/[a-z]+\/__(new|alloc|renew|realloc)\b/g) ?? [])], []);
  });

  test("a fresh instance is the same after one vm_init or two", () => {
    const vm = instantiate();
    init(vm, BASE);
    init(vm, BASE);
    assert.deepEqual(differences(freshState(BASE), state(vm)), []);
  });

  test("every corpus program, then vm_init: a fresh instance's state", () => {
    assert.ok(programs.length > 300, `only ${programs.length} programs found`);
    assertResetIsFresh(programs, (p) => [p.budget, ...BASE.slice(1)] as Config, BASE);
  });

  test("stopped mid-run by the op budget, then vm_init", () => {
    for (const ops of [1, 500]) assertResetIsFresh(stateful, () => BASE, BASE, ops);
  });

  test("host modules, host requests and their errors, then vm_init", () => {
    const send = (vm: Vm, value: unknown): number => {
      const bytes = encodeValue(value);
      const ptr = vm.vm_buffer(bytes.length);
      new Uint8Array(vm.memory.buffer, ptr, bytes.length).set(bytes);
      return bytes.length;
    };
    const source = `import game, stackless
ch = stackless.channel()
try:
    game.f(1, [2, 3])
except RuntimeError:
    pass
def f(x):
    return {"x": [x, 2**70, "s"]}
def bad():
    raise KeyError("k")
def wait():
    return ch.receive()
stackless.tasklet(ch.send)(5)
`;
    const vm = instantiate();
    init(vm, BASE);
    assert.equal(vm.vm_host_module(send(vm, ["game", [["f", 0]]])), 0);
    vm.vm_host_mode(3);
    assert.equal(run(vm, compileText(source, "host.py")), Status.Idle);
    for (const req of [["call", "f", [1]], ["call", "bad", []], ["call", "wait", []], ["spawn", "f", [2]], ["get", "ch"], ["try_receive", "ch"], ["send", "ch", 7]]) {
      vm.vm_host(send(vm, req), 100_000);
    }
    init(vm, BASE);
    assert.deepEqual(differences(freshState(BASE), state(vm)), []);
  });

  test("finalizer and subclass programs under one config, then vm_init with another", () => {
    assert.ok(stateful.length >= 10, `only ${stateful.length} finalizer/subclass programs found`);
    assertResetIsFresh(stateful, () => BASE, OTHER);
    assertResetIsFresh(stateful, () => OTHER, BASE);
  });
});

// ---------------------------------------------------------------------------------------------
// One Runtime for many programs

interface Outcome {
  exit: number;
  stdout: string;
  stderr: string;
}

/** A Runtime made for `budget`, and a function running a program on it (re-initialised first). */
async function collecting(budget: number) {
  let out: Uint8Array[] = [];
  let err: Uint8Array[] = [];
  const rt = new Runtime(await compileModule(), { budget, stdout: (b) => out.push(b), stderr: (b) => err.push(b) });
  return (p: Program): Outcome => {
    if (p.budget !== rt.config.budget) rt.reset({ budget: p.budget });
    rt.loadImage(p.image);
    const exit = rt.run();
    const o = { exit, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
    out = [];
    err = [];
    return o;
  };
}

describe("one Runtime", () => {
  const fresh = new Map<string, Outcome>();
  /** The program's outcome in a Runtime that has run nothing before. */
  async function freshOutcome(p: Program): Promise<Outcome> {
    let o = fresh.get(p.file);
    if (!o) fresh.set(p.file, (o = (await collecting(p.budget))(p)));
    return o;
  }

  test("every corpus program, each after a different finalizer/subclass program", async () => {
    const runOn = await collecting(DEFAULTS.budget);
    for (const [i, p] of programs.entries()) {
      const before = stateful[i % stateful.length];
      runOn(before);
      assert.deepEqual(runOn(p), await freshOutcome(p), `${p.file} after ${before.file}`);
    }
  });

  test("every finalizer/subclass program after every other", async () => {
    const runOn = await collecting(DEFAULTS.budget);
    for (const a of stateful) {
      for (const b of stateful) {
        if (a === b) continue;
        runOn(a);
        assert.deepEqual(runOn(b), await freshOutcome(b), `${b.file} after ${a.file}`);
      }
    }
  });
});
