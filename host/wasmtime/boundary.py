"""The host boundary under wasmtime: host modules written in Python and requests into the script.

The same protocol as host/runtime/boundary.ts on V8 (docs/abi.md, "Host functions" and "Host
requests"; docs/embedding.md, "wasmtime"). Values cross as MessagePack (values.py).

    rt = Runtime()                                  # or Runtime(budget=..., arena=...)
    rt.register_module("game", {"now": lambda: 12.5})
    rt.load(image_bytes)                            # an image from the TypeScript compiler
    rt.tick(10_000)                                 # once per frame
    rt.call("brain.think", 7, "hit")

A host function may return a concurrent.futures.Future: only the calling tasklet waits, and the
outcome reaches it on the first tick after the future is done (an async host call).
"""
import struct
import threading

from run import DEFAULTS, EMBEDDING_WASM, STATUS_DONE, STATUS_ERROR, HostError, Vm, load_module, make_engine
from values import decode_value, encode_value

REPLY_VALUE, REPLY_ERROR, REPLY_GIVEN_UP, REPLY_REFUSED = 0, 1, 2, 3
KIND_VALUE, KIND_ERROR, KIND_PENDING = 0, 1, 2

# A Python exception from a host function arrives in the script as the builtin exception of the
# same name when there is one (ValueError, KeyError...), else RuntimeError.
def python_type_of(e):
    return type(e).__name__


def message_of(e):
    # the exception's one argument as it was given (str(KeyError('k')) would quote it again)
    return str(e.args[0]) if len(e.args) == 1 else str(e)


class PythonError(Exception):
    """A Python exception that reached the host: type, message, frames [(file, line, function, source)], tasklet."""

    def __init__(self, record):
        self.type, self.message, frames, self.tasklet = (list(record) + [None] * 4)[:4]
        self.frames = [tuple(f) for f in frames or []]
        super().__init__(f"{self.type}: {self.message}" if self.message else self.type)


class CallError(Exception):
    """call() gave up: the function did not return within the op limit."""


class Boundary:
    def __init__(self):
        self.modules = {}
        self.functions = []
        self.reply = b""
        self.errors = []
        self.deliveries = []
        self.sinks = {}
        self.settled = []
        self.lock = threading.Lock()
        self.next_call = 0
        self.on_tasklet_error = None
        self.keep_alive = False
        self.inside = False
        self.next_sink = 0

    def guarded(self, fn):
        # a call into the module: host functions it calls must not call back in
        self.inside = True
        try:
            return fn()
        finally:
            self.inside = False

    def register(self, name, functions):
        if name == "_host" or not all(p.isidentifier() for p in name.split(".")):
            raise TypeError(f"register_module: {name!r} is not a module name")
        self.modules[name] = dict(functions)

    def install(self, vm):
        self.functions = [lambda sink, value: self.deliveries.append((sink, value))]
        self.reply, self.errors, self.deliveries, self.settled = b"", [], [], []
        specs = [["_host", [["deliver", 0]]]]
        for name, fns in self.modules.items():
            entries = []
            for fname, f in fns.items():
                self.functions.append(f)
                entries.append([fname, len(self.functions) - 1])
            specs.append([name, entries])
        for spec in specs:
            if vm.call("vm_host_module", self._write(vm, encode_value(spec))) != 0:
                raise HostError("InitError", f"host module {spec[0]!r}: {vm.message()}")
        vm.call("vm_host_mode", (1 if self.on_tasklet_error else 0) | (2 if self.keep_alive else 0))

    def host_call(self, fn, args):
        try:
            result = self.functions[fn](*decode_value(args))
            if hasattr(result, "add_done_callback") and hasattr(result, "result"):
                self.next_call += 1
                call_id = self.next_call
                result.add_done_callback(lambda f: self._settle(call_id, f))
                self.reply = bytes([KIND_PENDING]) + encode_value(call_id)
            else:
                self.reply = bytes([KIND_VALUE]) + encode_value(result)
        except Exception as e:  # a host function's exception is the script's
            self.reply = bytes([KIND_ERROR]) + encode_value([python_type_of(e), message_of(e)])
        return len(self.reply)

    def _settle(self, call_id, future):
        e = future.exception()
        outcome = (call_id, True, future.result()) if e is None else (call_id, False, [python_type_of(e), message_of(e)])
        with self.lock:
            self.settled.append(outcome)

    def take_reply(self):
        reply, self.reply = self.reply, b""
        return reply

    def host_error(self, record):
        self.errors.append(PythonError(decode_value(record)))

    def request(self, vm, req, ops):
        if self.inside:
            # a host function runs inside vm_run: the module is not re-entrant
            raise RuntimeError("the Runtime is running: a host function cannot call into it (queue the work for after the tick)")
        status = self.guarded(lambda: vm.call("vm_host", self._write(vm, encode_value(req)), ops))
        if status == REPLY_REFUSED:
            raise RuntimeError(vm.message())
        if status == REPLY_GIVEN_UP:
            raise CallError(f"{req[0]} did not return within {ops} opcodes (it waits or runs long; it goes on as a tasklet)")
        ptr = vm.call("vm_reply") & 0xFFFFFFFF
        (n,) = struct.unpack("<I", bytes(vm.memory.read(vm.store, ptr, ptr + 4)))
        value = decode_value(bytes(vm.memory.read(vm.store, ptr + 4, ptr + 4 + n)))
        if status == REPLY_ERROR:
            raise PythonError(value)
        return value

    def _write(self, vm, data):
        ptr = vm.call("vm_buffer", len(data)) & 0xFFFFFFFF
        if ptr == 0:
            raise MemoryError(f"a value of {len(data)} bytes does not fit in the VM's memory budget")
        vm.memory.write(vm.store, data, ptr)
        return len(data)


