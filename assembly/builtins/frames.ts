// Introspection and the standard streams: locals(), vars(), sys.exc_info(), sys._getframe(), the
// attributes of traceback and code objects, sys.stdout / sys.stderr, sys.version_info, and the
// private module _runtime (import *). Frames live in the arena and die with their call, so what
// Python sees of a frame is a snapshot: an object of type `frame` whose attributes were copied
// when it was made (docs/language.md, "Imports, introspection and the standard streams").
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOfCall, typeOf, asType, newType, objectType, tracebackType, codeType, functionType, tupleType } from "../objects/type";
import { asStr, STR_HEADER, immortalStr, strEqLiteral } from "../objects/str";
import { dictNew, dictSet, dictGet, dictNext, entryAt, entryKey } from "../objects/dict";
import { listLen, listGet } from "../objects/list";
import { asModule } from "../objects/module";
import { tupleNew, tupleSet, tupleLen, tupleGet, asTuple } from "../objects/tuple";
import { bufLen, bufLit } from "../objects/buf";
import { asCode, asFunc, asCell, CodeFlag, CodeObj } from "../objects/function";
import { asExc, asTb, BaseException } from "../objects/exception";
import { instNew, asInst } from "../objects/instance";
import { isIntLike, intValue } from "../objects/int";
import { None, False } from "../objects/singletons";
import { preludeFunction } from "../vm/modules";
import { asGen, genFrame, GenState } from "../objects/generator";
import { closeGen, GEN_DONE } from "../vm/generators";
import { callPython } from "../vm/call";
import { N } from "../objects/names";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseLit, raiseBuf, raiseTypeMsg, raiseTypeUnquoted, raiseMemoryError } from "../objects/errors";
import { TypeError, ValueError, RuntimeError, NotImplementedError, AttributeError } from "../objects/exception";
import { currentIdent } from "../stackless/threads";
import { F_BACK, F_FUNC, F_LOCALS, frameCode, framePc } from "../vm/frame";
import { imageStr, lineOf } from "../vm/image";
import { sourceLine } from "../vm/source";
import { outOfMemory } from "../memory/heap";
import { getAttr } from "../vm/attr";
import { current } from "../stackless/scheduler";
import { asTasklet } from "../stackless/tasklet";
import { positional, arity, onlyKeywords, kwarg } from "./args";
import { PROPERTY, into, def, defValue, typeDict } from "./registry";
import { internName } from "../objects/interned";
import { writeStdout, writeStderr, flushStdout } from "./io";

export namespace Intro {
  export const FIRST: u32 = 570;
  export const LOCALS: u32 = 570;
  export const VARS: u32 = 571;
  export const EXC_INFO: u32 = 572;
  export const FRAME: u32 = 573;
  export const WRITE: u32 = 574;
  export const FLUSH: u32 = 575;
  export const TB_NEXT: u32 = 576 | PROPERTY;
  export const TB_LINENO: u32 = 577 | PROPERTY;
  export const TB_FRAME: u32 = 578 | PROPERTY;
  export const EXC_TRACEBACK: u32 = 579 | PROPERTY;
  export const WITH_TRACEBACK: u32 = 580;
  export const CO_NAME: u32 = 581 | PROPERTY;
  export const CO_QUALNAME: u32 = 582 | PROPERTY;
  export const CO_FILENAME: u32 = 583 | PROPERTY;
  export const CO_FIRSTLINENO: u32 = 584 | PROPERTY;
  export const FUNC_CODE: u32 = 585 | PROPERTY;
  export const TB_REPEATS: u32 = 586;
  export const EXEC: u32 = 587;
  export const EVAL: u32 = 588;
  export const VERSION_FIELD: u32 = 589 | PROPERTY; // 589–593: major … serial
  export const IMPORT_STAR: u32 = 594;
  export const FUNC_GLOBALS: u32 = 595 | PROPERTY;
  export const FUNC_CLOSURE: u32 = 596 | PROPERTY;
  export const CURRENT_FRAMES: u32 = 597;
  export const FRAME_CLEAR: u32 = 598;
  export const SOURCE_LINE: u32 = 599;
  export const LAST: u32 = 599;
}

