#!/usr/bin/env python3
"""Runs stackless-wasm under wasmtime (the official Python bindings, pinned in scripts/ensure-venv.sh).

The same protocol as the V8 host (host/runtime/index.ts), against the same module ABI
(docs/abi.md): vm_init with the sizes, write the image into vm_image_buffer, vm_load, then
vm_run until the program ends. Images come from the TypeScript compiler; this script never
compiles Python.

  run.py run   --image FILE|- [sizes] [--stats] [--ops N] [--max-wasm-stack BYTES]
               program stdout/stderr as-is; exit 0 (done/idle), 1 (uncaught exception, or a
               refused image/configuration), 70 (the VM trapped: a VM bug). --stats: one JSON
               object on stderr at exit.
  run.py wasi  IMAGE          the WASI build, as `wasmtime run --dir=. build/stackless-wasi.wasm IMAGE`
  run.py report [--runs N]    startup footprint on wasmtime, one JSON object on stdout
  run.py names                the stats names, as JSON (a test checks they match stats.ts)

sizes: --budget --arena --spill --freelist-frames --freelist-bytes (plain byte counts; the
TypeScript side parses "64KiB"), --zombieframes.
"""
import argparse
import hashlib
import json
import os
import statistics
import struct
import sys
import time

import wasmtime
from wasmtime import Config, Engine, FuncType, Linker, Module, Store, ValType, WasiConfig

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# STACKLESS_WASM overrides the embedding build (e.g. build/stackless-debug.wasm), as on V8.
EMBEDDING_WASM = os.environ.get("STACKLESS_WASM") or os.path.join(ROOT, "build", "stackless.wasm")
WASI_WASM = os.path.join(ROOT, "build", "stackless-wasi.wasm")
CACHE_DIR = os.path.join(ROOT, "build", "wasmtime-cache")

# Must equal STAT_NAMES in host/runtime/stats.ts (docs/abi.md, "Stats block").
STAT_NAMES = [
    "heapUsed", "heapPeak", "heapCapacity",
    "arenaUsed", "arenaPeak", "arenaCapacity",
    "freelistFrames", "freelistBytes", "freelistPeakBytes",
    "memoryBytes", "budget",
    "opcodes", "calls", "spills", "freelistHits", "freelistMisses",
    "switches", "taskletsAlive", "runnable", "blocked", "imageBytes",
    "zombieFrames", "zombieBytes", "recursionPeak", "heapObjects", "freelistCapacityFrames", "freelistCapacityBytes",
    "gcTracked", "gcCollections", "gcCollected",
]

# Must equal host/runtime/defaults.ts.
DEFAULTS = dict(budget=1 << 20, arena=64 << 10, spill=4096, freelist_frames=32, freelist_bytes=4096)
FLAG_ZOMBIE_FRAMES = 1
FLAG_GC_STRESS = 2
FLAG_GIL_STRESS = 4

STATUS_DONE, STATUS_BUDGET, STATUS_ERROR, STATUS_IDLE = 0, 1, 2, 3
EXIT_TRAP = 70


class HostError(Exception):
    """The VM refused an image or a configuration (ImageError/InitError on the V8 side)."""

    def __init__(self, kind, message):
        super().__init__(f"{kind}: {message}")


