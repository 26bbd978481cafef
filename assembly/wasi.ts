// The WASI build: `wasmtime run --dir=. stackless-wasi.wasm app.slpi` loads the image at argv[1]
// (relative to the first preopened directory) and runs it with the default settings.
import { nextWake } from "./stackless/timers";
import "./vm/panic";
import { setHostWrite } from "./builtins/io";
import { setHostClock } from "./stackless/timers";
import { vmInit, vmImageBuffer, vmLoad, vmRun, vmExitCode } from "./runtime";
import { message } from "./vm/message";
import { Lit, litLen, litData } from "./objects/str";
import { Status, requestExit } from "./vm/interpreter";

@external("wasi_snapshot_preview1", "args_sizes_get")
declare function args_sizes_get(argc: usize, bufSize: usize): u16;
@external("wasi_snapshot_preview1", "args_get")
declare function args_get(argv: usize, buf: usize): u16;
@external("wasi_snapshot_preview1", "path_open")
declare function path_open(dirfd: u32, dirflags: u32, path: usize, pathLen: usize, oflags: u16,
  rightsBase: u64, rightsInheriting: u64, fdflags: u16, fd: usize): u16;
@external("wasi_snapshot_preview1", "fd_read")
declare function fd_read(fd: u32, iovs: usize, iovsLen: usize, nread: usize): u16;
@external("wasi_snapshot_preview1", "fd_seek")
declare function fd_seek(fd: u32, offset: i64, whence: u8, newOffset: usize): u16;
@external("wasi_snapshot_preview1", "fd_write")
declare function fd_write(fd: u32, iovs: usize, iovsLen: usize, nwritten: usize): u16;
@external("wasi_snapshot_preview1", "clock_time_get")
declare function clock_time_get(id: u32, precision: u64, time: usize): u16;
@external("wasi_snapshot_preview1", "poll_oneoff")
declare function poll_oneoff(subs: usize, events: usize, n: u32, nevents: usize): u16;
@external("wasi_snapshot_preview1", "proc_exit")
declare function proc_exit(code: u32): void;

// Defaults, as docs/abi.md states them.
const BUDGET: u32 = 1 << 20;
const ARENA: u32 = 64 << 10;
const SPILL: u32 = 4096;
const FREELIST_FRAMES: u32 = 32;
const FREELIST_BYTES: u32 = 4096;

const scratch = memory.data(64, 8);
const ARGS_MAX: u32 = 4096;
const argBuf = memory.data(ARGS_MAX, 8);

function wasiWrite(fd: i32, ptr: usize, len: i32): void {
  let p = ptr, n = <u32>len;
  while (n > 0) {
    store<u32>(scratch, <u32>p);
    store<u32>(scratch, n, 4);
    if (fd_write(<u32>fd, scratch, 1, scratch + 8) != 0) return;
    const done = load<u32>(scratch, 8);
    if (done == 0) return;
    p += done;
    n -= done;
  }
}

function wasiClock(): f64 {
  if (clock_time_get(1, 1000, scratch) != 0) return 0;
  return <f64>load<u64>(scratch) / 1e9;
}

// Blocks until the first sleeping tasklet is due (poll_oneoff on the monotonic clock); false when
// none sleeps.
function waitForTimer(): bool {
  const due = nextWake();
  if (due < 0) return false;
  const wait = due - wasiClock();
  if (wait <= 0) return true;
  // one subscription: userdata u64, tag u8 = 0 (clock), then id u32 = 1 (monotonic) at 16,
  // timeout u64 (ns, relative) at 24, precision u64 at 32, flags u16 = 0 at 40
  memory.fill(pollSub, 0, 48);
  store<u32>(pollSub, 1, 16);
  store<u64>(pollSub, <u64>(wait * 1e9), 24);
  store<u64>(pollSub, 1000, 32);
  poll_oneoff(pollSub, pollEvent, 1, scratch);
  return true;
}
const pollSub = memory.data(48, 8);
const pollEvent = memory.data(32, 8);

function fail(text: Lit): void {
  wasiWrite(2, litData(text), <i32>litLen(text));
  wasiWrite(2, changetype<usize>(memory.data<u8>([10])), 1);
  proc_exit(1);
}

function failMessage(): void {
  wasiWrite(2, message + 4, <i32>load<u32>(message));
  wasiWrite(2, changetype<usize>(memory.data<u8>([10])), 1);
  proc_exit(1);
}

export function _start(): void {
  setHostWrite(wasiWrite);
  setHostClock(wasiClock);
  if (vmInit(BUDGET, ARENA, SPILL, FREELIST_FRAMES, FREELIST_BYTES, 0) != 0) failMessage();
  if (args_sizes_get(scratch, scratch + 4) != 0) fail("cannot read arguments");
  const argc = load<u32>(scratch), size = load<u32>(scratch, 4);
  if (argc < 2) fail("usage: stackless-wasi.wasm IMAGE.slpi");
  if (argc * 4 + size > ARGS_MAX) fail("arguments too long");
  const argv = argBuf, strs = argBuf + argc * 4;
  if (args_get(argv, strs) != 0) fail("cannot read arguments");
  const path = load<u32>(argv, 4);
  let len: u32 = 0;
  while (load<u8>(path + len) != 0) len++;
  // rights: fd_read (2) | fd_seek (4) | fd_tell (32)
  if (path_open(3, 1, path, len, 0, 38, 0, 0, scratch) != 0) fail("cannot open the image (is its directory given with --dir?)");
  const fd = load<u32>(scratch);
  if (fd_seek(fd, 0, 2, scratch + 8) != 0) fail("cannot size the image");
  const total = <u32>load<u64>(scratch, 8);
  fd_seek(fd, 0, 0, scratch + 8);
  const buf = vmImageBuffer(total);
  if (!buf) failMessage();
  let got: u32 = 0;
  while (got < total) {
    store<u32>(scratch + 16, buf + got);
    store<u32>(scratch + 20, total - got);
    if (fd_read(fd, scratch + 16, 1, scratch + 24) != 0) fail("cannot read the image");
    const n = load<u32>(scratch, 24);
    if (n == 0) break;
    got += n;
  }
  if (vmLoad(buf, got) != 0) failMessage();
  let status = vmRun(0);
  // idle while tasklets sleep (time.sleep): wait for the first to be due, then go on
  while (status == Status.IDLE && waitForTimer()) status = vmRun(0);
  // idle at the end of a run: the program is over (tasklets killed, then globals finalized)
  if (status == Status.IDLE) {
    status = requestExit();
    while (status == Status.YIELD) status = vmRun(0);
  }
  proc_exit(status == Status.ERROR ? <u32>vmExitCode() : 0);
}
