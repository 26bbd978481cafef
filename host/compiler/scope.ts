// Symbol analysis: which names of each scope are local, cell, free, global or class-namespace
// names, and the slot layout of every function-like code object.
//
// Scopes are the module, each `def`, each `lambda`, each `class` body and each comprehension or
// generator expression (CPython 3.11 style: a comprehension is a nested function whose single
// parameter `.0` is the outermost iterator). At module level every name is global. In a function:
// `global x` makes x global; `nonlocal x` makes it free (an enclosing function must bind it); a
// bound name (assigned, parameter, def, class, import, for/with/except target, del, annotated) is
// local; anything else is free if an enclosing function binds it, else global. A local captured
// by an inner scope becomes a cell; a scope that merely passes a captured name through to a
// nested scope gets it as a free variable too.
//
// Class bodies (CPython's rules): names bound in the body live in the namespace dict ("name":
// LOAD_NAME / STORE_NAME / DELETE_NAME); unbound names that an enclosing function binds are free
// (LOAD_DEREF); other unbound names are "name" too (LOAD_NAME falls back to globals, builtins).
// Class-level bindings are invisible to nested scopes. A class body implicitly provides the
// `__class__` cell to the functions nested in it: a function that loads `super` or `__class__`
// gets `__class__` as a free variable, and the class body then has a `__class__` cell slot.
// A class can also hold a free variable only to pass it on to its methods.
//
// Private names: inside a class body (and everything nested in it), identifiers `__x` (not
// ending in `__`) are mangled to `_Class__x`, like CPython; `mangle` below is applied to every
// variable name here and in the code generator (attribute names there too).
//
// Slot layout (docs/image.md): parameters in order (positional, keyword-only, *args, **kwargs),
// then plain locals, then cell variables that are not parameters, then free variables (the last
// `nfrees` slots). A class body's only parameter is the namespace (slot 0).

import type { Arguments, Comprehension, Expr, Module, Pos, Stmt } from "./ast";
import { PySyntaxError } from "./errors";

export type ScopeKind = "module" | "function" | "lambda" | "comprehension" | "class";
export type SymKind = "local" | "cell" | "free" | "global" | "name";

interface SymFlags {
  bound: boolean;
  used: boolean;
  param: boolean;
  global: boolean;
  nonlocal: boolean;
  annotated: boolean;
  /** a comprehension's iteration variable (`:=` may not rebind it) */
  compIter: boolean;
  declPos: Pos | null;
}

export type ScopeNode = object;

