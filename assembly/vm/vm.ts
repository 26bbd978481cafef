// Initialising the runtime, loading an image, and running it: what the exports call.
import { gcReset, tracked as gcTracked, collections as gcCollections, collected as gcCollected } from "../memory/gc";
import { Value } from "../objects/object";
import { heapInit, arenaInit, heap, arena, budget, heapStart, committedBytes } from "../memory/heap";
import { createBuiltinTypes } from "../objects/type";
import { strInit, immortalStr } from "../objects/str";
import { tupleInit } from "../objects/tuple";
import { singletonsInit } from "../objects/singletons";
import { excTypesInit } from "../objects/exception";
import { bufInit } from "../objects/buf";
import { dictNew, dictSet } from "../objects/dict";
import { funcNew, asCode } from "../objects/function";
import { errorsInit } from "./errors";
import { builtinsInit } from "../builtins/init";
import { loadImage, imageCode, imageStr, modules } from "./image";
import { framesInit, flCount, flBytes, flPeakBytes } from "./frame";
import { config } from "./config";
import { stats, statsReset } from "./stats";
import { setMessage } from "./message";
import { pushFrame } from "./call";
import { mainFunction, modulesInit, importModule } from "./modules";
import { N } from "../objects/names";
import { ENTER, enterFrame } from "./call";
import { F_HOOK, F_BACK, Hook, hookOf } from "./frame";
import { takeExc } from "./errors";
import { namesInit } from "../objects/names";
import { internedInit } from "../builtins/registry";
import { decref } from "../memory/refcount";
import { interpret, Status, exitCode, resetExitCode } from "./interpreter";
import { schedulerInit, startMain, current, runcount, main, alive, aliveAdd } from "../stackless/scheduler";
import { TaskletObj, asTasklet } from "../stackless/tasklet";
import { alloc } from "../memory/heap";
import { flushStdout } from "../builtins/io";

let initialized = false;
let loaded = false;
let imageLen: u32 = 0;

const MIN_BUDGET: u32 = 256 * 1024;

// The settings vm_init takes, and a fresh set of counters.
export function configure(budgetBytes: u32, arenaBytes: u32, spill: u32, flCountMax: u32, flBytesMax: u32, flags: u32): void {
  config.budget = budgetBytes;
  config.arena = arenaBytes;
  config.spill = spill;
  config.freelistCount = flCountMax;
  config.freelistBytes = flBytesMax;
  config.zombieFrames = flags & 1;
  gcReset((flags & 2) != 0);
  config.recursionLimit = 1000;
  statsReset();
}

// Everything the VM creates in a fresh heap before any image: types, strings, singletons,
// exceptions, names, builtins, frames, scheduler, modules.
export function initObjects(): void {
  createBuiltinTypes();
  strInit();
  tupleInit();
  singletonsInit();
  excTypesInit();
  internedInit();
  namesInit();
  bufInit();
  errorsInit();
  builtinsInit();
  framesInit();
  schedulerInit();
  modulesInit();
  resetExitCode();
}

export function vmInit(budgetBytes: u32, arenaBytes: u32, spill: u32, flCountMax: u32, flBytesMax: u32, flags: u32): i32 {
  initialized = false;
  loaded = false;
  const staticEnd = (<u32>__heap_base + 15) & ~15;
  if (budgetBytes < MIN_BUDGET || budgetBytes < staticEnd + 65536) { setMessage("memory budget too small (minimum 256 KiB)"); return 1; }
  configure(budgetBytes, arenaBytes, spill, flCountMax, flBytesMax, flags);
  heapInit(budgetBytes);
  initObjects();
  if (!arenaInit(arenaBytes)) { setMessage("the stack arena does not fit in the memory budget"); return 2; }
  initialized = true;
  setMessage("");
  return 0;
}

