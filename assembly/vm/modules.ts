// Modules: the native ones (stackless, sys), and the image's own, which are created on first
// import and initialised by running their code in a frame (never recursively): the frame's hook
// pushes the module when its body returns.
import { None } from "../objects/singletons";
import { Value, Kind } from "../objects/object";
import { kindOfCall } from "../objects/type";
import { asStr, STR_HEADER, strEq, strFromBytes } from "../objects/str";
import { dictNew, dictGet, dictSet, dictNext, entryAt, entryValue } from "../objects/dict";
import { gcClearedRoot } from "../memory/gc";
import { funcNew, asCode } from "../objects/function";
import { moduleNew, asModule } from "../objects/module";
import { N } from "../objects/names";
import { increfCall, decrefCall } from "../memory/refcount";
import { alloc } from "../memory/heap";
import { raiseBuf, raiseMemoryError } from "../objects/errors";
import { ModuleNotFoundError, RuntimeError } from "../objects/exception";
import { bufLit, bufLen, bufStrValue } from "../objects/buf";
import { imageStr, imageCode, modules, nmodules } from "./image";
import { pushFrame, setEnter, ENTER, enterFrame } from "./call";
import { setFrameHook, Hook, hookOf } from "./frame";
import { current } from "../stackless/scheduler";
import { asTasklet } from "../stackless/tasklet";

let moduleObjs: u32 = 0; // nmodules Values: module objects, 0 until imported

// The modules by name (sys.modules): builtins/init.ts makes it and adds the native modules at
// init, then the image's are added on import.
export let nativeModules: Value = 0;
export function nativeModulesNew(): void { nativeModules = dictNew(); }

export function modulesInit(): void { moduleObjs = 0; }

export function moduleAt(i: u32): Value { return load<u32>(moduleObjs + (i << 2)); }

function imageModuleIndex(name: Value): i32 {
  for (let i: u32 = 0; i < nmodules; i++) {
    if (strEq(imageStr(load<u32>(modules + (i << 3))), name)) return <i32>i;
  }
  return -1;
}

// The globals dict of a new module named name, whose body is the image's code `code`.
function moduleGlobals(name: Value, code: Value): Value {
  const g = dictNew();
  if (!g) return 0;
  const doc = asCode(code).doc;
  if (!dictSet(g, N.name_, name) || !dictSet(g, N.doc_, doc ? doc : None)) return 0;
  // the source file it was compiled from (the path the compiler was given), as CPython sets it
  if (!dictSet(g, N.file_, asCode(code).filename)) return 0;
  return g;
}

// Make module 0 (__main__) and return its function; 0 if memory ran out.
export function mainFunction(): Value {
  moduleObjs = alloc((nmodules ? nmodules : 1) << 2);
  if (!moduleObjs) return 0;
  memory.fill(moduleObjs, 0, nmodules << 2);
  const code = imageCode(load<u32>(modules, 4));
  const g = moduleGlobals(N.main_, code);
  if (!g) return 0;
  const m = moduleNew(N.main_, g);
  if (!m) return 0;
  store<u32>(moduleObjs, m);
  dictSet(nativeModules, N.main_, m);
  increfCall(g); // the module's reference: its globals outlive main's frame (a host calls in later)
  return funcNew(code, g, 0, 0, 0);
}

// IMPORT_NAME: the module (a new reference), ENTER (its body must run first; the frame's hook
// pushes the module, or runs the import again for a package's parent), or 0 on error.
export function importModule(name: Value): Value {
  const loaded = dictGet(nativeModules, name);
  if (loaded) { increfCall(loaded); return loaded; }
  const index = imageModuleIndex(name);
  if (index < 0) {
    const mark = bufLen;
    bufLit("No module named '");
    bufStrValue(name);
    bufLit("'");
    raiseBuf(ModuleNotFoundError, mark);
    return 0;
  }
  // a package's submodule: import the parent package first, then this import runs again
  const len = asStr(name).len;
  let dot: i32 = -1;
  for (let i = <i32>len - 1; i >= 0; i--) if (load<u8>(name + STR_HEADER + <u32>i) == 46) { dot = i; break; }
  let parent: Value = 0;
  if (dot > 0) {
    const pname = strFromBytes(name + STR_HEADER, <u32>dot);
    if (!pname) { raiseMemoryError(); return 0; }
    parent = dictGet(nativeModules, pname);
    if (!parent && imageModuleIndex(pname) >= 0) {
      const r = importModule(pname);
      decrefCall(pname);
      if (r && r != ENTER) { decrefCall(r); return importModule(name); }
      if (r == ENTER) setFrameHook(enterFrame, hookOf(Hook.REDO, 0));
      return r;
    }
    decrefCall(pname);
  }
  const code = imageCode(load<u32>(modules + (<u32>index << 3), 4));
  const g = moduleGlobals(name, code);
  if (!g) { raiseMemoryError(); return 0; }
  const m = moduleNew(name, g);
  if (!m) { raiseMemoryError(); return 0; }
  store<u32>(moduleObjs + (<u32>index << 2), m);
  // registered before its body runs, so circular imports see the partly made module
  if (!dictSet(nativeModules, name, m)) { raiseMemoryError(); return 0; }
  if (parent) {
    const child = strFromBytes(name + STR_HEADER + <u32>dot + 1, len - <u32>dot - 1);
    if (child) { dictSet(asModule(parent).dict, child, m); decrefCall(child); }
  }
  const fn = funcNew(code, g, 0, 0, 0);
  if (!fn) { raiseMemoryError(); return 0; }
  increfCall(g);
  const f = pushFrame(asTasklet(current), fn, 0, 0, 0, 0);
  decrefCall(fn);
  if (!f) return 0;
  setFrameHook(f, hookOf(Hook.MODULE, <u32>index));
  return setEnter(f, false);
}

// gcExitCollect's roots: every module's globals are cleared at exit.
export function clearModuleGlobals(): void {
  let i = dictNext(nativeModules, 0);
  while (i >= 0) {
    const m = entryValue(entryAt(nativeModules, <u32>i));
    if (kindOfCall(m) == Kind.MODULE) gcClearedRoot(asModule(m).dict);
    i = dictNext(nativeModules, <u32>i + 1);
  }
}

// A function of the prelude module (borrowed), or 0 with RuntimeError pending. Natives call it
// as a Python function, so anything else under that name (a damaged image) is refused here.
export function preludeFunction(name: Value): Value {
  const m = dictGet(nativeModules, N.prelude_);
  const fn = m ? dictGet(asModule(m).dict, name) : 0;
  if (!fn || kindOfCall(fn) != Kind.FUNCTION) {
    const mark = bufLen;
    bufLit("the prelude has no function '");
    bufStrValue(name);
    bufLit("' (was the image compiled without lib/_prelude.py?)");
    raiseBuf(RuntimeError, mark);
    return 0;
  }
  return fn;
}
