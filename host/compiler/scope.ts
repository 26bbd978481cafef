// Symbol analysis: which names of each scope are local, cell, free or global, and the slot
// layout of every function-like code object.
//
// Scopes are the module, each `def`, each `lambda` and each comprehension (CPython 3.11 style:
// a comprehension is a nested function whose single parameter `.0` is the outermost iterator).
// At module level every name is global. In a function: `global x` makes x global; `nonlocal x`
// makes it free (an enclosing function must bind it); a bound name (assigned, parameter, def,
// import, for/except target, del) is local; anything else is free if an enclosing function binds
// it, else global. A local captured by an inner scope becomes a cell; a scope that merely passes a
// captured name through to a nested scope gets it as a free variable too.
//
// Slot layout (docs/image.md): parameters in order, then plain locals, then cell variables that
// are not parameters, then free variables (the last `nfrees` slots).

import type { Arguments, Comprehension, Expr, Module, Pos, Stmt } from "./ast";
import { PySyntaxError } from "./errors";

export type ScopeKind = "module" | "function" | "lambda" | "comprehension";
export type SymKind = "local" | "cell" | "free" | "global";

interface SymFlags {
  bound: boolean;
  used: boolean;
  param: boolean;
  global: boolean;
  nonlocal: boolean;
  declPos: Pos | null;
}

export type ScopeNode = object;

export class Scope {
  readonly children: Scope[] = [];
  readonly params: string[] = [];
  private readonly syms = new Map<string, SymFlags>();
  private readonly kinds = new Map<string, SymKind>();
  private readonly slots = new Map<string, number>();
  /** Free variable names, in closure-tuple order. */
  readonly freevars: string[] = [];
  /** Every slot's name, in slot order. */
  readonly localNames: string[] = [];
  /** Slots that need MAKE_CELL at function start (cell parameters and cell locals). */
  readonly cellSlots: number[] = [];
  qualname = "";

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
    readonly firstLine: number,
  ) {}

  get isModule(): boolean {
    return this.kind === "module";
  }

  sym(name: string): SymFlags {
    let s = this.syms.get(name);
    if (!s) {
      s = { bound: false, used: false, param: false, global: false, nonlocal: false, declPos: null };
      this.syms.set(name, s);
    }
    return s;
  }

  symbols(): [string, SymFlags][] {
    return [...this.syms];
  }

  /** How `name` is accessed in this scope's code. */
  kindOf(name: string): SymKind {
    if (this.isModule) return "global";
    return this.kinds.get(name) ?? "global";
  }

  /** The slot of a local, cell or free name. */
  slotOf(name: string): number {
    const s = this.slots.get(name);
    if (s === undefined) throw new Error(`internal compiler error: no slot for '${name}' in ${this.qualname}`);
    return s;
  }

  /** @internal used by the resolver */
  setKind(name: string, kind: SymKind): void {
    this.kinds.set(name, kind);
  }

  /** @internal */
  getKind(name: string): SymKind | undefined {
    return this.kinds.get(name);
  }

  /** @internal assigns slots once kinds are final. */
  layout(): void {
    if (this.isModule) return;
    const add = (n: string) => {
      this.slots.set(n, this.localNames.length);
      this.localNames.push(n);
    };
    for (const p of this.params) {
      add(p);
      if (this.kinds.get(p) === "cell") this.cellSlots.push(this.slotOf(p));
    }
    const isParam = (n: string) => this.params.includes(n);
    for (const [n, k] of this.kinds) if (k === "local" && !isParam(n)) add(n);
    for (const [n, k] of this.kinds) {
      if (k === "cell" && !isParam(n)) {
        add(n);
        this.cellSlots.push(this.slotOf(n));
      }
    }
    for (const n of this.freevars) add(n);
  }
}

export interface ScopeTable {
  module: Scope;
  /** The scope a def / lambda / comprehension node opens. */
  of(node: ScopeNode): Scope;
}

/** Hidden local of a dict comprehension holding the dict under construction. */
export const DICTCOMP_RESULT = ".dict";
/** The parameter of a comprehension scope: the outermost iterator. */
export const COMP_ITER_PARAM = ".0";

class ScopeBuilder {
  readonly byNode = new Map<ScopeNode, Scope>();
  constructor(private readonly filename: string) {}

  private error(detail: string, pos: Pos): never {
    throw PySyntaxError.at(detail, this.filename, pos);
  }

  build(m: Module): Scope {
    const scope = new Scope("module", "<module>", null, 1);
    scope.qualname = "<module>";
    this.byNode.set(m, scope);
    this.stmts(m.body, scope);
    return scope;
  }

