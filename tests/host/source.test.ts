// Source lines in images (docs/image.md, the source section): tracebacks print them as CPython
// does when the image keeps them, and not when it was compiled without; what they cost in image
// bytes; a damaged section is a clean ImageError.
import { test, describe, before, after } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ImageError, compileFile, compileText } from "../../host/runtime/index";
import { readImage } from "../../host/compiler/index";
import { packageRoot } from "../../host/runtime/paths";
import { collectingRuntime } from "./programs";

const bin = path.join(packageRoot(), "bin", "stackless.js");
let dir: string;

// CPython's output less its caret lines (we print none; docs/language.md) is the oracle. Recursion folds into "[Previous line repeated …]"; a chained
// cause; traceback.format_exc() and FrameSummary.line (stripped); deeper indentation and trailing
// blanks (the report of the uncaught exception keeps them, traceback.py strips them).
const PROG = `import traceback

class Boom(Exception):
    pass

def inner(n):
    if n == 0:
        raise Boom("deep")
    inner(n - 1)

def outer():
    try:
        inner(5)
    except Boom as e:
        raise ValueError("wrapped") from e

try:
    outer()
except ValueError as err:
    print(traceback.format_exc(), end="")
    print([fs.line for fs in traceback.extract_tb(err.__traceback__)])

def last():
    if True:
            raise RuntimeError("end")   \t
last()
`;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The main file as CPython 3.11 names it in tracebacks: its absolute path. */
const main = () => path.join(dir, "prog.py");

function cli(args: string[]): Outcome {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8" });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function cpython(): Outcome {
  const r = spawnSync("python3", ["prog.py"], { cwd: dir, encoding: "utf8", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } });
  if (r.error) throw r.error;
  const noCarets = (s: string) => s.replace(/^ {4}\s*[~^]+\n/gm, "");
  return { code: r.status, stdout: noCarets(r.stdout), stderr: noCarets(r.stderr) };
}

/** What PROG shows without source: CPython's text less its source lines (4 spaces in), no FrameSummary.line. */
function withoutSource(text: string): string {
  return text.replace(/^ {4}\S.*\n/gm, "").replace("['outer()', 'raise ValueError(\"wrapped\") from e']", "[None, None]");
}

async function onV8(source: boolean): Promise<Outcome> {
  const { rt, out, err } = await collectingRuntime();
  rt.loadImage(compileFile(main(), { source })); // (loadSource finds no lib/ modules, traceback)
  const code = rt.run();
  return { code, stdout: out(), stderr: err() };
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackless-source-"));
  fs.writeFileSync(path.join(dir, "prog.py"), PROG);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("tracebacks with source lines", () => {
  test("V8: with source, stderr and traceback.format_exc() are CPython's; without, the same less the lines", async () => {
    const want = cpython();
    assert.match(want.stderr, /^ {4}raise RuntimeError\("end"\) {3}\t$/m, "the oracle prints source lines");
    const kept = await onV8(true);
    assert.deepEqual(kept, want);
    const stripped = await onV8(false);
    assert.deepEqual(stripped, { code: want.code, stdout: withoutSource(want.stdout), stderr: withoutSource(want.stderr) });
    assert.notEqual(stripped.stderr, kept.stderr);
  });

  test("wasmtime through the CLI: run keeps source, compile --strip-source leaves it out", () => {
    const want = cpython();
    assert.deepEqual(cli(["run", main(), "--engine", "wasmtime"]), want);
    assert.equal(cli(["compile", main(), "--strip-source", "-o", "stripped.slpi"]).code, 0);
    assert.deepEqual(cli(["run", "stripped.slpi", "--engine", "wasmtime"]), {
      code: want.code,
      stdout: withoutSource(want.stdout),
      stderr: withoutSource(want.stderr),
    });
    assert.equal(cli(["compile", main(), "-o", "kept.slpi"]).code, 0);
    assert.deepEqual(cli(["run", "kept.slpi", "--engine", "wasmtime"]), want);
  });
});

/** The byte offset of the source section: it ends the image. */
function sectionAt(image: Uint8Array): number {
  const info = readImage(image);
  let size = 4;
  for (const s of info.sources) size += 8 + s.lines.reduce((n, l) => n + 8 + Buffer.byteLength(l.text), 0);
  return image.length - size;
}

/** The image with its source section replaced by `files` (string index, then [line, bytes] pairs). */
function withSection(image: Uint8Array, files: [number, [number, Uint8Array][]][]): Uint8Array {
  const parts: number[] = [];
  const u32 = (v: number) => parts.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, v >>> 24);
  u32(files.length);
  for (const [file, lines] of files) {
    u32(file);
    u32(lines.length);
    for (const [line, bytes] of lines) {
      u32(line);
      u32(bytes.length);
      parts.push(...bytes);
    }
  }
  const at = sectionAt(image);
  const out = new Uint8Array(at + parts.length);
  out.set(image.subarray(0, at));
  out.set(parts, at);
  new DataView(out.buffer).setUint32(8, out.length, true);
  return out;
}