// The snapshot frames' type, and the two standard streams (sys.stdout, sys.stderr and their
// __stdout__/__stderr__): print() writes to them natively, anything else through its write().
let frameType: Value = 0;
let allName: Value = 0;
let fCode: Value = 0, fLineno: Value = 0, fGlobals: Value = 0, fLocals: Value = 0, fBack: Value = 0;
let fGenerator: Value = 0; // (a generator's frame snapshot keeps it, for clear())
export let stdoutObj: Value = 0;
export let stderrObj: Value = 0;
let sysDict: Value = 0;
let stdoutName: Value = 0;
let stderrName: Value = 0;
const printArgs = memory.data(20, 4); // print_to's five arguments

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function framesReset(): void { memory.fill(printArgs, 0, 20); }

// Set up at init (builtins/init.ts): `runtime` is the private module `_runtime`, for the code the
// compiler generates and for lib/traceback.py.
export function framesInit(builtins: Value, sys: Value, runtime: Value): void {
  allName = internName("__all__");
  fCode = internName("f_code"); fLineno = internName("f_lineno"); fGlobals = internName("f_globals");
  fLocals = internName("f_locals"); fBack = internName("f_back");
  fGenerator = internName("_generator");
  frameType = newType(Kind.INSTANCE, objectType);
  asType(frameType).name = immortalStr("frame");
  into(typeDict(frameType));
  def("clear", Intro.FRAME_CLEAR);
  const streamType = newType(Kind.INSTANCE, objectType);
  asType(streamType).name = immortalStr("TextIOWrapper");
  into(typeDict(streamType));
  def("write", Intro.WRITE);
  def("flush", Intro.FLUSH);
  sysDict = sys;
  stdoutName = internName("stdout");
  stderrName = internName("stderr");
  stdoutObj = instNew(streamType);
  stderrObj = instNew(streamType);
  into(sys);
  defValue("stdout", stdoutObj); defValue("__stdout__", stdoutObj);
  defValue("stderr", stderrObj); defValue("__stderr__", stderrObj);
  def("exc_info", Intro.EXC_INFO);
  def("_getframe", Intro.FRAME);
  def("_current_frames", Intro.CURRENT_FRAMES);
  const version = versionInfo();
  into(sys);
  defValue("version_info", version);
  into(builtins);
  def("locals", Intro.LOCALS);
  def("vars", Intro.VARS);
  def("exec", Intro.EXEC);
  def("eval", Intro.EVAL);
  into(runtime);
  def("tb_repeats", Intro.TB_REPEATS);
  def("import_star", Intro.IMPORT_STAR);
  def("source_line", Intro.SOURCE_LINE);
  into(typeDict(tracebackType));
  def("tb_next", Intro.TB_NEXT);
  def("tb_lineno", Intro.TB_LINENO);
  def("tb_frame", Intro.TB_FRAME);
  into(typeDict(BaseException));
  def("__traceback__", Intro.EXC_TRACEBACK);
  def("with_traceback", Intro.WITH_TRACEBACK);
  into(typeDict(codeType));
  def("co_name", Intro.CO_NAME);
  def("co_qualname", Intro.CO_QUALNAME);
  def("co_filename", Intro.CO_FILENAME);
  def("co_firstlineno", Intro.CO_FIRSTLINENO);
  into(typeDict(functionType));
  def("__code__", Intro.FUNC_CODE);
  def("__globals__", Intro.FUNC_GLOBALS);
  def("__closure__", Intro.FUNC_CLOSURE);
}

