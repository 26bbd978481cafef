// Calls into Python code never recurse on the wasm stack: a call builds the callee's frame and
// the one interpreter loop carries on in it. This file binds arguments into a new frame.
import { Value, Kind } from "../objects/object";
import { kindOf } from "../objects/type";
import { asStr, STR_HEADER, strEq } from "../objects/str";
import { tupleNew, tupleSet } from "../objects/tuple";
import { listLen, listGet } from "../objects/list";
import { dictLen, dictNext, entryAt } from "../objects/dict";
import { alloc, free } from "../memory/heap";
import { None } from "../objects/singletons";
import { tupleLen, tupleGet } from "../objects/tuple";
import { asFunc, asCode, CodeObj } from "../objects/function";
import { incref, decref } from "../memory/refcount";
import { raiseLit, raiseBuf, raiseMemoryError } from "./errors";
import { TypeError, RecursionError, RuntimeError } from "../objects/exception";
import { bufLit, bufLen, bufBytes } from "../objects/buf";
import { writeI64 } from "../objects/repr";
import { TaskletObj, asTasklet, TF } from "../stackless/tasklet";
import { frameAlloc, frameRelease, F_BACK, F_FUNC, F_PC, F_SP, F_LOCALS } from "./frame";
import { imageStr } from "./image";
import { config } from "./config";
import { stats } from "./stats";
import { enqueue, aliveAdd } from "../stackless/scheduler";

// Set by pushFrame: the arguments were moved into the frame (the caller drops its slots without
// releasing them) rather than copied.
export let argsMoved: bool = false;

function bufName(code: CodeObj): void {
  bufBytes(code.qualname + STR_HEADER, asStr(code.qualname).len);
}

function localName(c: CodeObj, i: u32): Value { return imageStr(load<u32>(c.localNames + (i << 2))); }

function tooMany(c: CodeObj, given: u32): void {
  const mark = bufLen;
  bufName(c);
  bufLit("() takes ");
  writeI64(<i64>c.argcount);
  bufLit(c.argcount == 1 ? " positional argument but " : " positional arguments but ");
  writeI64(<i64>given);
  bufLit(given == 1 ? " was given" : " were given");
  raiseBuf(TypeError, mark);
}

function missing(c: CodeObj, locals: u32, required: u32): void {
  let count: u32 = 0;
  for (let i: u32 = 0; i < required; i++) if (!load<u32>(locals + (i << 2))) count++;
  const mark = bufLen;
  bufName(c);
  bufLit("() missing ");
  writeI64(<i64>count);
  bufLit(count == 1 ? " required positional argument: " : " required positional arguments: ");
  let seen: u32 = 0;
  for (let i: u32 = 0; i < required; i++) {
    if (load<u32>(locals + (i << 2))) continue;
    seen++;
    if (seen > 1) bufLit(seen == count ? (count == 2 ? " and " : ", and ") : ", ");
    bufLit("'");
    const nm = localName(c, i);
    bufBytes(nm + STR_HEADER, asStr(nm).len);
    bufLit("'");
  }
  raiseBuf(TypeError, mark);
}

// Copies (with new references) positional, keyword and default values into the locals.
// False with TypeError pending.
function bindSlow(func: Value, c: CodeObj, locals: u32, args: u32, n: u32, kw: Value): bool {
  const nkw: u32 = kw ? tupleLen(kw) : 0;
  const npos = n - nkw;
  if (npos > c.argcount) { tooMany(c, npos); return false; }
  for (let i: u32 = 0; i < npos; i++) {
    const x = load<u32>(args + (i << 2));
    incref(x);
    store<u32>(locals + (i << 2), x);
  }
  const nparams = c.argcount + c.kwonly;
  for (let k: u32 = 0; k < nkw; k++) {
    const name = tupleGet(kw, k);
    let slot: i32 = -1;
    for (let i: u32 = 0; i < nparams; i++) {
      if (strEq(localName(c, i), name)) { slot = <i32>i; break; }
    }
    const mark = bufLen;
    if (slot < 0) {
      bufName(c);
      bufLit("() got an unexpected keyword argument '");
      bufBytes(name + STR_HEADER, asStr(name).len);
      bufLit("'");
      raiseBuf(TypeError, mark);
      return false;
    }
    const p = locals + (<u32>slot << 2);
    if (load<u32>(p)) {
      bufName(c);
      bufLit("() got multiple values for argument '");
      bufBytes(name + STR_HEADER, asStr(name).len);
      bufLit("'");
      raiseBuf(TypeError, mark);
      return false;
    }
    const x = load<u32>(args + ((npos + k) << 2));
    incref(x);
    store<u32>(p, x);
  }
  const defaults = asFunc(func).defaults;
  const ndef: u32 = defaults ? tupleLen(defaults) : 0;
  const firstDefault = c.argcount - ndef;
  for (let i = firstDefault; i < c.argcount; i++) {
    const p = locals + (i << 2);
    if (!load<u32>(p)) {
      const x = tupleGet(defaults, i - firstDefault);
      incref(x);
      store<u32>(p, x);
    }
  }
  for (let i: u32 = 0; i < c.argcount; i++) {
    if (!load<u32>(locals + (i << 2))) { missing(c, locals, c.argcount); return false; }
  }
  return true;
}

