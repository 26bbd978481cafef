// asc transform: functions on cold paths (raising an error, building its message, loading and
// verifying an image, initialisation) are never inlined. At -O3 binaryen copies every small
// function into each caller; these helpers have hundreds of call sites (raiseLit about 300),
// so their copies cost tens of kilobytes of code that runs once per error or once per start.
// A call is a few nanoseconds on a path that allocates an exception anyway. Hot helpers (frames,
// arithmetic, the scheduler) keep binaryen's choice. Listed in asconfig.json; hashed by
// scripts/build.js with the sources.
import { Transform } from "assemblyscript/transform";

// binaryen wildcards (`*` and `?`) over asc's internal names: `path/of/file/function`.
export const COLD = [
  "assembly/objects/errors/raise*",
  "assembly/objects/errors/bufTypeName",
  "assembly/vm/message/*",
  "assembly/vm/image/*",
  "assembly/vm/verify/*",
  "assembly/builtins/init/*",
  "assembly/objects/buf/buf*",
  "assembly/objects/type/isSubtype",
  "assembly/objects/int/intSign",
  "assembly/objects/int/intValue", // inlined only as intValueInline, on the hot paths
  "assembly/objects/int/intFitsI64",
  "assembly/objects/dict/dictNext",
  "assembly/objects/unicode/*",
  "assembly/memory/refcount/*Call", // incref, decref off the hot paths
  "assembly/objects/type/kindOfCall",
  "assembly/objects/int/isIntLike",
  "assembly/objects/bytes/dataOf",
  // small raisers and result checks called from many places on error or setup paths
  "assembly/vm/interpreter/badBytecode",
  "assembly/vm/subscript/badIndex",
  "assembly/builtins/*/readOnly",
  "assembly/builtins/*/newInt",
  "assembly/builtins/*/orNone",
  "assembly/builtins/bytes/result",
  "assembly/builtins/math/flt",
  "assembly/builtins/math/domain",
  "assembly/builtins/math/rangeError",
  "assembly/builtins/ranges/overflow",
  "assembly/builtins/registry/def*",
  "assembly/host/msgpack/truncated",
  "assembly/wasi/fail",
  "~lib/math/R",
];

// Files whose every function is cold: loading and checking an image, initialisation, the natives
// no loop calls often (not the str/list/dict methods, len, range, the channel methods, math: those
// of the benchmarks), formatting numbers and messages, the host boundary (not the threads and
// the GIL, nor the collector: programs with threads or many containers run them all along).
// A helper they share with hot code (an int's value, a dict lookup) stays inlined in the hot code;
// these call one out-of-line copy of it instead (coldCallers below).
export const COLD_CALLERS = [
  ...["bytes", "codecs", "frames", "gc", "init", "io", "lazy", "registry", "stacklessapi", "strchars", "sys", "weakref"]
    .map((f) => `assembly/builtins/${f}/`),
  "assembly/objects/format/", "assembly/objects/numfmt/", "assembly/objects/repr/",
  "assembly/objects/errors/", "assembly/objects/names/", "assembly/vm/image/", "assembly/vm/verify/",
  "assembly/vm/message/", "assembly/vm/traceback/", "assembly/vm/modules/", "assembly/runtime/", "assembly/host/",
  "assembly/index/",
];

// Binaryen copies a helper into many callers only when it is tiny or makes no calls and is small
// (asc's -O3: 12 and 70 units of its measure). A callee that makes calls, or is larger than this
// many expressions before optimisation, stays a call anyway: a copy for cold callers would only add
// a forwarding function (measured: 100 saves the most).
const MAX_COPIED = 100;

const wildcard = (p) => new RegExp("^" + p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");

/** The direct calls of each function, with the number of expressions of each function's body. */
function callGraph(binaryen, module) {
  const E = binaryen.ExpressionIds;
  const funcs = new Map();
  for (let i = 0, n = module.getNumFunctions(); i < n; i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module) continue; // an import
    const fn = { info, size: 0, calls: [] };
    const walk = (e) => {
      if (!e) return;
      fn.size++;
      const x = binaryen.getExpressionInfo(e);
      switch (x.id) {
        case E.Block: x.children.forEach(walk); break;
        case E.If: walk(x.condition); walk(x.ifTrue); walk(x.ifFalse); break;
        case E.Loop: walk(x.body); break;
        case E.Break: case E.Switch: walk(x.condition); walk(x.value); break;
        case E.Call: fn.calls.push(e); x.operands.forEach(walk); break;
        case E.CallIndirect: walk(x.target); x.operands.forEach(walk); break;
        case E.LocalSet: case E.GlobalSet: case E.Unary: case E.Drop: case E.Return: walk(x.value); break;
        case E.Load: walk(x.ptr); break;
        case E.Store: walk(x.ptr); walk(x.value); break;
        case E.Binary: walk(x.left); walk(x.right); break;
        case E.Select: walk(x.ifTrue); walk(x.ifFalse); walk(x.condition); break;
        case E.MemoryGrow: walk(x.delta); break;
        case E.MemoryCopy: walk(x.dest); walk(x.source); walk(x.size); break;
        case E.MemoryFill: walk(x.dest); walk(x.value); walk(x.size); break;
        case E.LocalGet: case E.GlobalGet: case E.Const: case E.Nop: case E.Unreachable: case E.MemorySize: break;
        default: throw new Error(`cold-code: expression kind ${x.id} in ${info.name} (add it to the walk)`);
      }
    };
    walk(info.body);
    funcs.set(info.name, fn);
  }
  return funcs;
}

/** Binaryen chooses what to inline by the callee alone: a small helper is copied into every
 * caller, cold or hot. A cold caller calls `helper@cold` instead, a never-inlined function whose
 * body is the helper inlined once. Helpers with one caller, already never inlined, or that would
 * not be inlined anyway (MAX_COPIED) keep their direct calls. */
function coldCallers(binaryen, module) {
  const funcs = callGraph(binaryen, module);
  const never = COLD.map(wildcard);
  const callers = new Map();
  for (const [name, fn] of funcs) for (const c of fn.calls) {
    const t = binaryen.Call.getTarget(c);
    if (!callers.has(t)) callers.set(t, new Set());
    callers.get(t).add(name);
  }
  const copies = new Map();
  for (const [name, fn] of funcs) {
    if (!COLD_CALLERS.some((p) => name.startsWith(p))) continue;
    for (const c of fn.calls) {
      const t = binaryen.Call.getTarget(c);
      const callee = funcs.get(t);
      if (!callee || callee.calls.length || callee.size > MAX_COPIED || callers.get(t).size < 2 || never.some((r) => r.test(t))) continue;
      let copy = copies.get(t);
      if (!copy) {
        copy = `${t}@cold`;
        const { params, results } = callee.info;
        const args = binaryen.expandType(params).map((type, i) => module.local.get(i, type));
        module.addFunction(copy, params, results, [], module.call(t, args, results));
        copies.set(t, copy);
      }
      binaryen.Call.setTarget(c, copy);
    }
  }
}

export default class ColdCode extends Transform {
  afterCompile(module) {
    coldCallers(this.binaryen, module);
    for (const pattern of [...COLD, "*@cold"]) {
      this.binaryen.setPassArgument("no-inline", pattern);
      module.runPasses(["no-inline"]);
    }
    this.binaryen.clearPassArguments();
  }
}
