// Tests for the bytecode compiler (host/compiler): image layout, constants, instruction shapes,
// exception and line tables, the subset checker's errors, and a self-check that every image the
// compiler writes for a corpus of snippets decodes and verifies (indexes, jumps, stack depth).

import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  compileEntry,
  compileProgram,
  compileSource,
  discoverModules,
  disassemble,
  PySyntaxError,
  readImage,
  verifyImage,
  allOpNames,
} from "../../host/compiler/index";
import type { ImageCode, ImageInfo } from "../../host/compiler/index";
import { collectingRuntime } from "./programs";

const REPO = path.resolve(__dirname, "../../..");

function compile(src: string, filename = "t.py"): ImageInfo {
  const info = readImage(compileSource(src, filename));
  assert.deepEqual(verifyImage(info), [], "image verifies");
  return info;
}

function codeNamed(info: ImageInfo, qualname: string): ImageCode {
  const c = info.codes.find((x) => x.qualname === qualname);
  assert.ok(c, `code ${qualname} exists (have ${info.codes.map((x) => x.qualname).join(", ")})`);
  return c;
}

function constText(info: ImageInfo, i: number): string {
  const c = info.consts[i];
  switch (c.kind) {
    case "None":
      return "None";
    case "bool":
      return c.value ? "True" : "False";
    case "int":
      return String(c.value);
    case "float":
      return Number.isInteger(c.value) ? c.value.toFixed(1) : String(c.value);
    case "str":
      return JSON.stringify(c.value);
    case "code":
      return `<code ${info.codes[c.code].qualname}>`;
    case "tuple":
      return `(${c.items.map((x) => constText(info, x)).join(", ")}${c.items.length === 1 ? "," : ""})`;
    case "Ellipsis":
      return "...";
    case "bytes":
      return `b${JSON.stringify(String.fromCharCode(...c.value))}`;
  }
}