  private open(node: ScopeNode, kind: ScopeKind, name: string, parent: Scope, line: number): Scope {
    const s = new Scope(kind, name, parent, line);
    parent.children.push(s);
    this.byNode.set(node, s);
    return s;
  }

  private bind(name: string, scope: Scope): void {
    scope.sym(name).bound = true;
  }

  /** CPython rejects a global/nonlocal declaration that follows a use of the name. */
  private notYetSeen(f: SymFlags, name: string, decl: string, pos: Pos): void {
    if (f.global || f.nonlocal) return; // repeated declarations are fine
    if (f.bound) this.error(`name '${name}' is assigned to before ${decl} declaration`, pos);
    if (f.used) this.error(`name '${name}' is used prior to ${decl} declaration`, pos);
  }

  private stmts(body: Stmt[], scope: Scope): void {
    for (const s of body) this.stmt(s, scope);
  }

  private params(args: Arguments, scope: Scope): void {
    for (const a of args.args) {
      scope.params.push(a.name);
      const f = scope.sym(a.name);
      f.param = true;
      f.bound = true;
    }
  }

  private stmt(s: Stmt, scope: Scope): void {
    switch (s.kind) {
      case "FunctionDef": {
        for (const d of s.args.defaults) this.expr(d, scope);
        this.bind(s.name, scope);
        const fn = this.open(s, "function", s.name, scope, s.pos.line);
        this.params(s.args, fn);
        this.stmts(s.body, fn);
        return;
      }
      case "Return":
        if (s.value) this.expr(s.value, scope);
        return;
      case "Delete":
        for (const t of s.targets) this.target(t, scope);
        return;
      case "Assign":
        this.expr(s.value, scope);
        for (const t of s.targets) this.target(t, scope);
        return;
      case "AugAssign":
        if (s.target.kind === "Name") scope.sym(s.target.id).used = true;
        this.target(s.target, scope);
        this.expr(s.value, scope);
        return;
      case "For":
        this.expr(s.iter, scope);
        this.target(s.target, scope);
        this.stmts(s.body, scope);
        this.stmts(s.orelse, scope);
        return;
      case "While":
      case "If":
        this.expr(s.test, scope);
        this.stmts(s.body, scope);
        this.stmts(s.orelse, scope);
        return;
      case "Raise":
        if (s.exc) this.expr(s.exc, scope);
        if (s.cause) this.expr(s.cause, scope);
        return;
      case "Try":
        this.stmts(s.body, scope);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, scope);
          if (h.name) this.bind(h.name, scope);
          this.stmts(h.body, scope);
        }
        this.stmts(s.orelse, scope);
        this.stmts(s.finalbody, scope);
        return;
      case "Assert":
        this.expr(s.test, scope);
        if (s.msg) this.expr(s.msg, scope);
        return;
      case "Import":
        for (const a of s.names) this.bind(a.asname ?? a.name, scope);
        return;
      case "ImportFrom":
        for (const a of s.names) this.bind(a.asname ?? a.name, scope);
        return;
      case "Global":
        if (scope.isModule) return;
        for (const n of s.names) {
          const f = scope.sym(n);
          if (f.param) this.error(`name '${n}' is parameter and global`, s.pos);
          this.notYetSeen(f, n, "global", s.pos);
          if (f.nonlocal) this.error(`name '${n}' is nonlocal and global`, s.pos);
          f.global = true;
          f.declPos = s.pos;
        }
        return;
      case "Nonlocal":
        for (const n of s.names) {
          const f = scope.sym(n);
          if (f.param) this.error(`name '${n}' is parameter and nonlocal`, s.pos);
          this.notYetSeen(f, n, "nonlocal", s.pos);
          if (f.global) this.error(`name '${n}' is nonlocal and global`, s.pos);
          f.nonlocal = true;
          f.declPos = s.pos;
        }
        return;
      case "Expr":
        return this.expr(s.value, scope);
      case "Pass":
      case "Break":
      case "Continue":
      case "Other":
        return;
    }
  }

  /** An assignment or deletion target. */
  private target(t: Expr, scope: Scope): void {
    switch (t.kind) {
      case "Name":
        return this.bind(t.id, scope);
      case "Tuple":
      case "List":
        for (const e of t.elts) this.target(e, scope);
        return;
      default:
        return this.expr(t, scope); // attribute / subscript: their parts are loads
    }
  }

  private comprehension(node: ScopeNode, name: string, gens: Comprehension[], parts: Expr[], scope: Scope, line: number, dict: boolean): void {
    this.expr(gens[0].iter, scope);
    const comp = this.open(node, "comprehension", name, scope, line);
    comp.params.push(COMP_ITER_PARAM);
    Object.assign(comp.sym(COMP_ITER_PARAM), { param: true, bound: true });
    if (dict) this.bind(DICTCOMP_RESULT, comp);
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, comp);
      this.target(g.target, comp);
      for (const c of g.ifs) this.expr(c, comp);
    });
    for (const p of parts) this.expr(p, comp);
  }

  private expr(e: Expr, scope: Scope): void {
    switch (e.kind) {
      case "Name":
        scope.sym(e.id).used = true;
        return;
      case "Const":
      case "Other":
        return;
      case "BinOp":
        this.expr(e.left, scope);
        return this.expr(e.right, scope);
      case "UnaryOp":
        return this.expr(e.operand, scope);
      case "BoolOp":
        for (const v of e.values) this.expr(v, scope);
        return;
      case "Compare":
        this.expr(e.left, scope);
        for (const c of e.comparators) this.expr(c, scope);
        return;
      case "Call":
        this.expr(e.func, scope);
        for (const a of e.args) this.expr(a, scope);
        for (const k of e.keywords) this.expr(k.value, scope);
        return;
      case "Attribute":
      case "Starred":
        return this.expr(e.value, scope);
      case "Subscript":
        this.expr(e.value, scope);
        return this.expr(e.slice, scope);
      case "Slice":
        for (const p of [e.lower, e.upper, e.step]) if (p) this.expr(p, scope);
        return;
      case "Tuple":
      case "List":
        for (const x of e.elts) this.expr(x, scope);
        return;
      case "Dict":
        for (const k of e.keys) if (k) this.expr(k, scope);
        for (const v of e.values) this.expr(v, scope);
        return;
      case "IfExp":
        this.expr(e.test, scope);
        this.expr(e.body, scope);
        return this.expr(e.orelse, scope);
      case "Lambda": {
        for (const d of e.args.defaults) this.expr(d, scope);
        const fn = this.open(e, "lambda", "<lambda>", scope, e.pos.line);
        this.params(e.args, fn);
        return this.expr(e.body, fn);
      }
      case "ListComp":
        return this.comprehension(e, "<listcomp>", e.generators, [e.elt], scope, e.pos.line, false);
      case "DictComp":
        return this.comprehension(e, "<dictcomp>", e.generators, [e.key, e.value], scope, e.pos.line, true);
      case "JoinedStr":
        for (const v of e.values) this.expr(v, scope);
        return;
      case "FormattedValue":
        this.expr(e.value, scope);
        if (e.spec) this.expr(e.spec, scope);
        return;
    }
  }
}