export function vmImageBuffer(len: u32): u32 {
  if (!initialized || loaded) { setMessage("call vm_init before loading an image, once per init"); return 0; }
  const p = alloc(len ? len : 1);
  if (!p) setMessage("the image does not fit in the memory budget");
  imageLen = len;
  return p;
}

export function vmLoad(ptr: u32, len: u32): i32 {
  if (!initialized || loaded) { setMessage("call vm_init before loading an image, once per init"); return 1; }
  if (!loadImage(ptr, len)) return 2;
  stats.imageBytes = len;
  const fn = mainFunction();
  if (!fn) { setMessage("out of memory creating __main__"); return 3; }
  // a placeholder tasklet to own the first frame's accounting until main exists
  startMain(0);
  const t = asTasklet(main);
  const f = pushFrame(t, fn, 0, 0, 0, 0);
  decref(fn);
  if (!f) { setMessage("out of memory creating the main frame"); return 3; }
  t.frame = f;
  aliveAdd(1);
  // the prelude (if the image has one) runs first, on top of __main__'s first frame
  const pr = importModule(N.prelude_);
  if (pr == ENTER) {
    store<u32>(enterFrame, hookOf(Hook.DISCARD, 0), F_HOOK);
    store<u32>(enterFrame, f, F_BACK);
    t.frame = enterFrame;
  } else if (pr) decref(pr);
  else decref(takeExc()); // no prelude in this image
  loaded = true;
  return 0;
}

export function vmRun(ops: i32): i32 {
  if (!loaded) { setMessage("no image loaded"); return Status.ERROR; }
  const s = interpret(<i64>ops);
  flushStdout();
  if (s != Status.YIELD) loaded = s == Status.IDLE; // a finished program needs a new init
  return s;
}

// The stats block of docs/abi.md.
const STATS_COUNT: i32 = 30;
const statsBlock = memory.data(STATS_COUNT * 8, 8);

export function vmStats(): u32 {
  const arenaCap = arena.limit - arena.base;
  const values = statsBlock;
  store<f64>(values, <f64>(heap.used - arenaCap));
  store<f64>(values, <f64>(heap.peak - arenaCap), 8);
  store<f64>(values, <f64>(budget - heapStart - arenaCap), 16);
  store<f64>(values, <f64>(arena.used), 24);
  store<f64>(values, <f64>(arena.peak), 32);
  store<f64>(values, <f64>arenaCap, 40);
  store<f64>(values, <f64>flCount, 48);
  store<f64>(values, <f64>flBytes, 56);
  store<f64>(values, <f64>flPeakBytes, 64);
  store<f64>(values, <f64>committedBytes(), 72);
  store<f64>(values, <f64>budget, 80);
  store<f64>(values, <f64>stats.opcodes, 88);
  store<f64>(values, <f64>stats.calls, 96);
  store<f64>(values, <f64>stats.spills, 104);
  store<f64>(values, <f64>stats.freelistHits, 112);
  store<f64>(values, <f64>stats.freelistMisses, 120);
  store<f64>(values, <f64>stats.switches, 128);
  store<f64>(values, <f64>alive, 136);
  store<f64>(values, <f64>runcount, 144);
  store<f64>(values, <f64>(alive - (runcount < alive ? runcount : alive)), 152);
  store<f64>(values, <f64>stats.imageBytes, 160);
  store<f64>(values, <f64>stats.zombieFrames, 168);
  store<f64>(values, <f64>stats.zombieBytes, 176);
  store<f64>(values, <f64>stats.recursionPeak, 184);
  store<f64>(values, <f64>heap.blocks, 192);
  store<f64>(values, <f64>config.freelistCount, 200);
  store<f64>(values, <f64>config.freelistBytes, 208);
  store<f64>(values, <f64>gcTracked, 216);
  store<f64>(values, <f64>gcCollections, 224);
  store<f64>(values, <f64>gcCollected, 232);
  return values;
}

export function vmStatsCount(): i32 { return STATS_COUNT; }

export function vmExitCode(): i32 { return exitCode; }
