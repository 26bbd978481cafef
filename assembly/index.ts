import "./vm/panic";
// The embedding build's ABI (docs/abi.md): these exports and the `stackless` imports, nothing else.
import { setHostWrite } from "./builtins/io";
import { setHostClock } from "./stackless/timers";
import { vmInit, vmImageBuffer, vmLoad, vmRun, vmStats, vmStatsCount, vmExitCode } from "./runtime";
import { message } from "./vm/message";
import { requestExit } from "./vm/interpreter";
import { vmHost } from "./runtime";
import { nextWake } from "./stackless/timers";
import { setHostCalls, registerHostModule } from "./host/calls";
import { transferBuffer, replyBlock, setHostMode, setHostErrorImport } from "./host/requests";

@external("stackless", "write")
declare function hostWrite(fd: i32, ptr: usize, len: i32): void;
@external("stackless", "clock")
declare function hostClock(): f64;
@external("stackless", "host_call")
declare function importHostCall(fn: i32, ptr: usize, len: i32): i32;
@external("stackless", "host_reply")
declare function importHostReply(dst: usize): void;
@external("stackless", "host_error")
declare function importHostError(ptr: usize, len: i32): void;

export function vm_init(budget: i32, arena: i32, spill: i32, freelistCount: i32, freelistBytes: i32, flags: i32): i32 {
  setHostWrite((fd: i32, ptr: usize, len: i32): void => { hostWrite(fd, ptr, len); });
  setHostClock((): f64 => hostClock());
  setHostCalls((fn: i32, ptr: u32, len: u32): i32 => importHostCall(fn, ptr, <i32>len), (dst: u32): void => { importHostReply(dst); });
  setHostErrorImport((ptr: u32, len: u32): void => { importHostError(ptr, <i32>len); });
  return vmInit(<u32>budget, <u32>arena, <u32>spill, <u32>freelistCount, <u32>freelistBytes, <u32>flags);
}

export function vm_image_buffer(len: i32): i32 { return <i32>vmImageBuffer(<u32>len); }
export function vm_load(ptr: i32, len: i32): i32 { return vmLoad(<u32>ptr, <u32>len); }
export function vm_run(ops: i32): i32 { return vmRun(<u32>ops); }
export function vm_exit(): i32 { return requestExit(); }
export function vm_message(): i32 { return <i32>message; }
export function vm_stats(): i32 { return <i32>vmStats(); }
export function vm_stats_count(): i32 { return vmStatsCount(); }
export function vm_exit_code(): i32 { return vmExitCode(); }
// The host boundary (docs/abi.md, "Host functions" and "Host requests").
export function vm_buffer(len: i32): i32 { return <i32>transferBuffer(<u32>len); }
export function vm_host(len: i32, ops: i32): i32 { return vmHost(<u32>len, <u32>ops); }
export function vm_reply(): i32 { return <i32>replyBlock(); }
export function vm_host_module(len: i32): i32 { return registerHostModule(<u32>len); }
export function vm_host_mode(flags: i32): void { setHostMode(<u32>flags); }
// When the first sleeping tasklet is due (host clock seconds), or -1: a host at idle can wait that long.
export function vm_next_wake(): f64 { return nextWake(); }
