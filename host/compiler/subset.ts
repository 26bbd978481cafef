// The subset checker: walks the tree once, in source order, and rejects the first construct the
// compiler does not support (or that Python itself rejects but the parser let through) with a
// positioned PySyntaxError naming it. After this pass, scope analysis and code generation may
// assume the tree only contains supported shapes.

import type { Arguments, Comprehension, Expr, Pos, Stmt, Module } from "./ast";
import { PySyntaxError } from "./errors";

/** CPython node type name → how the error message names the construct. */
const UNSUPPORTED_NODES: Record<string, string> = {
  AsyncFunctionDef: "async functions",
  AsyncFor: "async for loops",
  AsyncWith: "async with statements",
  Match: "match statements",
  TryStar: "except* (exception groups)",
  TypeAlias: "type aliases",
  LazyImport: "lazy imports",
  Await: "await expressions",
  TemplateStr: "template strings",
  Interpolation: "template strings",
};

interface Context {
  /** The innermost function-like scope kind that `return`/`yield` belong to. */
  scope: "module" | "class" | "function";
  /** Inside a comprehension / generator expression body: its CPython name, for `yield` errors. */
  comp: string | null;
  inLoop: boolean;
}

const COMP_NAMES: Record<string, string> = {
  ListComp: "list comprehension",
  SetComp: "set comprehension",
  DictComp: "dict comprehension",
  GeneratorExp: "generator expression",
};

/** The features `from __future__ import` names in CPython 3 (all mandatory by 3.7 but annotations). */
const FUTURE_FEATURES = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "generator_stop", "annotations",
]);

/** Largest `before` / `after` counts UNPACK_EX can encode (arg = before | after << 8, 24 bits). */
const UNPACK_EX_BEFORE_MAX = 0xff;
const UNPACK_EX_AFTER_MAX = 0xffff;

class SubsetChecker {
  constructor(private readonly filename: string) {}

  private unsupported(what: string, pos: Pos): never {
    throw PySyntaxError.unsupported(what, this.filename, pos);
  }

  private invalid(detail: string, pos: Pos): never {
    throw PySyntaxError.at(detail, this.filename, pos);
  }

  /** Still at the top of the module: only a docstring and future imports came before. */
  private futureAllowed = true;

  module(m: Module): void {
    const ctx: Context = { scope: "module", comp: null, inLoop: false };
    m.body.forEach((s, i) => {
      const docstring = i === 0 && s.kind === "Expr" && s.value.kind === "Const" && s.value.value.type === "str";
      const future = s.kind === "ImportFrom" && s.module === "__future__" && s.level === 0;
      if (!docstring && !future) this.futureAllowed = false;
      this.stmt(s, ctx);
    });
  }

  private stmts(body: Stmt[], ctx: Context): void {
    for (const s of body) this.stmt(s, ctx);
  }

