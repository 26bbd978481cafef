// Host requests: everything the host asks of the script (rt.call, rt.spawn, module attributes,
// channels, settling an async host call) is one MessagePack request run by the prelude's
// host_request(req) in a tasklet of its own, put first in the run queue. The scheduler then runs
// as in vm_run until that tasklet ends (its return value or exception is the reply) or `ops`
// opcodes have run (the request is given up: its tasklet goes on as any other, its result is
// dropped). docs/abi.md, "Host requests".
import { Value, Kind, fromSmall } from "../objects/object";
import { kindOfCall, typeOf, asType } from "../objects/type";
import { asStr, STR_HEADER, strEqLiteral } from "../objects/str";
import { tupleLen } from "../objects/tuple";
import { asExc, asTb } from "../objects/exception";
import { asCode } from "../objects/function";
import { bufLen, bufPtr, bufByte, bufReset, bufFailed, bufTakeFailure, bufStr } from "../objects/buf";
import { None } from "../objects/singletons";
import { writeStr } from "../objects/repr";
import { alloc, free } from "../memory/heap";
import { increfCall, decrefCall } from "../memory/refcount";
import { N } from "../objects/names";
import { asTasklet, taskletNew, TF } from "../stackless/tasklet";
import { setCurrent } from "../stackless/scheduler";
import { startPreludeTasklet } from "../vm/call";
import { preludeFunction } from "../vm/modules";
import { curExc, takeExc } from "../objects/errors";
import { setMessage } from "../vm/message";
import { dictNew, dictSet, dictGet } from "../objects/dict";
import { encodeValue, decodeValue, encodeArrayHeader, encodeStrBytes } from "./msgpack";
import { sourceLine } from "../vm/source";

// What vm_host returns.
export namespace Reply {
  export const VALUE: i32 = 0;    // the reply block holds the value
  export const ERROR: i32 = 1;    // the reply block holds an error record
  export const GIVEN_UP: i32 = 2; // ops ran out, or everything waits: the request goes on unanswered
  export const REFUSED: i32 = 3;  // no program, or it has ended (vm_message says which)
}

// vm_host_mode: bit 0, uncaught tasklet exceptions go to the host (host_error), not to main;
// bit 1, the program stays alive (idle) when main has returned and nothing runs, until vm_exit,
// so the host can still call into it.
export let hostErrors = false;
export let hostKeepsAlive = false;
export function setHostMode(flags: u32): void { hostErrors = (flags & 1) != 0; hostKeepsAlive = (flags & 2) != 0; }
export let hostError: (ptr: u32, len: u32) => void = (ptr: u32, len: u32): void => {};
export function setHostErrorImport(f: (ptr: u32, len: u32) => void): void { hostError = f; }

// The transfer buffer (host -> VM payloads) and the reply block ([u32 length][bytes]).
let transfer: u32 = 0;
let transferCap: u32 = 0;
let reply: u32 = 0;
let replyCap: u32 = 0;

// The request being run, and what it ended with.
let active: Value = 0;
let result: Value = 0;
let failure: Value = 0;
let ended = false;

// For vm_init on a used instance (runtime.ts, resetModules): the heap they pointed into is gone.
export function requestsReset(): void {
  transfer = 0; transferCap = 0; reply = 0; replyCap = 0;
  active = 0; result = 0; failure = 0; ended = false; handles = 0; hostErrors = false; hostKeepsAlive = false;
}

// vm_buffer: room for a payload of len bytes; 0 when it does not fit in the budget.
export function transferBuffer(len: u32): u32 {
  if (len <= transferCap && transfer) return transfer;
  if (transfer) free(transfer, transferCap);
  transfer = 0;
  transferCap = 0;
  const p = alloc(len ? len : 1);
  if (!p) { setMessage("the payload does not fit in the memory budget"); return 0; }
  transfer = p;
  transferCap = len ? len : 1;
  return p;
}

export function replyBlock(): u32 { return reply; }

// The transfer buffer when a payload of len bytes fits in it, else 0.
export function transferPayload(len: u32): u32 { return transfer && len <= transferCap ? transfer : 0; }

// Starts request `len` bytes long in the transfer buffer: its tasklet is made current. Returns -1
// when started, else a Reply (an error record for a payload that cannot be decoded).
export function startRequest(len: u32): i32 {
  if (len > transferCap) { setMessage("vm_host: the payload is longer than the transfer buffer"); return Reply.REFUSED; }
  const req = decodeValue(transfer, len);
  if (!req) return errorReply(takeExc());
  const tv = startPreludeTasklet(N.host_request_, req);
  decrefCall(req);
  if (!tv) return errorReply(takeExc());
  asTasklet(tv).flags |= TF.HOST;
  active = tv; // (borrowed: the run queue holds it)
  ended = false;
  return -1;
}

