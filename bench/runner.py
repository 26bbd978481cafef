"""One side of `stackless bench` (bench/bench.ts drives it): runs a program on request and times
that run alone, so process start-up, imports and compiling never count.

  python3 bench/runner.py cpython        the machine's CPython runs the .py file itself
  .venv/bin/python bench/runner.py wasmtime   our module under wasmtime runs the compiled image

Requests and replies are JSON lines on stdin/stdout:
  {"version": true} -> {"version": "3.11.7"}
  {"load": PATH}  (cpython: the .py file)  or  {"load": BASE64}  (wasmtime: the image) -> {"ok": true}
  {"run": true}   -> {"ms": float, "stdout": str, "stderr": str, "status": int}

cpython: the file is compiled once at load; a run is exec() of that code object in fresh globals
(as `python3 FILE` runs it, with __name__ == "__main__"), timed with time.perf_counter, with
sys.stdout captured in memory. The garbage collector runs between runs, outside the timing.
wasmtime: a run is a fresh instance (run.py's Vm, the module compiled once), vm_init and
vm_load outside the timing, then vm_run to the end timed alone, as bench.ts times rt.run() on V8.
"""
import base64
import contextlib
import gc
import io
import json
import os
import platform
import sys
import time
import traceback


class CPython:
    def load(self, path):
        with open(path, encoding="utf-8") as f:
            self.code = compile(f.read(), path, "exec")
        self.path = path
        sys.path[0] = os.path.dirname(os.path.abspath(path))

    def run(self):
        out, err = io.StringIO(), io.StringIO()
        scope = {"__name__": "__main__", "__file__": self.path, "__builtins__": __builtins__}
        status = 0
        gc.collect()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            t0 = time.perf_counter()
            try:
                exec(self.code, scope)
            except SystemExit as e:
                status = e.code if isinstance(e.code, int) else 1
            except BaseException:
                traceback.print_exc()
                status = 1
            ms = (time.perf_counter() - t0) * 1000
        scope.clear()
        return ms, out.getvalue(), err.getvalue(), status


class Wasmtime:
    def __init__(self):
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "host", "wasmtime"))
        import run  # host/wasmtime/run.py: the same Vm as `stackless run --engine wasmtime`

        self.rt = run
        self.engine = run.make_engine()
        self.module = run.load_module(self.engine, run.EMBEDDING_WASM, "plain")

    def load(self, image):
        self.image = base64.b64decode(image)

    def run(self):
        out, err = bytearray(), bytearray()
        vm = self.rt.Vm(self.engine, self.module, out.extend, err.extend)
        vm.init(**self.rt.DEFAULTS)
        vm.load(self.image)
        ms, status = self.rt.timed(lambda: vm.run_to_end(0))
        return ms, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), self.rt.exit_code(status)


def main(kind):
    side = CPython() if kind == "cpython" else Wasmtime()
    reply = sys.__stdout__
    for line in sys.stdin:
        request = json.loads(line)
        if "version" in request:
            answer = {"version": platform.python_version()}
        elif "load" in request:
            side.load(request["load"])
            answer = {"ok": True}
        else:
            ms, out, err, status = side.run()
            answer = {"ms": ms, "stdout": out, "stderr": err, "status": status}
        reply.write(json.dumps(answer) + "\n")
        reply.flush()


if __name__ == "__main__":
    main(sys.argv[1])
