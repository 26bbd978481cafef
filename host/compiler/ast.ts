// Our own minimal syntax tree, and the adapter that builds it from py-ast.
//
// This is the ONLY file that imports py-ast: swap the parser by rewriting `parseModule`.
// The tree mirrors CPython's `ast` module for the constructs the compiler understands; anything
// else becomes an `Other` node carrying CPython's node type name, which the subset checker
// rejects with a positioned SyntaxError. Positions are 1-based lines and 1-based *character*
// columns (py-ast reports 0-based UTF-8 byte offsets, like CPython's ast).

import { parse as pyParse } from "py-ast";
import { PySyntaxError } from "./errors";

export interface Pos {
  line: number;
  col: number;
}

export type ConstValue =
  | { type: "None" }
  | { type: "bool"; value: boolean }
  | { type: "int"; value: bigint }
  | { type: "float"; value: number }
  | { type: "str"; value: string; namedEscape?: boolean }
  | { type: "Ellipsis" }
  | { type: "bytes"; value: string; nonAscii: boolean } // value: one char per byte (0..255)
  | { type: "complex" };

export type BinOpName =
  | "Add" | "Sub" | "Mult" | "Div" | "FloorDiv" | "Mod" | "Pow"
  | "LShift" | "RShift" | "BitAnd" | "BitOr" | "BitXor" | "MatMult";
export type UnaryOpName = "USub" | "UAdd" | "Not" | "Invert";
export type CmpOpName = "Lt" | "LtE" | "Eq" | "NotEq" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

export interface Arg {
  name: string;
  pos: Pos;
  annotation: Expr | null;
}
export interface Arguments {
  posonly: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonly: Arg[];
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Keyword {
  name: string | null; // null: `**mapping`
  value: Expr;
  pos: Pos;
}
export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
  pos: Pos;
}
export interface Alias {
  name: string;
  asname: string | null;
  pos: Pos;
}
export interface ExceptHandler {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
  pos: Pos;
}

export type Expr =
  | { kind: "Name"; pos: Pos; id: string }
  | { kind: "Const"; pos: Pos; value: ConstValue }
  | { kind: "BinOp"; pos: Pos; op: BinOpName; left: Expr; right: Expr }
  | { kind: "UnaryOp"; pos: Pos; op: UnaryOpName; operand: Expr }
  | { kind: "BoolOp"; pos: Pos; op: "And" | "Or"; values: Expr[] }
  | { kind: "Compare"; pos: Pos; left: Expr; ops: CmpOpName[]; comparators: Expr[] }
  | { kind: "Call"; pos: Pos; func: Expr; args: Expr[]; keywords: Keyword[] }
  | { kind: "Attribute"; pos: Pos; value: Expr; attr: string }
  | { kind: "Subscript"; pos: Pos; value: Expr; slice: Expr }
  | { kind: "Slice"; pos: Pos; lower: Expr | null; upper: Expr | null; step: Expr | null }
  | { kind: "Tuple"; pos: Pos; elts: Expr[] }
  | { kind: "List"; pos: Pos; elts: Expr[] }
  | { kind: "Dict"; pos: Pos; keys: (Expr | null)[]; values: Expr[] }
  | { kind: "IfExp"; pos: Pos; test: Expr; body: Expr; orelse: Expr }
  | { kind: "Lambda"; pos: Pos; args: Arguments; body: Expr }
  | { kind: "ListComp"; pos: Pos; elt: Expr; generators: Comprehension[] }
  | { kind: "DictComp"; pos: Pos; key: Expr; value: Expr; generators: Comprehension[] }
  | { kind: "JoinedStr"; pos: Pos; values: Expr[] }
  | { kind: "FormattedValue"; pos: Pos; value: Expr; conversion: number; spec: Expr | null }
  | { kind: "Starred"; pos: Pos; value: Expr }
  | { kind: "Set"; pos: Pos; elts: Expr[] }
  | { kind: "SetComp"; pos: Pos; elt: Expr; generators: Comprehension[] }
  | { kind: "GeneratorExp"; pos: Pos; elt: Expr; generators: Comprehension[] }
  | { kind: "Yield"; pos: Pos; value: Expr | null }
  | { kind: "YieldFrom"; pos: Pos; value: Expr }
  | { kind: "NamedExpr"; pos: Pos; target: Expr; value: Expr }
  | { kind: "Other"; pos: Pos; nodeType: string };