// The interpreter's word that a tasklet flagged TF.HOST ended (result taken; exc taken only when
// it is the active request). True when it is: the interpreter then returns to the host.
export function hostTaskletEnded(tv: Value, res: Value, exc: Value): bool {
  if (tv != active) { decrefCall(res); return false; }
  result = res;
  failure = exc;
  ended = true;
  active = 0;
  return true;
}

// A request the host gave up on: its tasklet goes on as any other; if it fails later, that is
// reported as ignored (interpreter.ts), since no one waits for it.
export function giveUpRequest(): i32 {
  if (active) active = 0;
  return Reply.GIVEN_UP;
}

export function requestEnded(): bool { return ended; }

// The reply of an ended request: its value, or its error record.
export function finishRequest(): i32 {
  ended = false;
  const v = result, e = failure;
  result = 0;
  failure = 0;
  if (e) { decrefCall(v); return errorReply(e); }
  const mark = bufLen;
  const ok = encodeValue(v ? v : None);
  decrefCall(v);
  if (!ok) { bufReset(mark); return errorReply(takeExc()); }
  return setReply(mark, Reply.VALUE);
}

// exc (taken) as an error record [type name, message, [[file, line, function, source], ...]]
// (outermost frame first; the prelude's frames are the runtime's and not shown).
export function errorReply(exc: Value): i32 {
  const mark = bufLen;
  if (!exc) { bufByte(0xC0); return setReply(mark, Reply.ERROR); }
  encodeErrorRecord(exc, 0);
  decrefCall(exc);
  return setReply(mark, Reply.ERROR);
}

// tasklet -> the handle rt.spawn gave it (the prelude's host_request registers it)
let handles: Value = 0;

export function setHandle(t: Value, h: Value): bool {
  if (!handles) handles = dictNew();
  return handles != 0 && dictSet(handles, t, h);
}

// An uncaught exception of tasklet tv (exc taken), for a host that handles them: the error record
// with the tasklet's handle (nil unless rt.spawn made it) goes out through the host_error import.
export function reportToHost(tv: Value, exc: Value): void {
  const mark = bufLen;
  encodeErrorRecord(exc, tv);
  decrefCall(exc);
  if (bufFailed) { bufTakeFailure(); bufReset(mark); return; } // (without memory the report is lost)
  hostError(bufPtr + mark, bufLen - mark);
  bufReset(mark);
}

export function encodeErrorRecord(exc: Value, tv: Value): void {
  encodeArrayHeader(4);
  putStr(asType(typeOf(exc)).name);
  // str(exc) as the traceback's last line shows it
  const m = bufLen;
  writeStr(exc);
  const msg = bufStr(m);
  if (msg) { putStr(msg); decrefCall(msg); } else encodeStrBytes(0, 0);
  let n: u32 = 0;
  for (let tb = kindOfCall(exc) == Kind.EXCEPTION ? asExc(exc).tb : 0; tb; tb = asTb(tb).next) if (shown(asTb(tb).code)) n++;
  encodeArrayHeader(n);
  for (let tb = kindOfCall(exc) == Kind.EXCEPTION ? asExc(exc).tb : 0; tb; tb = asTb(tb).next) {
    const r = asTb(tb);
    if (!shown(r.code)) continue;
    const c = asCode(r.code);
    encodeArrayHeader(4);
    putStr(c.filename);
    encodeValue(fromSmall(<i32>r.line));
    putStr(c.name);
    const src = sourceLine(r.code, r.line); // (nil when the image carries no source text)
    if (src) { putStr(src); decrefCall(src); } else bufByte(0xC0);
  }
  const h = tv && handles ? dictGet(handles, tv) : 0;
  if (h) encodeValue(h); else bufByte(0xC0);
}

function shown(code: Value): bool { return !strEqLiteral(asCode(code).filename, "<prelude>"); }

function putStr(s: Value): void { encodeStrBytes(s + STR_HEADER, asStr(s).len); }

// The text builder's bytes since mark become the reply block.
function setReply(mark: u32, status: i32): i32 {
  if (bufFailed) {
    bufTakeFailure();
    bufReset(mark);
    setMessage("the reply does not fit in the memory budget");
    return Reply.REFUSED;
  }
  const n = bufLen - mark;
  if (reply) free(reply, replyCap);
  reply = alloc(4 + n);
  replyCap = 4 + n;
  if (!reply) { replyCap = 0; bufReset(mark); setMessage("the reply does not fit in the memory budget"); return Reply.REFUSED; }
  store<u32>(reply, n);
  memory.copy(reply + 4, bufPtr + mark, n);
  bufReset(mark);
  return status;
}
