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
  compileProgram,
  compileSource,
  disassemble,
  PySyntaxError,
  readImage,
  verifyImage,
  allOpNames,
} from "../../host/compiler/index";
import type { ImageCode, ImageInfo } from "../../host/compiler/index";

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
  }
}

const NAME_OPS = new Set(["LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "LOAD_METHOD", "IMPORT_NAME", "IMPORT_FROM"]);
const SLOT_OPS = new Set(["LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "LOAD_CLOSURE", "MAKE_CELL"]);
const JUMP_OPS = new Set(["JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "FOR_ITER"]);
const NO_ARG = new Set([
  "NOP", "POP_TOP", "DUP_TOP", "DUP_TOP_TWO", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "BINARY_SUBSCR", "STORE_SUBSCR",
  "DELETE_SUBSCR", "GET_ITER", "RETURN_VALUE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "RERAISE", "LOAD_ASSERTION_ERROR",
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
    assert.equal(v.getUint16(4, true), 1);
    assert.equal(v.getUint16(6, true), 0);
    assert.equal(v.getUint32(8, true), img.length);
    const info = readImage(img);
    assert.equal(info.version, 1);
    assert.equal(info.length, img.length);
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

  test("dict comprehension", () => {
    const info = compile("d = {k: v for k, v in items}\n");
    const dc = codeNamed(info, "<dictcomp>");
    assert.equal(dc.argcount, 1);
    assert.deepEqual(shape(info, dc), [
      "BUILD_MAP 0", "STORE_FAST .dict", "LOAD_FAST .0", "FOR_ITER ->14", "UNPACK_SEQUENCE 2", "STORE_FAST k", "STORE_FAST v",
      "LOAD_FAST k", "LOAD_FAST v", "ROT_TWO", "LOAD_FAST .dict", "ROT_TWO", "STORE_SUBSCR", "JUMP ->3",
      "LOAD_FAST .dict", "RETURN_VALUE",
    ]);
  });

  test("imports", () => {
    assert.deepEqual(body("import a\nimport b as c\nimport p.q as r\nfrom m import x, y as z\n"), [
      "IMPORT_NAME a", "STORE_GLOBAL a", "IMPORT_NAME b", "STORE_GLOBAL c", "IMPORT_NAME p.q", "STORE_GLOBAL r",
      "IMPORT_NAME m", "IMPORT_FROM x", "STORE_GLOBAL x", "IMPORT_FROM y", "STORE_GLOBAL z", "POP_TOP",
    ]);
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
    ["x = 1\nclass A:\n    pass\n", "class definitions", 2, 1],
    ["def f():\n    yield 1\n", "generators (yield)", 2, 5],
    ["async def f():\n    pass\n", "async functions", 1, 1],
    ["with open(p) as f:\n    pass\n", "with statements", 1, 1],
    ["f(*args)\n", "starred call arguments", 1, 3],
    ["f(**kw)\n", "'**' call arguments", 1, 3],
    ["@dec\ndef f():\n    pass\n", "decorators", 1, 2],
    ["s = {1, 2}\n", "set literals", 1, 5],
    ["s = {x for x in y}\n", "set comprehensions", 1, 5],
    ["g = (x for x in y)\n", "generator expressions", 1, 5],
    ["def f(*a):\n    pass\n", "*args parameters", 1, 8],
    ["def f(**k):\n    pass\n", "**kwargs parameters", 1, 9],
    ["def f(a, *, b):\n    pass\n", "keyword-only parameters", 1, 13],
    ["def f(a, /):\n    pass\n", "positional-only parameters", 1, 7],
    ["a, *b = c\n", "starred assignment targets", 1, 4],
    ["x = [*a]\n", "starred expressions", 1, 6],
    ["d = {**a}\n", "dict unpacking (**) in dict literals", 1, 8],
    ["del o.a\n", "attribute deletion (del obj.attr)", 1, 5],
    ["x: int = 1\n", "annotated assignments", 1, 1],
    ["def f(x: int):\n    pass\n", "annotations", 1, 10],
    ["b = b'x'\n", "bytes literals", 1, 5],
    ["c = 2j\n", "complex literals", 1, 5],
    ["from . import x\n", "relative imports", 1, 1],
    ["from m import *\n", "'from ... import *'", 1, 15],
    ["match x:\n    case 1:\n        pass\n", "match statements", 1, 1],
    ["y = (x := 1)\n", "assignment expressions (:=)", 1, 6],
    ["n = 18446744073709551616\n", "integers beyond 64 bits", 1, 5],
    ["n = 9223372036854775808\n", "integers beyond 64 bits", 1, 5],
    ["n = -9223372036854775809\n", "integers beyond 64 bits", 1, 6],
    ["é = 1; class A: pass\n", "class definitions", 1, 8],
    ["def f():\n    x = 1\n    def g():\n        return x\n    del x\n", "deleting a variable captured by a nested function", 5, 9],
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
  | typeof NULL;
class PyList { constructor(public items: V[]) {} }
class PyTuple { constructor(public items: V[]) {} }
class PyDict { map = new Map<string, [V, V]>(); }
class PyCell { constructor(public v: V | undefined) {} }
class PyCode { constructor(public index: number) {} }
class PyClass { constructor(public name: string, public base: PyClass | null) {} }
class PyExc { cause: V = null; constructor(public cls: PyClass, public args: V[]) {} }
class PyBuiltin { constructor(public name: string, public fn: (args: V[], kw: Map<string, V>) => V) {} }
class PyBound { constructor(public self: V, public fn: PyBuiltin) {} }
class PyIter { constructor(public next: () => V | undefined) {} }
class PySlice { constructor(public start: V, public stop: V, public step: V) {} }
class PyModule { constructor(public name: string, public globals: Map<string, V>) {} }
class PyFunc {
  constructor(public code: ImageCode, public defaults: V[], public closure: V[], public globals: Map<string, V>) {}
}
class PyErr extends Error { constructor(public exc: PyExc) { super(`python exception ${exc.cls.name}`); } }

class RefVM {
  out = "";
  handled: V = null;
  readonly classes = new Map<string, PyClass>();
  readonly builtins = new Map<string, V>();
  readonly modules = new Map<string, PyModule>();
  constructor(private readonly info: ImageInfo) {
    const base = new PyClass("BaseException", null);
    const exc = new PyClass("Exception", base);
    this.classes.set("BaseException", base).set("Exception", exc);
    const sub = (name: string, parent: string) => this.classes.set(name, new PyClass(name, this.classes.get(parent) as PyClass));
    for (const n of ["ValueError", "KeyError", "TypeError", "ZeroDivisionError", "RuntimeError", "AssertionError", "NameError", "IndexError", "AttributeError", "ImportError"]) sub(n, "Exception");
    sub("UnboundLocalError", "NameError");
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
    b("type", (a) => (a[0] instanceof PyExc ? a[0].cls : this.raise("TypeError", "type() of a non-exception")));
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
    return true;
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
    for (; c; c = c.base) if (c === of) return true;
    return false;
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
    if (o instanceof PyClass && name === "__name__") return o.name;
    const method = (fn: (self: V, args: V[]) => V) => new PyBound(o, new PyBuiltin(name, (args) => fn(args[0], args.slice(1))));
    if (o instanceof PyList && name === "append") return method((s, a) => { (s as PyList).items.push(a[0]); return null; });
    if (o instanceof PyList && name === "pop") return method((s) => (s as PyList).items.pop() ?? null);
    if (o instanceof PyDict && name === "get") return method((s, a) => (s as PyDict).map.get(this.key(a[0]))?.[1] ?? (a[1] ?? null));
    if (o instanceof PyDict && name === "items") return method((s) => new PyList([...(s as PyDict).map.values()].map(([k, v]) => new PyTuple([k, v]))));
    if (typeof o === "string" && name === "join") return method((s, a) => this.seq(a[0]).map((x) => x as string).join(s as string));
    if (typeof o === "string" && name === "upper") return method((s) => (s as string).toUpperCase());
    return this.raise("AttributeError", name);
  }

  call(f: V, args: V[], kwnames: string[] = []): V {
    const pos = args.slice(0, args.length - kwnames.length);
    const kwv = args.slice(args.length - kwnames.length);
    if (f instanceof PyBound) return this.call(f.fn, [f.self, ...args], kwnames);
    if (f instanceof PyBuiltin) return f.fn(pos, new Map(kwnames.map((k, i) => [k, kwv[i]])));
    if (f instanceof PyClass) return new PyExc(f, pos);
    if (!(f instanceof PyFunc)) return this.raise("TypeError", "not callable");
    const c = f.code;
    const locals: (V | undefined)[] = new Array(c.nlocals).fill(undefined);
    if (pos.length > c.argcount) this.raise("TypeError", "too many arguments");
    pos.forEach((v, i) => (locals[i] = v));
    kwnames.forEach((k, i) => {
      const slot = c.localNames.indexOf(k);
      if (slot < 0 || slot >= c.argcount || locals[slot] !== undefined) this.raise("TypeError", `bad keyword ${k}`);
      locals[slot] = kwv[i];
    });
    const firstDefault = c.argcount - f.defaults.length;
    for (let i = 0; i < c.argcount; i++) {
      if (locals[i] === undefined) {
        if (i < firstDefault) this.raise("TypeError", "missing argument");
        locals[i] = f.defaults[i - firstDefault];
      }
    }
    return this.run(c, locals, f.closure, f.globals);
  }

  importModule(name: string): PyModule {
    const have = this.modules.get(name);
    if (have) return have;
    const m = this.info.modules.find((x) => x.name === name);
    if (!m) return this.raise("ImportError", name);
    const mod = new PyModule(name, new Map([["__name__", name]]));
    this.modules.set(name, mod);
    this.run(this.info.codes[m.code], [], [], mod.globals);
    return mod;
  }

  runMain(): string {
    const main = new PyModule("__main__", new Map([["__name__", "__main__"]]));
    this.modules.set("__main__", main);
    try {
      this.run(this.info.codes[this.info.modules[0].code], [], [], main.globals);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      this.out += `Uncaught ${e.exc.cls.name}: ${this.str(e.exc)}\n`;
    }
    return this.out;
  }

  run(code: ImageCode, locals: (V | undefined)[], closure: V[], globals: Map<string, V>): V {
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
          case "STORE_ATTR": { const o = pop(); const v = pop(); if (!(o instanceof PyModule)) this.raise("AttributeError", strings[arg]); o.globals.set(strings[arg], v); break; }
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
          case "GET_ITER": {
            const o = pop();
            if (o instanceof PyIter) push(o);
            else { const items = [...this.seq(o)]; let i = 0; push(new PyIter(() => (i < items.length ? items[i++] : undefined))); }
            break;
          }
          case "FOR_ITER": {
            const v = (stack[stack.length - 1] as PyIter).next();
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
            if (arg & 2) pop();
            const defs = arg & 1 ? (pop() as PyTuple).items : [];
            push(new PyFunc(this.info.codes[c.index], defs, cl, globals));
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
            if (e instanceof PyClass) e = new PyExc(e, []);
            if (!(e instanceof PyExc)) this.raise("TypeError", "exceptions must derive from BaseException");
            if (arg === 2) e.cause = cause instanceof PyClass ? new PyExc(cause, []) : cause;
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
          case "IMPORT_FROM": { const m = stack[stack.length - 1] as PyModule; push(this.getattr(m, strings[arg])); break; }
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

  test("modules and imports", (t) => {
    const expected = python(MODULE_PROGRAM[0].source, [MODULE_PROGRAM[1]]);
    if (expected === null) return t.skip("python3 not available");
    const info = readImage(compileProgram(MODULE_PROGRAM));
    assert.equal(new RefVM(info).runMain(), expected);
  });
});