  private stmt(s: Stmt, ctx: Context): void {
    switch (s.kind) {
      case "Other":
        return this.unsupported(UNSUPPORTED_NODES[s.nodeType] ?? `${s.nodeType} statements`, s.pos);
      case "FunctionDef":
        for (const d of s.decorators) this.expr(d, ctx);
        if (s.typeParams) this.unsupported("type parameters", s.pos);
        this.arguments(s.args, ctx);
        // annotations (parameters, return) are never evaluated, so they are not checked
        this.stmts(s.body, { scope: "function", comp: null, inLoop: false });
        return;
      case "ClassDef":
        for (const d of s.decorators) this.expr(d, ctx);
        if (s.typeParams) this.unsupported("type parameters", s.pos);
        for (const b of s.bases) this.element(b, ctx);
        for (const k of s.keywords) {
          if (k.name === "metaclass") this.expr(k.value, ctx);
          else this.unsupported("class keyword arguments", k.pos);
        }
        this.stmts(s.body, { scope: "class", comp: null, inLoop: false });
        return;
      case "With":
        for (const it of s.items) {
          this.expr(it.contextExpr, ctx);
          if (it.optionalVars) this.storeTarget(it.optionalVars, ctx, true);
        }
        this.stmts(s.body, ctx);
        return;
      case "Return":
        if (ctx.scope !== "function") this.invalid("'return' outside function", s.pos);
        if (s.value) this.expr(s.value, ctx);
        return;
      case "Delete":
        for (const t of s.targets) this.delTarget(t, ctx);
        return;
      case "Assign":
        this.expr(s.value, ctx);
        for (const t of s.targets) this.storeTarget(t, ctx, true);
        return;
      case "AnnAssign":
        if (s.target.kind !== "Name" && s.target.kind !== "Attribute" && s.target.kind !== "Subscript") {
          this.invalid("illegal target for annotation", s.target.pos);
        }
        if (s.value) this.expr(s.value, ctx);
        this.storeTarget(s.target, ctx, true);
        return;
      case "AugAssign":
        if (s.target.kind !== "Name" && s.target.kind !== "Attribute" && s.target.kind !== "Subscript") {
          this.invalid("illegal expression for augmented assignment", s.target.pos);
        }
        this.storeTarget(s.target, ctx, true);
        this.expr(s.value, ctx);
        return;
      case "For":
        this.storeTarget(s.target, ctx, true);
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
        return;
      case "ImportFrom":
        if (s.module === "__future__" && s.level === 0) this.future(s.names, s.pos, ctx);
        for (const a of s.names) {
          if (a.name !== "*") continue;
          if (ctx.scope === "function") this.invalid("import * only allowed at module level", s.pos);
          // a class body's namespace is not a module: import_star (lib/_prelude.py) sets module attributes
          if (ctx.scope === "class") this.unsupported("'from ... import *' in a class body", s.pos);
        }
        return;
      case "Global":
        return;
      case "Nonlocal":
        if (ctx.scope === "module") this.invalid("nonlocal declaration not allowed at module level", s.pos);
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

  /** `from __future__ import …`: a feature CPython 3 knows (they change nothing here: 3.x semantics
   * are the only ones), only at the top of a module, as CPython's future.c requires. */
  private future(names: { name: string; pos: Pos }[], pos: Pos, ctx: Context): void {
    for (const a of names) {
      if (a.name === "braces") this.invalid("not a chance", pos);
      if (a.name === "barry_as_FLUFL") this.unsupported("'from __future__ import barry_as_FLUFL'", pos);
      if (!FUTURE_FEATURES.has(a.name)) this.invalid(`future feature ${a.name} is not defined`, pos);
    }
    if (ctx.scope !== "module" || !this.futureAllowed) {
      this.invalid("from __future__ imports must occur at the beginning of the file", pos);
    }
  }

  private arguments(a: Arguments, outer: Context): void {
    const seen = new Set<string>();
    const all = [...a.posonly, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonly, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) {
      if (seen.has(p.name)) this.invalid(`duplicate argument '${p.name}' in function definition`, p.pos);
      seen.add(p.name);
    }
    for (const d of a.defaults) this.expr(d, outer);
    for (const d of a.kwDefaults) if (d) this.expr(d, outer);
  }

  /** An assignment target. `top`: a bare `*x` here is an error (it must sit in a tuple/list). */
  private storeTarget(t: Expr, ctx: Context, top: boolean): void {
    switch (t.kind) {
      case "Name":
        return;
      case "Attribute":
        return this.expr(t.value, ctx);
      case "Subscript":
        this.expr(t.value, ctx);
        return this.expr(t.slice, ctx);
      case "Tuple":
      case "List": {
        const stars = t.elts.filter((e) => e.kind === "Starred");
        if (stars.length > 1) this.invalid("multiple starred expressions in assignment", stars[1].pos);
        if (stars.length) {
          const before = t.elts.findIndex((e) => e.kind === "Starred");
          const after = t.elts.length - before - 1;
          if (before > UNPACK_EX_BEFORE_MAX || after > UNPACK_EX_AFTER_MAX) {
            this.invalid("too many expressions in star-unpacking assignment", t.pos);
          }
        }
        for (const e of t.elts) this.storeTarget(e, ctx, false);
        return;
      }
      case "Starred":
        if (top) this.invalid("starred assignment target must be in a list or tuple", t.pos);
        return this.storeTarget(t.value, ctx, true);
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
      case "Attribute":
        return this.expr(t.value, ctx);
      case "Tuple":
      case "List":
        for (const e of t.elts) this.delTarget(e, ctx);
        return;
      case "Starred":
        return this.invalid("cannot delete starred", t.pos);
      default:
        return this.invalid("cannot delete expression", t.pos);
    }
  }

  /** The outermost iterable is evaluated in the enclosing scope; the rest inside the comprehension. */
  private comprehensions(gens: Comprehension[], parts: Expr[], name: string, ctx: Context): void {
    const inner: Context = { scope: "function", comp: name, inLoop: false };
    gens.forEach((g, i) => {
      if (g.isAsync) this.unsupported("async comprehensions", g.pos);
      this.expr(g.iter, i === 0 ? ctx : inner);
      this.storeTarget(g.target, inner, true);
      for (const c of g.ifs) this.expr(c, inner);
    });
    for (const p of parts) this.expr(p, inner);
  }

  /** An element of a display, a call's positional arguments or a class's bases: `*x` allowed. */
  private element(e: Expr, ctx: Context): void {
    if (e.kind === "Starred") return this.expr(e.value, ctx);
    return this.expr(e, ctx);
  }

  private yieldAllowed(e: Expr, ctx: Context): void {
    if (ctx.comp) this.invalid(`'yield' inside ${ctx.comp}`, e.pos);
    if (ctx.scope !== "function") this.invalid("'yield' outside function", e.pos);
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
            if (e.value.nonAscii) this.invalid("bytes can only contain ASCII literal characters", e.pos);
            return;
          case "complex":
            return this.unsupported("complex literals", e.pos);
          case "str":
            if (e.value.namedEscape) this.unsupported("\\N{...} escapes", e.pos);
            return;
          default:
            return;
        }
      case "UnaryOp":
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
        for (const a of e.args) this.element(a, ctx);
        const names = new Set<string>();
        for (const k of e.keywords) {
          if (k.name !== null) {
            if (names.has(k.name)) this.invalid(`keyword argument repeated: ${k.name}`, k.pos);
            names.add(k.name);
          }
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
      case "Set":
        for (const x of e.elts) this.element(x, ctx);
        return;
      case "Dict":
        e.keys.forEach((k, i) => {
          if (k) this.expr(k, ctx);
          this.expr(e.values[i], ctx);
        });
        return;
      case "IfExp":
        this.expr(e.test, ctx);
        this.expr(e.body, ctx);
        return this.expr(e.orelse, ctx);
      case "Lambda":
        this.arguments(e.args, ctx);
        return this.expr(e.body, { scope: "function", comp: null, inLoop: false });
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        return this.comprehensions(e.generators, [e.elt], COMP_NAMES[e.kind], ctx);
      case "DictComp":
        return this.comprehensions(e.generators, [e.key, e.value], COMP_NAMES[e.kind], ctx);
      case "JoinedStr":
        for (const v of e.values) this.expr(v, ctx);
        return;
      case "FormattedValue":
        this.expr(e.value, ctx);
        if (e.spec) this.expr(e.spec, ctx);
        return;
      case "Yield":
        this.yieldAllowed(e, ctx);
        if (e.value) this.expr(e.value, ctx);
        return;
      case "YieldFrom":
        this.yieldAllowed(e, ctx);
        return this.expr(e.value, ctx);
      case "NamedExpr":
        if (e.target.kind !== "Name") this.invalid("cannot use assignment expressions with this target", e.target.pos);
        return this.expr(e.value, ctx);
      case "Starred":
        return this.invalid("can't use starred expression here", e.pos);
    }
  }
}

/** Throws a PySyntaxError for the first unsupported or invalid construct in `m`. */
export function checkSubset(m: Module, filename: string): void {
  new SubsetChecker(filename).module(m);
}
