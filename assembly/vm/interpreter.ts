// The interpreter loop: one loop for every frame of every tasklet. A Python call pushes a frame
// and continues here; a return pops it; a switch loads another tasklet's top frame. Nothing
// re-enters this function, so the wasm stack depth stays constant however deep the program goes.
import { Value, Kind, isSmall, smallValue, fromSmall, SMALL_MIN, SMALL_MAX } from "../objects/object";
import { kindOf, typeOf, asType, isSubtype, intType } from "../objects/type";
import { intFromI64, intValue } from "../objects/int";
import { asStr, STR_HEADER, strNew, emptyStr, strFromBytes } from "../objects/str";
import { tupleNew, tupleSet, tupleFrom, tupleLen, tupleGet, tupleItems, emptyTuple } from "../objects/tuple";
import { listNew, listAppend, asList } from "../objects/list";
import { dictNew, dictGet, dictSet, dictPop } from "../objects/dict";
import { sliceNew } from "../objects/range";
import { asFunc, asCode, CodeObj, funcNew, cellNew, asCell, asBuiltin } from "../objects/function";
import { excNew, asExc, BaseException, TaskletExit, SystemExit, NameError, UnboundLocalError,
  TypeError, RuntimeError, AssertionError, ModuleNotFoundError, ImportError, SystemError } from "../objects/exception";
import { None, True, False, pyBool } from "../objects/singletons";
import { incref, decref } from "../memory/refcount";
import { bufLen, bufLit, bufBytes } from "../objects/buf";
import { Op } from "./opcodes";
import { F_BACK, F_FUNC, F_PC, F_SP, F_LOCALS, frameRelease } from "./frame";
import { curExc, takeExc, raiseValue, raiseLit, raiseBuf, raiseMemoryError, raiseTypeMsg } from "./errors";
import { imageStr, imageConst, lineOf } from "./image";
import { binaryOp, unaryOp } from "./arith";
import { compareOp, contains } from "./compare";
import { truthy } from "./protocol";
import { getIter, iterNext, exhausted, unpack } from "./iterate";
import { getItem, setItem, delItem } from "./subscript";
import { getAttr, loadMethod, setAttr } from "./attr";
import { pushFrame, argsMoved, taskletSetup } from "./call";
import { addTraceback, printTraceback } from "./traceback";
import { stats } from "./stats";
import { strOf, reprOf } from "../builtins/core";
import { formatWithSpec } from "../objects/format";
import { bufStr, bufReset } from "../objects/buf";
import { callNative } from "../builtins/dispatch";
import { builtins, nativeModules } from "../builtins/init";
import { TaskletObj, TF, asTasklet } from "../stackless/tasklet";
import { current, main, mainFinished, SWITCHED, dequeue, resumeMainFromRun, setCurrent, markMainFinished } from "../stackless/scheduler";
import { unblock, channelAction, CF } from "../stackless/channels";
import { asChannel } from "../stackless/channel";
import { enqueueFront, alive, aliveAdd, wdOps, wdLeft, wdSoft, wdTotal, wdPending, setWdLeft, setWdPending } from "../stackless/scheduler";
import { flushStdout, writeStderr } from "../builtins/io";
import { writeStr } from "../objects/repr";
import { bufPtr } from "../objects/buf";

export namespace Status {
  export const DONE: i32 = 0;
  export const YIELD: i32 = 1;
  export const ERROR: i32 = 2;
  export const IDLE: i32 = 3;
}

// Set when a bare re-raise must not add this frame to the traceback again.
let skipTb: bool = false;

// The loader proves stack depths; these checks cover what it cannot see (a value of the wrong
// kind where the bytecode expects a cell, a code object, an exception…), so a damaged image ends
// in a Python SystemError rather than a trap.
function badBytecode(): void {
  raiseLit(SystemError, "bad bytecode: an operand has the wrong type");
}

@inline function isKind(v: Value, k: u32): bool { return !isSmall(v) && v != 0 && kindOf(v) == k; }

function nameError(name: Value): void {
  const mark = bufLen;
  bufLit("name '");
  bufBytes(name + STR_HEADER, asStr(name).len);
  bufLit("' is not defined");
  raiseBuf(NameError, mark);
}

function unboundLocal(code: CodeObj, slot: u32): void {
  const name = imageStr(load<u32>(code.localNames + (slot << 2)));
  const mark = bufLen;
  bufLit("cannot access local variable '");
  bufBytes(name + STR_HEADER, asStr(name).len);
  bufLit("' where it is not associated with a value");
  raiseBuf(UnboundLocalError, mark);
}