// sys.version_info: the language is CPython 3.11's. A tuple whose type names its fields (a native
// type of tuple's kind: natives see a tuple); its repr is the plain tuple's.
function versionInfo(): Value {
  const t = newType(Kind.TUPLE, tupleType);
  asType(t).name = immortalStr("version_info");
  into(typeDict(t));
  def("major", Intro.VERSION_FIELD); def("minor", Intro.VERSION_FIELD + 1); def("micro", Intro.VERSION_FIELD + 2);
  def("releaselevel", Intro.VERSION_FIELD + 3); def("serial", Intro.VERSION_FIELD + 4);
  const v = tupleNew(5);
  asTuple(v).type = t;
  tupleSet(v, 0, fromSmall(3)); tupleSet(v, 1, fromSmall(11)); tupleSet(v, 2, fromSmall(0));
  tupleSet(v, 3, immortalStr("final")); tupleSet(v, 4, fromSmall(0));
  return v;
}

// The names a local slot is listed under: not the compiler's hidden ones (".0", a comprehension's
// iterable), which CPython's locals() does not show either.
function shownName(name: Value): bool { return asStr(name).len > 0 && load<u8>(name + STR_HEADER) != 46; }

// locals() of frame f: a new dict of its bound locals (a cell's value for cell and free
// variables); a module's frame gives its globals and a class body its namespace, as in CPython.
function localsOf(f: u32): Value {
  const code = asCode(frameCode(f));
  if (code.flags & CodeFlag.MODULE) { const g = asFunc(load<u32>(f, F_FUNC)).globals; increfCall(g); return g; }
  if (code.flags & CodeFlag.CLASS_BODY) { const ns = load<u32>(f, F_LOCALS); increfCall(ns); return ns; }
  const d = dictNew();
  if (!d) { raiseMemoryError(); return 0; }
  for (let i: u32 = 0; i < code.nlocals; i++) {
    if (!putLocal(d, code, i, load<u32>(f + F_LOCALS + (i << 2)))) { decrefCall(d); return 0; }
  }
  return d;
}

// d[name of local i] = v, for a bound local shown by locals() (a cell gives its value).
function putLocal(d: Value, code: CodeObj, i: u32, v: Value): bool {
  if (v && kindOfCall(v) == Kind.CELL) v = asCell(v).value;
  const name = imageStr(load<u32>(code.localNames + (i << 2)));
  if (!v || !shownName(name) || dictSet(d, name, v)) return true;
  raiseMemoryError();
  return false;
}

// A snapshot frame object: its attributes in its dict.
function frameObj(code: Value, line: u32, globals: Value, locals: Value): Value {
  const o = instNew(frameType);
  const d = dictNew();
  if (!o || !d) { decrefCall(o); decrefCall(d); raiseMemoryError(); return 0; }
  asInst(o).dict = d;
  const ok = dictSet(d, fCode, code) && dictSet(d, fLineno, fromSmall(<i32>line)) &&
    (!globals || dictSet(d, fGlobals, globals)) && dictSet(d, fLocals, locals) && dictSet(d, fBack, None);
  if (!ok) { decrefCall(o); raiseMemoryError(); return 0; }
  return o;
}

// Frames of the prelude's functions (lib/_prelude.py) are the runtime's, not the program's: where
// CPython runs native code (list(), sorted(key=), sys._getframe itself) they are not shown.
function shownFrame(f: u32): bool { return !strEqLiteral(asCode(frameCode(f)).filename, "<prelude>"); }

function shownBelow(f: u32): u32 {
  while (f && !shownFrame(f)) f = load<u32>(f, F_BACK);
  return f;
}

// sys._getframe(depth): the program's frame `depth` calls below the running one,
// with its f_back chain down to the tasklet's first frame (each a snapshot taken now).
function frameAt(depth: i64): Value {
  let f = shownBelow(asTasklet(current).frame);
  for (let i: i64 = 0; i < depth && f; i++) f = shownBelow(load<u32>(f, F_BACK));
  if (!f || depth < 0) { raiseLit(ValueError, "call stack is not deep enough"); return 0; }
  return snapshots(f);
}

