// The `stackless` module: tasklets, channels and the scheduler, as natives.
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOf, taskletType, channelType } from "../objects/type";
import { None, pyBool } from "../objects/singletons";
import { incref, decref } from "../memory/refcount";
import { raiseLit, raiseMemoryError, raiseTypeMsg } from "../vm/errors";
import { RuntimeError, TypeError } from "../objects/exception";
import { TF, asTasklet, taskletNew } from "../stackless/tasklet";
import { channelNew, asChannel } from "../stackless/channel";
import { channelAction } from "../stackless/channels";
import { current, main, runcount, dequeue, switchTo } from "../stackless/scheduler";
import { positional, arity, onlyKeywords, kwarg } from "./args";
import { into, def, typeDict, PROPERTY } from "./registry";

export namespace Sl {
  export const TASKLET: u32 = 400;
  export const CHANNEL: u32 = 401;
  export const SCHEDULE: u32 = 402;
  export const RUN: u32 = 403;
  export const GETCURRENT: u32 = 404;
  export const GETMAIN: u32 = 405;
  export const GETRUNCOUNT: u32 = 406;
  export const SEND: u32 = 410;
  export const RECEIVE: u32 = 411;
  export const BALANCE: u32 = 412 | PROPERTY;
  export const PREFERENCE: u32 = 413 | PROPERTY;
  export const ALIVE: u32 = 420 | PROPERTY;
  export const BLOCKED: u32 = 421 | PROPERTY;
  export const SCHEDULED: u32 = 422 | PROPERTY;
  export const IS_MAIN: u32 = 423 | PROPERTY;
  export const IS_CURRENT: u32 = 424 | PROPERTY;
}

export function stacklessInit(moduleDict: Value): void {
  into(moduleDict);
  def("schedule", Sl.SCHEDULE);
  def("run", Sl.RUN);
  def("getcurrent", Sl.GETCURRENT);
  def("getmain", Sl.GETMAIN);
  def("getruncount", Sl.GETRUNCOUNT);
  into(typeDict(channelType));
  def("send", Sl.SEND);
  def("receive", Sl.RECEIVE);
  def("balance", Sl.BALANCE);
  def("preference", Sl.PREFERENCE);
  into(typeDict(taskletType));
  def("alive", Sl.ALIVE);
  def("blocked", Sl.BLOCKED);
  def("scheduled", Sl.SCHEDULED);
  def("is_main", Sl.IS_MAIN);
  def("is_current", Sl.IS_CURRENT);
}

function run(): Value {
  if (current != main) { raiseLit(RuntimeError, "run() must be run from the main tasklet"); return 0; }
  if (runcount <= 1) return None;
  const m = asTasklet(main);
  const next = m.next;
  dequeue(main);
  decref(main); // the queue's reference; the VM keeps main alive
  m.flags |= TF.IN_RUN;
  return switchTo(main, next);
}

export function callStackless(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  const npos = positional(n, kw);
  switch (id) {
    case Sl.TASKLET: {
      if (!onlyKeywords("tasklet", kw, "func")) return 0;
      if (!arity("tasklet", npos, 0, 1)) return 0;
      const t = taskletNew();
      if (!t) { raiseMemoryError(); return 0; }
      const fn = npos ? load<u32>(args) : kwarg(args, n, kw, "func");
      if (fn && fn != None) {
        if (kindOf(fn) != Kind.FUNCTION) { decref(t); raiseLit(TypeError, "tasklet function must be a callable"); return 0; }
        incref(fn);
        asTasklet(t).tempval = fn; // held until the tasklet is called with its arguments
      }
      return t;
    }
    case Sl.CHANNEL: {
      if (!arity("channel", npos, 0, 0)) return 0;
      const c = channelNew();
      if (!c) raiseMemoryError();
      return c;
    }
    case Sl.SCHEDULE: {
      if (!onlyKeywords("schedule", kw, "retval")) return 0;
      if (!arity("schedule", npos, 0, 1)) return 0;
      let retval = npos ? load<u32>(args) : kwarg(args, n, kw, "retval");
      if (!retval) retval = current;
      const t = asTasklet(current);
      incref(retval);
      decref(t.tempval);
      t.tempval = retval;
      return switchTo(current, t.next);
    }
    case Sl.RUN: return run();
    case Sl.GETCURRENT: incref(current); return current;
    case Sl.GETMAIN: incref(main); return main;
    case Sl.GETRUNCOUNT: return fromSmall(<i32>runcount);
    case Sl.SEND: if (!arity("send", npos, 1, 1)) return 0; return channelAction(self, load<u32>(args), 1);
    case Sl.RECEIVE: if (!arity("receive", npos, 0, 0)) return 0; return channelAction(self, None, -1);
    case Sl.BALANCE: return fromSmall(asChannel(self).balance);
    case Sl.PREFERENCE: return fromSmall(asChannel(self).preference);
    case Sl.ALIVE: return pyBool((asTasklet(self).flags & TF.ALIVE) != 0);
    case Sl.BLOCKED: return pyBool((asTasklet(self).flags & TF.BLOCKED) != 0);
    case Sl.SCHEDULED: return pyBool((asTasklet(self).flags & TF.SCHEDULED) != 0);
    case Sl.IS_MAIN: return pyBool(self == main);
    case Sl.IS_CURRENT: return pyBool(self == current);
  }
  raiseLit(TypeError, "unknown stackless builtin");
  return 0;
}
