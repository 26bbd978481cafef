// Test support only (used by tests/assembly/*.spec.ts, never by the runtime): vmInit's steps with
// the object heap placed on a caller-chosen address range instead of at __heap_base, where a spec
// framework's own allocator lives.
import { heap, arenaInit } from "../memory/heap";
import { regionInit } from "../memory/region";
import { createBuiltinTypes } from "../objects/type";
import { strInit } from "../objects/str";
import { tupleInit } from "../objects/tuple";
import { singletonsInit } from "../objects/singletons";
import { excTypesInit } from "../objects/exception";
import { bufInit } from "../objects/buf";
import { errorsInit } from "./errors";
import { builtinsInit } from "../builtins/init";
import { framesInit } from "./frame";
import { schedulerInit } from "../stackless/scheduler";
import { config } from "./config";
import { statsReset } from "./stats";

// Like vmInit, but the heap is [base, limit), which the caller must own and must already be
// committed linear memory. Returns 0, or 2 when the arena does not fit.
export function vmInitAt(base: u32, limit: u32, arenaBytes: u32, spill: u32, flCountMax: u32, flBytesMax: u32, flags: u32): i32 {
  config.budget = limit;
  config.arena = arenaBytes;
  config.spill = spill;
  config.freelistCount = flCountMax;
  config.freelistBytes = flBytesMax;
  config.zombieFrames = flags & 1;
  config.recursionLimit = 1000;
  statsReset();
  regionInit(heap, base, limit, false);
  createBuiltinTypes();
  strInit();
  tupleInit();
  singletonsInit();
  excTypesInit();
  bufInit();
  errorsInit();
  builtinsInit();
  framesInit();
  schedulerInit();
  if (!arenaInit(arenaBytes)) return 2;
  return 0;
}