def write_fd(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def make_engine(fuel=False, max_wasm_stack=None):
    config = Config()
    if fuel:
        config.consume_fuel = True
    if max_wasm_stack is not None:
        config.max_wasm_stack = max_wasm_stack
    return Engine(config)


def load_module(engine, path, key, cache=True):
    """Compiles `path`, reusing a serialized copy from build/wasmtime-cache when one fits."""
    with open(path, "rb") as f:
        wasm = f.read()
    if not cache:
        return Module(engine, wasm)
    digest = hashlib.sha256(wasm + _wasmtime_version().encode() + key.encode()).hexdigest()[:24]
    cached = os.path.join(CACHE_DIR, f"{digest}-{key}.cwasm")
    if os.path.exists(cached):
        try:
            return Module.deserialize_file(engine, cached)
        except wasmtime.WasmtimeError:
            pass  # made by another wasmtime or engine configuration: compile afresh
    module = Module(engine, wasm)
    try:
        os.makedirs(CACHE_DIR, exist_ok=True)
        tmp = f"{cached}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            f.write(module.serialize())
        os.replace(tmp, cached)
    except OSError:
        pass  # a read-only checkout still runs, only slower
    return module


class Vm:
    """One instance of the embedding build, driven like host/runtime/index.ts drives it on V8."""

    def __init__(self, engine, module, out=None, err=None, fuel=None, boundary=None):
        self.store = Store(engine)
        # the host boundary (host/wasmtime/boundary.py): host modules, requests into the script
        self.boundary = boundary
        if fuel is not None:
            self.store.set_fuel(fuel)
        self.sinks = {1: out or (lambda b: write_fd(1, b)), 2: err or (lambda b: write_fd(2, b))}
        linker = Linker(engine)
        linker.define_func("stackless", "write", FuncType([ValType.i32()] * 3, []), self._write)
        linker.define_func("stackless", "clock", FuncType([], [ValType.f64()]), time.monotonic)
        i32 = ValType.i32()
        linker.define_func("stackless", "host_call", FuncType([i32, i32, i32], [i32]), self._host_call)
        linker.define_func("stackless", "host_reply", FuncType([i32], []), self._host_reply)
        linker.define_func("stackless", "host_error", FuncType([i32, i32], []), self._host_error)
        self.instance = linker.instantiate(self.store, module)
        exports = self.instance.exports(self.store)
        self.memory = exports["memory"]
        self.fn = {name: exports[name] for name in (
            "vm_init", "vm_image_buffer", "vm_load", "vm_run", "vm_exit", "vm_message", "vm_stats", "vm_stats_count",
            "vm_exit_code", "vm_buffer", "vm_host", "vm_reply", "vm_host_module", "vm_host_mode", "vm_next_wake")}

    def _write(self, fd, ptr, length):
        ptr &= 0xFFFFFFFF
        data = bytes(self.memory.read(self.store, ptr, ptr + (length & 0xFFFFFFFF)))
        self.sinks.get(fd, self.sinks[2])(data)

    # The boundary's imports: without a boundary no host module exists, so the VM never calls them.
    def _host_call(self, fn, ptr, length):
        ptr &= 0xFFFFFFFF
        return self.boundary.host_call(fn, bytes(self.memory.read(self.store, ptr, ptr + (length & 0xFFFFFFFF))))

    def _host_reply(self, dst):
        self.memory.write(self.store, self.boundary.take_reply(), dst & 0xFFFFFFFF)

    def _host_error(self, ptr, length):
        ptr &= 0xFFFFFFFF
        self.boundary.host_error(bytes(self.memory.read(self.store, ptr, ptr + (length & 0xFFFFFFFF))))

    def call(self, name, *args):
        return self.fn[name](self.store, *args)

    def init(self, budget, arena, spill, freelist_frames, freelist_bytes, zombie_frames=False, gc_stress=False,
             gil_stress=False):
        flags = ((FLAG_ZOMBIE_FRAMES if zombie_frames else 0) | (FLAG_GC_STRESS if gc_stress else 0)
                 | (FLAG_GIL_STRESS if gil_stress else 0))
        rc = self.call("vm_init", budget, arena, spill, freelist_frames, freelist_bytes, flags)
        if rc != 0:
            raise HostError("InitError", self.message() or f"vm_init failed with code {rc}")

    def load(self, image):
        ptr = self.call("vm_image_buffer", len(image)) & 0xFFFFFFFF
        if ptr == 0:
            raise HostError("ImageError", self.message() or "the VM refused the image")
        self.memory.write(self.store, image, ptr)
        if self.call("vm_load", ptr, len(image)) != 0:
            raise HostError("ImageError", self.message() or "the VM refused the image")

    def run(self, ops=0):
        while True:
            status = self.call("vm_run", ops)
            if status != STATUS_BUDGET:
                if status not in (STATUS_DONE, STATUS_ERROR, STATUS_IDLE):
                    raise wasmtime.WasmtimeError(f"vm_run returned {status}, not a documented status")
                return status

    def exit(self, ops=0):
        """Ends a program whose main tasklet returned (vm_exit), then runs the exit to its end."""
        status = self.call("vm_exit")
        if status < 0:
            raise HostError("ExitError", self.message() or "vm_exit refused")
        return self.run(ops) if status == STATUS_BUDGET else status

    def run_to_end(self, ops=0):
        """vm_run until the program ends; idle at the end of the script ends it (vm_exit)."""
        status = self.run(ops)
        # idle while tasklets sleep (time.sleep): wait for the first to be due, then go on
        while status == STATUS_IDLE and self.wait_for_timer():
            status = self.run(ops)
        return self.exit(ops) if status == STATUS_IDLE else status

    def wait_for_timer(self):
        due = self.call("vm_next_wake")
        if due < 0:
            return False
        time.sleep(max(0.0, due - time.monotonic()))
        return True

    def exit_code(self):
        return self.call("vm_exit_code")

    def message(self):
        ptr = self.call("vm_message") & 0xFFFFFFFF
        if ptr == 0:
            return ""
        (length,) = struct.unpack("<I", bytes(self.memory.read(self.store, ptr, ptr + 4)))
        return bytes(self.memory.read(self.store, ptr + 4, ptr + 4 + length)).decode("utf-8", "replace")

    def stats(self):
        count = self.call("vm_stats_count")
        ptr = self.call("vm_stats") & 0xFFFFFFFF
        values = struct.unpack(f"<{count}d", bytes(self.memory.read(self.store, ptr, ptr + 8 * count)))
        names = STAT_NAMES + [f"stat{i}" for i in range(len(STAT_NAMES), count)]
        return {names[i]: (int(v) if v == int(v) else v) for i, v in enumerate(values)}

    def pages(self):
        return self.memory.size(self.store)


def read_image(path):
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def sizes_of(args):
    return dict(budget=args.budget, arena=args.arena, spill=args.spill, freelist_frames=args.freelist_frames,
                freelist_bytes=args.freelist_bytes, zombie_frames=args.zombieframes,
                gc_stress=args.gcstress, gil_stress=args.gilstress)


def exit_code(status):
    return 1 if status == STATUS_ERROR else 0


def cmd_run(args):
    engine = make_engine(max_wasm_stack=args.max_wasm_stack)
    module = load_module(engine, args.wasm, "plain", cache=not args.no_cache)
    try:
        vm = Vm(engine, module)
        vm.init(**sizes_of(args))
        vm.load(read_image(args.image))
        status = vm.run_to_end(args.ops)
        code = vm.exit_code() if status == STATUS_ERROR else 0
    except HostError as e:
        write_fd(2, f"{e}\n".encode())
        return 1
    except wasmtime.WasmtimeError as e:
        write_fd(2, f"stackless: the VM trapped (a VM bug, not the script's): {e}\n".encode())
        return EXIT_TRAP
    # Only after a run that ended (done, idle or an uncaught exception), as on V8.
    if args.stats:
        write_fd(2, (json.dumps(vm.stats(), separators=(",", ":")) + "\n").encode())
    return code


def cmd_wasi(args):
    engine = make_engine()
    module = load_module(engine, args.wasm, "wasi", cache=not args.no_cache)
    wasi = WasiConfig()
    wasi.argv = [args.wasm, args.image]
    wasi.preopen_dir(".", ".")
    wasi.inherit_stdout()
    wasi.inherit_stderr()
    store = Store(engine)
    store.set_wasi(wasi)
    linker = Linker(engine)
    linker.define_wasi()
    try:
        exports = linker.instantiate(store, module).exports(store)
        start = exports.get("_start") or exports.get("")
        if start is None:
            write_fd(2, b"stackless: the WASI build exports no _start\n")
            return EXIT_TRAP
        start(store)
        return 0
    except wasmtime.ExitTrap as e:
        return e.code
    except wasmtime.WasmtimeError as e:
        write_fd(2, f"stackless: the VM trapped (a VM bug, not the script's): {e}\n".encode())
        return EXIT_TRAP


def timed(fn):
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result


def median_ms(samples):
    return round(statistics.median(samples), 4)


def cmd_report(args):
    """Startup footprint on wasmtime: every time is the median of --runs; fuel is deterministic."""
    engine = make_engine()
    with open(args.wasm, "rb") as f:
        wasm = f.read()
    compile_ms = [timed(lambda: Module(engine, wasm))[0] for _ in range(args.runs)]
    module = Module(engine, wasm)
    instantiate_ms, init_ms = [], []
    sink = lambda b: None
    for _ in range(args.runs):
        ms, vm = timed(lambda: Vm(engine, module, sink, sink))
        instantiate_ms.append(ms)
        pages_at_start = vm.pages()
        init_ms.append(timed(lambda: vm.init(**DEFAULTS))[0])
    stats = vm.stats()

    fuel_engine = make_engine(fuel=True)
    fuel_module = Module(fuel_engine, wasm)
    budget = 1 << 62
    fvm = Vm(fuel_engine, fuel_module, sink, sink, fuel=budget)
    fuel_instantiate = budget - fvm.store.get_fuel()
    before = fvm.store.get_fuel()
    fvm.init(**DEFAULTS)
    fuel_init = before - fvm.store.get_fuel()

    report = {
        "engine": "wasmtime",
        "wasmtimeVersion": _wasmtime_version(),
        "runs": args.runs,
        "compileMs": median_ms(compile_ms),
        "instantiateMs": median_ms(instantiate_ms),
        "initMs": median_ms(init_ms),
        "pagesAtStart": pages_at_start,
        "pagesAfterInit": vm.pages(),
        "heapUsed": stats.get("heapUsed"),
        "arenaUsed": stats.get("arenaUsed"),
        "fuelInstantiate": fuel_instantiate,
        "fuelInit": fuel_init,
    }
    if args.wasi_wasm and os.path.exists(args.wasi_wasm):
        wasi_engine = make_engine()
        with open(args.wasi_wasm, "rb") as f:
            wasi_bytes = f.read()
        report["wasiCompileMs"] = median_ms([timed(lambda: Module(wasi_engine, wasi_bytes))[0] for _ in range(args.runs)])
    print(json.dumps(report))
    return 0


def _wasmtime_version():
    try:
        from importlib.metadata import version
        return version("wasmtime")
    except Exception:
        return "unknown"


def main(argv):
    parser = argparse.ArgumentParser(prog="run.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def sized(p):
        p.add_argument("--wasm", default=EMBEDDING_WASM)
        p.add_argument("--budget", type=int, default=DEFAULTS["budget"])
        p.add_argument("--arena", type=int, default=DEFAULTS["arena"])
        p.add_argument("--spill", type=int, default=DEFAULTS["spill"])
        p.add_argument("--freelist-frames", type=int, default=DEFAULTS["freelist_frames"])
        p.add_argument("--freelist-bytes", type=int, default=DEFAULTS["freelist_bytes"])
        p.add_argument("--zombieframes", action="store_true")
        p.add_argument("--gcstress", action="store_true")
        p.add_argument("--gilstress", action="store_true")
        p.add_argument("--no-cache", action="store_true", help="do not reuse build/wasmtime-cache")
        return p

    run = sized(sub.add_parser("run"))
    run.add_argument("--image", required=True, help="image file, or - for stdin")
    run.add_argument("--stats", action="store_true")
    run.add_argument("--ops", type=int, default=0, help="ops per vm_run call (0 = no limit)")
    run.add_argument("--max-wasm-stack", type=int, default=None)
    run.set_defaults(func=cmd_run)

    wasi = sub.add_parser("wasi")
    wasi.add_argument("image")
    wasi.add_argument("--wasm", default=WASI_WASM)
    wasi.add_argument("--no-cache", action="store_true")
    wasi.set_defaults(func=cmd_wasi)

    report = sub.add_parser("report")
    report.add_argument("--runs", type=int, default=5)
    report.add_argument("--wasm", default=EMBEDDING_WASM)
    report.add_argument("--wasi-wasm", default=WASI_WASM)
    report.set_defaults(func=cmd_report)

    names = sub.add_parser("names")
    names.set_defaults(func=lambda _args: print(json.dumps(STAT_NAMES)) or 0)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
