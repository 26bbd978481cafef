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

export default class ColdCode extends Transform {
  afterCompile(module) {
    for (const pattern of COLD) {
      this.binaryen.setPassArgument("no-inline", pattern);
      module.runPasses(["no-inline"]);
    }
    this.binaryen.clearPassArguments();
  }
}