export interface WithItem {
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export type Stmt =
  | {
      kind: "FunctionDef"; pos: Pos; name: string; args: Arguments; body: Stmt[];
      decorators: Expr[]; returns: Expr | null; typeParams: number;
    }
  | {
      kind: "ClassDef"; pos: Pos; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[];
      decorators: Expr[]; typeParams: number;
    }
  | { kind: "With"; pos: Pos; items: WithItem[]; body: Stmt[] }
  | { kind: "AnnAssign"; pos: Pos; target: Expr; value: Expr | null; simple: boolean }
  | { kind: "Return"; pos: Pos; value: Expr | null }
  | { kind: "Delete"; pos: Pos; targets: Expr[] }
  | { kind: "Assign"; pos: Pos; targets: Expr[]; value: Expr }
  | { kind: "AugAssign"; pos: Pos; target: Expr; op: BinOpName; value: Expr }
  | { kind: "For"; pos: Pos; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
  | { kind: "While"; pos: Pos; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { kind: "If"; pos: Pos; test: Expr; body: Stmt[]; orelse: Stmt[] }
  | { kind: "Raise"; pos: Pos; exc: Expr | null; cause: Expr | null }
  | { kind: "Try"; pos: Pos; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
  | { kind: "Assert"; pos: Pos; test: Expr; msg: Expr | null }
  | { kind: "Import"; pos: Pos; names: Alias[] }
  | { kind: "ImportFrom"; pos: Pos; module: string | null; names: Alias[]; level: number }
  | { kind: "Global"; pos: Pos; names: string[] }
  | { kind: "Nonlocal"; pos: Pos; names: string[] }
  | { kind: "Expr"; pos: Pos; value: Expr }
  | { kind: "Pass"; pos: Pos }
  | { kind: "Break"; pos: Pos }
  | { kind: "Continue"; pos: Pos }
  | { kind: "Other"; pos: Pos; nodeType: string };

export interface Module {
  body: Stmt[];
}

/** Maps py-ast's (line, UTF-8 byte offset) positions onto our (line, character column). */
class SourceText {
  private readonly lines: string[];
  private readonly ascii: boolean[];
  constructor(source: string) {
    this.lines = source.split("\n");
    this.ascii = this.lines.map((l) => /^[\x00-\x7f]*$/.test(l));
  }
  lineText(line: number): string {
    return this.lines[line - 1] ?? "";
  }
  /** 0-based character index of a 0-based byte offset on a 1-based line. */
  charIndex(line: number, byteCol: number): number {
    const text = this.lineText(line);
    if (this.ascii[line - 1] !== false) return byteCol;
    return Buffer.from(text, "utf8").subarray(0, byteCol).toString("utf8").length;
  }
  pos(node: { lineno?: number; col_offset?: number } | undefined, fallback: Pos): Pos {
    if (!node || typeof node.lineno !== "number" || node.lineno < 1) return fallback;
    const col = typeof node.col_offset === "number" && node.col_offset >= 0 ? node.col_offset : 0;
    return { line: node.lineno, col: this.charIndex(node.lineno, col) + 1 };
  }
  /** The rest of the line from a position (for re-reading literals). */
  textAt(pos: Pos): string {
    return this.lineText(pos.line).slice(pos.col - 1);
  }
}

const BIN_OPS = new Set(["Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift", "BitAnd", "BitOr", "BitXor", "MatMult"]);
const CMP_OPS = new Set(["Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"]);
const UNARY_OPS = new Set(["USub", "UAdd", "Not", "Invert"]);

// Python numeric literal shapes, to re-read a literal's exact text (py-ast turns `1.0` into the
// JS number 1 and `1e400` into null, so its value alone cannot tell int from float).
const NUM_PREFIXED = /^0(?:[xX](?:_?[0-9a-fA-F])+|[oO](?:_?[0-7])+|[bB](?:_?[01])+)/;
const NUM_DECIMAL = /^(?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?/;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

class Adapter {
  constructor(private readonly src: SourceText, private readonly filename: string) {}

  private pos(n: Raw, fallback: Pos): Pos {
    return this.src.pos(n, fallback);
  }

  module(m: Raw): Module {
    return { body: this.stmts(m.body, { line: 1, col: 1 }) };
  }

  private stmts(list: Raw[] | undefined, fallback: Pos): Stmt[] {
    const out: Stmt[] = [];
    for (const s of list ?? []) {
      if (!s || s.nodeType === "Comment") continue;
      out.push(this.stmt(s, fallback));
    }
    return out;
  }

  private exprs(list: Raw[] | undefined, fallback: Pos): Expr[] {
    return (list ?? []).map((e) => this.expr(e, fallback));
  }

  private optExpr(e: Raw, fallback: Pos): Expr | null {
    return e === undefined || e === null ? null : this.expr(e, fallback);
  }

  private arg(a: Raw, fallback: Pos): Arg {
    const pos = this.pos(a, fallback);
    return { name: String(a.arg), pos, annotation: this.optExpr(a.annotation, pos) };
  }

  private args(a: Raw, fallback: Pos): Arguments {
    return {
      posonly: (a?.posonlyargs ?? []).map((x: Raw) => this.arg(x, fallback)),
      args: (a?.args ?? []).map((x: Raw) => this.arg(x, fallback)),
      vararg: a?.vararg ? this.arg(a.vararg, fallback) : null,
      kwonly: (a?.kwonlyargs ?? []).map((x: Raw) => this.arg(x, fallback)),
      kwDefaults: (a?.kw_defaults ?? []).map((x: Raw) => this.optExpr(x, fallback)),
      kwarg: a?.kwarg ? this.arg(a.kwarg, fallback) : null,
      defaults: this.exprs(a?.defaults, fallback),
    };
  }

  private stmt(s: Raw, fallback: Pos): Stmt {
    const pos = this.pos(s, fallback);
    switch (s.nodeType) {
      case "FunctionDef":
        return {
          kind: "FunctionDef", pos, name: String(s.name), args: this.args(s.args, pos),
          body: this.stmts(s.body, pos), decorators: this.exprs(s.decorator_list, pos),
          returns: this.optExpr(s.returns, pos), typeParams: (s.type_params ?? []).length,
        };
      case "ClassDef":
        return {
          kind: "ClassDef", pos, name: String(s.name), bases: this.exprs(s.bases, pos),
          keywords: this.keywords(s.keywords, pos), body: this.stmts(s.body, pos),
          decorators: this.exprs(s.decorator_list, pos), typeParams: (s.type_params ?? []).length,
        };
      case "With":
        return {
          kind: "With", pos, body: this.stmts(s.body, pos),
          items: (s.items ?? []).map((it: Raw) => ({
            contextExpr: this.expr(it.context_expr, pos),
            optionalVars: this.optExpr(it.optional_vars, pos),
          })),
        };
      case "AnnAssign":
        return {
          kind: "AnnAssign", pos, target: this.expr(s.target, pos), value: this.optExpr(s.value, pos),
          simple: !!s.simple && s.target?.nodeType === "Name",
        };
      case "Return":
        return { kind: "Return", pos, value: this.optExpr(s.value, pos) };
      case "Delete":
        return { kind: "Delete", pos, targets: this.exprs(s.targets, pos) };
      case "Assign":
        return { kind: "Assign", pos, targets: this.exprs(s.targets, pos), value: this.expr(s.value, pos) };
      case "AugAssign": {
        const op = s.op?.nodeType;
        if (!BIN_OPS.has(op)) return { kind: "Other", pos, nodeType: "AugAssign" };
        return { kind: "AugAssign", pos, target: this.expr(s.target, pos), op, value: this.expr(s.value, pos) };
      }
      case "For":
        return {
          kind: "For", pos, target: this.expr(s.target, pos), iter: this.expr(s.iter, pos),
          body: this.stmts(s.body, pos), orelse: this.stmts(s.orelse, pos),
        };
      case "While":
        return { kind: "While", pos, test: this.expr(s.test, pos), body: this.stmts(s.body, pos), orelse: this.stmts(s.orelse, pos) };
      case "If":
        return { kind: "If", pos, test: this.expr(s.test, pos), body: this.stmts(s.body, pos), orelse: this.stmts(s.orelse, pos) };
      case "Raise":
        return { kind: "Raise", pos, exc: this.optExpr(s.exc, pos), cause: this.optExpr(s.cause, pos) };
      case "Try":
        return {
          kind: "Try", pos, body: this.stmts(s.body, pos),
          handlers: (s.handlers ?? []).map((h: Raw) => {
            const hp = this.pos(h, pos);
            return { type: this.optExpr(h.type, hp), name: h.name ? String(h.name) : null, body: this.stmts(h.body, hp), pos: hp };
          }),
          orelse: this.stmts(s.orelse, pos), finalbody: this.stmts(s.finalbody, pos),
        };
      case "Assert":
        return { kind: "Assert", pos, test: this.expr(s.test, pos), msg: this.optExpr(s.msg, pos) };
      case "Import":
        if (s.is_lazy) return { kind: "Other", pos, nodeType: "LazyImport" };
        return { kind: "Import", pos, names: (s.names ?? []).map((a: Raw) => this.alias(a, pos)) };
      case "ImportFrom":
        if (s.is_lazy) return { kind: "Other", pos, nodeType: "LazyImport" };
        return {
          kind: "ImportFrom", pos, module: s.module ? String(s.module) : null,
          names: (s.names ?? []).map((a: Raw) => this.alias(a, pos)), level: s.level ?? 0,
        };
      case "Global":
        return { kind: "Global", pos, names: (s.names ?? []).map(String) };
      case "Nonlocal":
        return { kind: "Nonlocal", pos, names: (s.names ?? []).map(String) };
      case "Expr":
        return { kind: "Expr", pos, value: this.expr(s.value, pos) };
      case "Pass":
        return { kind: "Pass", pos };
      case "Break":
        return { kind: "Break", pos };
      case "Continue":
        return { kind: "Continue", pos };
      default:
        return { kind: "Other", pos, nodeType: String(s.nodeType) };
    }
  }

  private keywords(list: Raw[] | undefined, pos: Pos): Keyword[] {
    return (list ?? []).map((k: Raw) => {
      const kp = this.pos(k, pos);
      return { name: k.arg === undefined || k.arg === null ? null : String(k.arg), value: this.expr(k.value, kp), pos: kp };
    });
  }

  private alias(a: Raw, fallback: Pos): Alias {
    return { name: String(a.name), asname: a.asname ? String(a.asname) : null, pos: this.pos(a, fallback) };
  }

  private comprehension(g: Raw, fallback: Pos): Comprehension {
    const pos = this.pos(g, this.pos(g.target, fallback));
    return {
      target: this.expr(g.target, pos), iter: this.expr(g.iter, pos),
      ifs: this.exprs(g.ifs, pos), isAsync: !!g.is_async, pos,
    };
  }

  expr(e: Raw, fallback: Pos): Expr {
    const pos = this.pos(e, fallback);
    switch (e?.nodeType) {
      case "Name":
        return { kind: "Name", pos, id: String(e.id) };
      case "Constant":
        return { kind: "Const", pos, value: this.constant(e, pos) };
      case "BinOp": {
        const op = e.op?.nodeType;
        if (!BIN_OPS.has(op)) return { kind: "Other", pos, nodeType: "BinOp" };
        return { kind: "BinOp", pos, op, left: this.expr(e.left, pos), right: this.expr(e.right, pos) };
      }
      case "UnaryOp": {
        const op = e.op?.nodeType;
        if (!UNARY_OPS.has(op)) return { kind: "Other", pos, nodeType: "UnaryOp" };
        return { kind: "UnaryOp", pos, op, operand: this.expr(e.operand, pos) };
      }
      case "BoolOp":
        return { kind: "BoolOp", pos, op: e.op?.nodeType === "Or" ? "Or" : "And", values: this.exprs(e.values, pos) };
      case "Compare": {
        const ops = (e.ops ?? []).map((o: Raw) => o?.nodeType);
        if (!ops.every((o: string) => CMP_OPS.has(o))) return { kind: "Other", pos, nodeType: "Compare" };
        return { kind: "Compare", pos, left: this.expr(e.left, pos), ops, comparators: this.exprs(e.comparators, pos) };
      }
      case "Call":
        return {
          kind: "Call", pos, func: this.expr(e.func, pos), args: this.exprs(e.args, pos),
          keywords: this.keywords(e.keywords, pos),
        };
      case "Attribute":
        return { kind: "Attribute", pos, value: this.expr(e.value, pos), attr: String(e.attr) };
      case "Subscript":
        return { kind: "Subscript", pos, value: this.expr(e.value, pos), slice: this.expr(e.slice, pos) };
      case "Slice":
        return { kind: "Slice", pos, lower: this.optExpr(e.lower, pos), upper: this.optExpr(e.upper, pos), step: this.optExpr(e.step, pos) };
      case "Tuple":
        return { kind: "Tuple", pos, elts: this.exprs(e.elts, pos) };
      case "List":
        return { kind: "List", pos, elts: this.exprs(e.elts, pos) };
      case "Dict":
        return {
          kind: "Dict", pos, keys: (e.keys ?? []).map((k: Raw) => this.optExpr(k, pos)), values: this.exprs(e.values, pos),
        };
      case "IfExp":
        return { kind: "IfExp", pos, test: this.expr(e.test, pos), body: this.expr(e.body, pos), orelse: this.expr(e.orelse, pos) };
      case "Lambda":
        return { kind: "Lambda", pos, args: this.args(e.args, pos), body: this.expr(e.body, pos) };
      case "ListComp":
        return { kind: "ListComp", pos, elt: this.expr(e.elt, pos), generators: (e.generators ?? []).map((g: Raw) => this.comprehension(g, pos)) };
      case "DictComp":
        return {
          kind: "DictComp", pos, key: this.expr(e.key, pos), value: this.expr(e.value, pos),
          generators: (e.generators ?? []).map((g: Raw) => this.comprehension(g, pos)),
        };
      case "JoinedStr":
        return { kind: "JoinedStr", pos, values: (e.values ?? []).map((v: Raw) => this.fstringPart(v, pos)) };
      case "FormattedValue":
        return this.fstringPart(e, fallback);
      case "Starred":
        return { kind: "Starred", pos, value: this.expr(e.value, pos) };
      case "Set":
        return { kind: "Set", pos, elts: this.exprs(e.elts, pos) };
      case "SetComp":
      case "GeneratorExp":
        return { kind: e.nodeType, pos, elt: this.expr(e.elt, pos), generators: (e.generators ?? []).map((g: Raw) => this.comprehension(g, pos)) };
      case "Yield":
        return { kind: "Yield", pos, value: this.optExpr(e.value, pos) };
      case "YieldFrom":
        return { kind: "YieldFrom", pos, value: this.expr(e.value, pos) };
      case "NamedExpr":
        return { kind: "NamedExpr", pos, target: this.expr(e.target, pos), value: this.expr(e.value, pos) };
      default:
        return { kind: "Other", pos, nodeType: String(e?.nodeType) };
    }
  }

  /** A piece of an f-string: a literal chunk (always a str) or a replacement field. */
  private fstringPart(v: Raw, fallback: Pos): Expr {
    const pos = this.pos(v, fallback);
    if (v?.nodeType === "Constant") return { kind: "Const", pos, value: { type: "str", value: String(v.value) } };
    if (v?.nodeType === "FormattedValue") {
      const spec = v.format_spec ? this.expr(v.format_spec, pos) : null;
      return { kind: "FormattedValue", pos, value: this.expr(v.value, pos), conversion: v.conversion ?? -1, spec };
    }
    return this.expr(v, fallback);
  }

  /** A literal's source text (to the end of its first line if it spans several). */
  private literalText(e: Raw, pos: Pos): string {
    const text = this.src.textAt(pos);
    if (e.end_lineno !== pos.line || typeof e.end_col_offset !== "number") return text;
    return text.slice(0, this.src.charIndex(pos.line, e.end_col_offset) + 1 - pos.col);
  }

  private constant(e: Raw, pos: Pos): ConstValue {
    const v = e.value;
    const text = this.src.textAt(pos);
    if (typeof v === "string") {
      if (text.startsWith("...") && e.quote_style === undefined) return { type: "Ellipsis" };
      const q = String(e.quote_style ?? "");
      if (/[bB]/.test(q)) return { type: "bytes", value: v, nonAscii: /[^\x00-\x7f]/.test(this.literalText(e, pos)) };
      const raw = /[rR]/.test(q);
      return { type: "str", value: v, namedEscape: !raw && v.includes("\\N{") };
    }
    if (typeof v === "boolean") return { type: "bool", value: v };
    if (/^(?:\d|\.\d)/.test(text)) {
      const c = this.numberFromText(text, pos);
      if (c) return c;
    }
    if (v === null || v === undefined) return { type: "None" };
    if (typeof v === "bigint") return { type: "int", value: v };
    if (typeof v === "number") return Number.isInteger(v) ? { type: "int", value: BigInt(v) } : { type: "float", value: v };
    if (typeof v === "object" && "imag" in v) return { type: "complex" };
    return { type: "None" };
  }

  private numberFromText(text: string, pos: Pos): ConstValue | null {
    const pre = NUM_PREFIXED.exec(text);
    if (pre) return { type: "int", value: BigInt(pre[0].replace(/_/g, "")) };
    const m = NUM_DECIMAL.exec(text);
    if (!m || m[0] === "") return null;
    const lit = m[0].replace(/_/g, "");
    if (/[jJ]$/.test(lit)) return { type: "complex" };
    if (/[.eE]/.test(lit)) return { type: "float", value: Number(lit) };
    if (/^0+[1-9]/.test(lit)) {
      throw PySyntaxError.at(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        this.filename, pos);
    }
    return { type: "int", value: BigInt(lit) };
  }
}

/** py-ast reports errors as "<message> at line L[, column C]" (C 0-based). */
function adaptParseError(err: unknown, filename: string, src: SourceText): PySyntaxError {
  const raw = err instanceof Error ? err.message : String(err);
  const m = /\s*at line (\d+)(?:, column (\d+))?\s*$/.exec(raw);
  let message = raw;
  let line = 1;
  let col = 1;
  const e = err as Raw;
  if (m) {
    message = raw.slice(0, m.index);
    line = Number(m[1]);
    col = m[2] !== undefined ? Number(m[2]) + 1 : 1;
  } else if (e && typeof e.lineno === "number") {
    line = e.lineno;
    col = typeof e.col_offset === "number" ? src.charIndex(line, e.col_offset) + 1 : 1;
  }
  message = message.trim() || "invalid syntax";
  return new PySyntaxError(message, filename, line, col);
}

/** Parses a whole module into our tree, or throws a positioned PySyntaxError. */
export function parseModule(source: string, filename: string): Module {
  // Universal newlines; a form feed in leading whitespace resets the indentation (CPython's
  // tokenizer) — py-ast rejects it, so drop it and whatever preceded it.
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/^[ \t\f]*\f/gm, "");
  const src = new SourceText(text);
  let raw: Raw;
  try {
    raw = pyParse(text, { filename });
  } catch (err) {
    throw adaptParseError(err, filename, src);
  }
  return new Adapter(src, filename).module(raw);
}