// tasklet.frame: a snapshot of the tasklet's top frame (the program's, as sys._getframe shows
// it) with its f_back chain, or None for a tasklet with no frame (new, or ended) or not started
// yet (Stackless's tasklet_get_frame: until then its frame is the C call that will start it).
export function taskletFrame(tv: Value): Value {
  const top = asTasklet(tv).frame;
  const f = shownBelow(top);
  const unstarted = top && !load<u32>(top, F_BACK) && framePc(top) == asCode(frameCode(top)).instr;
  if (!f || unstarted) { increfCall(None); return None; }
  return snapshots(f);
}

// Snapshots of frame f and the shown frames below it, chained through f_back.
function snapshots(top: u32): Value {
  let f = top;
  let first: Value = 0, prev: Value = 0;
  while (f) {
    const code = frameCode(f);
    const c = asCode(code);
    const pc = framePc(f);
    const at = pc > c.instr ? (pc - 4 - c.instr) >> 2 : 0; // (a frame not started yet: its first line)
    const locals = localsOf(f);
    if (!locals) { decrefCall(first); return 0; }
    const fo = frameObj(code, lineOf(code, at), asFunc(load<u32>(f, F_FUNC)).globals, locals);
    decrefCall(locals);
    if (!fo) { decrefCall(first); return 0; }
    if (prev && !dictSet(asInst(prev).dict, fBack, fo)) { decrefCall(fo); decrefCall(first); raiseMemoryError(); return 0; }
    if (prev) decrefCall(fo); // the previous frame's dict holds it
    else first = fo;
    prev = fo;
    f = shownBelow(load<u32>(f, F_BACK));
  }
  return first;
}

// gen.gi_frame: a snapshot of its frame (and the frames below while it runs), None once it has
// finished, as CPython's.
export function generatorFrame(gen: Value): Value {
  if (asGen(gen).state == GenState.FINISHED) { increfCall(None); return None; }
  const fo = snapshots(genFrame(gen));
  if (fo && !dictSet(asInst(fo).dict, fGenerator, gen)) { decrefCall(fo); raiseMemoryError(); return 0; }
  return fo;
}

// frame.clear(): a snapshot's locals are dropped; a generator's frame finalizes the generator
// (closes it), and one that is running cannot be cleared, as CPython's.
function frameClear(self: Value): Value {
  if (typeOf(self) != frameType) { raiseTypeMsg("descriptor 'clear' for 'frame' objects doesn't apply to a '", self, "' object"); return 0; }
  const d = asInst(self).dict;
  const gen = dictGet(d, fGenerator);
  if (gen && asGen(gen).state == GenState.RUNNING) { raiseLit(RuntimeError, "cannot clear an executing frame"); return 0; }
  const empty = dictNew();
  if (!empty || !dictSet(d, fLocals, empty)) { decrefCall(empty); raiseMemoryError(); return 0; }
  decrefCall(empty);
  if (!gen) { increfCall(None); return None; }
  const r = closeGen(gen);
  return r == GEN_DONE ? None : r;
}

// tb_frame of a traceback record: its code and line, and the locals the record kept (a frame that
// the exception left keeps them: vm/traceback.ts keepLocals); the record knows no globals.
function tbFrame(tb: Value): Value {
  const r = asTb(tb);
  const d = dictNew();
  if (!d) { raiseMemoryError(); return 0; }
  const held = r.held;
  if (held && kindOfCall(held) == Kind.TUPLE) {
    const n = tupleLen(held), c = asCode(r.code);
    for (let i: u32 = 0; i < n && i < c.nlocals; i++) {
      // stored last local first
      if (!putLocal(d, c, i, tupleGet(held, n - 1 - i))) { decrefCall(d); return 0; }
    }
  }
  const fo = frameObj(r.code, r.line, 0, d);
  decrefCall(d);
  return fo;
}

// print's destination (borrowed): file=, else sys.stdout; 0 with RuntimeError when sys has none.
export function printFile(args: u32, n: u32, kw: Value): Value {
  const file = kwarg(args, n, kw, "file");
  if (file && file != None) return file;
  const out = dictGet(sysDict, stdoutName);
  if (!out) raiseLit(RuntimeError, "lost sys.stdout");
  return out;
}

