// The composition root (the top floor): initialising every floor, loading an image, and running
// it: what the exports of index.ts and wasi.ts call. It alone may import from every floor.
import { wakeDueTimers, timersReset } from "./stackless/timers";
import { threadsReset, setGilStress } from "./stackless/threads";
import { channelsReset } from "./stackless/channels";
import { startRequest, finishRequest, giveUpRequest, requestEnded, requestsReset, Reply } from "./host/requests";
import { weakrefReset } from "./objects/weakref";
import { destroyReset } from "./objects/destroy";
import { genFrameReset } from "./objects/generator";
import { subclassDictReset } from "./objects/subclassdict";
import { callbacksReset } from "./stackless/callbacks";
import { bombReset } from "./stackless/bomb";
import { stacklessApiReset } from "./builtins/stacklessapi";
import { gcReset, tracked as gcTracked, collections as gcCollections, collected as gcCollected } from "./memory/gc";
import { Value } from "./objects/object";
import { heapInit, arenaInit, heap, arena, budget, heapStart, memoryNeeded, outOfMemory } from "./memory/heap";
import { createBuiltinTypes } from "./objects/type";
import { strInit, immortalStr } from "./objects/str";
import { tupleInit } from "./objects/tuple";
import { singletonsInit } from "./objects/singletons";
import { excTypesInit } from "./objects/exception";
import { bufInit } from "./objects/buf";
import { dictNew, dictSet } from "./objects/dict";
import { funcNew, asCode } from "./objects/function";
import { errorsInit } from "./objects/errors";
import { vmRegistrationsInit } from "./vm/registrations";
import { builtinsInit } from "./builtins/init";
import { loadImage, imageReset } from "./vm/image";
import { framesInit, flCount, flBytes, flPeakBytes } from "./vm/frame";
import { config } from "./memory/config";
import { stats, statsReset } from "./vm/stats";
import { setMessage, appendMessage, appendNumber, messageReset } from "./vm/message";
import { pushFrame } from "./vm/call";
import { mainFunction, modulesInit, importModule } from "./vm/modules";
import { N } from "./objects/names";
import { ENTER, enterFrame } from "./vm/call";
import { setFrameHook, F_BACK, Hook, hookOf } from "./vm/frame";
import { takeExc } from "./objects/errors";
import { namesInit } from "./objects/names";
import { internedInit } from "./objects/interned";
import { decrefCall } from "./memory/refcount";
import { interpret, Status, exitCode, interpreterReset } from "./vm/interpreter";
import { tracebackReset } from "./vm/traceback";
import { rangesReset } from "./builtins/ranges";
import { schedulerInit, startMain, current, runcount, main, alive, aliveAdd } from "./stackless/scheduler";
import { TaskletObj, asTasklet } from "./stackless/tasklet";
import { alloc } from "./memory/heap";
import { flushStdout, ioReset } from "./builtins/io";
import { numfmtReset } from "./objects/numfmt";
import { formatReset } from "./objects/format";
import { hashReset } from "./objects/hash";
import { dictReset } from "./objects/dict";
import { mroCacheReset } from "./vm/classes";
import { nestingReset } from "./objects/nesting";
import { reprReset } from "./objects/repr";
import { intfloatReset } from "./objects/intfloat";
import { intViewsReset } from "./objects/int";
import { callReset } from "./vm/call";
import { subscriptReset } from "./vm/subscript";
import { iterateReset } from "./vm/iterate";
import { arithReset } from "./vm/arith";
import { intarithReset } from "./vm/intarith";
import { verifyReset } from "./vm/verify";
import { subclassReset } from "./vm/subclass";
import { itemeqArgsReset } from "./vm/itemeq";
import { attrArgsReset } from "./vm/attr";
import { dunderArgsReset } from "./vm/dunder";
import { refcountReset } from "./memory/refcount";
import { codecsReset } from "./builtins/codecs";
import { methodsReset } from "./builtins/methods";
import { mathReset } from "./builtins/math";
import { coreArgsReset } from "./builtins/core";
import { bytesArgsReset } from "./builtins/bytes";
import { dispatchArgsReset } from "./builtins/dispatch";
import { framesReset } from "./builtins/frames";
import { stacklessArgsReset } from "./builtins/stackless";
import { sortArgsReset } from "./builtins/sort";

import { INT_MAX_STR_DIGITS } from "./objects/intstr";
import { chargeReset } from "./objects/charge";
import { msgpackReset } from "./host/msgpack";

let initialized = false;
let loaded = false;
// vm_run's status once the program has finished (0 or 2), returned again by later calls; -1 before.
let finalStatus: i32 = -1;
let ran = false; // vm_run has run since the load

const MIN_BUDGET: u32 = 256 * 1024;
const PAGE: u32 = 65536;

// The settings vm_init takes, and a fresh set of counters.
export function configure(budgetBytes: u32, arenaBytes: u32, spill: u32, flCountMax: u32, flBytesMax: u32, flags: u32): void {
  config.budget = budgetBytes;
  config.arena = arenaBytes;
  config.spill = spill;
  config.freelistCount = flCountMax;
  config.freelistBytes = flBytesMax;
  config.zombieFrames = flags & 1;
  gcReset((flags & 2) != 0);
  setGilStress((flags & 4) != 0); // the stress configuration: the GIL changes hands at every checkpoint
  config.recursionLimit = 1000;
  config.intMaxStrDigits = INT_MAX_STR_DIGITS;
  config.switchInterval = 0.005; // CPython's default, read as 1,000 opcodes (stackless/threads.ts switchOps)
  config.checkInterval = 100;
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
  vmRegistrationsInit();
  builtinsInit();
  framesInit();
  schedulerInit();
  modulesInit();
}