/** CPython's `_Py_Mangle`: `__x` inside class `_C` → `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (!privateName || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  return stripped ? `_${stripped}${name}` : name;
}

export class Scope {
  readonly children: Scope[] = [];
  /** Parameter names (mangled), in slot order. */
  readonly params: string[] = [];
  /** Positional parameters (the first `argcount` params). */
  argcount = 0;
  kwonlyargcount = 0;
  /** The first `posonlyargcount` positional parameters are positional-only (`/`). */
  posonlyargcount = 0;
  hasVarargs = false;
  hasVarkw = false;
  /** Contains `yield` (or is a generator expression). */
  isGenerator = false;
  /** A class body some nested function takes `__class__` from. */
  needsClassCell = false;
  private readonly syms = new Map<string, SymFlags>();
  private readonly kinds = new Map<string, SymKind>();
  private readonly slots = new Map<string, number>();
  /** Class bodies: cell / free slots that nested scopes close over but the body's own code does not use by slot. */
  private readonly closureSlots = new Map<string, number>();
  private readonly closureNames = new Set<string>();
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
    /** The class name private names are mangled with, or null. */
    readonly privateName: string | null,
  ) {}

  get isModule(): boolean {
    return this.kind === "module";
  }

  get isClass(): boolean {
    return this.kind === "class";
  }

  /** Function-like: def, lambda, comprehension (CPython's FunctionBlock). */
  get isFunctionLike(): boolean {
    return this.kind === "function" || this.kind === "lambda" || this.kind === "comprehension";
  }

  mangle(name: string): string {
    return mangle(this.privateName, name);
  }

  sym(name: string): SymFlags {
    let s = this.syms.get(name);
    if (!s) {
      s = { bound: false, used: false, param: false, global: false, nonlocal: false, annotated: false, compIter: false, declPos: null };
      this.syms.set(name, s);
    }
    return s;
  }

  hasSym(name: string): boolean {
    return this.syms.has(name);
  }

  symbols(): [string, SymFlags][] {
    return [...this.syms];
  }

  /** How `name` (already mangled) is accessed in this scope's code. */
  kindOf(name: string): SymKind {
    if (this.isModule) return "global";
    return this.kinds.get(name) ?? (this.isClass ? "name" : "global");
  }

  /** The slot of a local, cell or free name. */
  slotOf(name: string): number {
    const s = this.slots.get(name);
    if (s === undefined) throw new Error(`internal compiler error: no slot for '${name}' in ${this.qualname}`);
    return s;
  }

  /** The cell / free slot a nested scope's closure over `name` is loaded from (LOAD_CLOSURE). */
  closureSlotOf(name: string): number {
    const k = this.kinds.get(name);
    if ((k === "cell" || k === "free") && !(this.isClass && name === "__class__")) return this.slotOf(name);
    const s = this.closureSlots.get(name);
    if (s === undefined) throw new Error(`internal compiler error: closure over ${k ?? "unknown"} '${name}' in ${this.qualname}`);
    return s;
  }

  /** The class body's `__class__` cell slot. */
  get classCellSlot(): number {
    return this.closureSlotOf("__class__");
  }

  /** @internal used by the resolver */
  setKind(name: string, kind: SymKind): void {
    this.kinds.set(name, kind);
  }

  /** @internal */
  getKind(name: string): SymKind | undefined {
    return this.kinds.get(name);
  }

  /** @internal a class-only closure name (the `__class__` cell, or a pass-through free variable) */
  addClosureName(name: string, free: boolean): void {
    if (this.closureNames.has(name)) return;
    this.closureNames.add(name);
    if (free) this.freevars.push(name);
    else this.needsClassCell = true;
  }

  /** @internal assigns slots once kinds are final. */
  layout(): void {
    if (this.isModule) return;
    const add = (n: string) => {
      this.slots.set(n, this.localNames.length);
      this.localNames.push(n);
    };
    if (this.isClass) {
      for (const p of this.params) add(p);
      if (this.needsClassCell) {
        this.closureSlots.set("__class__", this.localNames.length);
        this.cellSlots.push(this.localNames.length);
        this.localNames.push("__class__");
      }
      for (const n of this.freevars) {
        if (this.kinds.get(n) === "free") add(n);
        else {
          this.closureSlots.set(n, this.localNames.length);
          this.localNames.push(n);
        }
      }
      return;
    }
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
  /** The scope a def / lambda / class / comprehension node opens. */
  of(node: ScopeNode): Scope;
}

/** The parameter of a comprehension scope: the outermost iterator. */
export const COMP_ITER_PARAM = ".0";
/** The parameter of a class body: the namespace dict. */
export const CLASS_NS_PARAM = ".ns";

class ScopeBuilder {
  readonly byNode = new Map<ScopeNode, Scope>();
  /** > 0 while visiting a comprehension's iterable expressions (`:=` is not allowed there). */
  private inCompIter = 0;
  constructor(private readonly filename: string) {}

  private error(detail: string, pos: Pos): never {
    throw PySyntaxError.at(detail, this.filename, pos);
  }

  build(m: Module): Scope {
    const scope = new Scope("module", "<module>", null, 1, null);
    scope.qualname = "<module>";
    this.byNode.set(m, scope);
    this.stmts(m.body, scope);
    return scope;
  }

  private open(node: ScopeNode, kind: ScopeKind, name: string, parent: Scope, line: number, privateName: string | null): Scope {
    const s = new Scope(kind, name, parent, line, privateName);
    parent.children.push(s);
    this.byNode.set(node, s);
    return s;
  }

