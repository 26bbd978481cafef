// Calls into Python code never recurse on the wasm stack: a call builds the callee's frame and
// the one interpreter loop carries on in it. This file binds arguments into a new frame.
import { mayChangeState } from "../stackless/callbacks";
import { Value, Kind, isSmall } from "../objects/object";
import { kindOf } from "../objects/type";
import { asStr, STR_HEADER, strEq } from "../objects/str";
import { tupleNew, tupleSet, emptyTuple } from "../objects/tuple";
import { listLen, listGet } from "../objects/list";
import { dictLen, dictNext, entryAt, dictNew, dictGet, dictSet } from "../objects/dict";
import { alloc, free, heap } from "../memory/heap";
import { genAlloc, genFree, asGen, frameGen, GenState } from "../objects/generator";
import { None } from "../objects/singletons";
import { tupleLen, tupleGet } from "../objects/tuple";
import { asFunc, asCode, CodeObj, CodeFlag } from "../objects/function";
import { incref, decref } from "../memory/refcount";
import { raiseLit, raiseBuf, raiseMemoryError } from "../objects/errors";
import { TypeError, RecursionError, RuntimeError, excNew } from "../objects/exception";
import { asType, typeOf, getsetType } from "../objects/type";
import { asBuiltin } from "../objects/function";
import { asPair, instNew } from "../objects/instance";
import { N } from "../objects/names";
import { mroLookup, typeNew } from "./classes";
import { callNative } from "../builtins/dispatch";
import { current } from "../stackless/scheduler";
import { tupleFrom, tupleLen } from "../objects/tuple";
import { raiseTypeMsg } from "../objects/errors";
import { bufLit, bufLen, bufBytes, bufReset } from "../objects/buf";
import { writeI64 } from "../objects/repr";
import { TaskletObj, asTasklet, TF, taskletNew } from "../stackless/tasklet";
import { frameAlloc, frameAllocInline, frameRelease, frameExtent, frameStart, setFrameHook, F_BACK, F_FUNC, F_PC, F_LOCALS, Hook, hookOf } from "./frame";
import { imageStr } from "./image";
import { config } from "../memory/config";
import { stats } from "./stats";
import { enqueue, taskletStarted, setCurrent } from "../stackless/scheduler";
import { isBuiltinKind, newBuiltinInstance } from "./subclass";
import { preludeFunction } from "./modules";
import { weakrefCall } from "../builtins/weakref";

// Set by pushFrame: the arguments were moved into the frame (the caller drops its slots without
// releasing them) rather than copied. self is never moved: the frame counts its own reference.
export let argsMoved: bool = false;

function bufName(code: CodeObj): void {
  bufBytes(code.qualname + STR_HEADER, asStr(code.qualname).len);
}

function localName(c: CodeObj, i: u32): Value { return imageStr(load<u32>(c.localNames + (i << 2))); }

// The number of parameters with defaults, for "takes from 1 to 2 positional arguments".
let defaultsGiven: u32 = 0;

// "f() takes [from 1 to] 2 positional arguments but 3 were given", naming keyword-only
// arguments given too.
function tooMany(c: CodeObj, given: u32, kwGiven: u32): void {
  const mark = bufLen;
  bufName(c);
  bufLit("() takes ");
  if (defaultsGiven) { bufLit("from "); writeI64(<i64>(c.argcount - defaultsGiven)); bufLit(" to "); }
  writeI64(<i64>c.argcount);
  bufLit(c.argcount == 1 ? " positional argument but " : " positional arguments but ");
  writeI64(<i64>given);
  if (kwGiven == 0) bufLit(given == 1 ? " was given" : " were given");
  else {
    bufLit(given == 1 ? " positional argument" : " positional arguments");
    bufLit(" (and ");
    writeI64(<i64>kwGiven);
    bufLit(kwGiven == 1 ? " keyword-only argument) were given" : " keyword-only arguments) were given");
  }
  raiseBuf(TypeError, mark);
}