type Env = Map<string, "bound" | "global">;

class Resolver {
  constructor(private readonly filename: string) {}

  resolve(scope: Scope, env: Env): void {
    const childEnv: Env = new Map(env);
    if (scope.isModule) {
      childEnv.clear(); // module globals are never captured in cells
    } else {
      for (const [name, f] of scope.symbols()) {
        let kind: SymKind;
        if (f.global) kind = "global";
        else if (f.nonlocal) {
          if (env.get(name) !== "bound") {
            throw PySyntaxError.at(`no binding for nonlocal '${name}' found`, this.filename, f.declPos ?? { line: scope.firstLine, col: 1 });
          }
          kind = "free";
        } else if (f.bound || f.param) kind = "local";
        else if (env.get(name) === "bound") kind = "free";
        else kind = "global";
        scope.setKind(name, kind);
        if (kind === "free") scope.freevars.push(name);
        if (kind === "local" || kind === "free") childEnv.set(name, "bound");
        else if (f.global) childEnv.set(name, "global");
      }
    }
    for (const child of scope.children) {
      const declaredGlobal = !scope.isModule && child.kind === "function" && scope.kindOf(child.name) === "global";
      child.qualname = scope.isModule || declaredGlobal ? child.name : `${scope.qualname}.<locals>.${child.name}`;
      this.resolve(child, childEnv);
      for (const name of child.freevars) {
        const k = scope.getKind(name);
        if (k === "local") scope.setKind(name, "cell");
        else if (k === undefined && !scope.isModule) {
          scope.setKind(name, "free"); // passed through to a nested scope
          scope.freevars.push(name);
        } else if (k !== "cell" && k !== "free") {
          throw new Error(`internal compiler error: '${name}' is free in ${child.qualname} but ${k} in ${scope.qualname}`);
        }
      }
    }
    scope.layout();
  }
}

/** Builds and resolves every scope of a module. Throws PySyntaxError for scoping errors. */
export function analyzeScopes(m: Module, filename: string): ScopeTable {
  const b = new ScopeBuilder(filename);
  const module = b.build(m);
  new Resolver(filename).resolve(module, new Map());
  return {
    module,
    of(node: ScopeNode): Scope {
      const s = b.byNode.get(node);
      if (!s) throw new Error("internal compiler error: node has no scope");
      return s;
    },
  };
}