// print's sep= and end= are None or a str: CPython checks them before writing anything.
export function printSepEndOk(args: u32, n: u32, kw: Value): bool {
  for (let i = 0; i < 2; i++) {
    const x = kwarg(args, n, kw, i == 0 ? "sep" : "end");
    if (x && x != None && kindOfCall(x) != Kind.STR) {
      raiseTypeUnquoted(i == 0 ? "sep must be None or a string, not " : "end must be None or a string, not ", x, "");
      return false;
    }
  }
  return true;
}

// sys.stderr as a script set it: 0 while it is the standard stream (written natively), else the
// object (None included: CPython's unraisable hook then prints nothing).
export function replacedStderr(): Value {
  const s = dictGet(sysDict, stderrName);
  return !s || s == stderrObj ? 0 : s;
}

// print() to anything but the standard streams (file=obj, or sys.stdout replaced): the prelude's
// print_to calls obj.write for each piece (natives never call Python). None when there is
// nothing to print (sys.stdout is None, as CPython), 0 when print writes natively or on error.
export function printElsewhere(args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("print", kw, "sep,end,file,flush") || !printSepEndOk(args, n, kw)) return 0;
  const file = printFile(args, n, kw);
  if (!file || file == stdoutObj || file == stderrObj) return 0;
  if (file == None) { increfCall(None); return None; }
  const fn = preludeFunction(N.print_to_);
  if (!fn) return 0;
  const npos = positional(n, kw);
  const items = tupleNew(npos);
  if (!items) { raiseMemoryError(); return 0; }
  for (let i: u32 = 0; i < npos; i++) { const v = load<u32>(args + (i << 2)); increfCall(v); tupleSet(items, i, v); }
  const sep = kwarg(args, n, kw, "sep"), end = kwarg(args, n, kw, "end"), flush = kwarg(args, n, kw, "flush");
  store<u32>(printArgs, file);
  store<u32>(printArgs, items, 4);
  store<u32>(printArgs, sep ? sep : None, 8);
  store<u32>(printArgs, end ? end : None, 12);
  store<u32>(printArgs, flush ? flush : False, 16);
  const r = callPython(fn, 0, printArgs, 5);
  decrefCall(items);
  memory.fill(printArgs, 0, 20);
  return r;
}

// `from m import *` (host/compiler/codegen.ts importStar): the names in m.__all__ (a list or tuple
// of str), else every name of m not starting with `_`, bound in the module `target`. Reading a
// module's attribute never runs Python code, so this is a native.
function importStar(m: Value, target: Value): Value {
  if (kindOfCall(m) != Kind.MODULE || kindOfCall(target) != Kind.MODULE) { raiseLit(TypeError, "import_star() takes two modules"); return 0; }
  const src = asModule(m).dict, dst = asModule(target).dict;
  const all = dictGet(src, allName);
  if (all) {
    const k = kindOfCall(all);
    if (k != Kind.LIST && k != Kind.TUPLE) { raiseLit(TypeError, "__all__ must be a list or tuple of names here"); return 0; }
    for (let i: u32 = 0; i < (k == Kind.LIST ? listLen(all) : tupleLen(all)); i++) {
      const name = k == Kind.LIST ? listGet(all, i) : tupleGet(all, i);
      if (kindOfCall(name) != Kind.STR) { raiseTypeUnquoted("Item in __all__ must be str, not ", name, ""); return 0; }
      if (!bindFrom(m, name, dst)) return 0;
    }
    increfCall(None);
    return None;
  }
  let i = dictNext(src, 0);
  while (i >= 0) {
    const name = entryKey(entryAt(src, <u32>i));
    if (kindOfCall(name) == Kind.STR && asStr(name).len && load<u8>(name + STR_HEADER) != 95 && !bindFrom(m, name, dst)) return 0;
    i = dictNext(src, <u32>i + 1);
  }
  increfCall(None);
  return None;
}

