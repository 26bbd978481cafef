// Host functions: the modules a host registers (vm_host_module) before the program runs. Such a
// module is a module object whose attributes are builtins with id Host.CALL; calling one encodes
// the arguments (host/msgpack.ts), crosses through the host_call import and decodes the reply.
// A pending reply (the host function returned a Promise) blocks only the calling tasklet: it
// waits in the prelude's host_wait on a channel, until a later host request settles it
// (docs/abi.md, "Host functions"). This is the seed's call_async, mapped onto the host.
import { Value, Kind, isSmall, fromSmall, smallValue } from "../objects/object";
import { kindOfCall, asType, isSubtype } from "../objects/type";
import { tupleNew, tupleSet, tupleGet, tupleLen } from "../objects/tuple";
import { listLen, listGet } from "../objects/list";
import { dictNew, dictSet, dictGet } from "../objects/dict";
import { moduleNew } from "../objects/module";
import { builtinNew, asBuiltin } from "../objects/function";
import { bufLen, bufPtr, bufReset, bufLit, bufStrValue, bufFailed, bufTakeFailure } from "../objects/buf";
import { alloc, free } from "../memory/heap";
import { increfCall, decrefCall } from "../memory/refcount";
import { raiseLit, raiseBuf, raiseWith, raiseMemoryError } from "../objects/errors";
import { TypeError, RuntimeError, Exception } from "../objects/exception";
import { builtins } from "../builtins/init";
import { nativeModules } from "../vm/modules";
import { into, def } from "../builtins/registry";
import { internName } from "../objects/interned";
import { N } from "../objects/names";
import { preludeCall } from "../builtins/dispatch";
import { hookOf, Hook } from "../vm/frame";
import { encodeValue, decodeValue, encodeArrayHeader } from "./msgpack";
import { setMessage } from "../vm/message";
import { importModule } from "../vm/modules";
import { setHandle, transferPayload } from "./requests";
import { None } from "../objects/singletons";

export namespace Host {
  export const CALL: u32 = 2800;
  export const IMPORT_MODULE: u32 = 2801; // _runtime.import_module(name): the module, imported if need be
  export const SET_HANDLE: u32 = 2802;    // _runtime.host_handle(tasklet, handle): rt.spawn's handle
  export const RAISE: u32 = 2803;         // _runtime.host_raise([type name, message]): an async call failed
}

// The private natives the prelude's host_request uses.
export function hostInit(runtime: Value): void {
  into(runtime);
  def("import_module", Host.IMPORT_MODULE);
  def("host_handle", Host.SET_HANDLE);
  def("host_raise", Host.RAISE);
}

// A reply's first byte (docs/abi.md): the value, an exception [type name, message], or pending
// (a call id the host settles later).
const REPLY_VALUE: u8 = 0;
const REPLY_ERROR: u8 = 1;
const REPLY_PENDING: u8 = 2;

// The imports, set by the embedding build (index.ts); the WASI build registers no host module.
export let hostCall: (fn: i32, ptr: u32, len: u32) => i32 = (fn: i32, ptr: u32, len: u32): i32 => -1;
export let hostReply: (dst: u32) => void = (dst: u32): void => {};
export function setHostCalls(call: (fn: i32, ptr: u32, len: u32) => i32, reply: (dst: u32) => void): void {
  hostCall = call;
  hostReply = reply;
}

// vm_host_module: the payload (in the transfer buffer) is [name, [[function name, host index],
// ...]]. Before the program runs: between vm_init and the first vm_run. Returns 0, or 1 with
// vm_message saying why.
export function registerHostModule(len: u32): i32 {
  const ptr = transferPayload(len);
  if (!ptr) { setMessage("vm_host_module: write the payload with vm_buffer first"); return 1; }
  const spec = decodeValue(ptr, len);
  if (!spec) { setMessage("vm_host_module: the payload is not a MessagePack value"); return 1; }
  const r = buildModule(spec);
  decrefCall(spec);
  return r;
}

