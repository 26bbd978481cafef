// The subset checker: walks the tree once, in source order, and rejects the first construct the
// compiler does not support (or that Python itself rejects but the parser let through) with a
// positioned PySyntaxError naming it. After this pass, scope analysis and code generation may
// assume the tree only contains supported shapes.

import type { Arguments, Comprehension, Expr, Pos, Stmt, Module } from "./ast";
import { PySyntaxError } from "./errors";

/** CPython node type name → how the error message names the construct. */
const UNSUPPORTED_NODES: Record<string, string> = {
  ClassDef: "class definitions",
  AsyncFunctionDef: "async functions",
  AsyncFor: "async for loops",
  With: "with statements",
  AsyncWith: "async with statements",
  Match: "match statements",
  TryStar: "except* (exception groups)",
  TypeAlias: "type aliases",
  AnnAssign: "annotated assignments",
  LazyImport: "lazy imports",
  Yield: "generators (yield)",
  YieldFrom: "generators (yield from)",
  Await: "await expressions",
  NamedExpr: "assignment expressions (:=)",
  Set: "set literals",
  SetComp: "set comprehensions",
  GeneratorExp: "generator expressions",
  TemplateStr: "template strings",
  Interpolation: "template strings",
};

export const I64_MIN = -(1n << 63n);
export const I64_MAX = (1n << 63n) - 1n;

interface Context {
  inFunction: boolean;
  inLoop: boolean;
}

class SubsetChecker {
  constructor(private readonly filename: string) {}

  private unsupported(what: string, pos: Pos): never {
    throw PySyntaxError.unsupported(what, this.filename, pos);
  }

  private invalid(detail: string, pos: Pos): never {
    throw PySyntaxError.at(detail, this.filename, pos);
  }

  module(m: Module): void {
    this.stmts(m.body, { inFunction: false, inLoop: false });
  }

  private stmts(body: Stmt[], ctx: Context): void {
    for (const s of body) this.stmt(s, ctx);
  }

  private stmt(s: Stmt, ctx: Context): void {
    switch (s.kind) {
      case "Other":
        return this.unsupported(UNSUPPORTED_NODES[s.nodeType] ?? `${s.nodeType} statements`, s.pos);
      case "FunctionDef":
        if (s.decorators.length) this.unsupported("decorators", s.decorators[0].pos);
        if (s.typeParams) this.unsupported("type parameters", s.pos);
        this.arguments(s.args, ctx);
        if (s.returns) this.unsupported("annotations", s.returns.pos);
        this.stmts(s.body, { inFunction: true, inLoop: false });
        return;
      case "Return":
        if (!ctx.inFunction) this.invalid("'return' outside function", s.pos);
        if (s.value) this.expr(s.value, ctx);
        return;
      case "Delete":
        for (const t of s.targets) this.delTarget(t, ctx);
        return;
      case "Assign":
        this.expr(s.value, ctx);
        for (const t of s.targets) this.storeTarget(t, ctx);
        return;
      case "AugAssign":
        if (s.target.kind !== "Name" && s.target.kind !== "Attribute" && s.target.kind !== "Subscript") {
          this.invalid("illegal expression for augmented assignment", s.target.pos);
        }
        this.storeTarget(s.target, ctx);
        this.expr(s.value, ctx);
        return;
      case "For":
        this.storeTarget(s.target, ctx);
        this.expr(s.iter, ctx);
        this.stmts(s.body, { ...ctx, inLoop: true });
        this.stmts(s.orelse, ctx);
        return;
      case "While":
        this.expr(s.test, ctx);
        this.stmts(s.body, { ...ctx, inLoop: true });
        this.stmts(s.orelse, ctx);
        return;
      case "If":
        this.expr(s.test, ctx);
        this.stmts(s.body, ctx);
        this.stmts(s.orelse, ctx);
        return;
      case "Raise":
        if (s.exc) this.expr(s.exc, ctx);
        if (s.cause) this.expr(s.cause, ctx);
        return;
      case "Try":
        if (!s.handlers.length && !s.finalbody.length) this.invalid("expected 'except' or 'finally' block", s.pos);
        this.stmts(s.body, ctx);
        s.handlers.forEach((h, i) => {
          if (!h.type && i !== s.handlers.length - 1) this.invalid("default 'except:' must be last", h.pos);
          if (h.type) this.expr(h.type, ctx);
          this.stmts(h.body, ctx);
        });
        this.stmts(s.orelse, ctx);
        this.stmts(s.finalbody, ctx);
        return;
      case "Assert":
        this.expr(s.test, ctx);
        if (s.msg) this.expr(s.msg, ctx);
        return;
      case "Import":
        for (const a of s.names) {
          if (a.name.includes(".") && !a.asname) this.unsupported(`dotted imports without 'as' (import ${a.name})`, a.pos);
        }
        return;
      case "ImportFrom":
        if (s.level > 0 || !s.module) this.unsupported("relative imports", s.pos);
        for (const a of s.names) if (a.name === "*") this.unsupported("'from ... import *'", a.pos);
        return;
      case "Global":
        return;
      case "Nonlocal":
        if (!ctx.inFunction) this.invalid("nonlocal declaration not allowed at module level", s.pos);
        return;
      case "Expr":
        return this.expr(s.value, ctx);
      case "Pass":
        return;
      case "Break":
        if (!ctx.inLoop) this.invalid("'break' outside loop", s.pos);
        return;
      case "Continue":
        if (!ctx.inLoop) this.invalid("'continue' not properly in loop", s.pos);
        return;
    }
  }