  private bind(name: string, scope: Scope): void {
    scope.sym(scope.mangle(name)).bound = true;
  }

  private use(name: string, scope: Scope): void {
    scope.sym(scope.mangle(name)).used = true;
    // CPython: a function that loads `super` implicitly uses the `__class__` cell.
    if (name === "super" && scope.isFunctionLike) scope.sym("__class__").used = true;
  }

  /** CPython rejects a global/nonlocal declaration that follows a use of the name. */
  private notYetSeen(f: SymFlags, name: string, decl: string, pos: Pos): void {
    if (f.global || f.nonlocal) return; // repeated declarations are fine
    if (f.used) this.error(`name '${name}' is used prior to ${decl} declaration`, pos);
    if (f.annotated) this.error(`annotated name '${name}' can't be ${decl}`, pos);
    if (f.bound) this.error(`name '${name}' is assigned to before ${decl} declaration`, pos);
  }

  private stmts(body: Stmt[], scope: Scope): void {
    for (const s of body) this.stmt(s, scope);
  }

  /** Defaults are evaluated in the defining scope; annotations are never evaluated. */
  private defaults(args: Arguments, scope: Scope): void {
    for (const d of args.defaults) this.expr(d, scope);
    for (const d of args.kwDefaults) if (d) this.expr(d, scope);
  }

  private params(args: Arguments, scope: Scope): void {
    const add = (name: string) => {
      const m = scope.mangle(name);
      scope.params.push(m);
      const f = scope.sym(m);
      f.param = true;
      f.bound = true;
    };
    for (const a of [...args.posonly, ...args.args]) add(a.name);
    for (const a of args.kwonly) add(a.name);
    if (args.vararg) add(args.vararg.name);
    if (args.kwarg) add(args.kwarg.name);
    scope.argcount = args.posonly.length + args.args.length;
    scope.kwonlyargcount = args.kwonly.length;
    scope.posonlyargcount = args.posonly.length;
    scope.hasVarargs = args.vararg !== null;
    scope.hasVarkw = args.kwarg !== null;
  }