// Call anything but a Python function. Returns a new reference, 0 (error) or SWITCHED.
function callObject(callable: Value, self: Value, args: u32, n: u32, kw: Value): Value {
  const k = kindOf(callable);
  if (k == Kind.BUILTIN) {
    const b = asBuiltin(callable);
    return callNative(b.id, self ? self : b.self, args, n, kw);
  }
  if (k == Kind.TYPE) {
    const t = asType(callable);
    if (t.kind == Kind.EXCEPTION) {
      if (kw && tupleLen(kw)) { raiseTypeMsg("", callable, " does not take keyword arguments"); return 0; }
      const a = tupleFrom(args, n);
      if (!a) { raiseMemoryError(); return 0; }
      const e = excNew(callable, a);
      if (!e) { decref(a); raiseMemoryError(); }
      return e;
    }
    if (t.ctor) return callNative(t.ctor, 0, args, n, kw);
    const mark = bufLen;
    bufLit("cannot create '");
    bufBytes(t.name + STR_HEADER, asStr(t.name).len);
    bufLit("' instances");
    raiseBuf(TypeError, mark);
    return 0;
  }
  if (k == Kind.TASKLET) return taskletSetup(callable, args, n, kw);
  raiseTypeMsg("", callable, " object is not callable");
  return 0;
}

// An exception instance from what `raise` was given (taken), or 0 with TypeError pending.
function makeRaisable(v: Value): Value {
  const k = kindOf(v);
  if (k == Kind.EXCEPTION) return v;
  if (k == Kind.TYPE && asType(v).kind == Kind.EXCEPTION) {
    incref(emptyTuple);
    const e = excNew(v, emptyTuple);
    decref(v);
    if (!e) { decref(emptyTuple); raiseMemoryError(); }
    return e;
  }
  decref(v);
  raiseLit(TypeError, "exceptions must derive from BaseException");
  return 0;
}