class Runtime:
    """The Python embedding of stackless-wasm under wasmtime (docs/embedding.md)."""

    def __init__(self, budget=DEFAULTS["budget"], arena=DEFAULTS["arena"], spill=DEFAULTS["spill"],
                 freelist_frames=DEFAULTS["freelist_frames"], freelist_bytes=DEFAULTS["freelist_bytes"],
                 out=None, err=None, call_ops=1_000_000, keep_alive=False, wasm=EMBEDDING_WASM):
        self.sizes = dict(budget=budget, arena=arena, spill=spill, freelist_frames=freelist_frames,
                          freelist_bytes=freelist_bytes)
        engine = make_engine()
        self.boundary = Boundary()
        self.boundary.keep_alive = keep_alive
        self.vm = Vm(engine, load_module(engine, wasm, "plain"), out=out, err=err, boundary=self.boundary)
        self.call_ops = call_ops
        self.finished = None

    def register_module(self, name, functions):
        self.boundary.register(name, functions)

    def load(self, image):
        self.vm.init(**self.sizes)
        self.boundary.install(self.vm)
        self.vm.load(image)
        self.finished = None

    def tick(self, ops=10_000):
        if self.finished is None:
            with self.boundary.lock:
                settled, self.boundary.settled = self.boundary.settled, []
            for call_id, ok, value in settled:
                self.boundary.request(self.vm, ["settle", call_id, ok, value], self.call_ops)
        status = self.boundary.guarded(lambda: self.vm.call("vm_run", ops))
        if status in (STATUS_DONE, STATUS_ERROR):
            self.finished = status
        deliveries, self.boundary.deliveries = self.boundary.deliveries, []
        for sink, value in deliveries:
            self.boundary.sinks[sink](value)
        errors, self.boundary.errors = self.boundary.errors, []
        for e in errors:
            self.boundary.on_tasklet_error(e)
        return status

    def call(self, path, *args):
        return self.boundary.request(self.vm, ["call", path, list(args)], self.call_ops)

    def spawn(self, path, *args):
        return self.boundary.request(self.vm, ["spawn", path, list(args)], self.call_ops)

    def task(self, handle):
        """(alive, state 0 running / 1 returned / 2 raised, result) of a spawned tasklet."""
        return tuple(self.boundary.request(self.vm, ["task", handle], self.call_ops))

    def get(self, path):
        return self.boundary.request(self.vm, ["get", path], self.call_ops)

    def set(self, path, value):
        self.boundary.request(self.vm, ["set", path, value], self.call_ops)

    def send(self, channel, value):
        self.boundary.request(self.vm, ["send", channel, value], self.call_ops)

    def on_value(self, channel, fn):
        """Every value the script's channel gives from now on goes to fn, after the tick that received it."""
        self.boundary.next_sink += 1
        self.boundary.sinks[self.boundary.next_sink] = fn
        self.boundary.request(self.vm, ["pump", channel, self.boundary.next_sink], self.call_ops)

    def balance(self, channel):
        return self.boundary.request(self.vm, ["balance", channel], self.call_ops)

    def exit(self):
        """Ends the program (vm_exit): the tasklets still alive get TaskletExit; ticks until it has ended."""
        return self.vm.exit()

    def try_receive(self, channel):
        ok, value = self.boundary.request(self.vm, ["try_receive", channel], self.call_ops)
        return (True, value) if ok else (False, None)
