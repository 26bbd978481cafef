// CPython as the fuzzer's oracle, two ways:
// - batch: one long-lived python3 runs each program with exec() in a fresh `__main__` namespace
//   and reports its stdout and exit status (a process per program costs ~100× more);
// - file: `python3 -` on one program, exactly as a user runs it. A program whose batch result
//   differs from ours is run this way before it is called a divergence, so what exec() cannot
//   imitate (interpreter shutdown, finalizers at exit) never produces a false report.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

export interface PyOutcome {
  /** Exit status; -1 when the program ran past the time limit or printed more than PY_MAX_OUT
   *  bytes (a program printing a gigabyte is no comparison, and would stall the fuzzer). */
  code: number;
  stdout: string;
  /** CPython refused to compile it (a generator bug, never reported as a divergence). */
  syntax: boolean;
}

/** Seconds CPython may spend on one program. */
const PY_LIMIT_S = 10;
/** Bytes of stdout past which a CPython run is no comparison (see PyOutcome.code). */
const PY_MAX_OUT = 1_000_000;

const ENV = { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" };

// Module teardown is imitated the way CPython clears a module at exit (_PyModule_ClearDict:
// names with one leading underscore first, then the rest in insertion order, each set to None),
// so finalizers of objects left in globals run while stdout is still captured.
const DRIVER = String.raw`
import sys, io, json, signal, gc, builtins
class FuzzTimeout(BaseException): pass
def alarm(*a): raise FuzzTimeout()
signal.signal(signal.SIGALRM, alarm)
real = sys.stdout
def clear(ns):
    for k in list(ns):
        if k.startswith("_") and not k.startswith("__"): ns[k] = None
    for k in list(ns):
        if k != "__builtins__": ns[k] = None
for line in sys.stdin:
    src = json.loads(line)
    buf = io.StringIO()
    code, syntax = 0, False
    ns = {"__name__": "__main__", "__builtins__": builtins}
    sys.stdout = buf
    signal.alarm(${PY_LIMIT_S})
    try:
        try:
            exec(compile(src, "<fuzz>", "exec"), ns)
        except SystemExit as e:
            c = e.code
            code = 0 if c is None else c if isinstance(c, int) else 1
        except SyntaxError:
            code, syntax = 1, True
        except FuzzTimeout:
            code = -1
        except BaseException:
            code = 1
        try:
            clear(ns)
            del ns
            gc.collect()
        except BaseException:
            pass
    finally:
        signal.alarm(0)
        sys.stdout = real
        sys.setrecursionlimit(1000)
    out = buf.getvalue()
    if len(out) > ${PY_MAX_OUT}:
        code, out = -1, ""
    real.write(json.dumps({"code": code, "stdout": out, "syntax": syntax}) + "\n")
    real.flush()
`;

/** One long-lived python3 answering programs in order. */
export class PyBatch {
  private child?: ChildProcessWithoutNullStreams;
  private waiting: { resolve: (o: PyOutcome) => void; reject: (e: Error) => void }[] = [];
  private buffered = "";

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn("python3", ["-S", "-c", DRIVER], { env: ENV, stdio: ["pipe", "pipe", "pipe"] });
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      this.buffered += chunk;
      let nl: number;
      while ((nl = this.buffered.indexOf("\n")) >= 0) {
        const line = this.buffered.slice(0, nl);
        this.buffered = this.buffered.slice(nl + 1);
        this.waiting.shift()?.resolve(JSON.parse(line) as PyOutcome);
      }
    });
    child.stderr.resume(); // the programs' tracebacks: not compared
    child.on("close", () => {
      if (this.child === child) this.child = undefined;
      for (const w of this.waiting.splice(0)) w.reject(new Error("python3 (the batch oracle) exited"));
    });
    return child;
  }

  run(source: string): Promise<PyOutcome> {
    const child = (this.child ??= this.start());
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      child.stdin.write(JSON.stringify(source) + "\n");
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }
}

/** Runs one program as `python3 -` (a file on stdin): the exact oracle. */
export function runPyFile(source: string): Promise<PyOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn("python3", ["-"], { env: ENV, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let err = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, PY_LIMIT_S * 1000);
    let size = 0;
    child.stdout.on("data", (c: Buffer) => {
      size += c.length;
      if (size > PY_MAX_OUT) { timedOut = true; child.kill("SIGKILL"); }
      else out.push(c);
    });
    child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString("utf8");
      resolve({ code: timedOut ? -1 : (code ?? 1), stdout, syntax: /^SyntaxError/m.test(err) && stdout === "" });
    });
    child.stdin.end(source);
  });
}