function bindFrom(m: Value, name: Value, dst: Value): bool {
  const v = getAttr(m, name); // a module's native property is computed, as a plain import reads it
  if (!v) return false;
  const ok = dictSet(dst, name, v);
  decrefCall(v);
  if (!ok) raiseMemoryError();
  return ok;
}

function orNone(v: Value): Value { const x = v ? v : None; increfCall(x); return x; }

function excInfo(): Value {
  const e = asTasklet(current).excInfo;
  const t = tupleNew(3);
  if (!t) { raiseMemoryError(); return 0; }
  if (!e || e == None) {
    for (let i: u32 = 0; i < 3; i++) { increfCall(None); tupleSet(t, i, None); }
    return t;
  }
  const ty = typeOf(e);
  increfCall(ty); tupleSet(t, 0, ty);
  increfCall(e); tupleSet(t, 1, e);
  tupleSet(t, 2, orNone(kindOfCall(e) == Kind.EXCEPTION ? asExc(e).tb : 0));
  return t;
}

// e.__traceback__ = tb (None or a traceback): the records later frames add go in front of it.
function setTraceback(e: Value, tb: Value): bool {
  if (tb != None && kindOfCall(tb) != Kind.TRACEBACK) {
    raiseLit(TypeError, "__traceback__ must be a traceback or None");
    return false;
  }
  const old = asExc(e).tb;
  if (tb != None) increfCall(tb);
  asExc(e).tb = tb == None ? 0 : tb;
  decrefCall(old);
  return true;
}

function write(self: Value, args: u32, npos: u32): Value {
  if (!arity("write", npos, 1, 1)) return 0;
  const s = load<u32>(args);
  if (kindOfCall(s) != Kind.STR) { raiseTypeUnquoted("write() argument must be str, not ", s, ""); return 0; }
  if (self == stderrObj) writeStderr(s + STR_HEADER, asStr(s).len);
  else writeStdout(s + STR_HEADER, asStr(s).len);
  return fromSmall(<i32>asStr(s).nchars);
}