// A new frame for calling func with n values at args (the last len(kw) named by kw), in tasklet t.
// Returns the frame (back link unset) or 0 with an exception pending.
export function pushFrame(t: TaskletObj, func: Value, args: u32, n: u32, kw: Value): u32 {
  const code = asFunc(func).code;
  const c = asCode(code);
  argsMoved = false;
  if (t.depth >= config.recursionLimit) {
    raiseLit(RecursionError, "maximum recursion depth exceeded");
    return 0;
  }
  const f = frameAlloc(t, code, c.frameSize);
  if (!f) { raiseMemoryError(); return 0; }
  t.depth++;
  if (<i64>t.depth > stats.recursionPeak) stats.recursionPeak = t.depth;
  stats.calls++;
  const locals = f + F_LOCALS;
  store<u32>(f, 0, F_BACK);
  store<u32>(f, func, F_FUNC);
  incref(func);
  store<u32>(f, c.instr, F_PC);
  if (!kw && n == c.argcount) {
    memory.copy(locals, args, n << 2);
    memory.fill(locals + (n << 2), 0, (c.nlocals - n) << 2);
    argsMoved = true;
  } else {
    memory.fill(locals, 0, c.nlocals << 2);
    if (!bindSlow(func, c, locals, args, n, kw)) {
      frameRelease(t, f, locals + (c.nlocals << 2));
      return 0;
    }
  }
  store<u32>(f, locals + (c.nlocals << 2), F_SP);
  return f;
}

// tasklet(func)(*args): bind the arguments into the tasklet's first frame and make it runnable.
export function taskletSetup(tv: Value, args: u32, n: u32, kw: Value): Value {
  const t = asTasklet(tv);
  const func = t.tempval;
  if (!func || (t.flags & TF.ALIVE)) {
    raiseLit(TypeError, func ? "tasklet is already bound to a frame" : "tasklet has no function to call");
    return 0;
  }
  const f = pushFrame(t, func, args, n, kw);
  if (!f) return 0;
  if (argsMoved) for (let i: u32 = 0; i < n; i++) incref(load<u32>(args + (i << 2)));
  t.tempval = 0;
  decref(func);
  t.frame = f;
  t.flags |= TF.ALIVE;
  aliveAdd(1);
  enqueue(tv);
  incref(tv);
  return tv;
}

// t.bind(func, args, kwargs): attach a function; with arguments, also build the first frame
// (the tasklet is then alive but paused until insert()/run()). func None unbinds a new tasklet.
export function taskletBind(tv: Value, func: Value, args: Value, kwargs: Value): Value {
  const t = asTasklet(tv);
  if (t.flags & TF.ALIVE) { raiseLit(RuntimeError, "tasklet is already bound to a frame"); return 0; }
  if (func != None && kindOf(func) != Kind.FUNCTION) { raiseLit(TypeError, "tasklet function must be a callable"); return 0; }
  const fn = func != None ? func : t.tempval;
  if (func != None) { incref(func); decref(t.tempval); t.tempval = func; }
  if (args == None && kwargs == None) { incref(tv); return tv; }
  if (!fn) { raiseLit(RuntimeError, "tasklet has no function to bind arguments to"); return 0; }
  if (args != None && kindOf(args) != Kind.TUPLE && kindOf(args) != Kind.LIST) { raiseLit(TypeError, "args must be a tuple"); return 0; }
  if (kwargs != None && kindOf(kwargs) != Kind.DICT) { raiseLit(TypeError, "kwargs must be a dict"); return 0; }
  const npos: u32 = args == None ? 0 : kindOf(args) == Kind.TUPLE ? tupleLen(args) : listLen(args);
  const nkw: u32 = kwargs == None ? 0 : dictLen(kwargs);
  const slots = alloc((npos + nkw + 1) << 2);
  if (!slots) { raiseMemoryError(); return 0; }
  for (let i: u32 = 0; i < npos; i++) store<u32>(slots + (i << 2), kindOf(args) == Kind.TUPLE ? tupleGet(args, i) : listGet(args, i));
  let names: Value = 0;
  if (nkw) {
    names = tupleNew(nkw);
    if (!names) { free(slots, (npos + nkw + 1) << 2); raiseMemoryError(); return 0; }
    let e = dictNext(kwargs, 0), k: u32 = 0;
    while (e >= 0) {
      const ep = entryAt(kwargs, <u32>e);
      const key = load<u32>(ep, 4);
      if (kindOf(key) != Kind.STR) { decref(names); free(slots, (npos + nkw + 1) << 2); raiseLit(TypeError, "keywords must be strings"); return 0; }
      incref(key);
      tupleSet(names, k, key);
      store<u32>(slots + ((npos + k) << 2), load<u32>(ep, 8));
      k++;
      e = dictNext(kwargs, <u32>e + 1);
    }
  }
  const f = pushFrame(t, fn, slots, npos + nkw, names);
  if (f && argsMoved) for (let i: u32 = 0; i < npos + nkw; i++) incref(load<u32>(slots + (i << 2)));
  free(slots, (npos + nkw + 1) << 2);
  decref(names);
  if (!f) return 0;
  decref(t.tempval);
  t.tempval = 0;
  t.frame = f;
  t.flags |= TF.ALIVE;
  aliveAdd(1);
  incref(tv);
  return tv;
}