describe("the source section", () => {
  const SRC = "def f():\n\n    # a comment\n    raise KeyError(1)\nf()\n";

  test("keeps only the lines a traceback can name, less their indentation; none of the prelude's; costs just its bytes", () => {
    const kept = compileText(SRC, "s.py");
    const stripped = compileText(SRC, "s.py", { source: false });
    const info = readImage(kept);
    assert.deepEqual(info.sources, [{ filename: "s.py", lines: [
      { line: 1, text: "def f():" },
      { line: 4, text: "raise KeyError(1)" },
      { line: 5, text: "f()" },
    ] }]);
    assert.deepEqual(readImage(stripped).sources, []);
    // the images differ by the section alone: 8 bytes a file, 8 bytes a line, the text
    assert.equal(kept.length - stripped.length, 8 + 3 * 8 + "def f():raise KeyError(1)f()".length);
    assert.deepEqual(kept.subarray(12, sectionAt(kept)), stripped.subarray(12, sectionAt(stripped)));
  });

  test("the printed line is the section's text, and only for its own file and line", async () => {
    const image = compileText(SRC, "s.py");
    const file = readImage(image).strings.indexOf("s.py");
    const text = (s: string) => new TextEncoder().encode(s);
    const { rt, err, clear } = await collectingRuntime();
    rt.loadImage(withSection(image, [[file, [[4, text("naïve = 'ok'")]]]]));
    assert.equal(rt.run(), 1);
    assert.equal(err(), 'Traceback (most recent call last):\n  File "s.py", line 5, in <module>\n  File "s.py", line 4, in f\n    naïve = \'ok\'\nKeyError: 1\n');
    clear();
    rt.reset();
    rt.loadImage(withSection(image, [[file - 1 >= 0 ? file - 1 : file + 1, [[4, text("other file")]]]]));
    assert.equal(rt.run(), 1);
    assert.doesNotMatch(err(), /other file/);
  });

  test("a line longer than the printer's static buffer (256 bytes) comes out whole, in message() too", async () => {
    const line = "x = " + Array(200).fill("1").join(" + ") + " + None";
    const { rt, err } = await collectingRuntime();
    rt.loadSource(`${line}\n`, "long.py");
    assert.equal(rt.run(), 1);
    const want = `Traceback (most recent call last):\n  File "long.py", line 1, in <module>\n    ${line}\nTypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n`;
    assert.equal(err(), want);
    assert.equal(rt.message(), want);
  });

  test("_runtime.source_line: the line stripped at both ends, None where the image has none", async () => {
    const prog = "import _runtime, sys\nc = sys._getframe().f_code\nif True:\n\t  x = [_runtime.source_line(c, n) for n in (4, 5, 2, 99, 0)]  \t \nprint(x)\n\n";
    const want = "['x = [_runtime.source_line(c, n) for n in (4, 5, 2, 99, 0)]', 'print(x)', 'c = sys._getframe().f_code', None, None]\n";
    for (const source of [true, false]) {
      const { rt, out } = await collectingRuntime();
      rt.loadSource(prog, "rt.py", { source });
      assert.equal(rt.run(), 0);
      assert.equal(out(), source ? want : "[None, None, None, None, None]\n");
    }
  });

  test("a malformed source section is an ImageError naming it, and the runtime stays usable", async () => {
    const image = compileText(SRC, "s.py");
    const strings = readImage(image).strings.length;
    const file = readImage(image).strings.indexOf("s.py");
    const text = (s: string) => new TextEncoder().encode(s);
    const cases: [string, Uint8Array, RegExp][] = [
      ["file index out of range", withSection(image, [[strings, [[1, text("x")]]]]), /source file/],
      ["a file twice", withSection(image, [[file, [[1, text("x")]]], [file, [[2, text("y")]]]]), /source file/],
      ["line 0", withSection(image, [[file, [[0, text("x")]]]]), /source line order/],
      ["lines out of order", withSection(image, [[file, [[4, text("x")], [4, text("y")]]]]), /source line order/],
      ["an empty line", withSection(image, [[file, [[4, new Uint8Array(0)]]]]), /source line text/],
      ["a line break", withSection(image, [[file, [[4, text("a\nb")]]]]), /source line text/],
      ["a carriage return", withSection(image, [[file, [[4, text("a\rb")]]]]), /source line text/],
      ["invalid UTF-8", withSection(image, [[file, [[4, Uint8Array.from([0x61, 0xc3, 0x28])]]]]), /source line text/],
      ["a truncated character", withSection(image, [[file, [[4, Uint8Array.from([0x61, 0xe2, 0x82])]]]]), /source line text/],
    ];
    const huge = withSection(image, []);
    new DataView(huge.buffer).setUint32(huge.length - 4, 0xffffffff, true);
    cases.push(["a huge file count", huge, /source count/]);
    const long = withSection(image, [[file, [[4, text("abc")]]]]);
    new DataView(long.buffer).setUint32(long.length - 7, 1000, true);
    cases.push(["a line longer than the image", long, /truncated/]);
    const { rt, out } = await collectingRuntime();
    for (const [name, bytes, why] of cases) {
      rt.reset();
      assert.throws(() => rt.loadImage(bytes), (e: unknown) => {
        assert.ok(e instanceof ImageError, `${name}: expected ImageError, got ${(e as Error)?.name}: ${(e as Error)?.message}`);
        assert.match(e.message, why, name);
        return true;
      });
    }
    rt.reset();
    rt.loadSource("print('fine')\n", "ok.py");
    assert.equal(rt.run(), 0);
    assert.equal(out(), "fine\n");
  });
});