  private stmt(s: Stmt, scope: Scope): void {
    switch (s.kind) {
      case "FunctionDef": {
        for (const d of s.decorators) this.expr(d, scope);
        this.defaults(s.args, scope);
        this.bind(s.name, scope);
        // CPython: a decorated definition's first line is its first decorator's
        const fn = this.open(s, "function", s.name, scope, s.decorators[0]?.pos.line ?? s.pos.line, scope.privateName);
        this.params(s.args, fn);
        this.stmts(s.body, fn);
        return;
      }
      case "ClassDef": {
        for (const d of s.decorators) this.expr(d, scope);
        for (const b of s.bases) this.expr(b, scope);
        for (const k of s.keywords) this.expr(k.value, scope);
        this.bind(s.name, scope);
        const cls = this.open(s, "class", s.name, scope, s.decorators[0]?.pos.line ?? s.pos.line, s.name);
        cls.params.push(CLASS_NS_PARAM);
        cls.argcount = 1;
        this.stmts(s.body, cls);
        return;
      }
      case "With":
        for (const it of s.items) {
          this.expr(it.contextExpr, scope);
          if (it.optionalVars) this.target(it.optionalVars, scope);
        }
        this.stmts(s.body, scope);
        return;
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
      case "AnnAssign":
        if (s.value) this.expr(s.value, scope);
        if (s.target.kind === "Name") {
          const name = scope.mangle(s.target.id);
          const f = scope.sym(name);
          if (s.simple) {
            if ((f.global || f.nonlocal) && !scope.isModule) {
              this.error(`annotated name '${name}' can't be ${f.global ? "global" : "nonlocal"}`, s.pos);
            }
            f.annotated = true;
          }
          f.bound = true; // `x: int` alone makes x local too (CPython)
        } else {
          this.target(s.target, scope);
        }
        return;
      case "AugAssign":
        if (s.target.kind === "Name") this.use(s.target.id, scope);
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
        for (const a of s.names) this.bind(a.asname ?? a.name.split(".")[0], scope);
        return;
      case "ImportFrom":
        // `import *` binds at run time (module level only, where names are globals anyway)
        for (const a of s.names) if (a.name !== "*") this.bind(a.asname ?? a.name, scope);
        return;
      case "Global":
        if (scope.isModule) return;
        for (const raw of s.names) {
          const n = scope.mangle(raw);
          const f = scope.sym(n);
          if (f.param) this.error(`name '${n}' is parameter and global`, s.pos);
          this.notYetSeen(f, n, "global", s.pos);
          if (f.nonlocal) this.error(`name '${n}' is nonlocal and global`, s.pos);
          f.global = true;
          f.declPos = s.pos;
        }
        return;
      case "Nonlocal":
        for (const raw of s.names) {
          const n = scope.mangle(raw);
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
      case "Starred":
        return this.target(t.value, scope);
      default:
        return this.expr(t, scope); // attribute / subscript: their parts are loads
    }
  }

  private comprehension(node: ScopeNode, name: string, gens: Comprehension[], parts: Expr[], scope: Scope, line: number, generator: boolean): void {
    this.inCompIter++;
    this.expr(gens[0].iter, scope);
    this.inCompIter--;
    const comp = this.open(node, "comprehension", name, scope, line, scope.privateName);
    comp.params.push(COMP_ITER_PARAM);
    comp.argcount = 1;
    comp.isGenerator = generator;
    Object.assign(comp.sym(COMP_ITER_PARAM), { param: true, bound: true });
    gens.forEach((g, i) => {
      if (i > 0) {
        this.inCompIter++;
        this.expr(g.iter, comp);
        this.inCompIter--;
      }
      this.target(g.target, comp);
      this.markCompIter(g.target, comp);
      for (const c of g.ifs) this.expr(c, comp);
    });
    for (const p of parts) this.expr(p, comp);
  }

  private markCompIter(t: Expr, comp: Scope): void {
    if (t.kind === "Name") comp.sym(comp.mangle(t.id)).compIter = true;
    else if (t.kind === "Tuple" || t.kind === "List") for (const e of t.elts) this.markCompIter(e, comp);
    else if (t.kind === "Starred") this.markCompIter(t.value, comp);
  }

  /**
   * `target := value` (CPython's symtable_extend_namedexpr_scope): in a comprehension the target
   * binds in the nearest enclosing non-comprehension scope — free (nonlocal) in the
   * comprehension when that is a function, global when it is the module.
   */
  private namedExprTarget(name: string, pos: Pos, scope: Scope): void {
    if (this.inCompIter) this.error("assignment expression cannot be used in a comprehension iterable expression", pos);
    if (scope.kind !== "comprehension") return this.bind(name, scope);
    const m = scope.mangle(name);
    let outer: Scope = scope;
    while (outer.kind === "comprehension") {
      if (outer.hasSym(m) && outer.sym(m).compIter) {
        this.error(`assignment expression cannot rebind comprehension iteration variable '${m}'`, pos);
      }
      outer = outer.parent as Scope;
    }
    if (outer.isClass) this.error("assignment expression within a comprehension cannot be used in a class body", pos);
    const f = scope.sym(m);
    f.used = true;
    if (outer.isModule || (outer.hasSym(m) && outer.sym(m).global)) {
      f.global = true;
    } else {
      f.nonlocal = true;
      f.declPos = pos;
    }
    outer.sym(m).bound = true;
  }

  private expr(e: Expr, scope: Scope): void {
    switch (e.kind) {
      case "Name":
        return this.use(e.id, scope);
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
      case "Set":
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
        this.defaults(e.args, scope);
        const fn = this.open(e, "lambda", "<lambda>", scope, e.pos.line, scope.privateName);
        this.params(e.args, fn);
        return this.expr(e.body, fn);
      }
      case "ListComp":
        return this.comprehension(e, "<listcomp>", e.generators, [e.elt], scope, e.pos.line, false);
      case "SetComp":
        return this.comprehension(e, "<setcomp>", e.generators, [e.elt], scope, e.pos.line, false);
      case "GeneratorExp":
        return this.comprehension(e, "<genexpr>", e.generators, [e.elt], scope, e.pos.line, true);
      case "DictComp":
        return this.comprehension(e, "<dictcomp>", e.generators, [e.key, e.value], scope, e.pos.line, false);
      case "JoinedStr":
        for (const v of e.values) this.expr(v, scope);
        return;
      case "FormattedValue":
        this.expr(e.value, scope);
        if (e.spec) this.expr(e.spec, scope);
        return;
      case "Yield":
        scope.isGenerator = true;
        if (e.value) this.expr(e.value, scope);
        return;
      case "YieldFrom":
        scope.isGenerator = true;
        return this.expr(e.value, scope);
      case "NamedExpr":
        this.expr(e.value, scope);
        if (e.target.kind === "Name") this.namedExprTarget(e.target.id, e.target.pos, scope);
        return;
    }
  }
}

