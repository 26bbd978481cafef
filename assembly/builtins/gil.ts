// The `_gil` module: interpreter threads as the script sees them natively (stackless/threads.ts).
// lib/_thread.py and lib/threading.py build the public modules on it.
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOfCall } from "../objects/type";
import { None } from "../objects/singletons";
import { TypeError } from "../objects/exception";
import { raiseLit } from "../objects/errors";
import { positional, arity, onlyKeywords } from "./args";
import { into, def } from "./registry";
import { newInt } from "./core";
import { startThread, currentIdent, threadCount, killOthers } from "../stackless/threads";
import { channelAction, holdThreadOnNextBlock } from "../stackless/channels";
import { resumeWith } from "../stackless/scheduler";

export namespace Gil {
  export const START: u32 = 2900;
  export const IDENT: u32 = 2901;
  export const COUNT: u32 = 2902;
  export const HOLD_RECEIVE: u32 = 2903;
  export const END_TASKLETS: u32 = 2904;
}

export function gilInit(d: Value): void {
  into(d);
  def("start", Gil.START);
  def("ident", Gil.IDENT);
  def("count", Gil.COUNT);
  def("hold_receive", Gil.HOLD_RECEIVE);
  def("end_tasklets", Gil.END_TASKLETS);
}

export function callGil(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (!onlyKeywords("_gil function", kw, "")) return 0;
  const npos = positional(n, kw);
  switch (id) {
    case Gil.START: {
      // start(function, arg): a new thread whose main tasklet calls function(arg)
      if (!arity("start", npos, 2, 2)) return 0;
      const ident = startThread(load<u32>(args), load<u32>(args, 4));
      if (ident < 0) return 0;
      const r = newInt(ident);
      if (!r) return 0;
      // through a reload: the running slice is cut to the GIL's interval now that there is
      // another thread
      return resumeWith(r);
    }
    case Gil.IDENT:
      if (!arity("ident", npos, 0, 0)) return 0;
      return newInt(<i64>currentIdent());
    case Gil.COUNT:
      if (!arity("count", npos, 0, 0)) return 0;
      return fromSmall(<i32>threadCount);
    case Gil.END_TASKLETS:
      // end_tasklets(): TaskletExit (pending) into the thread's other tasklets
      if (!arity("end_tasklets", npos, 0, 0)) return 0;
      killOthers();
      return None;
    case Gil.HOLD_RECEIVE: {
      // hold_receive(channel): receive, and while this tasklet waits its whole thread waits with
      // it (a `_thread` lock blocks the thread, as an OS lock does in Stackless)
      if (!arity("hold_receive", npos, 1, 1)) return 0;
      const ch = load<u32>(args);
      if (kindOfCall(ch) != Kind.CHANNEL) { raiseLit(TypeError, "hold_receive() argument must be a channel"); return 0; }
      holdThreadOnNextBlock();
      return channelAction(ch, None, -1, false);
    }
  }
  raiseLit(TypeError, "unknown _gil builtin");
  return 0;
}