function excMatches(exc: Value, t: Value): i32 {
  if (kindOf(t) == Kind.TUPLE) {
    for (let i: u32 = 0; i < tupleLen(t); i++) {
      const r = excMatches(exc, tupleGet(t, i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (kindOf(t) != Kind.TYPE || asType(t).kind != Kind.EXCEPTION) {
    raiseLit(TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return isSubtype(typeOf(exc), t) ? 1 : 0;
}

// The process exit status the program asked for: 1 after an uncaught exception, n after
// sys.exit(n), 0 otherwise (vm_exit_code).
export let exitCode: i32 = 0;

// What ends the VM when main dies of an exception (or SystemExit asks to stop).
function mainDied(exc: Value): i32 {
  exitCode = 1;
  if (isSubtype(typeOf(exc), SystemExit)) {
    const args = asExc(exc).args;
    const code = tupleLen(args) ? tupleGet(args, 0) : None;
    if (code == None || code == fromSmall(0)) { exitCode = 0; decref(exc); return Status.DONE; }
    if (kindOf(code) == Kind.INT || kindOf(code) == Kind.BOOL) exitCode = <i32>intValue(code);
    else {
      // sys.exit("message") prints the message, like CPython
      flushStdout();
      const mark = bufLen;
      writeStr(code);
      bufLit("\n");
      writeStderr(bufPtr + mark, bufLen - mark);
      bufReset(mark);
    }
    decref(exc);
    return exitCode == 0 ? Status.DONE : Status.ERROR;
  }
  flushStdout();
  printTraceback(exc);
  decref(exc);
  return Status.ERROR;
}

// The running tasklet's bottom frame is gone. exc: the uncaught exception (taken) or 0.
// Returns a status to stop with, or -1 to carry on with `current`.
function taskletEnded(tv: Value, exc: Value): i32 {
  const t = asTasklet(tv);
  t.frame = 0;
  t.flags &= ~TF.ALIVE;
  aliveAdd(-1);
  const isMain = tv == main;
  const next = t.next;
  dequeue(tv);
  if (isMain) markMainFinished();
  if (next != tv) setCurrent(next);
  else if (!resumeMainFromRun()) setCurrent(0);
  decref(tv); // the run queue's reference
  if (!exc) return -1;
  if (isMain) return mainDied(exc);
  if (isSubtype(typeOf(exc), TaskletExit)) { decref(exc); return -1; }
  if (mainFinished) return mainDied(exc);
  // Stackless: an uncaught exception in a tasklet is raised in the main tasklet
  const m = asTasklet(main);
  if (m.flags & TF.BLOCKED) unblock(main);
  if (m.flags & TF.IN_RUN) m.flags &= ~TF.IN_RUN;
  if (!(m.flags & TF.SCHEDULED)) enqueueFront(main);
  decref(m.tempval);
  m.tempval = exc;
  m.flags = (m.flags & ~TF.RESUME_PUSH) | TF.RESUME_RAISE;
  setCurrent(main);
  return -1;
}

export function resetExitCode(): void { exitCode = 0; }

// The watchdog fired: the running tasklet leaves the run queue and stackless.run() returns it.
function watchdogInterrupt(tv: Value): void {
  dequeue(tv); // its queue reference becomes run()'s return value
  const m = asTasklet(main);
  resumeMainFromRun();
  decref(m.tempval);
  m.tempval = tv;
}

// Run until `ops` opcodes have executed (0: no limit). Returns a Status.

export function interpret(ops: i64): i32 {
  let hostLeft: i64 = ops > 0 ? ops : i64.MAX_VALUE;
  // ops run in a slice = sliceLen - ticks; a slice ends at a switch or when ticks run out
  let ticks: i64 = 0;
  let sliceLen: i64 = 0;
  while (true) {
    const used = sliceLen - ticks;
    hostLeft -= used;
    stats.opcodes += used;
    if (wdOps) setWdLeft(wdTotal ? wdLeft - used : wdOps); // the slice restarts at every switch
    sliceLen = 0;
    ticks = 0;
    // soft watchdog: the expired run() takes over at this switch point
    if (wdPending && wdSoft && current && current != main) resumeMainFromRun();
    if (!current) return alive > 0 ? Status.IDLE : Status.DONE;
    // load the current tasklet's top frame
    let tv = current;
    let t = asTasklet(tv);
    let f = t.frame;
    let func = load<u32>(f, F_FUNC);
    let code = asCode(asFunc(func).code);
    let globals = asFunc(func).globals;
    let locals = f + F_LOCALS;
    let pc = load<u32>(f, F_PC);
    let sp = load<u32>(f, F_SP);
    let err = false;
    if (t.flags & (TF.RESUME_PUSH | TF.RESUME_RAISE)) {
      // the call that switched away returns tempval now, or raises it if it is a bomb
      const raise = (t.flags & (TF.RESUME_RAISE | TF.BOMB)) != 0;
      t.flags &= ~(TF.RESUME_PUSH | TF.RESUME_RAISE | TF.BOMB);
      let v = t.tempval;
      t.tempval = 0;
      if (raise) { raiseValue(v); err = true; }
      else { if (!v) v = None; store<u32>(sp, v); sp += 4; }
    }
    sliceLen = wdOps && wdLeft < hostLeft ? wdLeft : hostLeft;
    ticks = sliceLen;
    let leave = false;
    while (true) {
      if (err) {
        err = false;
        const exc = curExc;
        const at = (pc - 4 - code.instr) >> 2;
        if (skipTb) skipTb = false;
        else addTraceback(exc, changetype<usize>(code), lineOf(changetype<usize>(code), at));
        // the first exception-table entry covering `at`
        let handled = false;
        for (let k: u32 = 0; k < code.nexc; k++) {
          const e = code.exc + (k << 4);
          if (load<u32>(e) <= at && at < load<u32>(e, 4)) {
            const depth = load<u32>(e, 12);
            const base = locals + (code.nlocals << 2) + (depth << 2);
            while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
            store<u32>(sp, takeExc()); sp += 4;
            pc = code.instr + (load<u32>(e, 8) << 2);
            handled = true;
            break;
          }
        }
        if (handled) continue;
        // no handler: pop the frame and look in the caller
        const back = load<u32>(f, F_BACK);
        frameRelease(t, f, sp);
        if (back) {
          f = back;
          t.frame = f;
          func = load<u32>(f, F_FUNC);
          code = asCode(asFunc(func).code);
          globals = asFunc(func).globals;
          locals = f + F_LOCALS;
          pc = load<u32>(f, F_PC);
          sp = load<u32>(f, F_SP);
          err = true;
          continue;
        }
        const status = taskletEnded(tv, takeExc());
        if (status >= 0) { stats.opcodes += sliceLen - ticks; return status; }
        break;
      }
      if (--ticks < 0) {
        // the slice is used up: the host's budget, or the watchdog's
        hostLeft -= sliceLen;
        stats.opcodes += sliceLen;
        if (wdOps) setWdLeft(wdLeft - sliceLen);
        sliceLen = 0;
        ticks = 0;
        store<u32>(f, pc, F_PC);
        store<u32>(f, sp, F_SP);
        t.frame = f;
        if (hostLeft <= 0) {
          // back to the host; once main has returned, a tasklet that used up a whole tick goes
          // to the back of the queue, so non-yielding tasklets share the host's ticks
          if (mainFinished && t.next != tv) setCurrent(t.next);
          return Status.YIELD;
        }
        if (wdOps && wdLeft <= 0) {
          if (wdSoft) { setWdPending(true); setWdLeft(i64.MAX_VALUE); }
          else if (t.flags & TF.ATOMIC) { setWdPending(true); setWdLeft(1); } // fire once atomic drops
          else { watchdogInterrupt(tv); leave = true; break; }
        }
        sliceLen = wdOps && wdLeft < hostLeft ? wdLeft : hostLeft;
        ticks = sliceLen;
        continue;
      }
      const w = load<u32>(pc);
      pc += 4;
      const arg = w >>> 8;
      switch (<i32>(w & 0xFF)) {
        case Op.NOP: continue;
        case Op.POP_TOP: { sp -= 4; decref(load<u32>(sp)); continue; }
        case Op.DUP_TOP: { const v = load<u32>(sp - 4); incref(v); store<u32>(sp, v); sp += 4; continue; }
        case Op.DUP_TOP_TWO: {
          const a = load<u32>(sp - 8), b = load<u32>(sp - 4);
          incref(a); incref(b);
          store<u32>(sp, a); store<u32>(sp + 4, b); sp += 8;
          continue;
        }
        case Op.ROT_TWO: {
          const a = load<u32>(sp - 8);
          store<u32>(sp - 8, load<u32>(sp - 4));
          store<u32>(sp - 4, a);
          continue;
        }
        case Op.ROT_THREE: {
          const c = load<u32>(sp - 4);
          store<u32>(sp - 4, load<u32>(sp - 8));
          store<u32>(sp - 8, load<u32>(sp - 12));
          store<u32>(sp - 12, c);
          continue;
        }
        case Op.ROT_FOUR: {
          const d = load<u32>(sp - 4);
          store<u32>(sp - 4, load<u32>(sp - 8));
          store<u32>(sp - 8, load<u32>(sp - 12));
          store<u32>(sp - 12, load<u32>(sp - 16));
          store<u32>(sp - 16, d);
          continue;
        }
        case Op.LOAD_CONST: {
          const v = imageConst(arg);
          incref(v);
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Op.LOAD_FAST: {
          const v = load<u32>(locals + (arg << 2));
          if (!v) { unboundLocal(code, arg); break; }
          incref(v);
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Op.STORE_FAST: {
          sp -= 4;
          const p = locals + (arg << 2);
          const old = load<u32>(p);
          store<u32>(p, load<u32>(sp));
          decref(old);
          continue;
        }
        case Op.DELETE_FAST: {
          const p = locals + (arg << 2);
          const old = load<u32>(p);
          if (!old) { unboundLocal(code, arg); break; }
          store<u32>(p, 0);
          decref(old);
          continue;
        }
        case Op.LOAD_DEREF: {
          const cell = load<u32>(locals + (arg << 2));
          if (!isKind(cell, Kind.CELL)) { badBytecode(); break; }
          const v = asCell(cell).value;
          if (!v) {
            const name = imageStr(load<u32>(code.localNames + (arg << 2)));
            const mark = bufLen;
            bufLit("cannot access free variable '");
            bufBytes(name + STR_HEADER, asStr(name).len);
            bufLit("' where it is not associated with a value in enclosing scope");
            raiseBuf(NameError, mark);
            break;
          }
          incref(v);
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Op.STORE_DEREF: {
          const cellV = load<u32>(locals + (arg << 2));
          if (!isKind(cellV, Kind.CELL)) { badBytecode(); break; }
          sp -= 4;
          const c = asCell(cellV);
          const old = c.value;
          c.value = load<u32>(sp);
          decref(old);
          continue;
        }
        case Op.LOAD_CLOSURE: {
          const cell = load<u32>(locals + (arg << 2));
          incref(cell);
          store<u32>(sp, cell); sp += 4;
          continue;
        }
        case Op.MAKE_CELL: {
          const p = locals + (arg << 2);
          const cell = cellNew(load<u32>(p));
          if (!cell) { raiseMemoryError(); break; }
          store<u32>(p, cell);
          continue;
        }
        case Op.COPY_FREE_VARS: {
          const closure = asFunc(func).closure;
          if (!closure || tupleLen(closure) < arg) { badBytecode(); break; }
          const first = code.nlocals - arg;
          for (let i: u32 = 0; i < arg; i++) {
            const cell = tupleGet(closure, i);
            incref(cell);
            const slot = locals + ((first + i) << 2);
            const old = load<u32>(slot);
            store<u32>(slot, cell);
            decref(old);
          }
          continue;
        }
        case Op.LOAD_GLOBAL: {
          const name = imageStr(arg);
          let v = dictGet(globals, name);
          if (!v) v = dictGet(builtins, name);
          if (!v) { if (!curExc) nameError(name); break; }
          incref(v);
          store<u32>(sp, v); sp += 4;
          continue;
        }
        case Op.STORE_GLOBAL: {
          sp -= 4;
          const v = load<u32>(sp);
          const ok = dictSet(globals, imageStr(arg), v);
          decref(v);
          if (!ok) { if (!curExc) raiseMemoryError(); break; }
          continue;
        }
        case Op.DELETE_GLOBAL: {
          const old = dictPop(globals, imageStr(arg));
          if (!old) { if (!curExc) nameError(imageStr(arg)); break; }
          decref(old);
          continue;
        }
        case Op.LOAD_ATTR: {
          const o = load<u32>(sp - 4);
          const v = getAttr(o, imageStr(arg));
          if (!v) break;
          store<u32>(sp - 4, v);
          decref(o);
          continue;
        }
        case Op.STORE_ATTR: {
          const o = load<u32>(sp - 4), v = load<u32>(sp - 8);
          const ok = setAttr(o, imageStr(arg), v);
          sp -= 8;
          decref(o);
          decref(v);
          if (!ok) break;
          continue;
        }
        case Op.LOAD_METHOD: {
          const o = load<u32>(sp - 4);
          if (!loadMethod(o, imageStr(arg), sp - 4)) break;
          sp += 4;
          decref(o);
          continue;
        }
        case Op.BINARY_OP: {
          const b = load<u32>(sp - 4), a = load<u32>(sp - 8);
          if ((a & b & 1) != 0 && (arg == 0 || arg == 1 || arg == 16 || arg == 17)) {
            // small int + / - : the common case, no allocation unless it overflows 31 bits
            const r: i32 = (arg & 1) ? smallValue(a) - smallValue(b) : smallValue(a) + smallValue(b);
            if (r >= <i32>SMALL_MIN && r <= <i32>SMALL_MAX) {
              sp -= 4;
              store<u32>(sp - 4, fromSmall(r));
              continue;
            }
          }
          let r: Value = 0;
          if ((arg & 15) <= 2 && typeOf(a) == intType && typeOf(b) == intType) {
            // int + - * beyond 31 bits: 64-bit arithmetic with overflow checks, no dispatch
            const x = intValue(a), y = intValue(b);
            const op3 = arg & 15;
            let z: i64 = 0, ok = true;
            if (op3 == 0) { z = x + y; ok = ((x ^ z) & (y ^ z)) >= 0; }
            else if (op3 == 1) { z = x - y; ok = ((x ^ y) & (x ^ z)) >= 0; }
            else { z = x * y; ok = x == 0 || (z / x == y && !(x == -1 && y == i64.MIN_VALUE)); }
            if (ok) { r = intFromI64(z); if (!r) { raiseMemoryError(); break; } }
          }
          if (!r) r = binaryOp(arg, a, b);
          if (!r) break;
          sp -= 4;
          store<u32>(sp - 4, r);
          decref(a);
          decref(b);
          continue;
        }
        case Op.UNARY_OP: {
          const a = load<u32>(sp - 4);
          const r = unaryOp(arg, a);
          if (!r) break;
          store<u32>(sp - 4, r);
          decref(a);
          continue;
        }
        case Op.COMPARE_OP: {
          const b = load<u32>(sp - 4), a = load<u32>(sp - 8);
          if ((a & b & 1) != 0) {
            const x = smallValue(a), y = smallValue(b);
            let c = false;
            switch (arg) {
              case 0: c = x < y; break;
              case 1: c = x <= y; break;
              case 2: c = x == y; break;
              case 3: c = x != y; break;
              case 4: c = x > y; break;
              default: c = x >= y;
            }
            sp -= 4;
            store<u32>(sp - 4, c ? True : False);
            continue;
          }
          const r = compareOp(arg, a, b);
          if (!r) break;
          sp -= 4;
          store<u32>(sp - 4, r);
          decref(a);
          decref(b);
          continue;
        }
        case Op.IS_OP: {
          const b = load<u32>(sp - 4), a = load<u32>(sp - 8);
          sp -= 4;
          store<u32>(sp - 4, pyBool((a == b) != (arg == 1)));
          decref(a);
          decref(b);
          continue;
        }
        case Op.CONTAINS_OP: {
          const b = load<u32>(sp - 4), a = load<u32>(sp - 8);
          const r = contains(b, a);
          if (r < 0) break;
          sp -= 4;
          store<u32>(sp - 4, pyBool((r == 1) != (arg == 1)));
          decref(a);
          decref(b);
          continue;
        }
        case Op.BINARY_SUBSCR: {
          const k = load<u32>(sp - 4), o = load<u32>(sp - 8);
          const r = getItem(o, k);
          if (!r) break;
          sp -= 4;
          store<u32>(sp - 4, r);
          decref(o);
          decref(k);
          continue;
        }
        case Op.STORE_SUBSCR: {
          const k = load<u32>(sp - 4), o = load<u32>(sp - 8), v = load<u32>(sp - 12);
          const ok = setItem(o, k, v);
          sp -= 12;
          decref(k); decref(o); decref(v);
          if (!ok) break;
          continue;
        }
        case Op.DELETE_SUBSCR: {
          const k = load<u32>(sp - 4), o = load<u32>(sp - 8);
          const ok = delItem(o, k);
          sp -= 8;
          decref(k); decref(o);
          if (!ok) break;
          continue;
        }
        case Op.BUILD_SLICE: {
          const step = arg == 3 ? load<u32>(sp - 4) : None;
          const top = arg == 3 ? sp - 4 : sp;
          const s = sliceNew(load<u32>(top - 8), load<u32>(top - 4), step);
          if (!s) { raiseMemoryError(); break; }
          sp -= arg << 2;
          store<u32>(sp, s); sp += 4;
          continue;
        }
        case Op.BUILD_TUPLE: {
          let t2: Value = emptyTuple;
          if (arg) {
            t2 = tupleNew(arg);
            if (!t2) { raiseMemoryError(); break; }
            sp -= arg << 2;
            memory.copy(tupleItems(t2), sp, arg << 2);
          } else incref(t2);
          store<u32>(sp, t2); sp += 4;
          continue;
        }
        case Op.BUILD_LIST: {
          const l = listNew(arg);
          if (!l) { raiseMemoryError(); break; }
          sp -= arg << 2;
          memory.copy(asList(l).items, sp, arg << 2);
          asList(l).len = arg;
          store<u32>(sp, l); sp += 4;
          continue;
        }
        case Op.BUILD_MAP: {
          const d = dictNew();
          if (!d) { raiseMemoryError(); break; }
          const base = sp - (arg << 3);
          let ok = true;
          for (let i: u32 = 0; i < arg && ok; i++) ok = dictSet(d, load<u32>(base + (i << 3)), load<u32>(base + (i << 3) + 4));
          if (!ok) { decref(d); if (!curExc) raiseMemoryError(); break; }
          while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
          store<u32>(sp, d); sp += 4;
          continue;
        }
        case Op.BUILD_STRING: {
          const base = sp - (arg << 2);
          let total: u32 = 0, chars: u32 = 0;
          let allStr = true;
          for (let i: u32 = 0; i < arg; i++) allStr = allStr && isKind(load<u32>(base + (i << 2)), Kind.STR);
          if (!allStr) { badBytecode(); break; }
          for (let i: u32 = 0; i < arg; i++) { const s = load<u32>(base + (i << 2)); total += asStr(s).len; chars += asStr(s).nchars; }
          const r = strNew(total);
          if (!r) { raiseMemoryError(); break; }
          let at: u32 = 0;
          for (let i: u32 = 0; i < arg; i++) {
            const s = load<u32>(base + (i << 2));
            memory.copy(r + STR_HEADER + at, s + STR_HEADER, asStr(s).len);
            at += asStr(s).len;
          }
          asStr(r).nchars = chars;
          while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
          store<u32>(sp, r); sp += 4;
          continue;
        }
        case Op.FORMAT_VALUE: {
          const spec = (arg & 4) ? load<u32>(sp - 4) : 0;
          if (spec && !isKind(spec, Kind.STR)) { badBytecode(); break; }
          const vAt = (arg & 4) ? sp - 8 : sp - 4;
          const v = load<u32>(vAt);
          const conv = arg & 3;
          let r: Value = 0;
          if (conv == 0 && !spec) r = strOf(v);
          else {
            let x = v;
            if (conv == 1) x = strOf(v); else if (conv >= 2) x = reprOf(v); else incref(x);
            if (!x) break;
            if (!spec) r = x;
            else {
              const mark = bufLen;
              if (formatWithSpec(x, spec)) { r = bufStr(mark); if (!r) raiseMemoryError(); }
              else bufReset(mark);
              decref(x);
            }
          }
          if (!r) break;
          if (spec) { sp -= 4; decref(spec); }
          store<u32>(sp - 4, r);
          decref(v);
          continue;
        }
        case Op.LIST_APPEND: {
          if (!isKind(load<u32>(sp - 4 - (arg << 2)), Kind.LIST)) { badBytecode(); break; }
          sp -= 4;
          if (!listAppend(load<u32>(sp - (arg << 2)), load<u32>(sp))) { raiseMemoryError(); break; }
          continue;
        }
        case Op.UNPACK_SEQUENCE: {
          const seq = load<u32>(sp - 4);
          if (!unpack(seq, arg, sp - 4)) break;
          sp += (arg << 2) - 4;
          decref(seq);
          continue;
        }
        case Op.GET_ITER: {
          const o = load<u32>(sp - 4);
          const it = getIter(o);
          if (!it) break;
          store<u32>(sp - 4, it);
          decref(o);
          continue;
        }
        case Op.FOR_ITER: {
          const itv = load<u32>(sp - 4);
          if (isKind(itv, Kind.CHANNEL)) {
            // for x in channel: receive until the channel is closing and empty
            const c = asChannel(itv);
            if ((c.flags & CF.CLOSING) && c.balance == 0) {
              sp -= 4;
              decref(itv);
              pc = code.instr + (arg << 2);
              continue;
            }
            const r = channelAction(itv, None, -1, false);
            if (r == SWITCHED) {
              // resumes with the received value pushed: exactly FOR_ITER's result
              store<u32>(f, pc, F_PC);
              store<u32>(f, sp, F_SP);
              t.frame = f;
              leave = true;
              break;
            }
            if (!r) break;
            store<u32>(sp, r); sp += 4;
            continue;
          }
          const x = iterNext(itv);
          if (x) { store<u32>(sp, x); sp += 4; continue; }
          if (!exhausted) break;
          sp -= 4;
          decref(load<u32>(sp));
          pc = code.instr + (arg << 2);
          continue;
        }
        case Op.JUMP: {
          pc = code.instr + (arg << 2);
          continue;
        }
        case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: {
          const v = load<u32>(sp - 4);
          let tr: i32;
          if (v == True) tr = 1; else if (v == False) tr = 0; else tr = truthy(v);
          if (tr < 0) break;
          sp -= 4;
          decref(v);
          if ((tr == 1) == ((w & 0xFF) == <u32>Op.POP_JUMP_IF_TRUE)) pc = code.instr + (arg << 2);
          continue;
        }
        case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
          const v = load<u32>(sp - 4);
          const tr = truthy(v);
          if (tr < 0) break;
          if ((tr == 1) == ((w & 0xFF) == <u32>Op.JUMP_IF_TRUE_OR_POP)) pc = code.instr + (arg << 2);
          else { sp -= 4; decref(v); }
          continue;
        }
        case Op.CALL: case Op.CALL_KW: case Op.CALL_METHOD: {
          const op = <i32>(w & 0xFF);
          let n = arg;
          let kw: Value = 0;
          if (op == Op.CALL_KW) {
            kw = load<u32>(sp - 4);
            if (!isKind(kw, Kind.TUPLE) || tupleLen(kw) > n) { badBytecode(); break; }
            let names = true;
            for (let i: u32 = 0; i < tupleLen(kw); i++) names = names && isKind(tupleGet(kw, i), Kind.STR);
            if (!names) { badBytecode(); break; }
          }
          const top = op == Op.CALL_KW ? sp - 4 : sp;
          let base: u32, argsAt: u32, self: Value = 0;
          if (op == Op.CALL_METHOD) {
            base = top - ((n + 2) << 2);
            self = load<u32>(base + 4);
            argsAt = base + 8;
          } else {
            base = top - ((n + 1) << 2);
            argsAt = base + 4;
          }
          const callable = load<u32>(base);
          if (kindOf(callable) == Kind.FUNCTION) {
            if (self) { argsAt = base + 4; n++; }
            const nf = pushFrame(t, callable, argsAt, n, kw);
            if (!nf) break;
            if (argsMoved) {
              // the frame owns the arguments now; release what else the call held
              if (self == 0 && op == Op.CALL_METHOD) { /* empty self slot */ }
              decref(kw);
            } else {
              for (let p = argsAt; p < top; p += 4) decref(load<u32>(p));
              decref(kw);
            }
            decref(callable);
            sp = base;
            store<u32>(f, pc, F_PC);
            store<u32>(f, sp, F_SP);
            store<u32>(nf, f, F_BACK);
            t.frame = nf;
            f = nf;
            func = callable;
            code = asCode(asFunc(func).code);
            globals = asFunc(func).globals;
            locals = f + F_LOCALS;
            pc = code.instr;
            sp = load<u32>(f, F_SP);
            continue;
          }
          const r = callObject(callable, self, argsAt, n, kw);
          while (sp > base) { sp -= 4; decref(load<u32>(sp)); }
          if (r == SWITCHED) {
            store<u32>(f, pc, F_PC);
            store<u32>(f, sp, F_SP);
            t.frame = f;
            leave = true;
            break;
          }
          if (!r) break;
          store<u32>(sp, r); sp += 4;
          continue;
        }
        case Op.MAKE_FUNCTION: {
          const codeV = load<u32>(sp - 4);
          let at = sp - 4;
          let closure: Value = 0, kwdefaults: Value = 0, defaults: Value = 0;
          if (arg & 8) { at -= 4; closure = load<u32>(at); }
          if (arg & 2) { at -= 4; kwdefaults = load<u32>(at); }
          if (arg & 1) { at -= 4; defaults = load<u32>(at); }
          if (!isKind(codeV, Kind.CODE) || (closure && !isKind(closure, Kind.TUPLE)) ||
              (kwdefaults && !isKind(kwdefaults, Kind.DICT)) || (defaults && !isKind(defaults, Kind.TUPLE)) ||
              (arg & ~11) != 0 || (closure && tupleLen(closure) != asCode(codeV).nfrees) ||
              (defaults && tupleLen(defaults) > asCode(codeV).argcount)) { badBytecode(); break; }
          incref(globals);
          const fn = funcNew(codeV, globals, defaults, kwdefaults, closure);
          if (!fn) {
            decref(globals);
            raiseMemoryError();
            break;
          }
          sp = at;
          store<u32>(sp, fn); sp += 4;
          continue;
        }
        case Op.RETURN_VALUE: {
          sp -= 4;
          const v = load<u32>(sp);
          const back = load<u32>(f, F_BACK);
          frameRelease(t, f, sp);
          if (back) {
            f = back;
            t.frame = f;
            func = load<u32>(f, F_FUNC);
            code = asCode(asFunc(func).code);
            globals = asFunc(func).globals;
            locals = f + F_LOCALS;
            pc = load<u32>(f, F_PC);
            sp = load<u32>(f, F_SP);
            store<u32>(sp, v); sp += 4;
            continue;
          }
          decref(v);
          const status = taskletEnded(tv, 0);
          if (status >= 0) { stats.opcodes += sliceLen - ticks; return status; }
          leave = true;
          break;
        }
        case Op.RAISE_VARARGS: {
          if (arg == 0) {
            const e = t.excInfo;
            if (!e) { raiseLit(RuntimeError, "No active exception to reraise"); break; }
            if (!isKind(e, Kind.EXCEPTION)) { badBytecode(); break; }
            incref(e);
            raiseValue(e);
            skipTb = true;
            break;
          }
          let cause: Value = 0;
          if (arg == 2) { sp -= 4; cause = load<u32>(sp); }
          sp -= 4;
          const e = makeRaisable(load<u32>(sp));
          if (!e) { decref(cause); break; }
          if (cause) {
            const c = cause == None ? 0 : makeRaisable(cause);
            if (cause != None && !c) { decref(e); break; }
            const old = asExc(e).cause;
            asExc(e).cause = c;
            decref(old);
          }
          raiseValue(e);
          break;
        }
        case Op.PUSH_EXC_INFO: {
          const exc = load<u32>(sp - 4);
          const prev = t.excInfo;
          store<u32>(sp - 4, prev ? prev : None);
          store<u32>(sp, exc); sp += 4;
          incref(exc);
          t.excInfo = exc;
          continue;
        }
        case Op.POP_EXCEPT: {
          sp -= 4;
          const prev = load<u32>(sp);
          const old = t.excInfo;
          t.excInfo = prev == None ? 0 : prev;
          decref(old);
          continue;
        }
        case Op.CHECK_EXC_MATCH: {
          const ty = load<u32>(sp - 4);
          const r = excMatches(load<u32>(sp - 8), ty);
          if (r < 0) break;
          store<u32>(sp - 4, pyBool(r == 1));
          decref(ty);
          continue;
        }
        case Op.RERAISE: {
          if (!isKind(load<u32>(sp - 4), Kind.EXCEPTION)) { badBytecode(); break; }
          sp -= 4;
          const exc = load<u32>(sp);
          sp -= 4;
          const prev = load<u32>(sp);
          const old = t.excInfo;
          t.excInfo = prev == None ? 0 : prev;
          decref(old);
          raiseValue(exc);
          skipTb = true;
          break;
        }
        case Op.LOAD_ASSERTION_ERROR: {
          store<u32>(sp, AssertionError); sp += 4;
          continue;
        }
        case Op.IMPORT_NAME: {
          const name = imageStr(arg);
          const m = dictGet(nativeModules, name);
          if (!m) {
            const mark = bufLen;
            bufLit("No module named '");
            bufBytes(name + STR_HEADER, asStr(name).len);
            bufLit("'");
            raiseBuf(ModuleNotFoundError, mark);
            break;
          }
          store<u32>(sp, m); sp += 4;
          continue;
        }
        case Op.IMPORT_FROM: {
          const m = load<u32>(sp - 4);
          const v = getAttr(m, imageStr(arg));
          if (!v) {
            decref(takeExc());
            const name = imageStr(arg);
            const mark = bufLen;
            bufLit("cannot import name '");
            bufBytes(name + STR_HEADER, asStr(name).len);
            bufLit("'");
            raiseBuf(ImportError, mark);
            break;
          }
          store<u32>(sp, v); sp += 4;
          continue;
        }
        default: {
          raiseLit(RuntimeError, "unsupported opcode");
          break;
        }
      }
      if (leave) break;
      err = true;
    }
  }
  return Status.DONE;
}