const NAME_OPS = new Set([
  "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "LOAD_METHOD", "IMPORT_NAME", "IMPORT_FROM",
  "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "DELETE_ATTR",
]);
const SLOT_OPS = new Set(["LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "LOAD_CLOSURE", "MAKE_CELL", "DELETE_DEREF"]);
const JUMP_OPS = new Set(["JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "FOR_ITER", "SEND"]);
const NO_ARG = new Set([
  "NOP", "POP_TOP", "DUP_TOP", "DUP_TOP_TWO", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "BINARY_SUBSCR", "STORE_SUBSCR",
  "DELETE_SUBSCR", "GET_ITER", "RETURN_VALUE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "RERAISE", "LOAD_ASSERTION_ERROR",
  "BUILD_CLASS", "YIELD_VALUE", "GET_YIELD_FROM_ITER", "BEFORE_WITH", "WITH_EXCEPT_START", "LIST_TO_TUPLE",
]);

/** One instruction as readable text: `LOAD_GLOBAL print`, `LOAD_CONST 1`, `JUMP ->7`, `CALL 2`. */
function insText(info: ImageInfo, code: ImageCode, i: number): string {
  const { name, arg } = code.instrs[i];
  if (name === "LOAD_CONST") return `${name} ${constText(info, arg)}`;
  if (NAME_OPS.has(name)) return `${name} ${info.strings[arg]}`;
  if (SLOT_OPS.has(name)) return `${name} ${code.localNames[arg]}`;
  if (JUMP_OPS.has(name)) return `${name} ->${arg}`;
  if (NO_ARG.has(name)) return name;
  return `${name} ${arg}`;
}

function shape(info: ImageInfo, code: ImageCode = info.codes[info.modules[0].code]): string[] {
  return code.instrs.map((_, i) => insText(info, code, i));
}

/** The module code's instructions without the trailing `LOAD_CONST None; RETURN_VALUE`. */
function body(src: string): string[] {
  const info = compile(src);
  const s = shape(info);
  assert.deepEqual(s.slice(-2), ["LOAD_CONST None", "RETURN_VALUE"]);
  return s.slice(0, -2);
}

function fnShape(src: string, qualname: string): string[] {
  const info = compile(src);
  return shape(info, codeNamed(info, qualname));
}

function syntaxError(src: string, filename = "bad.py"): PySyntaxError {
  try {
    compileSource(src, filename);
  } catch (e) {
    assert.ok(e instanceof PySyntaxError, `expected PySyntaxError, got ${e}`);
    return e;
  }
  assert.fail(`expected a SyntaxError for ${JSON.stringify(src)}`);
}

describe("image layout", () => {
  test("header: magic, version, flags, total length", () => {
    const img = compileSource("x = 1\n", "a.py");
    assert.equal(String.fromCharCode(...img.subarray(0, 4)), "SLPI");
    const v = new DataView(img.buffer, img.byteOffset, img.byteLength);
    assert.equal(v.getUint16(4, true), 3);
    assert.equal(v.getUint16(6, true), 0);
    assert.equal(v.getUint32(8, true), img.length);
    const info = readImage(img);
    assert.equal(info.version, 3);
    assert.equal(info.length, img.length);
  });

  test("code objects: positional-only count and docstring", () => {
    const info = compile('"""mod"""\ndef f(a, b, /, c):\n    """doc"""\n    return a\ndef g():\n    return 1\n');
    assert.equal(codeNamed(info, "f").posonlyargcount, 2);
    assert.equal(codeNamed(info, "f").doc, "doc");
    assert.equal(codeNamed(info, "g").doc, null);
    assert.equal(codeNamed(info, "<module>").doc, "mod");
  });

  test("readImage rejects a corrupted image", () => {
    const img = compileSource("x = 1\n", "a.py");
    const bad = img.slice();
    bad[0] = 0x58;
    assert.throws(() => readImage(bad), /magic/);
    assert.throws(() => readImage(img.subarray(0, img.length - 3)), /length|truncated/);
  });

  test("the module code: <module>, MODULE flag, ends with return None", () => {
    const info = compile("pass\n", "m.py");
    assert.equal(info.modules.length, 1);
    assert.equal(info.modules[0].name, "__main__");
    const c = info.codes[info.modules[0].code];
    assert.equal(c.name, "<module>");
    assert.equal(c.qualname, "<module>");
    assert.equal(c.filename, "m.py");
    assert.equal(c.firstLine, 1);
    assert.equal(c.flags, 8);
    assert.equal(c.argcount, 0);
    assert.equal(c.nlocals, 0);
    assert.deepEqual(shape(info), ["LOAD_CONST None", "RETURN_VALUE"]);
  });

  test("compileProgram: __main__ first, other modules by name, one image", () => {
    const img = compileProgram([
      { name: "app", filename: "app.py", source: "import util\nutil.f()\n" },
      { name: "util", filename: "util.py", source: "def f():\n    return 1\n" },
    ]);
    const info = readImage(img);
    assert.deepEqual(verifyImage(info), []);
    assert.deepEqual(info.modules.map((m) => m.name), ["__main__", "util"]);
    assert.equal(info.codes[info.modules[0].code].filename, "app.py");
    assert.equal(info.codes[info.modules[1].code].filename, "util.py");
    assert.equal(info.codes[info.modules[1].code].flags, 8);
    assert.ok(info.codes.some((c) => c.qualname === "f" && c.filename === "util.py"));
    assert.throws(() => compileProgram([]));
    assert.throws(() => compileProgram([
      { name: "__main__", filename: "a.py", source: "" },
      { name: "m", filename: "m.py", source: "" },
      { name: "m", filename: "m2.py", source: "" },
    ]), /duplicate/);
  });

  test("a frame's caps (vm/frame.ts F_SPHOOK): a stack of 8191 values compiles, 8192 is an error", () => {
    // a call's arguments are all on the stack (a display is built in parts: see the next test)
    const call = (n: number) => `x = print(${Array(n - 1).fill("0").join(", ")})\n`;
    assert.equal(compile(call(8191)).codes[0].stacksize, 8191);
    assert.throws(() => compileSource(call(8192), "t.py"), /<module> needs a stack of 8192 values \(at most 8191/);
    const locals = Array.from({ length: 8200 }, (_, i) => `v${i} = 0`).join("\n    ");
    assert.throws(() => compileSource(`def f():\n    ${locals}\n    ${call(8190)}`, "t.py"), /f needs too large a frame: 16391 locals and stack slots/);
  });

  test("displays of any length are built in parts: 10,000-element lists, tuples, sets, dicts, with a star, as CPython evaluates them", async (t) => {
    const n = 10_000;
    const items = Array.from({ length: n }, (_, i) => `f(${i})`).join(", ");
    const pairs = Array.from({ length: n }, (_, i) => `${i}: f(${i})`).join(", ");
    const consts = Array.from({ length: n }, (_, i) => `${i}`).join(", ");
    const src = [
      "order = []", "def f(i):", "    order.append(i)", "    return i",
      `a = [${items}]`, `t = (${items})`, `s = {${items}}`, `d = {${pairs}}`, `c = [${consts}]`, `ct = (${consts})`,
      `star = [${items}, *range(3), ${items}]`,
      "print(len(a), sum(a), a[:3], a[-2:], len(t), t[-1], type(t).__name__, len(s), len(d), d[9999])",
      "print(len(c), c[-1], len(ct), ct[5000], len(star), star[10000:10004])",
      "print(order[:5], order[9998:10002], len(order), order == sorted(order[:10000]) + order[10000:])",
    ].join("\n") + "\n";
    const expected = python(src);
    if (expected === null) return t.skip("python3 not available");
    const image = compileSource(src, "long.py");
    assert.ok(readImage(image).codes.every((c) => c.stacksize < 300));
    const { rt, out } = await collectingRuntime({ budget: 8 * 1024 * 1024 });
    rt.loadImage(image);
    assert.equal(rt.run(), 0);
    assert.equal(out(), expected);
  });

  test("disassemble prints every code object", () => {
    const text = disassemble(compileSource("def f(a):\n    return a + 1\nprint(f(2))\n", "d.py"));
    assert.match(text, /code 0: <module>/);
    assert.match(text, /code 1: f /);
    assert.match(text, /LOAD_FAST\s+0\s+\(a\)/);
    assert.match(text, /LOAD_GLOBAL\s+\d+\s+\(print\)/);
  });

  test("opcode names match host/compiler/opcodes.ts", () => {
    const src = fs.readFileSync(path.join(REPO, "host/compiler/opcodes.ts"), "utf8");
    const declared = [...src.matchAll(/^\s*([A-Z_]+)\s*=\s*(\d+),/gm)].map((m) => [m[1], Number(m[2])] as const);
    assert.ok(declared.length > 50);
    const names = allOpNames();
    assert.equal(names.length, declared.length);
    for (const [name, num] of declared) assert.equal(names[num], name);
  });
});

describe("constants", () => {
  test("interning: equal constants share one entry; types stay apart", () => {
    const info = compile('a = 1\nb = 1\nc = "x"\nd = "x"\ne = 1.0\nf = True\ng = (1, 2)\nh = (1, 2)\ni = None\nj = ...\nk = -0.0\nl = 0.0\n');
    const kinds = info.consts.map((c) => c.kind);
    const ints = info.consts.filter((c) => c.kind === "int" && c.value === 1n);
    assert.equal(ints.length, 1);
    assert.equal(info.consts.filter((c) => c.kind === "str" && c.value === "x").length, 1);
    assert.equal(info.consts.filter((c) => c.kind === "float" && c.value === 1).length, 1);
    assert.equal(info.consts.filter((c) => c.kind === "bool").length, 1);
    assert.equal(info.consts.filter((c) => c.kind === "tuple").length, 1);
    assert.equal(info.consts.filter((c) => c.kind === "None").length, 1);
    assert.equal(info.consts.filter((c) => c.kind === "float").length, 3, "1.0, -0.0 and 0.0 are distinct");
    assert.ok(kinds.includes("Ellipsis"));
    assert.equal(new Set(info.strings).size, info.strings.length, "strings are unique");
    info.consts.forEach((c, i) => {
      if (c.kind === "tuple") for (const it of c.items) assert.ok(it < i);
    });
    assert.deepEqual(body("x = (1, (2.5, 'a'), None)\n"), ['LOAD_CONST (1, (2.5, "a"), None)', "STORE_GLOBAL x"]);
  });

  test("numbers: int vs float by spelling, bases, underscores, i64 bounds, negation folded", () => {
    assert.deepEqual(body("x = 1.0\n"), ["LOAD_CONST 1.0", "STORE_GLOBAL x"]);
    const info = compile("a = 0x10\nb = 0o17\nc = 0b101\nd = 1_000\ne = 1e3\nf = -9223372036854775808\ng = 9223372036854775807\nh = 1e400\n");
    const vals = info.consts.map((c) => (c.kind === "int" ? `i${c.value}` : c.kind === "float" ? `f${c.value}` : c.kind));
    for (const v of ["i16", "i15", "i5", "i1000", "f1000", "i-9223372036854775808", "i9223372036854775807", "fInfinity"]) assert.ok(vals.includes(v), v);
    assert.deepEqual(body("x = -5\n"), ["LOAD_CONST -5", "STORE_GLOBAL x"]);
    assert.deepEqual(body("x = -y\n"), ["LOAD_GLOBAL y", "UNARY_OP 0", "STORE_GLOBAL x"]);
  });

  test("ints beyond 64 bits are big-int constants (tag 9) that read back exactly", () => {
    const big = ["9223372036854775808", "-9223372036854775809", "18446744073709551616", String(3n ** 200n), String(-(2n ** 130n))];
    const info = compile(big.map((v, i) => `v${i} = ${v}\n`).join(""));
    const ints = info.consts.filter((c) => c.kind === "int").map((c) => (c.kind === "int" ? String(c.value) : ""));
    for (const v of big) assert.ok(ints.includes(v), v);
  });

  test("strings are UTF-8 in the string table", () => {
    const img = compileSource('s = "héllo ✓"\n', "u.py");
    const info = readImage(img);
    assert.ok(info.strings.includes("héllo ✓"));
  });
});

describe("instruction shapes", () => {
  test("module-level names are global; expression statements pop", () => {
    assert.deepEqual(body("x = a + b * 2\nprint(x)\ndel x\n"), [
      "LOAD_GLOBAL a", "LOAD_GLOBAL b", "LOAD_CONST 2", "BINARY_OP 2", "BINARY_OP 0", "STORE_GLOBAL x",
      "LOAD_GLOBAL print", "LOAD_GLOBAL x", "CALL 1", "POP_TOP",
      "DELETE_GLOBAL x",
    ]);
  });

  test("operators", () => {
    assert.deepEqual(body("x = a - b / c // d % e ** f << g >> h & i | j ^ k @ l\n").filter((s) => s.startsWith("BINARY_OP")).map((s) => Number(s.split(" ")[1])).sort((p, q) => p - q),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((n) => n !== 0 && n !== 2));
    assert.deepEqual(body("x = -a, +a, not a, ~a\n").filter((s) => s.startsWith("UNARY_OP")), ["UNARY_OP 0", "UNARY_OP 1", "UNARY_OP 2", "UNARY_OP 3"]);
    assert.deepEqual(body("a < b; a <= b; a == b; a != b; a > b; a >= b\n").filter((s) => s.startsWith("COMPARE_OP")),
      ["COMPARE_OP 0", "COMPARE_OP 1", "COMPARE_OP 2", "COMPARE_OP 3", "COMPARE_OP 4", "COMPARE_OP 5"]);
    assert.deepEqual(body("a is b; a is not b; a in b; a not in b\n").filter((s) => /IS_OP|CONTAINS_OP/.test(s)),
      ["IS_OP 0", "IS_OP 1", "CONTAINS_OP 0", "CONTAINS_OP 1"]);
  });

  test("and / or short-circuit with JUMP_IF_*_OR_POP", () => {
    assert.deepEqual(body("x = a and b or c\n"), [
      "LOAD_GLOBAL a", "JUMP_IF_FALSE_OR_POP ->3", "LOAD_GLOBAL b", "JUMP_IF_TRUE_OR_POP ->5", "LOAD_GLOBAL c", "STORE_GLOBAL x",
    ]);
  });

  test("chained comparison evaluates the middle operand once", () => {
    assert.deepEqual(body("x = a < b < c\n"), [
      "LOAD_GLOBAL a", "LOAD_GLOBAL b", "DUP_TOP", "ROT_THREE", "COMPARE_OP 0", "JUMP_IF_FALSE_OR_POP ->9",
      "LOAD_GLOBAL c", "COMPARE_OP 0", "JUMP ->11", "ROT_TWO", "POP_TOP", "STORE_GLOBAL x",
    ]);
  });

  test("conditional expression and if/elif/else", () => {
    assert.deepEqual(body("x = a if c else b\n"), [
      "LOAD_GLOBAL c", "POP_JUMP_IF_FALSE ->4", "LOAD_GLOBAL a", "JUMP ->5", "LOAD_GLOBAL b", "STORE_GLOBAL x",
    ]);
    assert.deepEqual(body("if a:\n    f()\nelif not b:\n    g()\nelse:\n    h()\n"), [
      "LOAD_GLOBAL a", "POP_JUMP_IF_FALSE ->6", "LOAD_GLOBAL f", "CALL 0", "POP_TOP", "JUMP ->15",
      "LOAD_GLOBAL b", "POP_JUMP_IF_TRUE ->12", "LOAD_GLOBAL g", "CALL 0", "POP_TOP", "JUMP ->15",
      "LOAD_GLOBAL h", "CALL 0", "POP_TOP",
    ]);
  });

  test("while / else with break and continue", () => {
    assert.deepEqual(body("while a:\n    if b:\n        break\n    continue\nelse:\n    f()\n"), [
      "LOAD_GLOBAL a", "POP_JUMP_IF_FALSE ->6", "LOAD_GLOBAL b", "POP_JUMP_IF_FALSE ->5", "JUMP ->9", "JUMP ->0",
      "LOAD_GLOBAL f", "CALL 0", "POP_TOP",
    ]);
    assert.deepEqual(shape(compile("while True:\n    f()\n")), ["LOAD_GLOBAL f", "CALL 0", "POP_TOP", "JUMP ->0"]);
  });

  test("for / else over an iterator; break pops the iterator", () => {
    assert.deepEqual(body("for i in xs:\n    if i:\n        break\nelse:\n    f()\n"), [
      "LOAD_GLOBAL xs", "GET_ITER", "FOR_ITER ->9", "STORE_GLOBAL i", "LOAD_GLOBAL i", "POP_JUMP_IF_FALSE ->8",
      "POP_TOP", "JUMP ->12", "JUMP ->2", "LOAD_GLOBAL f", "CALL 0", "POP_TOP",
    ]);
  });

  test("functions: fast locals, defaults tuple, implicit return None", () => {
    const info = compile("def f(a, b=2, c='x'):\n    t = a + b\n    return t\n\ndef g():\n    h()\n");
    assert.deepEqual(shape(info).slice(0, 4), ['LOAD_CONST (2, "x")', "LOAD_CONST <code f>", "MAKE_FUNCTION 1", "STORE_GLOBAL f"]);
    const f = codeNamed(info, "f");
    assert.equal(f.argcount, 3);
    assert.deepEqual(f.localNames, ["a", "b", "c", "t"]);
    assert.equal(f.firstLine, 1);
    assert.equal(f.flags, 0);
    assert.deepEqual(shape(info, f), [
      "LOAD_FAST a", "LOAD_FAST b", "BINARY_OP 0", "STORE_FAST t", "LOAD_FAST t", "RETURN_VALUE", // unreachable return None dropped
    ]);
    const g = codeNamed(info, "g");
    assert.equal(g.firstLine, 5);
    assert.deepEqual(shape(info, g), ["LOAD_GLOBAL h", "CALL 0", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"]);
    assert.deepEqual(fnShape("def f(x=y, z=1):\n    pass\n", "<module>").slice(0, 5), [
      "LOAD_GLOBAL y", "LOAD_CONST 1", "BUILD_TUPLE 2", "LOAD_CONST <code f>", "MAKE_FUNCTION 1",
    ]);
  });

  test("closures: cells, free variables, LOAD_CLOSURE, MAKE_FUNCTION 8, nonlocal", () => {
    const src = "def outer(p):\n    n = 0\n    def inner(q):\n        nonlocal n\n        n += q\n        return n + p\n    return inner\n";
    const info = compile(src);
    const outer = codeNamed(info, "outer");
    const inner = codeNamed(info, "outer.<locals>.inner");
    assert.equal(inner.name, "inner");
    assert.deepEqual(outer.localNames, ["p", "inner", "n"]);
    assert.equal(outer.nfrees, 0);
    assert.deepEqual(shape(info, outer), [
      "MAKE_CELL p", "MAKE_CELL n", "LOAD_CONST 0", "STORE_DEREF n",
      "LOAD_CLOSURE n", "LOAD_CLOSURE p", "BUILD_TUPLE 2", "LOAD_CONST <code outer.<locals>.inner>", "MAKE_FUNCTION 8", "STORE_FAST inner",
      "LOAD_FAST inner", "RETURN_VALUE",
    ]);
    assert.equal(inner.nfrees, 2);
    assert.deepEqual(inner.localNames, ["q", "n", "p"]);
    assert.deepEqual(shape(info, inner), [
      "COPY_FREE_VARS 2", "LOAD_DEREF n", "LOAD_FAST q", "BINARY_OP 16", "STORE_DEREF n",
      "LOAD_DEREF n", "LOAD_DEREF p", "BINARY_OP 0", "RETURN_VALUE",
    ]);
  });

  test("free variables pass through intermediate scopes", () => {
    const info = compile("def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n");
    const b = codeNamed(info, "a.<locals>.b");
    const c = codeNamed(info, "a.<locals>.b.<locals>.c");
    assert.equal(b.nfrees, 1);
    assert.deepEqual(b.localNames, ["c", "x"]);
    assert.deepEqual(shape(info, b).slice(0, 5), ["COPY_FREE_VARS 1", "LOAD_CLOSURE x", "BUILD_TUPLE 1", "LOAD_CONST <code a.<locals>.b.<locals>.c>", "MAKE_FUNCTION 8"]);
    assert.deepEqual(shape(info, c).slice(0, 3), ["COPY_FREE_VARS 1", "LOAD_DEREF x", "RETURN_VALUE"]);
  });

  test("global declarations inside functions", () => {
    assert.deepEqual(fnShape("def f():\n    global g\n    g = g + 1\n    del g\n", "f"), [
      "LOAD_GLOBAL g", "LOAD_CONST 1", "BINARY_OP 0", "STORE_GLOBAL g", "DELETE_GLOBAL g", "LOAD_CONST None", "RETURN_VALUE",
    ]);
    const info = compile("def f():\n    global h\n    def h():\n        pass\n");
    assert.ok(info.codes.some((c) => c.qualname === "h"), "qualname of a global def is its name");
  });

  test("lambda", () => {
    const info = compile("f = lambda x, y=1: x + y + z\n");
    assert.deepEqual(shape(info).slice(0, 4), ["LOAD_CONST (1,)", "LOAD_CONST <code <lambda>>", "MAKE_FUNCTION 1", "STORE_GLOBAL f"]);
    const l = codeNamed(info, "<lambda>");
    assert.equal(l.name, "<lambda>");
    assert.deepEqual(shape(info, l), ["LOAD_FAST x", "LOAD_FAST y", "BINARY_OP 0", "LOAD_GLOBAL z", "BINARY_OP 0", "RETURN_VALUE"]);
  });

  test("calls: positional, keyword (CALL_KW), methods (LOAD_METHOD / CALL_METHOD)", () => {
    assert.deepEqual(body("f(a, b=2, c=3)\n"), [
      "LOAD_GLOBAL f", "LOAD_GLOBAL a", "LOAD_CONST 2", "LOAD_CONST 3", 'LOAD_CONST ("b", "c")', "CALL_KW 3", "POP_TOP",
    ]);
    assert.deepEqual(body("o.m(1, 2)\n"), ["LOAD_GLOBAL o", "LOAD_METHOD m", "LOAD_CONST 1", "LOAD_CONST 2", "CALL_METHOD 2", "POP_TOP"]);
    assert.deepEqual(body("o.m(1, k=2)\n"), ["LOAD_GLOBAL o", "LOAD_ATTR m", "LOAD_CONST 1", "LOAD_CONST 2", 'LOAD_CONST ("k",)', "CALL_KW 2", "POP_TOP"]);
  });

  test("literals: tuple, list, dict, slices, subscripts, attributes", () => {
    assert.deepEqual(body("x = [a, 1]\ny = {a: 1, 'k': b}\nz = (a, 1)\n"), [
      "LOAD_GLOBAL a", "LOAD_CONST 1", "BUILD_LIST 2", "STORE_GLOBAL x",
      "LOAD_GLOBAL a", "LOAD_CONST 1", 'LOAD_CONST "k"', "LOAD_GLOBAL b", "BUILD_MAP 2", "STORE_GLOBAL y",
      "LOAD_GLOBAL a", "LOAD_CONST 1", "BUILD_TUPLE 2", "STORE_GLOBAL z",
    ]);
    assert.deepEqual(body("x = s[1:2]\ny = s[::k]\nz = s.a[i]\n"), [
      "LOAD_GLOBAL s", "LOAD_CONST 1", "LOAD_CONST 2", "BUILD_SLICE 2", "BINARY_SUBSCR", "STORE_GLOBAL x",
      "LOAD_GLOBAL s", "LOAD_CONST None", "LOAD_CONST None", "LOAD_GLOBAL k", "BUILD_SLICE 3", "BINARY_SUBSCR", "STORE_GLOBAL y",
      "LOAD_GLOBAL s", "LOAD_ATTR a", "LOAD_GLOBAL i", "BINARY_SUBSCR", "STORE_GLOBAL z",
    ]);
    assert.deepEqual(body("x = [], {}, ()\n"), ["BUILD_LIST 0", "BUILD_MAP 0", "LOAD_CONST ()", "BUILD_TUPLE 3", "STORE_GLOBAL x"]);
  });

  test("assignment targets: chains, attributes, subscripts, nested unpacking", () => {
    assert.deepEqual(body("a = b = v\n"), ["LOAD_GLOBAL v", "DUP_TOP", "STORE_GLOBAL a", "STORE_GLOBAL b"]);
    assert.deepEqual(body("o.x = v\nd[k] = v\n"), [
      "LOAD_GLOBAL v", "LOAD_GLOBAL o", "STORE_ATTR x", "LOAD_GLOBAL v", "LOAD_GLOBAL d", "LOAD_GLOBAL k", "STORE_SUBSCR",
    ]);
    assert.deepEqual(body("a, (b, [c, d]) = v\n"), [
      "LOAD_GLOBAL v", "UNPACK_SEQUENCE 2", "STORE_GLOBAL a", "UNPACK_SEQUENCE 2", "STORE_GLOBAL b", "UNPACK_SEQUENCE 2", "STORE_GLOBAL c", "STORE_GLOBAL d",
    ]);
  });

  test("augmented assignment to names, attributes and subscripts", () => {
    assert.deepEqual(body("x += 1\n"), ["LOAD_GLOBAL x", "LOAD_CONST 1", "BINARY_OP 16", "STORE_GLOBAL x"]);
    assert.deepEqual(body("o.a -= 1\n"), ["LOAD_GLOBAL o", "DUP_TOP", "LOAD_ATTR a", "LOAD_CONST 1", "BINARY_OP 17", "ROT_TWO", "STORE_ATTR a"]);
    assert.deepEqual(body("d[k] *= 2\n"), [
      "LOAD_GLOBAL d", "LOAD_GLOBAL k", "DUP_TOP_TWO", "BINARY_SUBSCR", "LOAD_CONST 2", "BINARY_OP 18", "ROT_THREE", "STORE_SUBSCR",
    ]);
    assert.deepEqual(fnShape("def f(x):\n    x //= 3\n", "f").slice(0, 4), ["LOAD_FAST x", "LOAD_CONST 3", "BINARY_OP 20", "STORE_FAST x"]);
  });

  test("del of names and subscripts", () => {
    assert.deepEqual(body("del a, b[1]\n"), ["DELETE_GLOBAL a", "LOAD_GLOBAL b", "LOAD_CONST 1", "DELETE_SUBSCR"]);
    assert.deepEqual(fnShape("def f(a):\n    del a\n", "f").slice(0, 1), ["DELETE_FAST a"]);
  });

  test("f-strings: FORMAT_VALUE with conversions and specs, BUILD_STRING", () => {
    assert.deepEqual(body('s = f"a{x}b{y!r}{z!s:>{w}}{q!a:4}"\n'), [
      'LOAD_CONST "a"', "LOAD_GLOBAL x", "FORMAT_VALUE 0", 'LOAD_CONST "b"', "LOAD_GLOBAL y", "FORMAT_VALUE 2",
      "LOAD_GLOBAL z", 'LOAD_CONST ">"', "LOAD_GLOBAL w", "FORMAT_VALUE 0", "BUILD_STRING 2", "FORMAT_VALUE 5",
      "LOAD_GLOBAL q", 'LOAD_CONST "4"', "FORMAT_VALUE 7", "BUILD_STRING 6", "STORE_GLOBAL s",
    ]);
    assert.deepEqual(body('s = f"{x}"\n'), ["LOAD_GLOBAL x", "FORMAT_VALUE 0", "STORE_GLOBAL s"]);
    assert.deepEqual(body('s = f""\n'), ['LOAD_CONST ""', "STORE_GLOBAL s"]);
  });

  test("list comprehension: a nested <listcomp> code called with the iterator", () => {
    const info = compile("r = [x * 2 for x in xs if x]\n");
    assert.deepEqual(shape(info), [
      "LOAD_CONST <code <listcomp>>", "MAKE_FUNCTION 0", "LOAD_GLOBAL xs", "GET_ITER", "CALL 1", "STORE_GLOBAL r", "LOAD_CONST None", "RETURN_VALUE",
    ]);
    const lc = codeNamed(info, "<listcomp>");
    assert.equal(lc.argcount, 1);
    assert.deepEqual(lc.localNames, [".0", "x"]);
    assert.deepEqual(shape(info, lc), [
      "BUILD_LIST 0", "LOAD_FAST .0", "FOR_ITER ->11", "STORE_FAST x", "LOAD_FAST x", "POP_JUMP_IF_FALSE ->2",
      "LOAD_FAST x", "LOAD_CONST 2", "BINARY_OP 2", "LIST_APPEND 2", "JUMP ->2", "RETURN_VALUE",
    ]);
  });

  test("nested comprehension loops and closures over the enclosing function", () => {
    const info = compile("def f(n):\n    return [(i, j) for i in range(n) for j in range(i) if j != n]\n");
    const f = codeNamed(info, "f");
    assert.deepEqual(shape(info, f).slice(0, 5), ["MAKE_CELL n", "LOAD_CLOSURE n", "BUILD_TUPLE 1", "LOAD_CONST <code f.<locals>.<listcomp>>", "MAKE_FUNCTION 8"]);
    const lc = codeNamed(info, "f.<locals>.<listcomp>");
    assert.equal(lc.nfrees, 1);
    assert.deepEqual(lc.localNames, [".0", "i", "j", "n"]);
    assert.ok(shape(info, lc).includes("LIST_APPEND 3"));
    assert.ok(shape(info, lc).includes("LOAD_DEREF n"));
  });

  test("dict comprehension: MAP_ADD, key evaluated first", () => {
    const info = compile("d = {k: v for k, v in items}\n");
    const dc = codeNamed(info, "<dictcomp>");
    assert.equal(dc.argcount, 1);
    assert.deepEqual(dc.localNames, [".0", "k", "v"]);
    assert.deepEqual(shape(info, dc), [
      "BUILD_MAP 0", "LOAD_FAST .0", "FOR_ITER ->10", "UNPACK_SEQUENCE 2", "STORE_FAST k", "STORE_FAST v",
      "LOAD_FAST k", "LOAD_FAST v", "MAP_ADD 2", "JUMP ->2", "RETURN_VALUE",
    ]);
  });

  test("imports", () => {
    assert.deepEqual(body("import a\nimport b as c\nimport p.q as r\nfrom m import x, y as z\n"), [
      "IMPORT_NAME a", "STORE_GLOBAL a", "IMPORT_NAME b", "STORE_GLOBAL c", "IMPORT_NAME p.q", "STORE_GLOBAL r",
      "IMPORT_NAME m", "IMPORT_FROM x", "STORE_GLOBAL x", "IMPORT_FROM y", "STORE_GLOBAL z", "POP_TOP",
    ]);
    // `import a.b.c` imports the submodule, then binds the top-level package
    assert.deepEqual(body("import p.q.r\n"), ["IMPORT_NAME p.q.r", "POP_TOP", "IMPORT_NAME p", "STORE_GLOBAL p"]);
    assert.deepEqual(fnShape("def f():\n    import p.q\n    return p\n", "f").slice(0, 4), ["IMPORT_NAME p.q", "POP_TOP", "IMPORT_NAME p", "STORE_FAST p"]);
    assert.deepEqual(fnShape("def f():\n    import a\n    return a\n", "f").slice(0, 2), ["IMPORT_NAME a", "STORE_FAST a"]);
  });

  test("assert, raise", () => {
    assert.deepEqual(body("assert x, 'msg'\n"), [
      "LOAD_GLOBAL x", "POP_JUMP_IF_TRUE ->6", "LOAD_ASSERTION_ERROR", 'LOAD_CONST "msg"', "CALL 1", "RAISE_VARARGS 1",
    ]);
    assert.deepEqual(body("assert x\n"), ["LOAD_GLOBAL x", "POP_JUMP_IF_TRUE ->4", "LOAD_ASSERTION_ERROR", "RAISE_VARARGS 1"]);
    assert.deepEqual(shape(compile("raise E\n")), ["LOAD_GLOBAL E", "RAISE_VARARGS 1"]);
    assert.deepEqual(shape(compile("raise E from c\n")), ["LOAD_GLOBAL E", "LOAD_GLOBAL c", "RAISE_VARARGS 2"]);
    assert.deepEqual(fnShape("def f():\n    raise\n", "f").slice(0, 1), ["RAISE_VARARGS 0"]);
  });

  test("unreachable code is dropped", () => {
    assert.deepEqual(fnShape("def f():\n    return 1\n    x = (a, b, c, d, e, f)\n", "f"), ["LOAD_CONST 1", "RETURN_VALUE"]);
    assert.deepEqual(fnShape("def f():\n    while True:\n        try:\n            pass\n        except:\n            g()\n        else:\n            break\n", "f"),
      ["LOAD_CONST None", "RETURN_VALUE"]);
  });

  test("docstrings and constant statements emit nothing", () => {
    assert.deepEqual(body('"doc"\n1\n'), []);
  });
});

describe("classes, decorators, generators, with, calls (opcodes 59–77)", () => {
  test("class: name, bases tuple, namespace, body function, BUILD_CLASS; body uses the namespace", () => {
    const info = compile("class C(A, B):\n    'doc'\n    v = 1\n    del v\n    def m(self):\n        return v\nclass E:\n    pass\n");
    assert.deepEqual(shape(info).slice(0, 13), [
      'LOAD_CONST "C"', "LOAD_GLOBAL A", "LOAD_GLOBAL B", "BUILD_TUPLE 2", "BUILD_MAP 0", "DUP_TOP",
      "LOAD_CONST <code C>", "MAKE_FUNCTION 0", "ROT_TWO", "CALL 1", "POP_TOP", "BUILD_CLASS", "STORE_GLOBAL C",
    ]);
    assert.deepEqual(shape(info).slice(13, 15), ['LOAD_CONST "E"', "LOAD_CONST ()"]);
    const c = codeNamed(info, "C");
    assert.equal(c.flags, 16);
    assert.equal(c.argcount, 1);
    assert.deepEqual(c.localNames, [".ns"]);
    assert.deepEqual(shape(info, c), [
      "LOAD_NAME __name__", "STORE_NAME __module__", 'LOAD_CONST "C"', "STORE_NAME __qualname__",
      'LOAD_CONST "doc"', "STORE_NAME __doc__",
      "LOAD_CONST 1", "STORE_NAME v", "DELETE_NAME v",
      "LOAD_CONST <code C.m>", "MAKE_FUNCTION 0", "STORE_NAME m", "LOAD_CONST None", "RETURN_VALUE",
    ]);
    // class-level names are invisible to methods
    assert.deepEqual(shape(info, codeNamed(info, "C.m")), ["LOAD_GLOBAL v", "RETURN_VALUE"]);
  });

  test("class bodies: unbound names LOAD_NAME, enclosing function variables LOAD_DEREF, global/nonlocal", () => {
    const info = compile("def f():\n    y = 1\n    w = 2\n    class D:\n        global g\n        nonlocal w\n        z = y + u\n        g = 1\n        w = 3\n    return D\n");
    const d = codeNamed(info, "f.<locals>.D");
    assert.equal(d.nfrees, 2);
    assert.deepEqual(d.localNames, [".ns", "w", "y"]);
    assert.deepEqual(shape(info, d).slice(5, 13), [
      "LOAD_DEREF y", "LOAD_NAME u", "BINARY_OP 0", "STORE_NAME z", "LOAD_CONST 1", "STORE_GLOBAL g", "LOAD_CONST 3", "STORE_DEREF w",
    ]);
  });

  test("a class passes enclosing variables through to its methods even when it binds the same name", () => {
    const info = compile("def f():\n    y = 1\n    class D:\n        y = 2\n        def g(self):\n            return y\n    return D\n");
    const d = codeNamed(info, "f.<locals>.D");
    assert.deepEqual(d.localNames, [".ns", "y"]);
    assert.equal(d.nfrees, 1);
    assert.deepEqual(shape(info, d).slice(0, 1), ["COPY_FREE_VARS 1"]);
    assert.deepEqual(shape(info, d).slice(5, 10), ["LOAD_CONST 2", "STORE_NAME y", "LOAD_CLOSURE y", "BUILD_TUPLE 1", "LOAD_CONST <code f.<locals>.D.g>"]);
    assert.deepEqual(shape(info, codeNamed(info, "f.<locals>.D.g")), ["COPY_FREE_VARS 1", "LOAD_DEREF y", "RETURN_VALUE"]);
  });

  test("super() and __class__: the class body's __class__ cell, stored as __classcell__", () => {
    const info = compile("class B(A):\n    def f(self, x):\n        return super().f(x)\n    def g(s):\n        return [__class__ for _ in s]\n    def h():\n        return super()\n");
    const b = codeNamed(info, "B");
    assert.deepEqual(b.localNames, [".ns", "__class__"]);
    assert.equal(b.nfrees, 0);
    const s = shape(info, b);
    assert.equal(s[0], "MAKE_CELL __class__");
    assert.deepEqual(s.slice(-4), ["LOAD_CLOSURE __class__", "STORE_NAME __classcell__", "LOAD_CONST None", "RETURN_VALUE"]);
    assert.deepEqual(s.slice(5, 8), ["LOAD_CLOSURE __class__", "BUILD_TUPLE 1", "LOAD_CONST <code B.f>"]);
    const f = codeNamed(info, "B.f");
    assert.deepEqual(f.localNames, ["self", "x", "__class__"]);
    assert.deepEqual(shape(info, f), [
      "COPY_FREE_VARS 1", "LOAD_GLOBAL super", "LOAD_DEREF __class__", "LOAD_FAST self", "CALL 2",
      "LOAD_METHOD f", "LOAD_FAST x", "CALL_METHOD 1", "RETURN_VALUE",
    ]);
    // __class__ passes through g to its comprehension
    assert.equal(codeNamed(info, "B.g").nfrees, 1);
    assert.ok(shape(info, codeNamed(info, "B.g.<locals>.<listcomp>")).includes("LOAD_DEREF __class__"));
    // no positional parameter: a plain super() call (the VM raises RuntimeError like CPython)
    assert.deepEqual(shape(info, codeNamed(info, "B.h")).slice(1), ["LOAD_GLOBAL super", "CALL 0", "RETURN_VALUE"]);
    // outside a class there is no __class__ cell to use
    assert.deepEqual(fnShape("def f(self):\n    return super()\n", "f"), ["LOAD_GLOBAL super", "CALL 0", "RETURN_VALUE"]);
    // a cell first parameter is loaded with LOAD_DEREF
    assert.ok(fnShape("class C:\n    def f(self):\n        g = lambda: self\n        return super()\n", "C.f").includes("LOAD_DEREF self"));
  });

  test("nested classes and qualnames", () => {
    const info = compile("class A:\n    class B:\n        def m(self):\n            pass\ndef f():\n    class C:\n        pass\n    return [lambda: 0 for _ in C]\n");
    for (const q of ["A", "A.B", "A.B.m", "f", "f.<locals>.C", "f.<locals>.<listcomp>", "f.<locals>.<listcomp>.<lambda>"]) codeNamed(info, q);
    assert.ok(shape(info, codeNamed(info, "A.B")).includes('LOAD_CONST "A.B"'));
  });

  test("private name mangling inside class bodies", () => {
    const info = compile("class _Foo:\n    __a = 1\n    __b__ = 2\n    def __m(self, __p):\n        self.__x = __p\n        del self.__x\n        return __g(__p.__y, k=__q)\n    def n(self):\n        import __mod\n        return self.__m\nclass ___:\n    __z = 1\n");
    const c = codeNamed(info, "_Foo");
    assert.ok(shape(info, c).includes("STORE_NAME _Foo__a"));
    assert.ok(shape(info, c).includes("STORE_NAME __b__"));
    assert.ok(shape(info, c).includes("STORE_NAME _Foo__m"));
    const m = codeNamed(info, "_Foo.__m");
    assert.equal(m.name, "__m");
    assert.deepEqual(m.localNames, ["self", "_Foo__p"]);
    assert.deepEqual(shape(info, m), [
      "LOAD_FAST _Foo__p", "LOAD_FAST self", "STORE_ATTR _Foo__x", "LOAD_FAST self", "DELETE_ATTR _Foo__x",
      "LOAD_GLOBAL _Foo__g", "LOAD_FAST _Foo__p", "LOAD_ATTR _Foo__y", "LOAD_GLOBAL _Foo__q", 'LOAD_CONST ("k",)', "CALL_KW 2", "RETURN_VALUE",
    ]);
    assert.deepEqual(shape(info, codeNamed(info, "_Foo.n")).slice(0, 4), ["IMPORT_NAME _Foo__mod", "STORE_FAST _Foo__mod", "LOAD_FAST self", "LOAD_ATTR _Foo__m"]);
    assert.ok(shape(info, codeNamed(info, "___")).includes("STORE_NAME __z"), "a class named only with underscores does not mangle");
  });

  test("decorators: evaluated first, applied innermost first; first line is the first decorator's", () => {
    const info = compile("@d1\n@d2(x)\ndef f(a=1):\n    pass\n@d3\nclass C:\n    pass\n");
    assert.deepEqual(shape(info).slice(0, 9), [
      "LOAD_GLOBAL d1", "LOAD_GLOBAL d2", "LOAD_GLOBAL x", "CALL 1", "LOAD_CONST (1,)", "LOAD_CONST <code f>", "MAKE_FUNCTION 1",
      "CALL 1", "CALL 1",
    ]);
    assert.equal(shape(info)[9], "STORE_GLOBAL f");
    assert.deepEqual(shape(info).slice(10, 12), ["LOAD_GLOBAL d3", 'LOAD_CONST "C"']);
    assert.deepEqual(shape(info).slice(-5, -2), ["BUILD_CLASS", "CALL 1", "STORE_GLOBAL C"]);
    assert.equal(codeNamed(info, "f").firstLine, 1);
    assert.equal(codeNamed(info, "C").firstLine, 5);
  });

  test("generators: GENERATOR flag, yield value / sent value, return value", () => {
    const info = compile("def g(n):\n    x = yield n\n    yield\n    return x\ndef h():\n    return 1\nf = lambda: (yield)\n");
    const g = codeNamed(info, "g");
    assert.equal(g.flags, 4);
    assert.deepEqual(shape(info, g), [
      "LOAD_FAST n", "YIELD_VALUE", "STORE_FAST x", "LOAD_CONST None", "YIELD_VALUE", "POP_TOP", "LOAD_FAST x", "RETURN_VALUE",
    ]);
    assert.equal(codeNamed(info, "h").flags, 0);
    assert.equal(codeNamed(info, "<lambda>").flags, 4);
    // a yield in a nested function does not make the outer one a generator
    const info2 = compile("def outer():\n    def inner():\n        yield 1\n    return inner\n");
    assert.equal(codeNamed(info2, "outer").flags, 0);
    assert.equal(codeNamed(info2, "outer.<locals>.inner").flags, 4);
  });

  test("yield from: GET_YIELD_FROM_ITER, SEND loop", () => {
    assert.deepEqual(fnShape("def g(it):\n    r = yield from it\n    return r\n", "g"), [
      "LOAD_FAST it", "GET_YIELD_FROM_ITER", "LOAD_CONST None", "SEND ->6", "YIELD_VALUE", "JUMP ->3",
      "STORE_FAST r", "LOAD_FAST r", "RETURN_VALUE",
    ]);
  });

  test("generator expressions: a GENERATOR code called with the iterator", () => {
    const info = compile("t = sum(x * 2 for x in xs if x)\n");
    assert.deepEqual(shape(info).slice(0, 7), [
      "LOAD_GLOBAL sum", "LOAD_CONST <code <genexpr>>", "MAKE_FUNCTION 0", "LOAD_GLOBAL xs", "GET_ITER", "CALL 1", "CALL 1",
    ]);
    const ge = codeNamed(info, "<genexpr>");
    assert.equal(ge.flags, 4);
    assert.equal(ge.argcount, 1);
    assert.deepEqual(shape(info, ge), [
      "LOAD_FAST .0", "FOR_ITER ->11", "STORE_FAST x", "LOAD_FAST x", "POP_JUMP_IF_FALSE ->1",
      "LOAD_FAST x", "LOAD_CONST 2", "BINARY_OP 2", "YIELD_VALUE", "POP_TOP", "JUMP ->1", "LOAD_CONST None", "RETURN_VALUE",
    ]);
  });

  test("set displays and set comprehensions", () => {
    assert.deepEqual(body("s = {a, 1}\n"), ["LOAD_GLOBAL a", "LOAD_CONST 1", "BUILD_SET 2", "STORE_GLOBAL s"]);
    const info = compile("s = {x for x in y}\n");
    assert.deepEqual(shape(info, codeNamed(info, "<setcomp>")), [
      "BUILD_SET 0", "LOAD_FAST .0", "FOR_ITER ->7", "STORE_FAST x", "LOAD_FAST x", "SET_ADD 2", "JUMP ->2", "RETURN_VALUE",
    ]);
  });

  test("starred items in list / tuple / set displays; ** in dict displays", () => {
    assert.deepEqual(body("x = [a, *b, c, *d]\n"), [
      "LOAD_GLOBAL a", "BUILD_LIST 1", "LOAD_GLOBAL b", "LIST_EXTEND 1", "LOAD_GLOBAL c", "LIST_APPEND 1", "LOAD_GLOBAL d", "LIST_EXTEND 1", "STORE_GLOBAL x",
    ]);
    assert.deepEqual(body("x = (*a, 1)\n"), ["BUILD_LIST 0", "LOAD_GLOBAL a", "LIST_EXTEND 1", "LOAD_CONST 1", "LIST_APPEND 1", "LIST_TO_TUPLE", "STORE_GLOBAL x"]);
    assert.deepEqual(body("x = {1, *a}\n"), [
      "LOAD_CONST 1", "BUILD_SET 1", "LOAD_GLOBAL a", "GET_ITER", "FOR_ITER ->7", "SET_ADD 2", "JUMP ->4", "STORE_GLOBAL x",
    ]);
    assert.deepEqual(body("x = {**a, 'k': 1}\n"), [
      "BUILD_MAP 0", "LOAD_GLOBAL a", "DICT_MERGE 1", 'LOAD_CONST "k"', "LOAD_CONST 1", "MAP_ADD 1", "STORE_GLOBAL x",
    ]);
    // a later ** may repeat keys: copied item by item, not with DICT_MERGE
    assert.deepEqual(body("x = {'k': 1, **a}\n"), [
      'LOAD_CONST "k"', "LOAD_CONST 1", "BUILD_MAP 1", "LOAD_GLOBAL a", "LOAD_METHOD items", "CALL_METHOD 0",
      "GET_ITER", "FOR_ITER ->12", "UNPACK_SEQUENCE 2", "ROT_TWO", "MAP_ADD 2", "JUMP ->7", "STORE_GLOBAL x",
    ]);
  });

  test("starred assignment targets: UNPACK_EX before | after << 8", () => {
    assert.deepEqual(body("a, *b, c, d = s\n"), ["LOAD_GLOBAL s", "UNPACK_EX 513", "STORE_GLOBAL a", "STORE_GLOBAL b", "STORE_GLOBAL c", "STORE_GLOBAL d"]);
    assert.deepEqual(body("[*a] = s\n"), ["LOAD_GLOBAL s", "UNPACK_EX 0", "STORE_GLOBAL a"]);
    assert.deepEqual(body("for x, *y in s:\n    pass\n").slice(2, 6), ["FOR_ITER ->7", "UNPACK_EX 1", "STORE_GLOBAL x", "STORE_GLOBAL y"]);
  });

  test("parameters: positional, keyword-only (kwdefaults dict, MAKE_FUNCTION 2), *args, **kwargs slot order", () => {
    const info = compile("def h(a, b=1, *args, c, d=2, **kw):\n    t = 0\nf = lambda p, *r, q=3, **k: p\n");
    assert.deepEqual(shape(info).slice(0, 6), ["LOAD_CONST (1,)", 'LOAD_CONST "d"', "LOAD_CONST 2", "BUILD_MAP 1", "LOAD_CONST <code h>", "MAKE_FUNCTION 3"]);
    const h = codeNamed(info, "h");
    assert.equal(h.argcount, 2);
    assert.equal(h.kwonlyargcount, 2);
    assert.equal(h.flags, 1 | 2);
    assert.deepEqual(h.localNames, ["a", "b", "c", "d", "args", "kw", "t"]);
    const l = codeNamed(info, "<lambda>");
    assert.deepEqual([l.argcount, l.kwonlyargcount, l.flags], [1, 1, 3]);
    assert.deepEqual(l.localNames, ["p", "q", "r", "k"]);
    assert.deepEqual(shape(info).slice(7, 12), ['LOAD_CONST "q"', "LOAD_CONST 3", "BUILD_MAP 1", "LOAD_CONST <code <lambda>>", "MAKE_FUNCTION 2"]);
    const only = codeNamed(compile("def f(*, k):\n    pass\n"), "f");
    assert.deepEqual([only.argcount, only.kwonlyargcount, only.flags], [0, 1, 0]);
    // annotations are ignored (never evaluated)
    assert.deepEqual(shape(compile("def f(a: g(), *b: h, c: int = 1) -> r():\n    pass\n")).slice(0, 5),
      ['LOAD_CONST "c"', "LOAD_CONST 1", "BUILD_MAP 1", "LOAD_CONST <code f>", "MAKE_FUNCTION 2"]);
  });

  test("calls with *seq / **mapping: one args tuple, one kwargs dict, CALL_FUNCTION_EX", () => {
    assert.deepEqual(body("f(a, *b, c, k=1, **kw, j=2)\n"), [
      "LOAD_GLOBAL f", "LOAD_GLOBAL a", "BUILD_LIST 1", "LOAD_GLOBAL b", "LIST_EXTEND 1", "LOAD_GLOBAL c", "LIST_APPEND 1", "LIST_TO_TUPLE",
      'LOAD_CONST "k"', "LOAD_CONST 1", "BUILD_MAP 1", "LOAD_GLOBAL kw", "DICT_MERGE 1",
      'LOAD_CONST "j"', "LOAD_CONST 2", "BUILD_MAP 1", "DICT_MERGE 1", "CALL_FUNCTION_EX 1", "POP_TOP",
    ]);
    assert.deepEqual(body("o.m(*a)\n"), ["LOAD_GLOBAL o", "LOAD_ATTR m", "BUILD_LIST 0", "LOAD_GLOBAL a", "LIST_EXTEND 1", "LIST_TO_TUPLE", "CALL_FUNCTION_EX 0", "POP_TOP"]);
    assert.deepEqual(body("f(x, **kw)\n"), ["LOAD_GLOBAL f", "LOAD_GLOBAL x", "BUILD_TUPLE 1", "BUILD_MAP 0", "LOAD_GLOBAL kw", "DICT_MERGE 1", "CALL_FUNCTION_EX 1", "POP_TOP"]);
    assert.deepEqual(body("f(**a, **b)\n"), ["LOAD_GLOBAL f", "LOAD_CONST ()", "BUILD_MAP 0", "LOAD_GLOBAL a", "DICT_MERGE 1", "LOAD_GLOBAL b", "DICT_MERGE 1", "CALL_FUNCTION_EX 1", "POP_TOP"]);
    // plain calls keep CALL / CALL_KW / CALL_METHOD
    assert.deepEqual(body("f(a, k=1)\no.m(a)\n"), [
      "LOAD_GLOBAL f", "LOAD_GLOBAL a", "LOAD_CONST 1", 'LOAD_CONST ("k",)', "CALL_KW 2", "POP_TOP",
      "LOAD_GLOBAL o", "LOAD_METHOD m", "LOAD_GLOBAL a", "CALL_METHOD 1", "POP_TOP",
    ]);
  });

  test("del of attributes and of captured variables", () => {
    const info = compile("def f(o):\n    x = 1\n    def g():\n        nonlocal x\n        del x\n    del o.a, x\n");
    assert.deepEqual(shape(info, codeNamed(info, "f")).slice(-5), ["LOAD_FAST o", "DELETE_ATTR a", "DELETE_DEREF x", "LOAD_CONST None", "RETURN_VALUE"]);
    assert.deepEqual(shape(info, codeNamed(info, "f.<locals>.g")).slice(0, 2), ["COPY_FREE_VARS 1", "DELETE_DEREF x"]);
    // an `except … as e` name that is captured is unbound with DELETE_DEREF
    const s = fnShape("def f():\n    try:\n        g()\n    except E as e:\n        return lambda: e\n", "f");
    assert.ok(s.includes("DELETE_DEREF e"));
  });

  test("walrus: binds in the enclosing function (a cell when set in a comprehension) or globally", () => {
    const info = compile("def w(n):\n    if (k := n) > 3:\n        pass\n    r = [y for x in n if (y := x)]\n    return k, y\nz = [(q := i) for i in r]\n");
    const w = codeNamed(info, "w");
    assert.deepEqual(w.localNames, ["n", "k", "r", "y"]);
    assert.deepEqual(shape(info, w).slice(0, 4), ["MAKE_CELL y", "LOAD_FAST n", "DUP_TOP", "STORE_FAST k"]);
    const lc = codeNamed(info, "w.<locals>.<listcomp>");
    assert.deepEqual(lc.localNames, [".0", "x", "y"]);
    assert.deepEqual(shape(info, lc).slice(5, 9), ["LOAD_FAST x", "DUP_TOP", "STORE_DEREF y", "POP_JUMP_IF_FALSE ->3"]);
    assert.ok(shape(info, codeNamed(info, "<listcomp>")).includes("STORE_GLOBAL q"));
    assert.deepEqual(fnShape("class C:\n    x = (y := 1)\n", "C").slice(4, 8), ["LOAD_CONST 1", "DUP_TOP", "STORE_NAME y", "STORE_NAME x"]);
  });

  test("annotations: `x: T = v` assigns, `x: T` alone does nothing but binds locally", () => {
    assert.deepEqual(body("x: int = 5\ny: int\no.a: int\nd[k]: int\n"), [
      "LOAD_CONST 5", "STORE_GLOBAL x", "LOAD_GLOBAL o", "POP_TOP", "LOAD_GLOBAL d", "POP_TOP", "LOAD_GLOBAL k", "POP_TOP",
    ]);
    assert.deepEqual(fnShape("def f():\n    y: int\n    return y\n", "f"), ["LOAD_FAST y", "RETURN_VALUE"]);
    assert.deepEqual(fnShape("class C:\n    x: int = 1\n", "C").slice(4, 6), ["LOAD_CONST 1", "STORE_NAME x"]);
  });

  test("global / nonlocal in class bodies, methods and comprehensions", () => {
    const info = compile("def f():\n    v = 0\n    class C:\n        def m(self):\n            nonlocal v\n            global g\n            v = g = 1\n    return C\n");
    assert.deepEqual(shape(info, codeNamed(info, "f.<locals>.C.m")), [
      "COPY_FREE_VARS 1", "LOAD_CONST 1", "DUP_TOP", "STORE_DEREF v", "STORE_GLOBAL g", "LOAD_CONST None", "RETURN_VALUE",
    ]);
    assert.equal(codeNamed(info, "f.<locals>.C").nfrees, 1);
  });
});

describe("with statements", () => {
  test("with m as x: BEFORE_WITH, exit(None, None, None), the exception handler", () => {
    const info = compile("with m as x:\n    f()\n");
    assert.deepEqual(shape(info), [
      "LOAD_GLOBAL m", "BEFORE_WITH", "STORE_GLOBAL x", // 0
      "LOAD_GLOBAL f", "CALL 0", "POP_TOP", // 3
      "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST None", "CALL 3", "POP_TOP", "JUMP ->21", // 6
      "PUSH_EXC_INFO", "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE ->16", "RERAISE", // 12: H
      "POP_TOP", "POP_EXCEPT", "POP_TOP", "JUMP ->21", // 16: S (exception suppressed)
      "RERAISE", // 20: C
      "LOAD_CONST None", "RETURN_VALUE",
    ]);
    assert.deepEqual(info.codes[0].exc, [
      { start: 2, end: 6, target: 12, depth: 1 },
      { start: 13, end: 15, target: 20, depth: 2 },
    ]);
  });

  test("several items nest, the first outermost; the inner with's own code is protected by the outer handler", () => {
    const info = compile("with a as x, b:\n    pass\n");
    const s = shape(info);
    assert.deepEqual(s.slice(0, 6), ["LOAD_GLOBAL a", "BEFORE_WITH", "STORE_GLOBAL x", "LOAD_GLOBAL b", "BEFORE_WITH", "POP_TOP"]);
    const c = info.codes[0];
    const outerH = c.exc[0].target;
    assert.deepEqual(c.exc[0], { start: 2, end: 5, target: outerH, depth: 1 });
    assert.deepEqual(c.exc[1], { start: 5, end: 6, target: c.exc[1].target, depth: 2 });
    assert.ok(c.exc.slice(2).some((e) => e.target === outerH && e.depth === 1), "inner exit call → outer handler");
    assert.equal(s.filter((x) => x === "WITH_EXCEPT_START").length, 2);
  });

  test("inside a function, a loop and a try: depths count what is below", () => {
    const info = compile("def f(xs):\n    for x in xs:\n        try:\n            with a() as (p, q):\n                g(p)\n        except E:\n            pass\n");
    const c = codeNamed(info, "f");
    const withH = c.exc.find((e) => e.depth === 2 && c.instrs[e.target].name === "PUSH_EXC_INFO");
    assert.ok(withH, JSON.stringify(c.exc));
    assert.equal(c.instrs[withH.start].name, "UNPACK_SEQUENCE");
  });

  test("return / break / continue inside with call exit(None, None, None) first", () => {
    const info = compile("def f(xs):\n    for x in xs:\n        with a():\n            if x:\n                break\n            if x is None:\n                continue\n            return x\n");
    const c = codeNamed(info, "f");
    const s = shape(info, c);
    const exit = ["LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST None", "CALL 3", "POP_TOP"];
    const brk = s.indexOf("POP_JUMP_IF_FALSE ->") >= 0 ? -1 : s.findIndex((x) => x.startsWith("POP_JUMP_IF_FALSE")) + 1;
    assert.deepEqual(s.slice(brk, brk + 7), [...exit, "POP_TOP", s[brk + 6]]); // exit, pop the iterator, jump out
    const ret = s.indexOf("LOAD_FAST x", brk + 7 + 2);
    assert.deepEqual(s.slice(ret, ret + 8), ["LOAD_FAST x", "ROT_TWO", ...exit, "RETURN_VALUE"]);
    // the exit calls of early exits run outside the with's handler
    const protectedAt = (i: number) => c.exc.some((e) => e.start <= i && i < e.end);
    for (let i = ret + 1; i <= ret + 7; i++) assert.ok(!protectedAt(i), `instruction ${i} unprotected`);
    assert.ok(protectedAt(ret));
    assert.deepEqual(fnShape("def g():\n    with m:\n        return 1\n", "g").slice(0, 10),
      ["LOAD_GLOBAL m", "BEFORE_WITH", "POP_TOP", ...exit, "LOAD_CONST 1", "RETURN_VALUE"]);
  });

  test("with inside try/finally and generators verify", () => {
    compile("def g(m):\n    try:\n        with m as v:\n            yield v\n            return (yield from v)\n    finally:\n        yield 2\n");
  });
});

describe("imports across modules and packages", () => {
  test("relative imports resolve to absolute names at compile time", () => {
    const info = readImage(compileProgram([
      { name: "__main__", filename: "main.py", source: "import pkg.sub\nfrom pkg import sub as s2\n" },
      { name: "pkg", filename: "pkg/__init__.py", source: "from . import sub\nfrom .sub import f\n", isPackage: true },
      { name: "pkg.sub", filename: "pkg/sub.py", source: "from . import helper\nfrom .helper import h\n" },
      { name: "pkg.helper", filename: "pkg/helper.py", source: "def h():\n    pass\n" },
    ]));
    assert.deepEqual(verifyImage(info), []);
    const mod = (n: string) => shape(info, info.codes[(info.modules.find((m) => m.name === n) as { code: number }).code]);
    assert.deepEqual(mod("__main__").slice(0, 4), ["IMPORT_NAME pkg.sub", "POP_TOP", "IMPORT_NAME pkg", "STORE_GLOBAL pkg"]);
    // `from . import sub`: pkg.sub is a module of the image, so it is imported first
    assert.deepEqual(mod("pkg").slice(0, 10), [
      "IMPORT_NAME pkg.sub", "POP_TOP", "IMPORT_NAME pkg", "IMPORT_FROM sub", "STORE_GLOBAL sub", "POP_TOP",
      "IMPORT_NAME pkg.sub", "IMPORT_FROM f", "STORE_GLOBAL f", "POP_TOP",
    ]);
    assert.deepEqual(mod("__main__").slice(4, 9), ["IMPORT_NAME pkg.sub", "POP_TOP", "IMPORT_NAME pkg", "IMPORT_FROM sub", "STORE_GLOBAL s2"]);
    assert.deepEqual(mod("pkg.sub").slice(0, 4), ["IMPORT_NAME pkg.helper", "POP_TOP", "IMPORT_NAME pkg", "IMPORT_FROM helper"]);
    assert.throws(() => compileProgram([
      { name: "__main__", filename: "m.py", source: "" },
      { name: "top", filename: "top.py", source: "from .. import x\n", isPackage: true },
    ]), /beyond top-level package/);
    assert.throws(() => compileProgram([
      { name: "__main__", filename: "m.py", source: "" },
      { name: "plain", filename: "plain.py", source: "from . import x\n" },
    ]), /no known parent package/);
  });

  test("compileEntry: the main file plus every imported module found under its directory and lib/", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "slp-entry-"));
    try {
      const w = (rel: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      };
      w("app/main.py", "import util\nimport stackless\nfrom pkg import mod\nimport pkg.deep.leaf\ndef f():\n    from nspkg import m\n");
      w("app/util.py", "import sys\nfrom shared import thing\n");
      w("app/pkg/__init__.py", "from .mod import x\n");
      w("app/pkg/mod.py", "x = 1\nfrom . import sibling\n");
      w("app/pkg/sibling.py", "");
      w("app/pkg/deep/__init__.py", "");
      w("app/pkg/deep/leaf.py", "from ..mod import x\n");
      w("app/pkg/unused.py", "raise SystemExit\n");
      w("app/nspkg/m.py", "");
      w("lib/shared.py", "thing = 2\nimport util\n");
      w("lib/util.py", "shadowed by app/util.py\n");
      const mods = discoverModules(path.join(dir, "app/main.py"), { libDirs: [path.join(dir, "lib")] });
      assert.deepEqual(mods.map((m) => m.name), ["__main__", "util", "pkg", "pkg.mod", "pkg.deep", "pkg.deep.leaf", "nspkg", "nspkg.m", "shared", "pkg.sibling"]);
      assert.deepEqual(mods.filter((m) => m.isPackage).map((m) => m.name), ["pkg", "pkg.deep", "nspkg"]);
      assert.equal(mods.find((m) => m.name === "util")?.filename, path.join(dir, "app/util.py"));
      const info = readImage(compileEntry(path.join(dir, "app/main.py"), { libDirs: [path.join(dir, "lib")] }));
      assert.deepEqual(verifyImage(info), []);
      assert.deepEqual(info.modules.map((m) => m.name), mods.map((m) => m.name));
      const leaf = info.codes[(info.modules.find((m) => m.name === "pkg.deep.leaf") as { code: number }).code];
      assert.deepEqual(shape(info, leaf).slice(0, 2), ["IMPORT_NAME pkg.mod", "IMPORT_FROM x"]);
      // the default search path includes the repository's lib/ directory; compileEntry adds its prelude
      assert.ok(fs.existsSync(path.join(REPO, "lib")));
      assert.equal(discoverModules(path.join(dir, "app/pkg/sibling.py")).length, 1);
      const withPrelude = readImage(compileEntry(path.join(dir, "app/pkg/sibling.py")));
      assert.deepEqual(withPrelude.modules.map((m) => m.name),
        fs.existsSync(path.join(REPO, "lib/_prelude.py")) ? ["__main__", "_prelude"] : ["__main__"]);
      assert.deepEqual(readImage(compileEntry(path.join(dir, "app/pkg/sibling.py"), { prelude: false })).modules.map((m) => m.name), ["__main__"]);
      // `from pkg import mod` of an image module imports pkg.mod first
      const main = info.codes[info.modules[0].code];
      assert.deepEqual(shape(info, main).slice(4, 9), ["IMPORT_NAME pkg.mod", "POP_TOP", "IMPORT_NAME pkg", "IMPORT_FROM mod", "STORE_GLOBAL mod"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("exception table", () => {
  test("try/except: body → handler at depth d; handler → cleanup at d+1", () => {
    const info = compile("try:\n    f()\nexcept E:\n    g()\n");
    assert.deepEqual(shape(info), [
      "LOAD_GLOBAL f", "CALL 0", "POP_TOP", "JUMP ->16", // 0
      "PUSH_EXC_INFO", "LOAD_GLOBAL E", "CHECK_EXC_MATCH", "POP_JUMP_IF_FALSE ->14", "POP_TOP", // 4
      "LOAD_GLOBAL g", "CALL 0", "POP_TOP", "POP_EXCEPT", "JUMP ->16", // 9
      "RERAISE", // 14: no handler matched
      "RERAISE", // 15: cleanup
      "LOAD_CONST None", "RETURN_VALUE",
    ]);
    assert.deepEqual(info.codes[0].exc, [
      { start: 0, end: 3, target: 4, depth: 0 },
      { start: 4, end: 12, target: 15, depth: 1 },
    ]);
  });

  test("inside a for loop the handler depth counts the iterator", () => {
    const info = compile("for x in y:\n    try:\n        f()\n    except:\n        pass\n");
    const c = info.codes[0];
    assert.equal(c.exc[0].depth, 1);
    assert.equal(c.exc[1].depth, 2);
    assert.equal(c.instrs[c.exc[0].target].name, "PUSH_EXC_INFO");
  });

  test("except (A, B) as e: stores e, deletes it on both exits", () => {
    const info = compile("def f():\n    try:\n        g()\n    except (A, B) as e:\n        h(e)\n");
    const c = codeNamed(info, "f");
    assert.deepEqual(shape(info, c), [
      "LOAD_GLOBAL g", "CALL 0", "POP_TOP", "JUMP ->26", // 0
      "PUSH_EXC_INFO", "LOAD_GLOBAL A", "LOAD_GLOBAL B", "BUILD_TUPLE 2", "CHECK_EXC_MATCH", "POP_JUMP_IF_FALSE ->24", "STORE_FAST e", // 4
      "LOAD_GLOBAL h", "LOAD_FAST e", "CALL 1", "POP_TOP", // 11
      "POP_EXCEPT", "LOAD_CONST None", "STORE_FAST e", "DELETE_FAST e", "JUMP ->26", // 15
      "LOAD_CONST None", "STORE_FAST e", "DELETE_FAST e", "RERAISE", // 20: the handler body raised
      "RERAISE", // 24: no handler matched
      "RERAISE", // 25: cleanup
      "LOAD_CONST None", "RETURN_VALUE",
    ]);
    assert.deepEqual(c.exc, [
      { start: 0, end: 3, target: 4, depth: 0 },
      { start: 4, end: 11, target: 25, depth: 1 }, // type tests and the STORE → cleanup
      { start: 11, end: 15, target: 20, depth: 1 }, // handler body → unbind e, re-raise
    ]);
  });

  test("multiple handlers, bare except last, else", () => {
    const info = compile("try:\n    f()\nexcept A:\n    a()\nexcept B as b:\n    pass\nexcept:\n    c()\nelse:\n    e()\n");
    const c = info.codes[0];
    const s = shape(info);
    assert.equal(s.filter((x) => x === "CHECK_EXC_MATCH").length, 2);
    assert.equal(s.filter((x) => x === "POP_EXCEPT").length, 3);
    assert.ok(s.includes("LOAD_GLOBAL e"));
    const pushAt = s.indexOf("PUSH_EXC_INFO");
    assert.equal(c.exc[0].target, pushAt);
    // the else clause runs outside the protected range
    const elseAt = s.indexOf("LOAD_GLOBAL e");
    assert.ok(c.exc.every((x) => !(x.start <= elseAt && elseAt < x.end)));
  });

  test("try/finally: normal path inlined, exceptional path re-raises", () => {
    const info = compile("try:\n    f()\nfinally:\n    g()\n");
    assert.deepEqual(shape(info), [
      "LOAD_GLOBAL f", "CALL 0", "POP_TOP", // 0: body
      "LOAD_GLOBAL g", "CALL 0", "POP_TOP", "JUMP ->13", // 3: finally, normal path
      "PUSH_EXC_INFO", "LOAD_GLOBAL g", "CALL 0", "POP_TOP", "RERAISE", // 7: finally, exceptional path
      "RERAISE", // 12: cleanup
      "LOAD_CONST None", "RETURN_VALUE",
    ]);
    assert.deepEqual(info.codes[0].exc, [
      { start: 0, end: 3, target: 7, depth: 0 },
      { start: 7, end: 11, target: 12, depth: 1 },
    ]);
  });

  test("try/except/else/finally nests the try/except inside the finally", () => {
    const info = compile("try:\n    f()\nexcept E:\n    g()\nelse:\n    h()\nfinally:\n    k()\n");
    const c = info.codes[0];
    const s = shape(info);
    const finallyHandler = s.lastIndexOf("PUSH_EXC_INFO");
    // the try body goes to the except handler; everything else of the try/except to the finally
    assert.equal(c.exc[0].start, 0);
    assert.notEqual(c.exc[0].target, finallyHandler);
    assert.ok(c.exc.some((x) => x.target === finallyHandler && x.depth === 0));
    assert.equal(s.filter((x) => x === "LOAD_GLOBAL k").length, 2);
  });

  test("return / break / continue inside try/finally run the finally body first", () => {
    const info = compile("def f():\n    for x in y:\n        try:\n            if x:\n                return x\n            if x is None:\n                break\n            continue\n        finally:\n            g()\n");
    const c = codeNamed(info, "f");
    const s = shape(info, c);
    // 3 exits + the exceptional path (the normal path is dead: the body always leaves with continue)
    assert.equal(s.filter((x) => x === "LOAD_GLOBAL g").length, 4);
    // return: the value waits on the stack under the inlined finally body, outside the protected range
    const ret = s.indexOf("RETURN_VALUE");
    assert.deepEqual(s.slice(ret - 4, ret + 1), ["LOAD_FAST x", "LOAD_GLOBAL g", "CALL 0", "POP_TOP", "RETURN_VALUE"]);
    for (let i = ret - 3; i <= ret; i++) assert.ok(c.exc.every((e) => !(e.start <= i && i < e.end)), `instruction ${i} unprotected`);
    // break: finally body, pop the iterator, jump out
    const brk = s.indexOf("IS_OP 0") + 2;
    assert.deepEqual(s.slice(brk, brk + 4), ["LOAD_GLOBAL g", "CALL 0", "POP_TOP", "POP_TOP"]);
    assert.match(s[brk + 4], /^JUMP ->/);
    // continue: finally body, jump to FOR_ITER
    assert.deepEqual(s.slice(brk + 5, brk + 9), ["LOAD_GLOBAL g", "CALL 0", "POP_TOP", "JUMP ->2"]);
  });

  test("return inside an except handler: ROT_TWO, POP_EXCEPT, unbind, RETURN_VALUE", () => {
    const info = compile("def f():\n    try:\n        g()\n    except E as e:\n        return e\n");
    const s = shape(info, codeNamed(info, "f"));
    const at = s.indexOf("LOAD_FAST e");
    assert.deepEqual(s.slice(at, at + 7), ["LOAD_FAST e", "ROT_TWO", "POP_EXCEPT", "LOAD_CONST None", "STORE_FAST e", "DELETE_FAST e", "RETURN_VALUE"]);
  });

  test("break inside an except handler inside a loop: POP_EXCEPT then pop the iterator", () => {
    const info = compile("for x in y:\n    try:\n        f()\n    except:\n        break\n");
    const s = shape(info);
    const at = s.indexOf("POP_EXCEPT");
    assert.deepEqual(s.slice(at, at + 3), ["POP_EXCEPT", "POP_TOP", s[at + 2]]);
    assert.match(s[at + 2], /^JUMP ->/);
  });

  test("return inside the exceptional finally path drops the exception", () => {
    const info = compile("def f():\n    try:\n        g()\n    finally:\n        return h()\n");
    const s = shape(info, codeNamed(info, "f"));
    const push = s.indexOf("PUSH_EXC_INFO");
    assert.deepEqual(s.slice(push, push + 8), [
      "PUSH_EXC_INFO", "LOAD_GLOBAL h", "CALL 0", "ROT_TWO", "POP_TOP", "ROT_TWO", "POP_EXCEPT", "RETURN_VALUE",
    ]);
  });

  test("return of a loop element inside except inside for: iterator popped before POP_EXCEPT", () => {
    const info = compile("def f():\n    try:\n        g()\n    except:\n        for y in z:\n            return y\n");
    const s = shape(info, codeNamed(info, "f"));
    const at = s.indexOf("LOAD_FAST y");
    assert.deepEqual(s.slice(at, at + 6), ["LOAD_FAST y", "ROT_TWO", "POP_TOP", "ROT_TWO", "POP_EXCEPT", "RETURN_VALUE"]);
  });

  test("plain return inside a for loop does not bother popping the iterator", () => {
    assert.deepEqual(fnShape("def f():\n    for y in z:\n        return y\n", "f").slice(0, 6), [
      "LOAD_GLOBAL z", "GET_ITER", "FOR_ITER ->6", "STORE_FAST y", "LOAD_FAST y", "RETURN_VALUE",
    ]);
  });
});

describe("line table and positions", () => {
  test("one entry whenever the line changes; firstLine of codes", () => {
    const info = compile("x = 1\n\ny = (2 +\n     z)\ndef f():\n    return 3\n");
    const c = info.codes[0];
    assert.deepEqual(c.lines, [
      { start: 0, line: 1 },
      { start: 2, line: 3 },
      { start: 3, line: 4 },
      { start: 4, line: 3 },
      { start: 6, line: 5 },
    ]);
    const f = codeNamed(info, "f");
    assert.equal(f.firstLine, 5);
    assert.deepEqual(f.lines, [{ start: 0, line: 6 }]);
  });

  test("multi-line calls attribute the CALL to the call's line", () => {
    const info = compile("f(\n  a,\n  b)\n");
    const c = info.codes[0];
    const callAt = c.instrs.findIndex((i) => i.name === "CALL");
    const lineOf = (i: number) => [...c.lines].reverse().find((l) => l.start <= i)?.line;
    assert.equal(lineOf(callAt), 1);
    assert.equal(lineOf(callAt - 1), 3);
  });
});

describe("syntax errors", () => {
  const unsupported: [string, string, number, number][] = [
    ["async def f():\n    pass\n", "async functions", 1, 1],
    ["def f():\n    async with a:\n        pass\n", "async with statements", 2, 5],
    ["def f():\n    return await g()\n", "await expressions", 2, 12],
    ["def f():\n    return [x async for x in y]\n", "async comprehensions", 2, 25],
    ["class A(B, flag=1):\n    pass\n", "class keyword arguments", 1, 12],
    ["c = 2j\n", "complex literals", 1, 5],
    ["class A:\n    from m import *\n", "'from ... import *' in a class body", 2, 5],
    ["from __future__ import barry_as_FLUFL\n", "'from __future__ import barry_as_FLUFL'", 1, 1],
    ["match x:\n    case 1:\n        pass\n", "match statements", 1, 1],
    ["é = 1; match x:\n    case 1: pass\n", "match statements", 1, 8],
  ];
  for (const [src, what, line, col] of unsupported) {
    test(`unsupported: ${what}`, () => {
      const e = syntaxError(src, "prog.py");
      assert.equal(e.message, `SyntaxError: ${what} is not supported (prog.py:${line}:${col})`);
      assert.equal(e.filename, "prog.py");
      assert.equal(e.line, line);
      assert.equal(e.col, col);
      assert.equal(e.detail, `${what} is not supported`);
    });
  }

  const invalid: [string, RegExp, number, number][] = [
    ["return 1\n", /^'return' outside function$/, 1, 1],
    ["def f():\n    from m import *\n", /^import \* only allowed at module level$/, 2, 5],
    ["from __future__ import spam\n", /^future feature spam is not defined$/, 1, 1],
    ["from __future__ import braces\n", /^not a chance$/, 1, 1],
    ["'doc'\nfrom __future__ import division\nimport a\nfrom __future__ import annotations\n", /^from __future__ imports must occur at the beginning of the file$/, 4, 1],
    ["def f():\n    from __future__ import division\n", /^from __future__ imports must occur at the beginning of the file$/, 2, 5],
    ["b = b'\\xe9' + b'é'\n", /^bytes can only contain ASCII literal characters$/, 1, 15],
    ["break\n", /^'break' outside loop$/, 1, 1],
    ["while x:\n    def f():\n        continue\n", /^'continue' not properly in loop$/, 3, 9],
    ["def f():\n    nonlocal q\n", /^no binding for nonlocal 'q' found$/, 2, 5],
    ["nonlocal q\n", /^nonlocal declaration not allowed at module level$/, 1, 1],
    ["def f(a, a):\n    pass\n", /^duplicate argument 'a'/, 1, 10],
    ["f(a=1, a=2)\n", /^keyword argument repeated: a$/, 1, 8],
    ["try:\n    x\nexcept:\n    pass\nexcept E:\n    pass\n", /^default 'except:' must be last$/, 3, 1],
    ["x = 0777\n", /^leading zeros/, 1, 5],
    ["def f(a):\n    global a\n", /^name 'a' is parameter and global$/, 2, 5],
    ["def f():\n    print(g)\n    global g\n", /^name 'g' is used prior to global declaration$/, 3, 5],
    ["def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n", /^name 'x' is assigned to before nonlocal declaration$/, 5, 9],
    ["def f():\n    x += 1\n    global x\n", /^name 'x' is used prior to global declaration$/, 3, 5],
    ["def f():\n    x: int\n    global x\n", /^annotated name 'x' can't be global$/, 3, 5],
    ["def f():\n    global x\n    x: int = 1\n", /^annotated name 'x' can't be global$/, 3, 5],
    ["class A:\n    nonlocal q\n", /^no binding for nonlocal 'q' found$/, 2, 5],
    ["class A:\n    return 1\n", /^'return' outside function$/, 2, 5],
    ["yield 1\n", /^'yield' outside function$/, 1, 1],
    ["class A:\n    x = yield\n", /^'yield' outside function$/, 2, 9],
    ["def f():\n    return [(yield x) for x in y]\n", /^'yield' inside list comprehension$/, 2, 14],
    ["def f():\n    return ((yield x) for x in y)\n", /^'yield' inside generator expression$/, 2, 14],
    ["a, *b, *c = d\n", /^multiple starred expressions in assignment$/, 1, 8],
    ["*a = b\n", /^starred assignment target must be in a list or tuple$/, 1, 1],
    ["x = *a\n", /^can't use starred expression here$/, 1, 5],
    ["del (*a, b)\n", /^cannot delete starred$/, 1, 6],
    ["def f(a, *, a):\n    pass\n", /^duplicate argument 'a'/, 1, 13],
    ["def f(*a, **a):\n    pass\n", /^duplicate argument 'a'/, 1, 13],
    ["x = [i for i in r if (i := 0)]\n", /^assignment expression cannot rebind comprehension iteration variable 'i'$/, 1, 23],
    ["x = [j for i in (y := r) for j in i]\n", /^assignment expression cannot be used in a comprehension iterable expression$/, 1, 18],
    ["class A:\n    x = [(y := i) for i in r]\n", /^assignment expression within a comprehension cannot be used in a class body$/, 2, 11],
    ["from . import x\n", /^attempted relative import with no known parent package$/, 1, 1],
  ];
  for (const [src, re, line, col] of invalid) {
    test(`invalid: ${JSON.stringify(src)}`, () => {
      const e = syntaxError(src, "v.py");
      assert.match(e.detail, re);
      assert.equal(e.line, line);
      assert.equal(e.col, col);
      assert.equal(e.message, `SyntaxError: ${e.detail} (v.py:${line}:${col})`);
    });
  }

  test("parse errors are positioned", () => {
    const cases: [string, number, number][] = [
      ["x = 1\ndef f(:\n    pass\n", 2, 7],
      ["x = $\n", 1, 5],
      ["if x:\npass\n", 2, 1],
      ["x = 1 +\n", 1, 8],
    ];
    for (const [src, line, col] of cases) {
      const e = syntaxError(src, "p.py");
      assert.equal(e.line, line, src);
      assert.equal(e.col, col, src);
      assert.match(e.message, /^SyntaxError: .+ \(p\.py:\d+:\d+\)$/);
      assert.doesNotMatch(e.message, /at line/);
    }
  });
});

// Every snippet here must compile, decode, and pass verifyImage: indexes in range, jump targets
// inside the code, well-formed tables, and a stack simulation that agrees with `stacksize`.
const CORPUS: string[] = [
  "",
  "x = 1\n",
  "def f(a, b=1):\n    return a + b\nprint(f(1), f(1, b=3))\n",
  "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
  "def counter():\n    c = 0\n    def inc():\n        nonlocal c\n        c += 1\n        return c\n    return inc\n",
  "def a(x):\n    def b(y):\n        def c(z):\n            return x + y + z\n        return c\n    return b\n",
  "xs = [i * j for i in range(3) for j in range(i) if i if j]\n",
  "d = {k: [v for v in range(k)] for k in range(4)}\n",
  "def f(n):\n    return [lambda: i + n for i in range(n)]\n",
  "f = lambda x, y=2: (lambda z: x + y + z)\n",
  "s = f'{a!r:>{w}.{p}} and {b} {c!s} {d!a:x}'\n",
  "a, (b, c) = 1, (2, 3)\n[x, y] = z\n",
  "o.a += 1\nd[k] -= 2\nd[1:2] *= 3\nx **= 2\n",
  "x = a[1:2], a[::2], a[1:2, ::3], a[...]\n",
  "x = a < b <= c == d != e > f >= g\n",
  "x = (a and b) or (c and not d) or e\nif a and (b or not c):\n    pass\n",
  "while a:\n    if b:\n        break\n    elif c:\n        continue\nelse:\n    d()\n",
  "for i in x:\n    for j in i:\n        if j:\n            break\n    else:\n        continue\n    break\nelse:\n    pass\n",
  "try:\n    a()\nexcept E:\n    pass\n",
  "try:\n    a()\nexcept (E, F) as e:\n    print(e)\nexcept G:\n    raise\nexcept:\n    raise X from e\nelse:\n    b()\nfinally:\n    c()\n",
  "def f():\n    try:\n        return 1\n    finally:\n        print(2)\n",
  "def f():\n    try:\n        return g()\n    finally:\n        return 3\n",
  "def f(xs):\n    for x in xs:\n        try:\n            try:\n                if x:\n                    return x\n                continue\n            finally:\n                g()\n        except E as e:\n            if e:\n                break\n            return e\n        finally:\n            h()\n",
  "def f():\n    while True:\n        try:\n            x = g()\n        except StopIteration:\n            return None\n        except Exception as e:\n            for y in e.args:\n                return y\n        else:\n            continue\n        finally:\n            break\n",
  "def f():\n    try:\n        pass\n    finally:\n        for x in y:\n            try:\n                return x\n            finally:\n                continue\n",
  "def f():\n    try:\n        a()\n    except:\n        try:\n            b()\n        except:\n            return 1\n        finally:\n            c()\n",
  "try:\n    pass\nfinally:\n    try:\n        pass\n    except:\n        pass\n",
  "assert x\nassert x, 'm'\nassert not (a or b), f'{a}'\n",
  "import a\nimport b as c\nfrom d import e, f as g\nimport p.q as pq\n",
  "def f():\n    global g\n    g = 1\n    del g\n",
  "del a, b[1], (c, d[2])\n",
  "x = [1, 2, (3, 4)], {'a': 1, 2: [3]}, (), [], {}, (1,), None, True, False, ..., -1, -1.5, 1e400\n",
  "def f(a, b, c=(1, 2), d=None):\n    return o.m(a, b, k=c).n(d)\n",
  "x = a if b else c if d else e\n",
  "def f():\n    x = 1\n    def g():\n        return [x for _ in range(2)]\n    return g\n",
  "def f(n):\n    return {i: (lambda: i) for i in range(n)}\n",
  "class_ = 1\nprint(class_)\n",
  "for x in range(3):\n    try:\n        continue\n    finally:\n        print(x)\n",
  "def f():\n    for x in y:\n        try:\n            pass\n        except:\n            continue\n",
  "'''doc'''\ndef f():\n    '''doc'''\n    return 1\n",
  "x = not a\nif not a:\n    pass\nwhile not (a and b):\n    pass\n",
  "if 0:\n    x()\nelif 1:\n    y()\nwhile 0:\n    z()\nelse:\n    w()\n",
  // classes, decorators, generators, with, star calls and unpacking (opcodes 59–77)
  "class A:\n    x = 1\n    def f(self, *a, k=2, **kw):\n        return super().f(*a, k=k, **kw)\n    class B(object):\n        __p = 2\n        def g(self):\n            return __class__, self.__p\n",
  "def outer(v):\n    class C:\n        nonlocal v\n        w = v\n        v = 3\n        def m(self):\n            return v\n    return C\n",
  "@a.b(1)\n@c\ndef f():\n    pass\n@d\nclass K(*bases):\n    pass\n",
  "def g(n):\n    for i in range(n):\n        x = yield i\n        try:\n            yield from h(x)\n        finally:\n            return (yield)\n",
  "t = (x for x in y if x for z in x)\ns = {a, *b}\nd = {**m, 1: 2, **n}\nl = [*a, *b]\nc = {i: j for i, j in p}\n",
  "def f(ms):\n    for m in ms:\n        with m as a, m() as (b, *c):\n            if a:\n                break\n            elif b:\n                continue\n            try:\n                return c\n            finally:\n                pass\n",
  "with a:\n    with b as x.y, c as d[0]:\n        pass\n",
  "f(*a)\nf(**k)\nf(1, *a, 2, *b, x=1, **k, y=2)\no.m(*a, **k)\n",
  "a, *b = c\n*a, b = c\n(a, *b), c = d\nfor a, *b in c:\n    pass\n",
  "def f(o):\n    x = 1\n    g = lambda: x\n    del o.a, o.b[1], x\n",
  "if (n := 10) > 5:\n    print([m for k in range(n) if (m := k)], m)\n",
  "x: int = 1\ny: 'str'\no.a: int = 2\ndef f(a: int, *, b: str = 'x') -> None:\n    c: list = []\n",
  "def f(a, *args, b, c=1, **kw):\n    return lambda *x, y=a, **z: (args, kw, x, y, z)\n",
  "def gen():\n    with a:\n        yield 1\n    try:\n        yield 2\n    except E as e:\n        yield e\n",
];

describe("self-check over a corpus", () => {
  CORPUS.forEach((src, i) => {
    test(`snippet ${i} compiles and verifies`, () => {
      const img = compileSource(src, `c${i}.py`);
      const info = readImage(img);
      assert.deepEqual(verifyImage(info), []);
      for (const c of info.codes) {
        for (const ins of c.instrs) {
          if (JUMP_OPS.has(ins.name)) assert.ok(ins.arg < c.instrs.length);
          if (ins.name === "LOAD_CONST") assert.ok(ins.arg < info.consts.length);
          if (NAME_OPS.has(ins.name)) assert.ok(ins.arg < info.strings.length);
          if (SLOT_OPS.has(ins.name)) assert.ok(ins.arg < c.nlocals);
        }
        for (const e of c.exc) assert.ok(e.start < e.end && e.end <= c.instrs.length && e.target < c.instrs.length);
        assert.ok(c.nameStr < info.strings.length && c.qualnameStr < info.strings.length && c.filenameStr < info.strings.length);
        assert.equal(info.strings[c.filenameStr], `c${i}.py`);
      }
      assert.ok(disassemble(info).length > 0);
    });
  });

  test("all snippets together as one program", () => {
    const mods = CORPUS.map((source, i) => ({ name: `m${i}`, filename: `m${i}.py`, source }));
    const info = readImage(compileProgram(mods));
    assert.deepEqual(verifyImage(info), []);
    assert.equal(info.modules.length, CORPUS.length);
  });
});

// ---------------------------------------------------------------------------------------------
// A tiny reference evaluator of docs/image.md's opcode semantics (recursive, no tasklets), used
// to check that the compiler's bytecode — exception table and unwinding included — means what
// CPython means: the same programs run here and under python3 must print the same thing.
// It is deliberately small: just the builtins the programs below use.

const NULL = Symbol("NULL");
type V =
  | null | boolean | bigint | number | string
  | PyList | PyTuple | PyDict | PyFunc | PyCell | PyClass | PyExc | PyBuiltin | PyIter | PySlice | PyModule | PyCode | PyBound
  | PySet | PyInstance | PyGen | PySuper
  | typeof NULL;
class PyList { constructor(public items: V[]) {} }
class PyTuple { constructor(public items: V[]) {} }
class PyDict { map = new Map<string, [V, V]>(); }
class PyCell { constructor(public v: V | undefined) {} }
class PyCode { constructor(public index: number) {} }
class PySet { map = new Map<string, V>(); }
class PyClass {
  readonly ns = new Map<string, V>();
  readonly mro: PyClass[];
  constructor(public name: string, public bases: PyClass[]) {
    // C3 linearisation
    const seqs = [...bases.map((b) => [...b.mro]), [...bases]].filter((q) => q.length);
    const out: PyClass[] = [this];
    while (seqs.some((q) => q.length)) {
      const head = seqs.map((q) => q[0]).find((h) => h && !seqs.some((q) => q.indexOf(h) > 0));
      if (!head) throw new Error(`reference VM: no MRO for ${name}`);
      out.push(head);
      for (const q of seqs) if (q[0] === head) q.shift();
    }
    this.mro = out;
  }
  lookup(name: string): V | undefined {
    for (const c of this.mro) if (c.ns.has(name)) return c.ns.get(name);
    return undefined;
  }
}
class PyInstance { dict = new Map<string, V>(); constructor(public cls: PyClass) {} }
class PySuper { constructor(public cls: PyClass, public self: V) {} }
class PyExc { cause: V = null; dict = new Map<string, V>(); constructor(public cls: PyClass, public args: V[]) {} }
class PyBuiltin { constructor(public name: string, public fn: (args: V[], kw: Map<string, V>) => V) {} }
class PyBound { constructor(public self: V, public fn: V) {} }
class PyIter { constructor(public next: () => V | undefined) {} }
class PySlice { constructor(public start: V, public stop: V, public step: V) {} }
class PyModule { constructor(public name: string, public globals: Map<string, V>) {} }
class PyFunc {
  constructor(public code: ImageCode, public defaults: V[], public closure: V[], public globals: Map<string, V>, public kwdefaults: PyDict | null = null) {}
}
type Frame = Generator<V, V, V>;
/** A generator object: the JS generator running its frame (YIELD_VALUE is a JS `yield`). */
class PyGen {
  done = false;
  constructor(public frame: Frame) {}
}
class PyErr extends Error { constructor(public exc: PyExc) { super(`python exception ${exc.cls.name}`); } }

class RefVM {
  out = "";
  handled: V = null;
  readonly classes = new Map<string, PyClass>();
  readonly builtins = new Map<string, V>();
  readonly modules = new Map<string, PyModule>();
  constructor(private readonly info: ImageInfo) {
    const object = new PyClass("object", []);
    const base = new PyClass("BaseException", [object]);
    const exc = new PyClass("Exception", [base]);
    this.classes.set("object", object).set("BaseException", base).set("Exception", exc);
    const sub = (name: string, parent: string) => this.classes.set(name, new PyClass(name, [this.classes.get(parent) as PyClass]));
    for (const n of ["ValueError", "KeyError", "TypeError", "ZeroDivisionError", "RuntimeError", "AssertionError", "NameError", "IndexError", "AttributeError", "ImportError", "StopIteration"]) sub(n, "Exception");
    sub("UnboundLocalError", "NameError");
    sub("GeneratorExit", "BaseException");
    base.ns.set("__init__", new PyBuiltin("__init__", (a) => {
      (a[0] as PyExc).args = a.slice(1);
      return null;
    }));
    for (const [n, c] of this.classes) this.builtins.set(n, c);
    const b = (name: string, fn: (args: V[], kw: Map<string, V>) => V) => this.builtins.set(name, new PyBuiltin(name, fn));
    b("print", (args, kw) => {
      const sep = kw.has("sep") ? (kw.get("sep") as string) : " ";
      const end = kw.has("end") ? (kw.get("end") as string) : "\n";
      this.out += args.map((a) => this.str(a)).join(sep) + end;
      return null;
    });
    b("range", (a) => {
      const [lo, hi] = a.length === 1 ? [0n, a[0] as bigint] : [a[0] as bigint, a[1] as bigint];
      const items: V[] = [];
      for (let i = lo; i < hi; i++) items.push(i);
      return new PyList(items);
    });
    b("len", (a) => BigInt(this.seq(a[0]).length));
    b("str", (a) => this.str(a[0]));
    b("repr", (a) => this.repr(a[0]));
    b("list", (a) => new PyList(this.seq(a[0])));
    b("type", (a) => (a[0] instanceof PyExc || a[0] instanceof PyInstance ? a[0].cls : this.raise("TypeError", "type() of a builtin")));
    b("tuple", (a) => new PyTuple(a.length ? [...this.seq(a[0])] : []));
    b("sorted", (a) => new PyList([...this.seq(a[0])].sort((x, y) => (this.compare(0, x, y) ? -1 : this.compare(0, y, x) ? 1 : 0))));
    b("sum", (a) => this.seq(a[0]).reduce((x: V, y) => this.binop(0, x, y), 0n));
    b("next", (a) => {
      if (a[0] instanceof PyGen && a.length === 1) return this.send(a[0], null);
      const v = this.nextOf(a[0]);
      if (v !== undefined) return v;
      if (a.length > 1) return a[1];
      return this.raise("StopIteration");
    });
    b("iter", (a) => this.iterOf(a[0]));
    b("isinstance", (a) => {
      const c = a[0] instanceof PyExc || a[0] instanceof PyInstance ? a[0].cls : null;
      return c !== null && a[1] instanceof PyClass && this.isSubclass(c, a[1]);
    });
    b("super", (a) => new PySuper(a[0] as PyClass, a[1]));
    b("getattr", (a) => this.getattr(a[0], a[1] as string));
  }

  raise(cls: string, msg?: string): never {
    throw new PyErr(new PyExc(this.classes.get(cls) as PyClass, msg === undefined ? [] : [msg]));
  }

  truthy(v: V): boolean {
    if (v === null || v === false) return false;
    if (v === true) return true;
    if (typeof v === "bigint") return v !== 0n;
    if (typeof v === "number") return v !== 0;
    if (typeof v === "string") return v.length > 0;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
    if (v instanceof PyDict) return v.map.size > 0;
    if (v instanceof PySet) return v.map.size > 0;
    if (v instanceof PyInstance) {
      const m = v.cls.lookup("__bool__") ?? v.cls.lookup("__len__");
      if (m) return this.truthy(this.call(m, [v]));
    }
    return true;
  }

  /** iter(v): generators are their own iterators; sequences iterate a snapshot. */
  iterOf(v: V): V {
    if (v instanceof PyIter || v instanceof PyGen) return v;
    if (v instanceof PyInstance) {
      const it = v.cls.lookup("__iter__");
      if (it) return this.call(it, [v]);
    }
    const items = [...this.seq(v)];
    let i = 0;
    return new PyIter(() => (i < items.length ? items[i++] : undefined));
  }

  /** The next item of an iterator, or undefined when it is exhausted. */
  nextOf(it: V): V | undefined {
    if (it instanceof PyIter) return it.next();
    if (it instanceof PyGen) {
      try {
        return this.send(it, null);
      } catch (e) {
        if (e instanceof PyErr && e.exc.cls === this.classes.get("StopIteration")) return undefined;
        throw e;
      }
    }
    if (it instanceof PyInstance) {
      const m = it.cls.lookup("__next__");
      if (m) {
        try {
          return this.call(m, [it]);
        } catch (e) {
          if (e instanceof PyErr && e.exc.cls === this.classes.get("StopIteration")) return undefined;
          throw e;
        }
      }
    }
    return this.raise("TypeError", "not an iterator");
  }

  /** gen.send(v): the next yielded value; StopIteration(value) when the generator returns. */
  send(g: PyGen, v: V, thrown?: PyExc): V {
    if (g.done) return this.raise("StopIteration");
    let r: IteratorResult<V, V>;
    try {
      r = thrown ? g.frame.throw(new PyErr(thrown)) : g.frame.next(v);
    } catch (e) {
      g.done = true;
      throw e;
    }
    if (!r.done) return r.value;
    g.done = true;
    throw new PyErr(new PyExc(this.classes.get("StopIteration") as PyClass, r.value === null ? [] : [r.value]));
  }

  key(v: V): string {
    if (typeof v === "boolean") return `i${v ? 1 : 0}`;
    if (typeof v === "bigint") return `i${v}`;
    if (typeof v === "number") return Number.isInteger(v) ? `i${v}` : `f${v}`;
    if (typeof v === "string") return `s${v}`;
    if (v === null) return "N";
    if (v instanceof PyTuple) return `t(${v.items.map((x) => this.key(x)).join(",")})`;
    return this.raise("TypeError", "unhashable type");
  }

  seq(v: V): V[] {
    if (v instanceof PyList || v instanceof PyTuple) return v.items;
    if (typeof v === "string") return [...v];
    if (v instanceof PyDict) return [...v.map.values()].map(([k]) => k);
    if (v instanceof PySet) return [...v.map.values()];
    if (v instanceof PyIter || v instanceof PyGen || v instanceof PyInstance) {
      const it = this.iterOf(v);
      const out: V[] = [];
      for (let x = this.nextOf(it); x !== undefined; x = this.nextOf(it)) out.push(x);
      return out;
    }
    return this.raise("TypeError", "not iterable");
  }

  eq(a: V, b: V): boolean {
    if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
      return a.items.length === b.items.length && a.items.every((x, i) => this.eq(x, b.items[i]));
    }
    const num = (x: V) => (typeof x === "boolean" ? (x ? 1 : 0) : x);
    const x = num(a);
    const y = num(b);
    if ((typeof x === "bigint" || typeof x === "number") && (typeof y === "bigint" || typeof y === "number")) return x == y; // eslint-disable-line eqeqeq
    return a === b;
  }

  floatRepr(v: number): string {
    if (v === Infinity) return "inf";
    if (v === -Infinity) return "-inf";
    if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
    return String(v);
  }

  repr(v: V): string {
    if (typeof v === "string") {
      const q = v.includes("'") && !v.includes('"') ? '"' : "'";
      return q + v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(new RegExp(q, "g"), `\\${q}`) + q;
    }
    if (v instanceof PyList) return `[${v.items.map((x) => this.repr(x)).join(", ")}]`;
    if (v instanceof PyTuple) return `(${v.items.map((x) => this.repr(x)).join(", ")}${v.items.length === 1 ? "," : ""})`;
    if (v instanceof PyDict) return `{${[...v.map.values()].map(([k, x]) => `${this.repr(k)}: ${this.repr(x)}`).join(", ")}}`;
    if (v instanceof PyExc) return `${v.cls.name}(${v.args.map((x) => this.repr(x)).join(", ")})`;
    return this.str(v);
  }

  str(v: V): string {
    if (v === null) return "None";
    if (v === true) return "True";
    if (v === false) return "False";
    if (typeof v === "bigint") return v.toString();
    if (typeof v === "number") return this.floatRepr(v);
    if (typeof v === "string") return v;
    if (v instanceof PyExc) {
      if (v.args.length === 1) return v.cls.name === "KeyError" ? this.repr(v.args[0]) : this.str(v.args[0]);
      return v.args.length === 0 ? "" : this.repr(new PyTuple(v.args));
    }
    if (v instanceof PyClass) return `<class '${v.name}'>`;
    if (v instanceof PyInstance) {
      const m = v.cls.lookup("__str__") ?? v.cls.lookup("__repr__");
      return m ? (this.call(m, [v]) as string) : `<${v.cls.name} object>`;
    }
    if (v instanceof PyFunc) return `<function ${v.code.qualname}>`;
    if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict) return this.repr(v);
    return "<object>";
  }

  format(v: V, spec: string): string {
    const m = /^(?:([<>^])?)(0)?(\d+)?(?:\.(\d+))?([dfs])?$/.exec(spec);
    if (!m) return this.raise("ValueError", `format spec ${spec}`);
    const [, align, zero, width, prec, type] = m;
    let s = type === "f" ? Number(v as number | bigint).toFixed(Number(prec ?? 6)) : this.str(v);
    const w = Number(width ?? 0);
    const numeric = typeof v === "bigint" || typeof v === "number";
    if (zero && s.length < w) s = s.padStart(w, "0");
    const al = align ?? (numeric ? ">" : "<");
    if (al === ">") s = s.padStart(w);
    else if (al === "<") s = s.padEnd(w);
    else if (s.length < w) s = s.padStart(s.length + Math.floor((w - s.length) / 2)).padEnd(w);
    return s;
  }

  binop(op: number, a: V, b: V): V {
    if (typeof a === "boolean") a = a ? 1n : 0n;
    if (typeof b === "boolean") b = b ? 1n : 0n;
    const inplace = op >= 16;
    const o = inplace ? op - 16 : op;
    if (typeof a === "bigint" && typeof b === "bigint") {
      const zero = (msg = "integer division or modulo by zero") => (b === 0n ? this.raise("ZeroDivisionError", msg) : null);
      switch (o) {
        case 0: return a + b;
        case 1: return a - b;
        case 2: return a * b;
        case 3: zero("division by zero"); return Number(a) / Number(b);
        case 4: { zero(); const q = a / b; return q * b !== a && (a < 0n) !== (b < 0n) ? q - 1n : q; }
        case 5: { zero(); const r = a % b; return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r; }
        case 6: return b >= 0n ? a ** b : Number(a) ** Number(b);
        case 7: return a << b;
        case 8: return a >> b;
        case 9: return a & b;
        case 10: return a | b;
        case 11: return a ^ b;
      }
    }
    if ((typeof a === "bigint" || typeof a === "number") && (typeof b === "bigint" || typeof b === "number")) {
      const x = Number(a);
      const y = Number(b);
      if ((o === 3 || o === 4 || o === 5) && y === 0) this.raise("ZeroDivisionError", "float division by zero");
      switch (o) {
        case 0: return x + y;
        case 1: return x - y;
        case 2: return x * y;
        case 3: return x / y;
        case 4: return Math.floor(x / y);
        case 5: return x - y * Math.floor(x / y);
        case 6: return x ** y;
      }
    }
    if (o === 0 && typeof a === "string" && typeof b === "string") return a + b;
    if (o === 0 && a instanceof PyList && b instanceof PyList) {
      if (inplace) { a.items.push(...b.items); return a; }
      return new PyList([...a.items, ...b.items]);
    }
    if (o === 0 && a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
    if (o === 2 && typeof a === "string" && typeof b === "bigint") return a.repeat(Number(b));
    return this.raise("TypeError", `unsupported operand for op ${op}`);
  }

  compare(op: number, a: V, b: V): boolean {
    if (op === 2) return this.eq(a, b);
    if (op === 3) return !this.eq(a, b);
    const x = typeof a === "boolean" ? Number(a) : a;
    const y = typeof b === "boolean" ? Number(b) : b;
    if (!((typeof x === "bigint" || typeof x === "number" || typeof x === "string") && typeof y === typeof x) &&
        !((typeof x === "bigint" || typeof x === "number") && (typeof y === "bigint" || typeof y === "number"))) {
      this.raise("TypeError", "'<' not supported");
    }
    const p = x as number;
    const q = y as number;
    return [p < q, p <= q, false, false, p > q, p >= q][op];
  }

  isSubclass(c: PyClass | null, of: PyClass): boolean {
    return c !== null && c.mro.includes(of);
  }

  index(len: number, i: V): number {
    let n = Number(i as bigint);
    if (n < 0) n += len;
    if (n < 0 || n >= len) this.raise("IndexError", "index out of range");
    return n;
  }

  sliceRange(len: number, s: PySlice): number[] {
    const step = s.step === null ? 1 : Number(s.step as bigint);
    const norm = (v: V, dflt: number) => {
      if (v === null) return dflt;
      let n = Number(v as bigint);
      if (n < 0) n += len;
      return step > 0 ? Math.min(Math.max(n, 0), len) : Math.min(Math.max(n, -1), len - 1);
    };
    const lo = norm(s.start, step > 0 ? 0 : len - 1);
    const hi = norm(s.stop, step > 0 ? len : -1);
    const out: number[] = [];
    for (let i = lo; step > 0 ? i < hi : i > hi; i += step) out.push(i);
    return out;
  }

  subscr(o: V, k: V): V {
    if (o instanceof PyDict) {
      const e = o.map.get(this.key(k));
      return e ? e[1] : this.raise("KeyError", this.repr(k));
    }
    const items = this.seq(o);
    if (k instanceof PySlice) {
      const picked = this.sliceRange(items.length, k).map((i) => items[i]);
      return typeof o === "string" ? picked.join("") : o instanceof PyTuple ? new PyTuple(picked) : new PyList(picked);
    }
    return items[this.index(items.length, k)];
  }

  getattr(o: V, name: string): V {
    if (o instanceof PyModule) {
      if (o.globals.has(name)) return o.globals.get(name) as V;
      return this.raise("AttributeError", name);
    }
    if (o instanceof PyExc && name === "args") return new PyTuple(o.args);
    if (o instanceof PyExc && name === "__cause__") return o.cause;
    if (o instanceof PyExc && name === "value" && o.cls.name === "StopIteration") return o.args[0] ?? null;
    if (o instanceof PyClass && name === "__name__") return o.name;
    if (o instanceof PyClass) {
      const v = o.lookup(name);
      if (v !== undefined) return v;
    }
    if (o instanceof PyInstance || o instanceof PyExc) {
      if (o.dict.has(name)) return o.dict.get(name) as V;
      const v = o.cls.lookup(name);
      if (v !== undefined) return v instanceof PyFunc || v instanceof PyBuiltin ? new PyBound(o, v) : v;
    }
    if (o instanceof PySuper) {
      const cls = o.self instanceof PyInstance || o.self instanceof PyExc ? o.self.cls : null;
      const mro = cls ? cls.mro : [];
      for (const c of mro.slice(mro.indexOf(o.cls) + 1)) {
        if (c.ns.has(name)) {
          const v = c.ns.get(name) as V;
          return v instanceof PyFunc || v instanceof PyBuiltin ? new PyBound(o.self, v) : v;
        }
      }
    }
    if (o instanceof PyGen && name === "send") return new PyBound(o, new PyBuiltin("send", (a) => this.send(a[0] as PyGen, a[1])));
    if (o instanceof PyGen && name === "throw") {
      return new PyBound(o, new PyBuiltin("throw", (a) => this.send(a[0] as PyGen, null, a[1] instanceof PyClass ? new PyExc(a[1], []) : (a[1] as PyExc))));
    }
    const method = (fn: (self: V, args: V[]) => V) => new PyBound(o, new PyBuiltin(name, (args) => fn(args[0], args.slice(1))));
    if (o instanceof PyList && name === "append") return method((s, a) => { (s as PyList).items.push(a[0]); return null; });
    if (o instanceof PyList && name === "pop") return method((s) => (s as PyList).items.pop() ?? null);
    if (o instanceof PySet && name === "add") return method((s, a) => { (s as PySet).map.set(this.key(a[0]), a[0]); return null; });
    if (o instanceof PyDict && name === "get") return method((s, a) => (s as PyDict).map.get(this.key(a[0]))?.[1] ?? (a[1] ?? null));
    if (o instanceof PyDict && name === "items") return method((s) => new PyList([...(s as PyDict).map.values()].map(([k, v]) => new PyTuple([k, v]))));
    if (typeof o === "string" && name === "join") return method((s, a) => this.seq(a[0]).map((x) => x as string).join(s as string));
    if (typeof o === "string" && name === "upper") return method((s) => (s as string).toUpperCase());
    return this.raise("AttributeError", name);
  }

  setattr(o: V, name: string, v: V | undefined): void {
    const dict = o instanceof PyModule ? o.globals : o instanceof PyInstance || o instanceof PyExc ? o.dict : o instanceof PyClass ? o.ns : null;
    if (!dict) return this.raise("AttributeError", name);
    if (v !== undefined) dict.set(name, v);
    else if (!dict.delete(name)) this.raise("AttributeError", name);
  }

  call(f: V, args: V[], kwnames: string[] = []): V {
    const pos = args.slice(0, args.length - kwnames.length);
    const kwv = args.slice(args.length - kwnames.length);
    if (f instanceof PyBound) return this.call(f.fn, [f.self, ...args], kwnames);
    if (f instanceof PyBuiltin) return f.fn(pos, new Map(kwnames.map((k, i) => [k, kwv[i]])));
    if (f instanceof PyClass) {
      const exc = this.isSubclass(f, this.classes.get("BaseException") as PyClass);
      const obj = exc ? new PyExc(f, pos) : new PyInstance(f);
      const init = f.lookup("__init__");
      if (init !== undefined) this.call(init, [obj, ...args], kwnames);
      return obj;
    }
    if (!(f instanceof PyFunc)) return this.raise("TypeError", "not callable");
    const c = f.code;
    const np = c.argcount;
    const nk = c.kwonlyargcount;
    const varargs = c.flags & 1 ? np + nk : -1;
    const varkw = c.flags & 2 ? np + nk + (varargs >= 0 ? 1 : 0) : -1;
    const locals: (V | undefined)[] = new Array(c.nlocals).fill(undefined);
    if (pos.length > np && varargs < 0) this.raise("TypeError", "too many arguments");
    pos.slice(0, np).forEach((v, i) => (locals[i] = v));
    if (varargs >= 0) locals[varargs] = new PyTuple(pos.slice(np));
    const extra = new PyDict();
    kwnames.forEach((k, i) => {
      const slot = c.localNames.indexOf(k);
      if (slot >= 0 && slot < np + nk) {
        if (locals[slot] !== undefined) this.raise("TypeError", `multiple values for ${k}`);
        locals[slot] = kwv[i];
      } else if (varkw >= 0) extra.map.set(this.key(k), [k, kwv[i]]);
      else this.raise("TypeError", `unexpected keyword ${k}`);
    });
    if (varkw >= 0) locals[varkw] = extra;
    const firstDefault = np - f.defaults.length;
    for (let i = 0; i < np; i++) {
      if (locals[i] === undefined) {
        if (i < firstDefault) this.raise("TypeError", "missing argument");
        locals[i] = f.defaults[i - firstDefault];
      }
    }
    for (let i = np; i < np + nk; i++) {
      if (locals[i] === undefined) {
        const d = f.kwdefaults?.map.get(this.key(c.localNames[i]));
        if (!d) this.raise("TypeError", `missing keyword-only argument ${c.localNames[i]}`);
        locals[i] = d[1];
      }
    }
    const frame = this.run(c, locals, f.closure, f.globals);
    if (c.flags & 4) return new PyGen(frame);
    return this.finish(frame, c);
  }

  /** Runs a non-generator frame to its return value. */
  finish(frame: Frame, code: ImageCode): V {
    const r = frame.next(null);
    if (!r.done) throw new Error(`reference VM: ${code.qualname} yielded but is not a generator`);
    return r.value;
  }

  /** CPython's import order: parents first; a submodule becomes an attribute of its package. */
  importModule(name: string): PyModule {
    const have = this.modules.get(name);
    if (have) return have;
    const dot = name.lastIndexOf(".");
    const parent = dot >= 0 ? this.importModule(name.slice(0, dot)) : null;
    const again = this.modules.get(name);
    if (again) return again;
    const m = this.info.modules.find((x) => x.name === name);
    if (!m) return this.raise("ImportError", name);
    const mod = new PyModule(name, new Map([["__name__", name]]));
    this.modules.set(name, mod);
    this.finish(this.run(this.info.codes[m.code], [], [], mod.globals), this.info.codes[m.code]);
    if (parent) parent.globals.set(name.slice(dot + 1), mod);
    return mod;
  }

  runMain(): string {
    const main = new PyModule("__main__", new Map([["__name__", "__main__"]]));
    this.modules.set("__main__", main);
    try {
      const code = this.info.codes[this.info.modules[0].code];
      this.finish(this.run(code, [], [], main.globals), code);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      this.out += `Uncaught ${e.exc.cls.name}: ${this.str(e.exc)}\n`;
    }
    return this.out;
  }

  *run(code: ImageCode, locals: (V | undefined)[], closure: V[], globals: Map<string, V>): Frame {
    const stack: V[] = [];
    const consts = this.info.consts;
    const strings = this.info.strings;
    const constValue = (i: number): V => {
      const k = consts[i];
      switch (k.kind) {
        case "None": return null;
        case "bool": return k.value;
        case "int": return k.value;
        case "float": return k.value;
        case "str": return k.value;
        case "code": return new PyCode(k.code);
        case "tuple": return new PyTuple(k.items.map(constValue));
        case "Ellipsis": return "...";
        case "bytes": throw new Error("the model interpreter has no bytes");
      }
    };
    const pop = (): V => {
      if (!stack.length) throw new Error(`stack underflow in ${code.qualname}`);
      return stack.pop() as V;
    };
    const push = (v: V) => {
      stack.push(v);
      if (stack.length > code.stacksize) throw new Error(`stacksize ${code.stacksize} exceeded in ${code.qualname}`);
    };
    const popN = (n: number): V[] => (n ? stack.splice(stack.length - n, n) : []);
    const slotValue = (slot: number): V => {
      const v = locals[slot];
      if (v === undefined) this.raise("UnboundLocalError", code.localNames[slot]);
      return v;
    };
    let pc = 0;
    for (let steps = 0; ; steps++) {
      if (steps > 1e6) throw new Error("runaway program");
      const at = pc;
      const { op, arg, name } = code.instrs[pc++];
      try {
        switch (name) {
          case "NOP": break;
          case "POP_TOP": pop(); break;
          case "DUP_TOP": { const a = pop(); push(a); push(a); break; }
          case "DUP_TOP_TWO": { const b = pop(); const a = pop(); push(a); push(b); push(a); push(b); break; }
          case "ROT_TWO": { const b = pop(); const a = pop(); push(b); push(a); break; }
          case "ROT_THREE": { const c = pop(); const b = pop(); const a = pop(); push(c); push(a); push(b); break; }
          case "LOAD_CONST": push(constValue(arg)); break;
          case "LOAD_FAST": push(slotValue(arg)); break;
          case "STORE_FAST": locals[arg] = pop(); break;
          case "DELETE_FAST": slotValue(arg); locals[arg] = undefined; break;
          case "MAKE_CELL": locals[arg] = new PyCell(locals[arg]); break;
          case "COPY_FREE_VARS": for (let i = 0; i < arg; i++) locals[code.nlocals - arg + i] = closure[i]; break;
          case "LOAD_CLOSURE": push(locals[arg] as V); break;
          case "LOAD_DEREF": {
            const v = (locals[arg] as PyCell).v;
            if (v === undefined) this.raise("NameError", code.localNames[arg]);
            push(v);
            break;
          }
          case "STORE_DEREF": (locals[arg] as PyCell).v = pop(); break;
          case "LOAD_GLOBAL": {
            const n = strings[arg];
            if (globals.has(n)) push(globals.get(n) as V);
            else if (this.builtins.has(n)) push(this.builtins.get(n) as V);
            else this.raise("NameError", `name '${n}' is not defined`);
            break;
          }
          case "STORE_GLOBAL": globals.set(strings[arg], pop()); break;
          case "DELETE_GLOBAL": if (!globals.delete(strings[arg])) this.raise("NameError", strings[arg]); break;
          case "LOAD_ATTR": push(this.getattr(pop(), strings[arg])); break;
          case "STORE_ATTR": { const o = pop(); const v = pop(); this.setattr(o, strings[arg], v); break; }
          case "DELETE_ATTR": this.setattr(pop(), strings[arg], undefined); break;
          case "LOAD_METHOD": { const o = pop(); const m = this.getattr(o, strings[arg]); if (m instanceof PyBound) { push(m.fn); push(m.self); } else { push(m); push(NULL); } break; }
          case "BINARY_OP": { const b = pop(); const a = pop(); push(this.binop(arg, a, b)); break; }
          case "UNARY_OP": {
            const a = pop();
            if (arg === 2) push(!this.truthy(a));
            else if (arg === 0) push(typeof a === "number" ? -a : -(typeof a === "boolean" ? BigInt(a) : (a as bigint)));
            else if (arg === 1) push(a);
            else push(~(a as bigint));
            break;
          }
          case "COMPARE_OP": { const b = pop(); const a = pop(); push(this.compare(arg, a, b)); break; }
          case "IS_OP": { const b = pop(); const a = pop(); push((a === b) !== (arg === 1)); break; }
          case "CONTAINS_OP": {
            const b = pop(); const a = pop();
            const r = b instanceof PyDict ? b.map.has(this.key(a)) : typeof b === "string" ? b.includes(a as string) : this.seq(b).some((x) => this.eq(x, a));
            push(r !== (arg === 1));
            break;
          }
          case "BINARY_SUBSCR": { const k = pop(); const o = pop(); push(this.subscr(o, k)); break; }
          case "STORE_SUBSCR": {
            const k = pop(); const o = pop(); const v = pop();
            if (o instanceof PyDict) o.map.set(this.key(k), [k, v]);
            else if (o instanceof PyList && k instanceof PySlice) {
              const r = this.sliceRange(o.items.length, k);
              o.items.splice(r[0] ?? 0, r.length, ...this.seq(v));
            } else if (o instanceof PyList) o.items[this.index(o.items.length, k)] = v;
            else this.raise("TypeError", "item assignment");
            break;
          }
          case "DELETE_SUBSCR": {
            const k = pop(); const o = pop();
            if (o instanceof PyDict) { if (!o.map.delete(this.key(k))) this.raise("KeyError", this.repr(k)); }
            else if (o instanceof PyList) o.items.splice(this.index(o.items.length, k), 1);
            else this.raise("TypeError", "item deletion");
            break;
          }
          case "BUILD_SLICE": { const p = popN(arg); push(new PySlice(p[0], p[1], arg === 3 ? p[2] : null)); break; }
          case "BUILD_TUPLE": push(new PyTuple(popN(arg))); break;
          case "BUILD_LIST": push(new PyList(popN(arg))); break;
          case "BUILD_MAP": { const p = popN(2 * arg); const d = new PyDict(); for (let i = 0; i < p.length; i += 2) d.map.set(this.key(p[i]), [p[i], p[i + 1]]); push(d); break; }
          case "BUILD_STRING": push(popN(arg).join("")); break;
          case "FORMAT_VALUE": {
            const spec = arg & 4 ? (pop() as string) : "";
            let v = pop();
            const conv = arg & 3;
            if (conv === 1) v = this.str(v);
            else if (conv === 2 || conv === 3) v = this.repr(v);
            push(spec ? this.format(v, spec) : this.str(v));
            break;
          }
          case "LIST_APPEND": { const v = pop(); (stack[stack.length - arg] as PyList).items.push(v); break; }
          case "UNPACK_SEQUENCE": {
            const items = this.seq(pop());
            if (items.length !== arg) this.raise("ValueError", "wrong number of values to unpack");
            for (let i = items.length - 1; i >= 0; i--) push(items[i]);
            break;
          }
          case "GET_ITER": push(this.iterOf(pop())); break;
          case "FOR_ITER": {
            const v = this.nextOf(stack[stack.length - 1]);
            if (v === undefined) { pop(); pc = arg; } else push(v);
            break;
          }
          case "JUMP": pc = arg; break;
          case "POP_JUMP_IF_FALSE": if (!this.truthy(pop())) pc = arg; break;
          case "POP_JUMP_IF_TRUE": if (this.truthy(pop())) pc = arg; break;
          case "JUMP_IF_FALSE_OR_POP": if (!this.truthy(stack[stack.length - 1])) pc = arg; else pop(); break;
          case "JUMP_IF_TRUE_OR_POP": if (this.truthy(stack[stack.length - 1])) pc = arg; else pop(); break;
          case "CALL": { const a = popN(arg); const f = pop(); push(this.call(f, a)); break; }
          case "CALL_KW": {
            const names = (pop() as PyTuple).items as string[];
            const a = popN(arg); const f = pop();
            push(this.call(f, a, names));
            break;
          }
          case "CALL_METHOD": {
            const a = popN(arg); const self = pop(); const f = pop();
            push(self === NULL ? this.call(f, a) : this.call(f, [self, ...a]));
            break;
          }
          case "MAKE_FUNCTION": {
            const c = pop() as PyCode;
            const cl = arg & 8 ? (pop() as PyTuple).items : [];
            const kwdefs = arg & 2 ? (pop() as PyDict) : null;
            const defs = arg & 1 ? (pop() as PyTuple).items : [];
            push(new PyFunc(this.info.codes[c.index], defs, cl, globals, kwdefs));
            break;
          }
          case "RETURN_VALUE": return pop();
          case "RAISE_VARARGS": {
            if (arg === 0) {
              if (!(this.handled instanceof PyExc)) this.raise("RuntimeError", "No active exception to reraise");
              throw new PyErr(this.handled);
            }
            const cause = arg === 2 ? pop() : null;
            let e = pop();
            if (e instanceof PyClass) e = this.call(e, []);
            if (!(e instanceof PyExc)) this.raise("TypeError", "exceptions must derive from BaseException");
            if (arg === 2) e.cause = cause instanceof PyClass ? this.call(cause, []) : cause;
            throw new PyErr(e);
          }
          case "PUSH_EXC_INFO": { const e = pop(); push(this.handled); push(e); this.handled = e; break; }
          case "POP_EXCEPT": this.handled = pop(); break;
          case "CHECK_EXC_MATCH": {
            const t = pop();
            const e = stack[stack.length - 1] as PyExc;
            const types = t instanceof PyTuple ? t.items : [t];
            push(types.some((x) => x instanceof PyClass && this.isSubclass(e.cls, x)));
            break;
          }
          case "RERAISE": { const e = pop() as PyExc; this.handled = pop(); throw new PyErr(e); }
          case "LOAD_ASSERTION_ERROR": push(this.classes.get("AssertionError") as PyClass); break;
          case "IMPORT_NAME": push(this.importModule(strings[arg])); break;
          case "IMPORT_FROM": {
            const m = stack[stack.length - 1] as PyModule;
            const sub = `${m.name}.${strings[arg]}`;
            push(!m.globals.has(strings[arg]) && this.info.modules.some((x) => x.name === sub) ? this.importModule(sub) : this.getattr(m, strings[arg]));
            break;
          }
          case "LOAD_NAME": {
            const n = strings[arg];
            const e = (locals[0] as PyDict).map.get(this.key(n));
            if (e) push(e[1]);
            else if (globals.has(n)) push(globals.get(n) as V);
            else if (this.builtins.has(n)) push(this.builtins.get(n) as V);
            else this.raise("NameError", `name '${n}' is not defined`);
            break;
          }
          case "STORE_NAME": (locals[0] as PyDict).map.set(this.key(strings[arg]), [strings[arg], pop()]); break;
          case "DELETE_NAME": if (!(locals[0] as PyDict).map.delete(this.key(strings[arg]))) this.raise("NameError", strings[arg]); break;
          case "DELETE_DEREF": {
            const cell = locals[arg] as PyCell;
            if (cell.v === undefined) this.raise("NameError", code.localNames[arg]);
            cell.v = undefined;
            break;
          }
          case "BUILD_CLASS": {
            const ns = pop() as PyDict; const bases = pop() as PyTuple; const name = pop() as string;
            const cls = new PyClass(name, bases.items.length ? (bases.items as PyClass[]) : [this.classes.get("object") as PyClass]);
            let cell: V | undefined;
            for (const [k, v] of ns.map.values()) {
              if (k === "__classcell__") cell = v;
              else cls.ns.set(k as string, v);
            }
            if (cell instanceof PyCell) cell.v = cls;
            push(cls);
            break;
          }
          case "YIELD_VALUE": { const v = pop(); push(yield v); break; }
          case "GET_YIELD_FROM_ITER": { const o = pop(); push(o instanceof PyGen ? o : this.iterOf(o)); break; }
          case "SEND": {
            const v = pop();
            const recv = stack[stack.length - 1];
            if (recv instanceof PyGen) {
              try {
                push(this.send(recv, v));
              } catch (e) {
                if (!(e instanceof PyErr && e.exc.cls === this.classes.get("StopIteration"))) throw e;
                pop();
                push(e.exc.args[0] ?? null);
                pc = arg;
              }
            } else {
              const x = this.nextOf(recv);
              if (x === undefined) { pop(); push(null); pc = arg; } else push(x);
            }
            break;
          }
          case "BEFORE_WITH": {
            const m = pop();
            push(this.getattr(m, "__exit__"));
            push(this.call(this.getattr(m, "__enter__"), []));
            break;
          }
          case "WITH_EXCEPT_START": {
            const e = stack[stack.length - 1] as PyExc;
            push(this.call(stack[stack.length - 3], [e.cls, e, null]));
            break;
          }
          case "CALL_FUNCTION_EX": {
            const kw = arg & 1 ? (pop() as PyDict) : new PyDict();
            const a = (pop() as PyTuple).items;
            const f = pop();
            const entries = [...kw.map.values()];
            push(this.call(f, [...a, ...entries.map(([, v]) => v)], entries.map(([k]) => k as string)));
            break;
          }
          case "BUILD_SET": { const set = new PySet(); for (const v of popN(arg)) set.map.set(this.key(v), v); push(set); break; }
          case "SET_ADD": { const v = pop(); (stack[stack.length - arg] as PySet).map.set(this.key(v), v); break; }
          case "MAP_ADD": { const v = pop(); const k = pop(); (stack[stack.length - arg] as PyDict).map.set(this.key(k), [k, v]); break; }
          case "LIST_EXTEND": { const v = pop(); (stack[stack.length - arg] as PyList).items.push(...this.seq(v)); break; }
          case "LIST_TO_TUPLE": push(new PyTuple((pop() as PyList).items)); break;
          case "DICT_MERGE": {
            const m = pop() as PyDict;
            const d = stack[stack.length - arg] as PyDict;
            for (const [key, kv] of m.map) {
              if (d.map.has(key)) this.raise("TypeError", `got multiple values for keyword argument '${kv[0] as string}'`);
              d.map.set(key, kv);
            }
            break;
          }
          case "UNPACK_EX": {
            const items = this.seq(pop());
            const before = arg & 0xff;
            const after = arg >>> 8;
            if (items.length < before + after) this.raise("ValueError", "not enough values to unpack");
            const out = [...items.slice(0, before), new PyList(items.slice(before, items.length - after)), ...items.slice(items.length - after)];
            for (let i = out.length - 1; i >= 0; i--) push(out[i]);
            break;
          }
          default: throw new Error(`reference VM: opcode ${op} (${name}) not implemented`);
        }
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        const entry = code.exc.find((x) => x.start <= at && at < x.end);
        if (!entry) throw e;
        if (stack.length < entry.depth) throw new Error(`${code.qualname}@${at}: stack ${stack.length} below handler depth ${entry.depth}`);
        stack.length = entry.depth;
        push(e.exc);
        pc = entry.target;
      }
    }
  }
}

const PROGRAMS: Record<string, string> = {
  "try/except/else/finally flows": `
def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise KeyError(2)
        r = 10 // (x - 3)
    except ValueError as e:
        print("VE", e)
        return "ve"
    except (KeyError, ZeroDivisionError) as e:
        print("KZ", type(e).__name__, e)
    else:
        print("else", r)
    finally:
        print("finally", x)
    return "end"
for i in range(5):
    print(f(i))
`,
  "break / continue / return through finally": `
def g():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    else:
        out.append("no")
    return out
print(g())
def h():
    n = 0
    while True:
        n += 1
        try:
            try:
                if n < 3:
                    continue
                raise RuntimeError(n)
            finally:
                print("inner", n)
        except RuntimeError as e:
            print("caught", e)
            if n > 4:
                return n
print(h())
def k():
    try:
        pass
    finally:
        for x in [1, 2]:
            try:
                return x
            finally:
                continue
    return "after"
print(k())
`,
  "re-raise, nested handlers, finally overriding": `
def a():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(a())
def b():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise
    except KeyError as e:
        return "re:" + str(e)
print(b())
def c():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("inner caught", e)
        try:
            raise
        except ZeroDivisionError as z:
            print("bare raise re-raised the outer one:", z)
    return "c done"
print(c())
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise TypeError("b") from e
except TypeError as t:
    print("chained", t, t.__cause__)
def d():
    for x in [1, 2, 3]:
        try:
            raise ValueError(x)
        except ValueError as e:
            if x == 2:
                return x * 10
print(d())
def unbound():
    try:
        raise ValueError(1)
    except ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError:
        print("e is unbound after the handler")
unbound()
def nested_loops():
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        raise ValueError(i)
                finally:
                    print("f", i, j)
        except ValueError as e:
            print("v", e)
            if i == 1:
                break
        else:
            print("no error")
    return "done"
print(nested_loops())
def exc_in_finally_path():
    try:
        try:
            raise KeyError("first")
        finally:
            print("cleanup")
    except KeyError as e:
        print("outer got", e)
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except ValueError as e:
        print("replaced by", e)
exc_in_finally_path()
try:
    raise
except RuntimeError as e:
    print("no active exception:", e)
`,
  "closures, comprehensions, lambdas, keyword arguments": `
def counter(start=0):
    n = start
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter(10)
print(c(), c(5), c(by=2))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
print({k: v * 2 for k, v in [(1, 2), (3, 4), (5, 6)] if k > 1})
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
def kw(a, b=2, c=3):
    return (a, b, c)
print(kw(1), kw(1, c=5), kw(a=7, b=8), kw(1, 2, 3))
def make(n):
    return [lambda: n * k for k in range(n)]
print([f() for f in make(3)])
g = 5
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
print(", ".join([str(x) for x in range(5)]).upper())
print("-".join(["a", "b"]), sep="", end="!\\n")
`,
  "expressions and statements": `
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 and 2, 0 and 2, 0 or 3, None or 0, 1 or 2)
print("yes" if [] else "no", "yes" if [0] else "no")
x = 5
print(f"{x} {x!r:>4} {'s'!r} {x * 2:03d} {3.14159:.2f} {'ab':<4}|{x:^5}|")
l = [1, 2, 3, 4, 5]
print(l[1:3], l[::-1], l[::2], l[-1], "hello"[1:-1], l[:2], l[3:])
d = {"a": 1}
d["a"] += 5
d["b"] = d.get("b", 0) + 1
print(d, len(d), "a" in d)
l[0] += 10
l[1:3] = [9]
print(l)
a, (b, c) = 1, [2, 3]
print(a, b, c)
a, b = b, a
print(a, b)
del l[0]
print(l, 3 in l, 4 not in l, l is l, None is not None)
print(-x, +x, ~x, not x, 2 ** 10, 7 // -2, 7 % -3, -7 / 2, 1 << 3, 0xff & 0x0f | 0x100 ^ 1)
print(7.5 // 2, 7.5 % 2, 2 ** -1, -9223372036854775808, 1e400, 0.1 + 0.2)
s = 0
for i in range(10):
    if i % 2:
        continue
    s += i
print(s)
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
assert i == 3
try:
    assert i == 4, "bad i"
except AssertionError as e:
    print("assert", e)
while i:
    i -= 1
    if i == 1:
        break
else:
    print("not printed")
print("i", i)
t = (1, 2)
t += (3,)
print(t, t[1:], (1,), ())
x = y = [0]
x += [1]
print(x, y, x is y)
print(not (1 < 2 and 2 > 3) or False)
if not x or not y:
    print("no")
elif x and len(y) == 2:
    print("elif")
`,
};

PROGRAMS["classes, inheritance, super, private names, decorators"] = `
class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def describe(self):
        return "Base " + self.name
    def __str__(self):
        return "<" + self.name + ">"
class Mid(Base):
    def describe(self):
        return "Mid/" + super().describe()
class Other(Base):
    def describe(self):
        return "Other/" + super().describe()
class Leaf(Mid, Other):
    tag = "leaf"
    def describe(self):
        return "Leaf/" + super().describe() + "/" + __class__.tag
l = Leaf("x")
print(l.describe(), Base.count, str(l), isinstance(l, Other), isinstance(l, ValueError))
class Acct:
    def __init__(self, v):
        self.__v = v
    def get(self):
        return self.__v
a = Acct(5)
print(a.get(), a._Acct__v)
def deco(tag):
    def wrap(f):
        def inner(*args, **kw):
            return tag + ":" + str(f(*args, **kw))
        return inner
    return wrap
@deco("a")
@deco("b")
def add(x, y=1):
    return x + y
print(add(1), add(2, y=5))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class R:
    pass
print(registry)
def make(v):
    class K:
        val = v
        def get(self):
            return v * 2
    return K
K = make(4)
print(K.val, K().get())
x = "global"
class S:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(S.y, S().m(), S.z)
class MyError(ValueError):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code
try:
    raise MyError(7)
except ValueError as e:
    print("caught", e.code, type(e).__name__)
`;

PROGRAMS["generators, yield from, generator expressions"] = `
def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i += got
        i += 1
    return "done"
print(list(count(4)))
g = count(10)
print(next(g), g.send(3), next(g))
def deleg():
    r = yield from count(2)
    print("returned", r)
    yield from [7, 8]
print(list(deleg()))
print(sum(x * x for x in range(5) if x % 2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(8)])
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_finally():
    print(v)
g = count(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
t = thrower()
print(next(t), t.throw(ValueError("boom")))
def nested(n):
    return list((i, j) for i in range(n) for j in range(i))
print(nested(3))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1
print(list(Countdown(3)), [x for x in Countdown(2)])
`;

PROGRAMS["with statements"] = `
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", True):
    raise ValueError("swallowed")
print("after swallow")
try:
    with CM("p"), CM("q", True), CM("r"):
        raise KeyError("k")
    print("q swallowed it")
    with CM("p2"):
        with CM("inner"):
            raise KeyError("k2")
except KeyError as e:
    print("propagated", e)
def f():
    for i in range(3):
        with CM("loop" + str(i)):
            if i == 0:
                continue
            if i == 1:
                return "ret"
print(f())
def g():
    with CM("r") as v:
        return v
print(g())
def h():
    try:
        with CM("fin"):
            return 1
    finally:
        print("finally after exit")
print(h())
class Box:
    pass
b = Box()
with CM("t") as b.attr:
    pass
print(b.attr)
def gen():
    with CM("gen"):
        yield 1
        yield 2
print(list(gen()))
`;

PROGRAMS["parameters, star calls, unpacking, displays, walrus, del, annotations"] = `
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
args = [10, 20, 30]
kw = {"c": 1, "z": 2}
print(f(*args, **kw))
print(f(0, *args[:1], *[5, 6], c=9, **{"y": 1}))
try:
    f(1, c=2, **{"c": 3})
except TypeError as e:
    print("TypeError")
g = lambda x, *r, k=1, **o: (x, r, k, sorted(o))
print(g(1, 2, 3, k=4, m=5))
def only(*, key, other=0):
    return key + other
print(only(key=1), only(other=2, key=3))
a, *b, c = range(6)
print(a, b, c)
*d, = "xyz"
print(d)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
[h, *i] = [1]
print(h, i)
l = [0, *range(3), *"ab"]
t = (*l[:2], 9)
print(l, t)
s = {1, *[2, 3], 1}
print(sorted(s), len(s))
print(sorted({x % 3 for x in range(10)}))
m = {"a": 1, **{"b": 2, "a": 3}, "c": 4, **{"c": 5}}
print(m)
print({k: v for k, v in m.items() if v > 2})
if (n := len(l)) > 3:
    print("n", n)
print([y for x in range(5) if (y := x * x) > 4], y)
def w():
    total = [s := 0]
    for v in range(4):
        total.append(s := s + v)
    last = [z for v in range(3) if (z := v)]
    return s, total, z
print(w())
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(getattr(o, "b"))
try:
    print(o.a)
except AttributeError:
    print("o.a deleted")
def outer():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        print(v)
    except NameError:
        print("v deleted")
outer()
x: int = 5
y2: int
print(x)
def ann():
    q: int
    try:
        return q
    except NameError:
        return "q unbound"
print(ann())
`;

const MODULE_PROGRAM = [
  { name: "__main__", filename: "main.py", source: "import util\nfrom util import twice as tw, counter\nprint(util.twice(2), tw(3), counter)\nutil.counter += 5\nprint(util.counter, counter)\nimport util as u2\nprint(u2.counter)\n" },
  { name: "util", filename: "util.py", source: "print('util loading')\ncounter = 1\ndef twice(x):\n    return x * 2\n" },
];

function python(source: string, files: { name: string; source: string }[] = []): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "slp-compiler-"));
  try {
    for (const f of files) fs.writeFileSync(path.join(dir, `${f.name}.py`), f.source);
    fs.writeFileSync(path.join(dir, "__prog__.py"), source);
    const r = spawnSync("python3", ["__prog__.py"], { cwd: dir, encoding: "utf8", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } });
    if (r.error) return null;
    return r.stdout + (r.status ? `exit ${r.status}: ${r.stderr}` : "");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("reference evaluation agrees with CPython", () => {
  for (const [title, src] of Object.entries(PROGRAMS)) {
    test(title, (t) => {
      const expected = python(src);
      if (expected === null) return t.skip("python3 not available");
      const info = readImage(compileSource(src, "prog.py"));
      assert.deepEqual(verifyImage(info), []);
      assert.equal(new RefVM(info).runMain(), expected);
    });
  }

  test("packages: compileEntry, relative imports, submodules as attributes", (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "slp-pkg-"));
    try {
      const files: Record<string, string> = {
        "main.py": "import pkg.sub\nfrom pkg import sub as s2\nfrom pkg.sub import value\nimport pkg\nfrom pkg import lazy\nprint(pkg.sub.value, s2.value, value, pkg.name, lazy.x)\n",
        "pkg/__init__.py": "name = 'pkg'\nfrom . import helper\nfrom .helper import twice\nprint('pkg init', twice(2), helper.twice(3))\n",
        "pkg/helper.py": "print('helper init')\ndef twice(x):\n    return x * 2\n",
        "pkg/sub.py": "from .helper import twice\nfrom . import name\nvalue = twice(21)\nprint('sub init', name)\n",
        "pkg/lazy.py": "x = 'lazy'\n",
      };
      for (const [rel, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      }
      const r = spawnSync("python3", ["main.py"], { cwd: dir, encoding: "utf8", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } });
      if (r.error) return t.skip("python3 not available");
      const info = readImage(compileEntry(path.join(dir, "main.py"), { libDirs: [] }));
      assert.deepEqual(verifyImage(info), []);
      assert.equal(new RefVM(info).runMain(), r.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("modules and imports", (t) => {
    const expected = python(MODULE_PROGRAM[0].source, [MODULE_PROGRAM[1]]);
    if (expected === null) return t.skip("python3 not available");
    const info = readImage(compileProgram(MODULE_PROGRAM));
    assert.equal(new RefVM(info).runMain(), expected);
  });
});