function buildModule(spec: Value): i32 {
  if (kindOfCall(spec) != Kind.LIST || listLen(spec) != 2 || kindOfCall(listGet(spec, 0)) != Kind.STR || kindOfCall(listGet(spec, 1)) != Kind.LIST) {
    setMessage("vm_host_module: the payload must be [name, [[function name, index], ...]]");
    return 1;
  }
  const name = listGet(spec, 0), fns = listGet(spec, 1);
  if (dictGet(nativeModules, name)) { setMessage("vm_host_module: a module of that name exists already"); return 1; }
  const d = dictNew();
  if (!d) { setMessage("vm_host_module: out of memory"); return 1; }
  dictSet(d, N.name_, name);
  for (let i: u32 = 0; i < listLen(fns); i++) {
    const e = listGet(fns, i);
    if (kindOfCall(e) != Kind.LIST || listLen(e) != 2 || kindOfCall(listGet(e, 0)) != Kind.STR || !isSmall(listGet(e, 1))) {
      setMessage("vm_host_module: each function is [name, index]");
      return 1;
    }
    // self: (index, name), so the call knows where to go and errors can name it
    const self = tupleNew(2);
    if (!self) { setMessage("vm_host_module: out of memory"); return 1; }
    const fname = listGet(e, 0);
    increfCall(fname);
    tupleSet(self, 0, listGet(e, 1));
    tupleSet(self, 1, fname);
    const fn = builtinNew(Host.CALL, self);
    if (!fn || !dictSet(d, fname, fn)) { setMessage("vm_host_module: out of memory"); return 1; }
    decrefCall(fn);
  }
  increfCall(name);
  const m = moduleNew(name, d);
  if (!m || !dictSet(nativeModules, name, m)) { setMessage("vm_host_module: out of memory"); return 1; }
  return 0;
}

export function callHostNative(id: u32, self: Value, args: u32, n: u32, kw: Value): Value {
  if (id == Host.CALL) return callHost(self, args, n, kw);
  if (kw || n != (id == Host.SET_HANDLE ? 2 : 1)) { raiseLit(TypeError, "wrong arguments to a _runtime host function"); return 0; }
  const a = load<u32>(args);
  if (id == Host.IMPORT_MODULE) {
    if (kindOfCall(a) != Kind.STR) { raiseLit(TypeError, "import_module() argument must be str"); return 0; }
    return importModule(a); // ENTER when the module's body must run first: its frame returns the module
  }
  if (id == Host.SET_HANDLE) { if (!setHandle(a, load<u32>(args, 4))) { raiseMemoryError(); return 0; } increfCall(None); return None; }
  raiseHostError(a);
  return 0;
}

// A host function called with n positional arguments (borrowed).
function callHost(self: Value, args: u32, n: u32, kw: Value): Value {
  const fname = tupleGet(self, 1);
  if (kw) {
    const mark = bufLen;
    bufStrValue(fname);
    bufLit("() takes no keyword arguments (a host function)");
    raiseBuf(TypeError, mark);
    return 0;
  }
  const mark = bufLen;
  // the arguments: one MessagePack array
  encodeArrayHeader(n);
  for (let i: u32 = 0; i < n; i++) {
    if (!encodeValue(load<u32>(args + (i << 2)))) { bufReset(mark); return 0; }
  }
  if (bufFailed) { bufTakeFailure(); bufReset(mark); raiseMemoryError(); return 0; }
  const len = hostCall(<i32>smallValue(tupleGet(self, 0)), bufPtr + mark, bufLen - mark);
  bufReset(mark);
  if (len <= 0) { raiseLit(RuntimeError, "the host gave no reply to a host function call"); return 0; }
  const p = alloc(<u32>len);
  if (!p) { raiseMemoryError(); return 0; } // (the host drops the reply at its next call)
  hostReply(p);
  const kind = load<u8>(p);
  const v = decodeValue(p + 1, <u32>len - 1);
  free(p, <u32>len);
  if (!v) return 0;
  if (kind == REPLY_VALUE) return v;
  if (kind == REPLY_PENDING) {
    // only this tasklet waits: the prelude's host_wait receives the settled result
    const r = preludeCall(N.host_wait_, v, hookOf(Hook.REPLACE, 0));
    decrefCall(v);
    return r;
  }
  if (kind == REPLY_ERROR) { raiseHostError(v); decrefCall(v); return 0; }
  decrefCall(v);
  raiseLit(RuntimeError, "the host's reply has an unknown kind");
  return 0;
}

// The host's exception [type name, message] as a Python exception: a builtin exception class of
// that name (an Exception subclass), else RuntimeError, with the message.
export function raiseHostError(rec: Value): void {
  let type = RuntimeError;
  let msg: Value = 0;
  if (kindOfCall(rec) == Kind.LIST && listLen(rec) == 2) {
    const name = listGet(rec, 0);
    msg = listGet(rec, 1);
    const cls = kindOfCall(name) == Kind.STR ? dictGet(builtins, name) : 0;
    if (cls && kindOfCall(cls) == Kind.TYPE && isSubtype(cls, Exception)) type = cls;
  }
  if (msg && kindOfCall(msg) == Kind.STR) { increfCall(msg); raiseWith(type, msg); }
  else raiseLit(type, "a host function failed");
}