// A used instance back to what instantiation gave, for the state init does not rebuild: each
// module's scratch globals and static blocks. With the heap zeroed (vmInit), init then makes the
// same objects at the same addresses as in a new instance (tests/host/reuse.test.ts checks it).
export function resetModules(): void {
  initialized = false;
  loaded = false;
  finalStatus = -1;
  ran = false;
  messageReset();
  memory.fill(statsBlock, 0, STATS_COUNT * 8);
  refcountReset(); destroyReset(); genFrameReset(); subclassDictReset(); subclassReset(); mroCacheReset(); hashReset(); dictReset(); nestingReset(); weakrefReset();
  imageReset(); verifyReset(); callReset(); interpreterReset(); tracebackReset();
  subscriptReset(); iterateReset(); arithReset(); intarithReset();
  numfmtReset(); formatReset(); reprReset(); intfloatReset(); intViewsReset();
  codecsReset(); methodsReset(); mathReset(); ioReset(); rangesReset();
  itemeqArgsReset(); attrArgsReset(); dunderArgsReset(); coreArgsReset(); bytesArgsReset();
  dispatchArgsReset(); framesReset(); stacklessArgsReset(); callbacksReset(); stacklessApiReset(); bombReset(); sortArgsReset(); chargeReset();
  requestsReset(); msgpackReset(); timersReset(); threadsReset(); channelsReset();
}

// The arena's share of the budget at most: the documented minimum budget (256 KiB) with the
// default arena (64 KiB) would leave too little heap for any image. A smaller arena only means
// more frames spill to the heap.
const ARENA_SHARE: u32 = 8;

export function vmInit(budgetBytes: u32, arenaBytes: u32, spill: u32, flCountMax: u32, flBytesMax: u32, flags: u32): i32 {
  resetModules();
  const staticEnd = (<u32>__heap_base + 15) & ~15;
  // fresh pages are zero: nothing may see an earlier program's bytes
  memory.fill(staticEnd, 0, (<u32>memory.size() << 16) - staticEnd);
  if (budgetBytes < MIN_BUDGET || budgetBytes < staticEnd + 65536) { setMessage("memory budget too small (minimum 256 KiB)"); return 1; }
  if (budgetBytes % PAGE) {
    // the VM commits whole pages: a partial last page would go past the budget
    setMessage("memory budget must be a whole number of 64 KiB pages, got ");
    appendNumber(budgetBytes);
    appendMessage(" bytes");
    return 1;
  }
  if (arenaBytes > budgetBytes / ARENA_SHARE) arenaBytes = budgetBytes / ARENA_SHARE;
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
  if (!p) imageTooBig(len);
  return p;
}

function imageTooBig(len: u32): void {
  setMessage("the image (");
  appendNumber(len);
  appendMessage(" bytes) does not fit in the memory budget (");
  appendNumber(budget);
  appendMessage(" bytes)");
}

export function vmLoad(ptr: u32, len: u32): i32 {
  if (!initialized || loaded) { setMessage("call vm_init before loading an image, once per init"); return 1; }
  // running out of memory while loading means the budget is too small, not a malformed image
  if (!loadImage(ptr, len)) { if (outOfMemory) imageTooBig(len); return 2; }
  stats.imageBytes = len;
  const fn = mainFunction();
  if (!fn) { imageTooBig(len); return 3; }
  // a placeholder tasklet to own the first frame's accounting until main exists
  startMain(0);
  const t = asTasklet(main);
  const f = pushFrame(t, fn, 0, 0, 0, 0);
  decrefCall(fn);
  if (!f) { imageTooBig(len); return 3; }
  t.frame = f;
  aliveAdd(1);
  // the prelude (if the image has one) runs first, on top of __main__'s first frame
  const pr = importModule(N.prelude_);
  if (pr == ENTER) {
    setFrameHook(enterFrame, hookOf(Hook.DISCARD, 0));
    store<u32>(enterFrame, f, F_BACK);
    t.frame = enterFrame;
  } else if (pr) decrefCall(pr);
  else decrefCall(takeExc()); // no prelude in this image
  loaded = true;
  return 0;
}

export function vmRun(ops: u32): i32 {
  if (!loaded) { setMessage("no image loaded"); return Status.ERROR; }
  if (finalStatus >= 0) return finalStatus; // finished: it stays finished until the next init
  ran = true;
  wakeDueTimers();
  let s = runFor(ops);
  // (a host request that was given up and ends now needs no answer: go on)
  while (s == Status.REQUEST) s = runFor(ops);
  return s;
}

function runFor(ops: u32): i32 {
  const s = interpret(<i64>ops);
  flushStdout();
  if (s == Status.DONE || s == Status.ERROR) finalStatus = s;
  return s;
}

// vm_host: run the request in the transfer buffer (host/requests.ts) for at most `ops` opcodes
// (0: no limit). Returns a Reply; the reply block holds the value or the error record.
export function vmHost(len: u32, ops: u32): i32 {
  if (!loaded || finalStatus >= 0) { setMessage(!loaded ? "no image loaded" : "the program has ended"); return Reply.REFUSED; }
  // the prelude (host_request itself) and the script's top level run in the first vm_run
  if (!ran) { setMessage("the program has not started: tick once first (its top level runs then)"); return Reply.REFUSED; }
  const started = startRequest(len);
  if (started >= 0) return started;
  const s = runFor(ops);
  if (s == Status.REQUEST && requestEnded()) return finishRequest();
  giveUpRequest();
  if (s == Status.DONE || s == Status.ERROR) { setMessage("the program ended during the host request"); return Reply.REFUSED; }
  return Reply.GIVEN_UP;
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
  store<f64>(values, <f64>memoryNeeded(), 72);
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
