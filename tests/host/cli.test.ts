// The `stackless` command as a user meets it: real child processes through bin/stackless.js
// (exit codes, streams), and main() in-process where only the logic matters.
import { test, describe, before, after } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../host/cli/main";
import { bufferIo } from "../../host/cli/io";
import { STAT_NAMES } from "../../host/runtime/index";
import { packageRoot } from "../../host/runtime/paths";

const root = packageRoot();
const bin = path.join(root, "bin", "stackless.js");
let dir: string;

function stackless(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function inProcess(args: string[]) {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The stats object: the last line of stderr. */
function statsFrom(stderr: string): Record<string, number> {
  const last = stderr.trimEnd().split("\n").pop() ?? "";
  const stats = JSON.parse(last) as Record<string, number>;
  for (const name of STAT_NAMES) assert.equal(typeof stats[name], "number", `stat ${name} in ${last}`);
  return stats;
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackless-cli-"));
  write("hello.py", 'print("hello")\nfor i in range(3):\n    print(i)\n');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const HELLO_OUT = "hello\n0\n1\n2\n";

describe("usage", () => {
  test("an unknown flag prints usage on stderr and exits 2", () => {
    const r = stackless(["run", "hello.py", "--frobnicate"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown option '--frobnicate'/);
    assert.match(r.stderr, /^usage: stackless/m);
    assert.equal(r.stdout, "");
  });

  test("--help prints usage on stdout and exits 0", () => {
    for (const args of [["--help"], ["-h"], ["run", "--help"]]) {
      const r = stackless(args);
      assert.equal(r.code, 0, args.join(" "));
      assert.match(r.stdout, /^usage: stackless/);
      assert.equal(r.stderr, "");
    }
  });

  test("bad values, missing values, missing command: exit 2", async () => {
    for (const args of [
      [],
      ["frob"],
      ["run"],
      ["run", "a.py", "b.py"],
      ["run", "hello.py", "--memory"],
      ["run", "hello.py", "--memory", "lots"],
      ["run", "hello.py", "--memory", "1MB"],
      ["run", "hello.py", "--engine", "spidermonkey"],
      ["run", "hello.py", "--freelist", "x"],
      ["run", "hello.py", "--tick", "-1"],
      ["run", "hello.py", "--stats=yes"],
      ["run", "hello.py", "--engine", "wasi", "--memory", "2MiB"],
      ["compile"],
      ["report", "a.py", "b.py"],
      ["bench", "--runs", "0"],
    ]) {
      const r = await inProcess(args);
      assert.equal(r.code, 2, `${args.join(" ")} → ${r.code}: ${r.stderr}`);
      assert.match(r.stderr, /usage: stackless/, args.join(" "));
    }
  });

  test("a missing file is an error, not a crash", () => {
    const r = stackless(["run", "nope.py"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot open 'nope\.py'/);
  });

  test("bin/stackless.js before a build says to run npm run build", () => {
    const fake = fs.mkdtempSync(path.join(os.tmpdir(), "stackless-nobuild-"));
    try {
      fs.mkdirSync(path.join(fake, "bin"));
      fs.copyFileSync(bin, path.join(fake, "bin", "stackless.js"));
      const r = spawnSync(process.execPath, [path.join(fake, "bin", "stackless.js"), "--help"], { encoding: "utf8" });
      assert.equal(r.status, 1);
      assert.match(r.stderr, /npm run build/);
    } finally {
      fs.rmSync(fake, { recursive: true, force: true });
    }
  });
});

describe("run and compile", () => {
  test("run a .py", () => {
    const r = stackless(["run", "hello.py"]);
    assert.equal(r.stderr, "");
    assert.equal(r.code, 0);
    assert.equal(r.stdout, HELLO_OUT);
  });

  test("compile to .slpi, then run the image", () => {
    const c = stackless(["compile", "hello.py", "-o", "out.slpi"]);
    assert.equal(c.code, 0, c.stderr);
    assert.equal(fs.readFileSync(path.join(dir, "out.slpi")).subarray(0, 4).toString("latin1"), "SLPI");
    const r = stackless(["run", "out.slpi"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, HELLO_OUT);
  });

  test("compile without -o writes FILE.slpi beside FILE.py", async () => {
    const file = write("beside.py", "print(6 * 7)\n");
    const c = await inProcess(["compile", file]);
    assert.equal(c.code, 0, c.stderr);
    const r = await inProcess(["run", file.replace(/\.py$/, ".slpi")]);
    assert.equal(r.stdout, "42\n");
  });

  test("--stats prints one JSON object on stderr", () => {
    const r = stackless(["run", "hello.py", "--stats"]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, HELLO_OUT);
    const lines = r.stderr.trimEnd().split("\n");
    assert.equal(lines.length, 1, r.stderr);
    const stats = statsFrom(r.stderr);
    assert.equal(stats.budget, 1024 * 1024);
    assert.ok(stats.opcodes > 0);
  });

  test("size flags reach the VM", async () => {
    const r = await inProcess(["run", path.join(dir, "hello.py"), "--memory", "2MiB", "--arena", "32K", "--freelist", "8/1KiB", "--stats"]);
    assert.equal(r.code, 0, r.stderr);
    const stats = statsFrom(r.stderr);
    assert.equal(stats.budget, 2 * 1024 * 1024);
    assert.equal(stats.arenaCapacity, 32 * 1024);
    const s = statsFrom((await inProcess(["run", path.join(dir, "hello.py"), "--stress", "--stats"])).stderr);
    assert.equal(s.arenaCapacity, 1024);
  });

  test("--stress and --tick 1 give the same output", async () => {
    for (const extra of [["--stress"], ["--tick", "1"], ["--stress", "--tick", "1"], ["--zombieframes"]]) {
      const r = await inProcess(["run", path.join(dir, "hello.py"), ...extra]);
      assert.equal(r.code, 0, `${extra.join(" ")}: ${r.stderr}`);
      assert.equal(r.stdout, HELLO_OUT, extra.join(" "));
    }
  });

  test("an uncaught exception: traceback on stderr, exit 1", () => {
    write("boom.py", "def f():\n    raise ValueError('bad')\n\nprint('start')\nf()\n");
    const r = stackless(["run", "boom.py"]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "start\n");
    assert.match(r.stderr, /Traceback \(most recent call last\):\n/);
    assert.match(r.stderr, /File "boom\.py", line 2, in f/);
    assert.match(r.stderr, /ValueError: bad\n$/);
  });

  test("a SyntaxError: its message on stderr, exit 1", () => {
    write("bad.py", "x = 1\ndef f(:\n    pass\n");
    const r = stackless(["run", "bad.py"]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /^SyntaxError: .*\(bad\.py:2:\d+\)\n$/);
    const c = stackless(["compile", "bad.py"]);
    assert.equal(c.code, 1);
    assert.match(c.stderr, /^SyntaxError: /);
    assert.ok(!fs.existsSync(path.join(dir, "bad.slpi")), "no image written for a bad program");
  });
});

describe("exit", () => {
  // `node -r keep.js bin/stackless.js …`: an interval that would keep the event loop alive for
  // ever stands for anything left pending (a handle, a timer, V8's background tier-up jobs, which
  // Node drains before a natural exit). The command is done once its output is out: the process
  // ends then, with the command's exit code and every byte of its output. (The timeout only ends
  // a process that hangs; nothing here is timed.)
  function keptAlive(args: string[]) {
    const keep = write("keep.js", "setInterval(() => {}, 1000);\n");
    const r = spawnSync(process.execPath, ["-r", keep, bin, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000, maxBuffer: 1 << 26 });
    if (r.error && (r.error as NodeJS.ErrnoException).code !== "ETIMEDOUT") throw r.error;
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  }

  test("the CLI exits once its output is written, whatever is left pending", () => {
    const r = keptAlive(["run", "hello.py"]);
    assert.equal(r.signal, null, "the process had to be killed");
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, HELLO_OUT);
  });

  test("a large output reaches the pipe whole, and an error's exit code stays", () => {
    write("lines.py", "for i in range(40000):\n    print('x' * 40, i)\nraise ValueError('end')\n");
    const r = keptAlive(["run", "lines.py"]);
    assert.equal(r.signal, null, "the process had to be killed");
    assert.equal(r.code, 1);
    const lines = r.stdout.split("\n");
    assert.equal(lines.length, 40001);
    assert.equal(lines[39999], `${"x".repeat(40)} 39999`);
    assert.match(r.stderr, /ValueError: end\n$/);
  });
});

describe("V8 tier-up", () => {
  /** The V8 flags the runtime's loader sets while compiling the module, in a process started with `nodeFlags`. */
  function flagsSet(nodeFlags: string[]): string[] {
    const runtime = JSON.stringify(path.join(root, "build", "host", "runtime", "index.js"));
    const script = `const v8 = require("node:v8"); const set = []; const real = v8.setFlagsFromString;
      v8.setFlagsFromString = (f) => (set.push(f), real(f));
      require(${runtime}).compileModule().then(() => console.log(JSON.stringify(set)));`;
    const r = spawnSync(process.execPath, [...nodeFlags, "-e", script], { encoding: "utf8" });
    if (r.error) throw r.error;
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as string[];
  }

  // Ten times V8's budget before a wasm function tiers up: short programs never start the long
  // TurboFan compile of the interpreter loop that the process would wait for at exit (measured
  // with bench/tiering.ts; no test can time it).
  test("the loader raises the tier-up budget before compiling, unless the process was given one", () => {
    assert.deepEqual(flagsSet([]), ["--wasm-tiering-budget=18000000"]);
    assert.deepEqual(flagsSet(["--wasm-tiering-budget=1800000"]), []);
  });
});

describe("other engines", () => {
  test("--engine wasmtime: same output, same stats names", () => {
    const r = stackless(["run", "hello.py", "--engine", "wasmtime", "--stats"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, HELLO_OUT);
    statsFrom(r.stderr);
  });

  test("--engine wasmtime: exit 1 and a traceback for an uncaught exception", () => {
    write("boom2.py", "print('x')\nraise KeyError('k')\n");
    const r = stackless(["run", "boom2.py", "--engine", "wasmtime"]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "x\n");
    assert.match(r.stderr, /KeyError: 'k'/);
  });

  test("--engine wasi runs the WASI build like `wasmtime run --dir=.`", () => {
    const r = stackless(["run", "hello.py", "--engine", "wasi"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, HELLO_OUT);
  });
});
