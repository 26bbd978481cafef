// The help text: what `stackless --help` prints, and what follows every usage error.
export const USAGE = `usage: stackless <command> [options]

commands:
  run FILE.py|FILE.slpi [options]   run a program (a .py is compiled first, one file)
  compile FILE.py [-o FILE.slpi]    compile to an image (default: FILE.slpi beside FILE.py);
          [--strip-source]          --strip-source leaves out the source lines tracebacks print
  budget FILE [options]             a memory-budget test: run FILE one tick per frame, print the
                                    peaks per region; exit 1 when over the budget or a limit
  report [FILE] [options]           footprint: module bytes, start-up times, memory map, bytes
                                    per blocked tasklet; with FILE its image and peaks
  bench [--json] [--runs N]         micro-benchmarks and the five corpus programs on V8 and
                                    wasmtime against this machine's python3, interleaved

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

budget options (and run's --memory, --arena, --spill, --freelist, --zombieframes, --stress):
  --frames N                  frames to run (default 600); the run stops early if FILE ends
  --ops N                     opcodes per frame: one tick({ops: N}) per frame (default 10000)
  --max-heap SIZE             fail when the heap's peak passes SIZE (also --max-arena,
                              --max-freelist, --max-memory: linear memory committed)
  --max-tasklets N            fail when more than N tasklets are alive at a frame's end
  --json                      the peaks as JSON
  --events FILE               replay the host's side of the game loop: one JSON object per
                              line, {"frame": N, "send": "channel path", "value": V} or
                              {"frame": N, "call": "function path", "args": [...]}, applied
                              before frame N's tick (the program stays alive after main returns)
  stdout carries only the report: FILE's own output goes to stderr, and so does the one line
  that says why the test failed

report options:
  --format table|json|md|html table (default); md for a PR comment; html: one self-contained
                              page with SVG charts (--json is --format json)
  --baseline OLD.json         show changes against a report written by --format json
  --runs N                    start-up measurements to take the median of (default 7)
  --frames N, --ops N, sizes  with FILE: how to run it for its peaks (as budget)

SIZE: a byte count with an optional binary unit: 4096, 64K, 64KiB, 1M, 1MiB, 1.5MiB
(K/M/G are ×1024; KB/MB/GB are refused as ambiguous).
STACKLESS_WASM=path overrides build/stackless.wasm (e.g. build/stackless-debug.wasm).

exit status: 0 ok; 1 uncaught exception, SyntaxError, refused image or configuration, budget
over its budget or a limit; 2 usage error; 70 the VM trapped (a VM bug).
`;