export function callIntro(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("builtin", kw, "")) return 0;
  const npos = positional(n, kw);
  switch (id) {
    case Intro.LOCALS: {
      if (!arity("locals", npos, 0, 0)) return 0;
      return localsOf(asTasklet(current).frame);
    }
    case Intro.VARS: {
      if (!arity("vars", npos, 0, 1)) return 0;
      if (!npos) return localsOf(asTasklet(current).frame);
      const o = load<u32>(args);
      if (kindOfCall(o) == Kind.TYPE && asType(o).mro && asType(o).dict) { increfCall(asType(o).dict); return asType(o).dict; }
      const k = kindOfCall(o);
      if (k != Kind.INSTANCE && k != Kind.MODULE && k != Kind.EXCEPTION && k != Kind.FUNCTION && !asType(typeOf(o)).mro) {
        raiseLit(TypeError, "vars() argument must have __dict__ attribute");
        return 0;
      }
      return getAttr(o, N.dict_);
    }
    case Intro.EXC_INFO: {
      if (!arity("exc_info", npos, 0, 0)) return 0;
      return excInfo();
    }
    case Intro.FRAME: {
      if (!arity("_getframe", npos, 0, 1)) return 0;
      const d = npos ? load<u32>(args) : fromSmall(0);
      if (!isIntLike(d)) { raiseTypeMsg("", d, " object cannot be interpreted as an integer"); return 0; }
      return frameAt(intValue(d));
    }
    case Intro.CURRENT_FRAMES: {
      // {thread id: its top frame}: the running thread's (the others' are not snapshotted here)
      if (!arity("_current_frames", npos, 0, 0)) return 0;
      const fo = frameAt(0);
      if (!fo) return 0;
      const d = dictNew();
      const ok = d && dictSet(d, fromSmall(<i32>currentIdent()), fo);
      decrefCall(fo);
      if (!ok) { if (d) decrefCall(d); raiseMemoryError(); return 0; }
      return d;
    }
    case Intro.WRITE: return write(self, args, npos);
    case Intro.FRAME_CLEAR: if (!arity("clear", npos, 0, 0)) return 0; return frameClear(self);
    case Intro.IMPORT_STAR: if (!arity("import_star", npos, 2, 2)) return 0; return importStar(load<u32>(args), load<u32>(args, 4));
    case Intro.EXEC: case Intro.EVAL: {
      // programs are compiled ahead of time into an image: the VM has no compiler for source text
      const mark = bufLen;
      bufLit(id == Intro.EXEC ? "exec" : "eval");
      bufLit("() of source text is not supported: the VM runs precompiled images");
      raiseBuf(NotImplementedError, mark);
      return 0;
    }
    case Intro.FLUSH: {
      if (!arity("flush", npos, 0, 0)) return 0;
      if (self == stdoutObj) flushStdout();
      return None;
    }
    case Intro.TB_NEXT: return orNone(asTb(self).next);
    case Intro.TB_REPEATS: {
      // how many more frames, at the same place, a record of deep recursion stands for
      // (vm/traceback.ts addTraceback folds them; tb_next goes past them)
      if (!arity("tb_repeats", npos, 1, 1)) return 0;
      const tb = load<u32>(args);
      if (kindOfCall(tb) != Kind.TRACEBACK) { raiseTypeMsg("tb_repeats() needs a traceback, not ", tb, ""); return 0; }
      return fromSmall(<i32>asTb(tb).repeats);
    }
    case Intro.SOURCE_LINE: {
      // the stripped text of a line of code's file, or None where the image keeps none
      if (!arity("source_line", npos, 2, 2)) return 0;
      const code = load<u32>(args), line = load<u32>(args, 4);
      if (kindOfCall(code) != Kind.CODE) { raiseTypeMsg("source_line() needs a code object, not ", code, ""); return 0; }
      if (!isIntLike(line)) { raiseTypeMsg("source_line() needs an int line, not ", line, ""); return 0; }
      const n = intValue(line);
      if (n <= 0 || n > <i64>u32.MAX_VALUE) return None;
      const s = sourceLine(code, <u32>n);
      if (!s && outOfMemory) { raiseMemoryError(); return 0; }
      return s ? s : None;
    }
    case Intro.TB_LINENO: return fromSmall(<i32>asTb(self).line);
    case Intro.TB_FRAME: return tbFrame(self);
    case Intro.EXC_TRACEBACK: {
      if (n == 1) return setTraceback(self, load<u32>(args)) ? None : 0;
      return orNone(asExc(self).tb);
    }
    case Intro.WITH_TRACEBACK: {
      if (!arity("with_traceback", npos, 1, 1)) return 0;
      if (!setTraceback(self, load<u32>(args))) return 0;
      increfCall(self);
      return self;
    }
    case Intro.VERSION_FIELD: case Intro.VERSION_FIELD + 1: case Intro.VERSION_FIELD + 2:
    case Intro.VERSION_FIELD + 3: case Intro.VERSION_FIELD + 4: {
      const v = tupleGet(self, id - Intro.VERSION_FIELD);
      increfCall(v);
      return v;
    }
    case Intro.CO_NAME: { const v = asCode(self).name; increfCall(v); return v; }
    case Intro.CO_QUALNAME: { const v = asCode(self).qualname; increfCall(v); return v; }
    case Intro.CO_FILENAME: { const v = asCode(self).filename; increfCall(v); return v; }
    case Intro.CO_FIRSTLINENO: return fromSmall(<i32>asCode(self).firstLine);
    case Intro.FUNC_CODE: { const v = asFunc(self).code; increfCall(v); return v; }
    case Intro.FUNC_GLOBALS: case Intro.FUNC_CLOSURE: {
      if (n) { raiseLit(AttributeError, "readonly attribute"); return 0; }
      const fo = asFunc(self);
      const v = id == Intro.FUNC_GLOBALS ? fo.globals : fo.closure ? fo.closure : None;
      increfCall(v);
      return v;
    }
  }
  return 0;
}
