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
  "assembly/objects/int/int*Call", // intValue, intFitsI64 off the hot paths
  "assembly/objects/dict/dictNext",
  "assembly/objects/unicode/*",
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