// "f() missing 2 required positional arguments: 'a' and 'b'" for the empty slots in [first, end).
function missing(c: CodeObj, locals: u32, first: u32, end: u32, kwonly: bool): void {
  let count: u32 = 0;
  for (let i = first; i < end; i++) if (!load<u32>(locals + (i << 2))) count++;
  const mark = bufLen;
  bufName(c);
  bufLit("() missing ");
  writeI64(<i64>count);
  bufLit(kwonly ? " required keyword-only argument" : " required positional argument");
  bufLit(count == 1 ? ": " : "s: ");
  let seen: u32 = 0;
  for (let i = first; i < end; i++) {
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

// CPython's error for positional-only parameters named by keywords (without **kwargs): true
// with TypeError pending if any is.
function posonlyByKeyword(c: CodeObj, kw: Value): bool {
  const mark = bufLen;
  bufName(c);
  bufLit("() got some positional-only arguments passed as keyword arguments: '");
  let found: u32 = 0;
  for (let i: u32 = 0; i < c.posonly; i++) {
    const nm = localName(c, i);
    for (let k: u32 = 0; k < tupleLen(kw); k++) {
      if (!strEq(tupleGet(kw, k), nm)) continue;
      if (found++) bufLit(", ");
      bufBytes(nm + STR_HEADER, asStr(nm).len);
      break;
    }
  }
  if (!found) { bufReset(mark); return false; }
  bufLit("'");
  raiseBuf(TypeError, mark);
  return true;
}

// Copies (with new references) self, positional, keyword and default values into the locals,
// building *args and **kwargs. False with TypeError pending.
function bindSlow(func: Value, c: CodeObj, locals: u32, self: Value, args: u32, n: u32, kw: Value): bool {
  const nkw: u32 = kw ? tupleLen(kw) : 0;
  const npos = n - nkw + (self ? 1 : 0);
  const hasVarargs = (c.flags & CodeFlag.VARARGS) != 0;
  const hasVarkw = (c.flags & CodeFlag.VARKEYWORDS) != 0;
  const nparams = c.argcount + c.kwonly;
  const varargsSlot = nparams;
  const varkwSlot = nparams + (hasVarargs ? 1 : 0);
  if (npos > c.argcount && !hasVarargs) {
    const d = asFunc(func).defaults;
    defaultsGiven = d ? tupleLen(d) : 0;
    let kwonlyGiven: u32 = 0;
    for (let k: u32 = 0; k < nkw; k++) {
      for (let i = c.argcount; i < nparams; i++) if (strEq(localName(c, i), tupleGet(kw, k))) kwonlyGiven++;
    }
    tooMany(c, npos, kwonlyGiven);
    return false;
  }
  // positional values: self first, then the args
  const take = npos < c.argcount ? npos : c.argcount;
  for (let i: u32 = 0; i < take; i++) {
    const x = self ? (i == 0 ? self : load<u32>(args + ((i - 1) << 2))) : load<u32>(args + (i << 2));
    incref(x);
    store<u32>(locals + (i << 2), x);
  }
  if (hasVarargs) {
    const extra = npos > c.argcount ? npos - c.argcount : 0;
    let rest: Value;
    if (extra == 0) { rest = emptyTuple; incref(rest); }
    else {
      rest = tupleNew(extra);
      if (!rest) { raiseMemoryError(); return false; }
      for (let i: u32 = 0; i < extra; i++) {
        const j = c.argcount + i;
        const x = self ? load<u32>(args + ((j - 1) << 2)) : load<u32>(args + (j << 2));
        incref(x);
        tupleSet(rest, i, x);
      }
    }
    store<u32>(locals + (varargsSlot << 2), rest);
  }
  let kwdict: Value = 0;
  if (hasVarkw) {
    kwdict = dictNew();
    if (!kwdict) { raiseMemoryError(); return false; }
    store<u32>(locals + (varkwSlot << 2), kwdict);
  }
  const kwValues = args + ((n - nkw) << 2);
  for (let k: u32 = 0; k < nkw; k++) {
    const name = tupleGet(kw, k);
    let slot: i32 = -1;
    for (let i = c.posonly; i < nparams; i++) {
      if (strEq(localName(c, i), name)) { slot = <i32>i; break; }
    }
    const mark = bufLen;
    if (slot < 0) {
      if (!kwdict && posonlyByKeyword(c, kw)) return false;
      if (kwdict) {
        if (dictGet(kwdict, name)) {
          bufName(c);
          bufLit("() got multiple values for keyword argument '");
          bufBytes(name + STR_HEADER, asStr(name).len);
          bufLit("'");
          raiseBuf(TypeError, mark);
          return false;
        }
        if (!dictSet(kwdict, name, load<u32>(kwValues + (k << 2)))) { raiseMemoryError(); return false; }
        continue;
      }
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
    const x = load<u32>(kwValues + (k << 2));
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
    if (!load<u32>(locals + (i << 2))) { missing(c, locals, 0, c.argcount, false); return false; }
  }
  const kwdefaults = asFunc(func).kwdefaults;
  for (let i = c.argcount; i < nparams; i++) {
    const p = locals + (i << 2);
    if (load<u32>(p)) continue;
    const d = kwdefaults ? dictGet(kwdefaults, localName(c, i)) : 0;
    if (!d) { missing(c, locals, c.argcount, nparams, true); return false; }
    incref(d);
    store<u32>(p, d);
  }
  return true;
}

// A new frame for calling func with self (if not 0) then n values at args (the last len(kw)
// named by kw), in tasklet t. Returns the frame (back link and hook unset) or 0 with an exception
// pending. A generator function's frame is made in the heap and not counted as a call level.
export function pushFrame(t: TaskletObj, func: Value, self: Value, args: u32, n: u32, kw: Value): u32 {
  const code = asFunc(func).code;
  const c = asCode(code);
  argsMoved = false;
  const generator = (c.flags & CodeFlag.GENERATOR) != 0;
  if (!generator && t.depth >= config.recursionLimit) {
    raiseLit(RecursionError, "maximum recursion depth exceeded");
    return 0;
  }
  const f = generator ? genAlloc(frameExtent(c.nlocals, c.stacksize)) : frameAlloc(t, code, c.frameSize);
  if (!f) { raiseMemoryError(); return 0; }
  if (!generator) {
    t.depth++;
    if (<i64>t.depth > stats.recursionPeak) stats.recursionPeak = t.depth;
  }
  stats.calls++;
  const locals = f + F_LOCALS;
  store<u32>(f, 0, F_BACK);
  store<u32>(f, func, F_FUNC);
  incref(func);
  frameStart(f, c);
  const exact = !kw && (c.flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) == 0 && c.kwonly == 0;
  if (exact && (self ? n + 1 : n) == c.argcount) {
    // exact positional arguments move into the frame; self is counted (as bindSlow does). Word
    // loops, not memory.copy/fill: a frame has a few locals, and V8 calls out for bulk memory.
    let p = locals;
    if (self) { incref(self); store<u32>(p, self); p += 4; }
    for (let i: u32 = 0; i < n; i++) { store<u32>(p, load<u32>(args + (i << 2))); p += 4; }
    const end = locals + (c.nlocals << 2);
    for (; p < end; p += 4) store<u32>(p, 0);
    argsMoved = true;
  } else {
    memory.fill(locals, 0, c.nlocals << 2);
    if (!bindSlow(func, c, locals, self, args, n, kw)) {
      if (generator) { releaseGenFrame(f, locals + (c.nlocals << 2)); genFree(frameGen(f)); }
      else frameRelease(t, f, locals + (c.nlocals << 2));
      return 0;
    }
  }
  return f;
}

// The call fast path (CALL of a plain function with exactly its positional parameters): a frame
// over `back` whose locals take the `count` references at args and whose function is func (its
// reference taken too), or 0 when the call needs pushFrame (any other signature, a generator,
// the recursion limit, memory). Only the fields a call needs are written.
@inline export function pushExact(t: TaskletObj, func: Value, args: u32, count: u32, back: u32): u32 {
  const code = asFunc(func).code;
  const c = asCode(code);
  if ((c.flags & (CodeFlag.GENERATOR | CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) || c.kwonly || count != c.argcount ||
      t.depth >= config.recursionLimit) return 0;
  const f = frameAllocInline(t, code, c.frameSize);
  if (!f) return 0;
  const depth = t.depth + 1;
  t.depth = depth;
  if (<i64>depth > stats.recursionPeak) stats.recursionPeak = depth;
  stats.calls++;
  store<u32>(f, back, F_BACK);
  store<u32>(f, func, F_FUNC);
  frameStart(f, c);
  let p = f + F_LOCALS;
  for (let i: u32 = 0; i < count; i++) { store<u32>(p, load<u32>(args + (i << 2))); p += 4; }
  const end = f + F_LOCALS + (c.nlocals << 2);
  for (; p < end; p += 4) store<u32>(p, 0);
  return f;
}

// Release the values a generator's frame holds (the block stays: it is the generator object).
export function releaseGenFrame(f: u32, sp: u32): void {
  asGen(frameGen(f)).state = GenState.FINISHED;
  const func = load<u32>(f, F_FUNC);
  for (let p = f + F_LOCALS; p < sp; p += 4) decref(load<u32>(p));
  store<u32>(f, asFunc(func).code, F_PC); // the repr still names it (genCode)
  store<u32>(f, 0, F_FUNC);
  decref(func);
}

// What callValue can call (callable()); a tasklet is one too (calling it sets it up).
export function isCallable(v: Value): bool {
  const k = kindOf(v);
  if (k == Kind.BUILTIN) return typeOf(v) != getsetType; // a property's descriptor is not called
  if (k == Kind.FUNCTION || k == Kind.TYPE || k == Kind.METHOD || k == Kind.TASKLET || k == Kind.WEAKREF) return true;
  if (isSmall(v) || !asType(typeOf(v)).mro) return false;
  const c = mroLookup(typeOf(v), N.call_);
  return c != 0 && kindOf(c) == Kind.FUNCTION;
}

// The first frame of a tasklet calling `callable`: a Python function's own frame, with self first
// for a bound method or a __call__, exactly as callValue would enter it. Any other callable (a
// builtin, a class, a generator function) is called from the prelude's tasklet_call, a frame
// like any other, so the tasklet starts in Python code and natives still never call Python.
function taskletFrame(t: TaskletObj, callable: Value, args: u32, n: u32, kw: Value): u32 {
  let func = callable, self: Value = 0;
  const k = kindOf(callable);
  if (k == Kind.METHOD) { func = asPair(callable).a; self = asPair(callable).b; }
  else if (k == Kind.INSTANCE) { func = mroLookup(typeOf(callable), N.call_); self = callable; }
  if (!func || kindOf(func) != Kind.FUNCTION || (asCode(asFunc(func).code).flags & CodeFlag.GENERATOR)) {
    func = preludeFunction(N.tasklet_call_);
    if (!func) return 0;
    self = callable;
  }
  return pushFrame(t, func, self, args, n, kw);
}

// tasklet(func)(*args): bind the arguments into the tasklet's first frame and make it runnable.
export function taskletSetup(tv: Value, args: u32, n: u32, kw: Value): Value {
  if (!mayChangeState()) return 0; // not inside a Stackless callback (stackless/callbacks.ts)
  const t = asTasklet(tv);
  const func = t.tempval;
  // Stackless's messages (taskletobject.c tasklet_setup, impl_tasklet_setup)
  if (t.flags & TF.ALIVE) { raiseLit(RuntimeError, "tasklet is alive"); return 0; }
  if (!func || func == None) { raiseLit(RuntimeError, "the tasklet was not bound to a function"); return 0; }
  const f = taskletFrame(t, func, args, n, kw);
  if (!f) return 0;
  if (argsMoved) for (let i: u32 = 0; i < n; i++) incref(load<u32>(args + (i << 2)));
  t.tempval = 0;
  decref(func);
  t.frame = f;
  taskletStarted(tv);
  enqueue(tv);
  incref(tv);
  return tv;
}

// A new tasklet calling the prelude's function `name` with one argument (borrowed), made runnable
// and then current (first in the queue: the scheduler runs it before the one it displaces). For
// the runtime's own work outside any tasklet: a host request, waking sleepers. Returns the
// tasklet (borrowed: the run queue holds it), or 0 with an exception pending.
export function startPreludeTasklet(name: Value, arg: Value): Value {
  const fn = preludeFunction(name);
  if (!fn) return 0;
  const tv = taskletNew();
  if (!tv) { raiseMemoryError(); return 0; }
  incref(fn);
  asTasklet(tv).tempval = fn;
  store<u32>(preludeArg, arg);
  const r = taskletSetup(tv, preludeArg, 1, 0);
  store<u32>(preludeArg, 0);
  decref(tv);
  if (!r) return 0;
  decref(r);
  setCurrent(tv);
  return tv;
}
const preludeArg = memory.data(4, 4);

// t.bind(func, args, kwargs): attach a function; with arguments, also build the first frame
// (the tasklet is then alive but paused until insert()/run()). func None unbinds a new tasklet.
export function taskletBind(tv: Value, func: Value, args: Value, kwargs: Value): Value {
  const t = asTasklet(tv);
  // the function is checked first (taskletobject.c, PyTasklet_BindEx), even on the current tasklet
  if (func != None && !isCallable(func)) { raiseLit(TypeError, "tasklet function must be a callable or None"); return 0; }
  if (t.flags & TF.ALIVE) { raiseLit(RuntimeError, "tasklet is already bound to a frame"); return 0; }
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
  const f = taskletFrame(t, fn, slots, npos + nkw, names);
  if (f && argsMoved) for (let i: u32 = 0; i < npos + nkw; i++) incref(load<u32>(slots + (i << 2)));
  free(slots, (npos + nkw + 1) << 2);
  decref(names);
  if (!f) return 0;
  decref(t.tempval);
  t.tempval = 0;
  t.frame = f;
  taskletStarted(tv);
  incref(tv);
  return tv;
}

// Returned by a native (or a helper) that has prepared a frame instead of a value: the
// interpreter links `enterFrame` on top of the current frame and runs it; the frame's hook says
// how its result is used. With `enterRaise`, the frame starts by raising the pending exception.
export const ENTER: Value = 12;
export let enterFrame: u32 = 0;
export let enterRaise: bool = false;

export function takeEnterRaise(): bool { const r = enterRaise; enterRaise = false; return r; }
export function setEnter(f: u32, raise: bool): Value { enterFrame = f; enterRaise = raise; return ENTER; }

// A prepared chain of frames (a throw through `yield from`: each delegating generator under the
// one it delegates to): enterFrame is the top, this the bottom, which links above the current.
let enterBase: u32 = 0;
export function setEnterBase(f: u32): void { enterBase = f; }
export function takeEnterBase(): u32 { const b = enterBase; enterBase = 0; return b; }

// Prepare a call of a Python function (or a generator function: its generator is returned at
// once) with self and n borrowed values at args. Returns ENTER, a value, or 0 on error.
export function callPython(func: Value, self: Value, args: u32, n: u32): Value {
  return callPythonKw(func, self, args, n, 0);
}

export function callPythonKw(func: Value, self: Value, args: u32, n: u32, kw: Value): Value {
  const t = asTasklet(current);
  const f = pushFrame(t, func, self, args, n, kw);
  if (!f) return 0;
  if (argsMoved) for (let i: u32 = 0; i < n; i++) incref(load<u32>(args + (i << 2)));
  if (asCode(asFunc(func).code).flags & CodeFlag.GENERATOR) return frameGen(f);
  return setEnter(f, false);
}

// Call any callable with [self] + n borrowed values (the last len(kw) named by kw). Returns a new
// reference, 0 with an exception pending, SWITCHED, or ENTER.
export function callValue(callable: Value, self: Value, args: u32, n: u32, kw: Value): Value {
  const k = kindOf(callable);
  switch (k) {
    case Kind.FUNCTION: return callPythonKw(callable, self, args, n, kw);
    case Kind.METHOD: {
      if (self) { raiseLit(TypeError, "bound method called with an extra self"); return 0; }
      const m = asPair(callable);
      return callValue(m.a, m.b, args, n, kw);
    }
    case Kind.BUILTIN: {
      const b = asBuiltin(callable);
      return callNative(b.id, self ? self : b.self, args, n, kw);
    }
    case Kind.TYPE: return callType(callable, self, args, n, kw);
    case Kind.WEAKREF: return weakrefCall(callable, n, kw);
    case Kind.TASKLET: case Kind.INSTANCE: {
      // a tasklet subclass's Python __call__ runs like any; a tasklet's own sets it up
      let target = callable;
      for (let depth: u32 = 0; ; depth++) {
        const c = mroLookup(typeOf(target), N.call_);
        if (c && kindOf(c) == Kind.FUNCTION) return callPythonKw(c, target, args, n, kw);
        // (tasklet.__call__ itself, the native, sets the tasklet up)
        if (kindOf(target) == Kind.TASKLET && (!c || kindOf(c) == Kind.BUILTIN)) return taskletSetup(target, args, n, kw);
        if (!c) { callable = target; break; } // (the one that is not callable, for the message)
        // a __call__ that is an object, not a function, is called as it is with the arguments
        // (it binds no self); a chain of them is bounded like recursion, as in CPython
        if (kindOf(c) != Kind.INSTANCE) return callValue(c, 0, args, n, kw);
        if (depth >= config.recursionLimit) { raiseLit(RecursionError, "maximum recursion depth exceeded while calling a Python object"); return 0; }
        target = c;
      }
      break;
    }
  }
  raiseTypeMsg("", callable, " object is not callable");
  return 0;
}

function callType(cls: Value, self: Value, args: u32, n: u32, kw: Value): Value {
  const meta = typeOf(cls);
  if (asType(meta).mro) {
    // a class of a user metaclass: the metaclass's Python __call__ replaces type's
    const c = mroLookup(meta, N.call_);
    if (c && kindOf(c) == Kind.FUNCTION) return callPythonKw(c, cls, args, n, kw);
  }
  return typeCall(cls, self, args, n, kw);
}

// type.__call__: make an instance of cls (a builtin's constructor, or __new__ and __init__).
export function typeCall(cls: Value, self: Value, args: u32, n: u32, kw: Value): Value {
  const t = asType(cls);
  if (!t.mro) {
    if (t.kind == Kind.EXCEPTION) return newException(cls, args, n, kw);
    if (t.ctor) return callNative(t.ctor, self, args, n, kw);
    const mark = bufLen;
    bufLit("cannot create '");
    bufBytes(t.name + STR_HEADER, asStr(t.name).len);
    bufLit("' instances");
    raiseBuf(TypeError, mark);
    return 0;
  }
  // a user class: __new__ (if Python) makes the object; else a plain instance; then __init__
  const newFn = mroLookup(cls, N.new_);
  if (newFn && (kindOf(newFn) == Kind.FUNCTION || kindOf(newFn) == Kind.STATICMETHOD)) {
    // the prelude's new_init(cls, *args, **kw) runs __new__, then __init__ on an instance of cls
    const fn = preludeFunction(N.new_init_);
    return fn ? callPythonKw(fn, cls, args, n, kw) : 0;
  }
  if (isBuiltinKind(t.kind)) return newBuiltinInstance(cls, args, n, kw);
  let obj: Value;
  if (t.kind == Kind.TYPE) {
    // a metaclass without a Python __new__: type.__new__ makes the class
    if (n != 3 || kw) { raiseLit(TypeError, "type.__new__() takes exactly 3 arguments"); return 0; }
    obj = typeNew(cls, args);
  } else if (t.kind == Kind.EXCEPTION) {
    obj = newException(cls, args, n, 0);
  } else {
    obj = instNew(cls);
    if (!obj) raiseMemoryError();
  }
  if (!obj) return 0;
  const init = mroLookup(cls, N.init_);
  if (init && kindOf(init) == Kind.FUNCTION) {
    const r = callPythonKw(init, obj, args, n, kw);
    decref(obj); // the frame holds it as self
    if (r == ENTER) setFrameHook(enterFrame, hookOf(Hook.INIT, 0));
    return r;
  }
  if (n && t.kind != Kind.EXCEPTION && t.kind != Kind.TYPE) {
    decref(obj);
    const mark = bufLen;
    bufBytes(t.name + STR_HEADER, asStr(t.name).len);
    bufLit("() takes no arguments");
    raiseBuf(TypeError, mark);
    return 0;
  }
  return obj;
}

function newException(cls: Value, args: u32, n: u32, kw: Value): Value {
  if (kw && tupleLen(kw)) { raiseTypeMsg("", cls, " does not take keyword arguments"); return 0; }
  const a = n ? tupleFrom(args, n) : emptyTuple;
  if (!n) incref(a);
  if (!a) { raiseMemoryError(); return 0; }
  const e = excNew(cls, a);
  if (!e) { decref(a); raiseMemoryError(); }
  return e;
}

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function callReset(): void {
  argsMoved = false; defaultsGiven = 0; enterFrame = 0; enterRaise = false; enterBase = 0;
}
