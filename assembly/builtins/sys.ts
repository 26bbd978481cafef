// The `sys` module.
import { Value, fromSmall } from "../objects/object";
import { intValue, isIntLike, intFromI64 } from "../objects/int";
import { listNew } from "../objects/list";
import { None } from "../objects/singletons";
import { incref } from "../memory/refcount";
import { raiseLit, raiseTypeMsg, raiseWith } from "../vm/errors";
import { ValueError, SystemExit } from "../objects/exception";
import { config } from "../vm/config";
import { positional, arity, onlyKeywords } from "./args";
import { into, def, defValue } from "./registry";

export namespace Sys {
  export const SETRECURSIONLIMIT: u32 = 500;
  export const GETRECURSIONLIMIT: u32 = 501;
  export const EXIT: u32 = 502;
}

export function sysInit(moduleDict: Value): void {
  into(moduleDict);
  def("setrecursionlimit", Sys.SETRECURSIONLIMIT);
  def("getrecursionlimit", Sys.GETRECURSIONLIMIT);
  def("exit", Sys.EXIT);
  defValue("argv", listNew(0));
  defValue("maxsize", intFromI64(i64.MAX_VALUE));
}

export function callSys(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("sys function", kw, "")) return 0;
  const npos = positional(n, kw);
  switch (id) {
    case Sys.SETRECURSIONLIMIT: {
      if (!arity("setrecursionlimit", npos, 1, 1)) return 0;
      const v = load<u32>(args);
      if (!isIntLike(v)) { raiseTypeMsg("", v, " object cannot be interpreted as an integer"); return 0; }
      const lim = intValue(v);
      if (lim < 1) { raiseLit(ValueError, "recursion limit must be greater or equal than 1"); return 0; }
      config.recursionLimit = lim > 0x7FFFFFFF ? 0x7FFFFFFF : <u32>lim;
      return None;
    }
    case Sys.GETRECURSIONLIMIT: return fromSmall(<i32>config.recursionLimit);
    case Sys.EXIT: {
      if (!arity("exit", npos, 0, 1)) return 0;
      const code = npos ? load<u32>(args) : None;
      incref(code);
      raiseWith(SystemExit, code == None ? 0 : code);
      return 0;
    }
  }
  return 0;
}
