// The help text: what `stackless --help` prints, and what follows every usage error.
export const USAGE = `usage: stackless <command> [options]

commands:
  run FILE.py|FILE.slpi [options]   run a program (a .py is compiled first, one file)
  compile FILE.py [-o FILE.slpi]    compile to an image (default: FILE.slpi beside FILE.py);
          [--strip-source]          --strip-source leaves out the source lines tracebacks print
  report [--json] [--runs N]        startup footprint: module bytes, start-up times, pages,
                                    fuel on wasmtime, bytes per blocked tasklet
  bench [--json] [--runs N]         fib(25), a 1e6 loop and channel ping-pong, V8 and wasmtime

run options:
  --engine v8|wasmtime|wasi   engine (default v8). wasmtime runs the embedding build under
                              wasmtime; wasi runs build/stackless-wasi.wasm with its built-in
                              defaults (no size options, no --stats)
  --memory SIZE               memory budget (default 1MiB)
  --arena SIZE                stack arena (default 64KiB)
  --spill SIZE                per-tasklet spill threshold (default 4096)
  --freelist N[/SIZE]         frame freelist bound: N frames [and SIZE bytes] (default 32/4KiB)
  --zombieframes              keep one dead frame per code object (to measure the trade-off)
  --stress                    the stress configuration: spill 0, freelist 0/0, arena 1KiB,
                              cycle collection at the smallest threshold
                              (explicit size options still win)
  --tick OPS                  drive the VM OPS opcodes per vm_run call, like a game host's
                              tick({ops}) (default: no limit)
  --stats                     print the VM stats as one JSON object on stderr at exit

SIZE: a byte count with an optional binary unit: 4096, 64K, 64KiB, 1M, 1MiB, 1.5MiB
(K/M/G are ×1024; KB/MB/GB are refused as ambiguous).
STACKLESS_WASM=path overrides build/stackless.wasm (e.g. build/stackless-debug.wasm).

exit status: 0 ok; 1 uncaught exception, SyntaxError, refused image or configuration;
2 usage error; 70 the VM trapped (a VM bug).
`;