type Env = Map<string, "bound" | "global">;

class Resolver {
  constructor(private readonly filename: string) {}

  private kindFor(scope: Scope, name: string, f: SymFlags, env: Env): SymKind {
    if (f.global) return "global";
    if (f.nonlocal) {
      if (env.get(name) !== "bound") {
        throw PySyntaxError.at(`no binding for nonlocal '${name}' found`, this.filename, f.declPos ?? { line: scope.firstLine, col: 1 });
      }
      return "free";
    }
    if (scope.isClass) {
      if (f.bound || f.param) return "name";
      return env.get(name) === "bound" ? "free" : "name";
    }
    if (f.bound || f.param) return "local";
    if (env.get(name) === "bound") return "free";
    return "global";
  }

  resolve(scope: Scope, env: Env): void {
    let childEnv: Env;
    if (scope.isModule) {
      childEnv = new Map(); // module globals are never captured in cells
    } else if (scope.isClass) {
      // Class-level bindings are invisible to nested scopes; they see the enclosing function's
      // names, plus the implicit `__class__` cell.
      childEnv = new Map(env);
      childEnv.set("__class__", "bound");
      for (const [name, f] of scope.symbols()) {
        const kind = this.kindFor(scope, name, f, env);
        scope.setKind(name, kind);
        if (kind === "free") scope.freevars.push(name);
      }
    } else {
      childEnv = new Map(env);
      for (const [name, f] of scope.symbols()) {
        const kind = this.kindFor(scope, name, f, env);
        scope.setKind(name, kind);
        if (kind === "free") scope.freevars.push(name);
        if (kind === "local" || kind === "free") childEnv.set(name, "bound");
        else if (f.global) childEnv.set(name, "global");
      }
    }
    for (const child of scope.children) {
      // CPython's compiler_set_qualname: a def/class declared global is named at top level;
      // function (and lambda) parents add `.<locals>`; class and comprehension parents do not.
      const declaredGlobal = !scope.isModule && child.kind !== "lambda" && child.kind !== "comprehension" &&
        scope.kindOf(scope.mangle(child.name)) === "global";
      if (scope.isModule || declaredGlobal) child.qualname = child.name;
      else if (scope.kind === "function" || scope.kind === "lambda") child.qualname = `${scope.qualname}.<locals>.${child.name}`;
      else child.qualname = `${scope.qualname}.${child.name}`;
      this.resolve(child, childEnv);
      for (const name of child.freevars) {
        const k = scope.getKind(name);
        if (scope.isClass) {
          // `__class__` in a method is always this class's implicit cell (CPython's get_ref_type);
          // anything else the body does not hold as a free variable itself is passed through.
          if (name === "__class__") scope.addClosureName(name, false);
          else if (k !== "free") scope.addClosureName(name, true);
          continue;
        }
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