  private arguments(a: Arguments, outer: Context): void {
    if (a.posonly.length) this.unsupported("positional-only parameters", a.posonly[0].pos);
    const seen = new Set<string>();
    for (const p of a.args) {
      if (p.annotation) this.unsupported("annotations", p.annotation.pos);
      if (seen.has(p.name)) this.invalid(`duplicate argument '${p.name}' in function definition`, p.pos);
      seen.add(p.name);
    }
    if (a.vararg) this.unsupported("*args parameters", a.vararg.pos);
    if (a.kwonly.length) this.unsupported("keyword-only parameters", a.kwonly[0].pos);
    if (a.kwarg) this.unsupported("**kwargs parameters", a.kwarg.pos);
    for (const d of a.defaults) this.expr(d, outer);
  }

  private storeTarget(t: Expr, ctx: Context): void {
    switch (t.kind) {
      case "Name":
        return;
      case "Attribute":
        return this.expr(t.value, ctx);
      case "Subscript":
        this.expr(t.value, ctx);
        return this.expr(t.slice, ctx);
      case "Tuple":
      case "List":
        for (const e of t.elts) this.storeTarget(e, ctx);
        return;
      case "Starred":
        return this.unsupported("starred assignment targets", t.pos);
      default:
        return this.invalid("cannot assign to expression", t.pos);
    }
  }

  private delTarget(t: Expr, ctx: Context): void {
    switch (t.kind) {
      case "Name":
        return;
      case "Subscript":
        this.expr(t.value, ctx);
        return this.expr(t.slice, ctx);
      case "Tuple":
      case "List":
        for (const e of t.elts) this.delTarget(e, ctx);
        return;
      case "Attribute":
        return this.unsupported("attribute deletion (del obj.attr)", t.pos);
      default:
        return this.invalid("cannot delete expression", t.pos);
    }
  }

  private comprehensions(gens: Comprehension[], ctx: Context): void {
    for (const g of gens) {
      if (g.isAsync) this.unsupported("async comprehensions", g.pos);
      this.expr(g.iter, ctx);
      this.storeTarget(g.target, ctx);
      for (const c of g.ifs) this.expr(c, ctx);
    }
  }

  private expr(e: Expr, ctx: Context): void {
    switch (e.kind) {
      case "Other":
        return this.unsupported(UNSUPPORTED_NODES[e.nodeType] ?? `${e.nodeType} expressions`, e.pos);
      case "Name":
        return;
      case "Const":
        switch (e.value.type) {
          case "bytes":
            return this.unsupported("bytes literals", e.pos);
          case "complex":
            return this.unsupported("complex literals", e.pos);
          case "int":
            if (e.value.value < I64_MIN || e.value.value > I64_MAX) this.unsupported("integers beyond 64 bits", e.pos);
            return;
          case "str":
            if (e.value.namedEscape) this.unsupported("\\N{...} escapes", e.pos);
            return;
          default:
            return;
        }
      case "UnaryOp":
        // `-9223372036854775808` is in range although its operand is not: the code generator folds it.
        if (e.op === "USub" && e.operand.kind === "Const" && e.operand.value.type === "int") {
          const v = -e.operand.value.value;
          if (v < I64_MIN || v > I64_MAX) this.unsupported("integers beyond 64 bits", e.operand.pos);
          return;
        }
        return this.expr(e.operand, ctx);
      case "BinOp":
        this.expr(e.left, ctx);
        return this.expr(e.right, ctx);
      case "BoolOp":
        for (const v of e.values) this.expr(v, ctx);
        return;
      case "Compare":
        this.expr(e.left, ctx);
        for (const c of e.comparators) this.expr(c, ctx);
        return;
      case "Call": {
        this.expr(e.func, ctx);
        for (const a of e.args) {
          if (a.kind === "Starred") this.unsupported("starred call arguments", a.pos);
          this.expr(a, ctx);
        }
        const names = new Set<string>();
        for (const k of e.keywords) {
          if (k.name === null) this.unsupported("'**' call arguments", k.pos);
          if (names.has(k.name)) this.invalid(`keyword argument repeated: ${k.name}`, k.pos);
          names.add(k.name);
          this.expr(k.value, ctx);
        }
        return;
      }
      case "Attribute":
        return this.expr(e.value, ctx);
      case "Subscript":
        this.expr(e.value, ctx);
        return this.expr(e.slice, ctx);
      case "Slice":
        if (e.lower) this.expr(e.lower, ctx);
        if (e.upper) this.expr(e.upper, ctx);
        if (e.step) this.expr(e.step, ctx);
        return;
      case "Tuple":
      case "List":
        for (const x of e.elts) this.expr(x, ctx);
        return;
      case "Dict":
        e.keys.forEach((k, i) => {
          if (k === null) this.unsupported("dict unpacking (**) in dict literals", e.values[i].pos);
          this.expr(k, ctx);
          this.expr(e.values[i], ctx);
        });
        return;
      case "IfExp":
        this.expr(e.test, ctx);
        this.expr(e.body, ctx);
        return this.expr(e.orelse, ctx);
      case "Lambda":
        this.arguments(e.args, ctx);
        return this.expr(e.body, { inFunction: true, inLoop: false });
      case "ListComp":
        this.comprehensions(e.generators, ctx);
        return this.expr(e.elt, ctx);
      case "DictComp":
        this.comprehensions(e.generators, ctx);
        this.expr(e.key, ctx);
        return this.expr(e.value, ctx);
      case "JoinedStr":
        for (const v of e.values) this.expr(v, ctx);
        return;
      case "FormattedValue":
        this.expr(e.value, ctx);
        if (e.spec) this.expr(e.spec, ctx);
        return;
      case "Starred":
        return this.unsupported("starred expressions", e.pos);
    }
  }
}

/** Throws a PySyntaxError for the first unsupported or invalid construct in `m`. */
export function checkSubset(m: Module, filename: string): void {
  new SubsetChecker(filename).module(m);
}
