// Code generation: syntax tree → instructions for one code object at a time.
//
// One `CodeGen` compiles one scope (module, def, lambda, class body or comprehension); nested
// scopes get their own CodeGen and become code constants. The tree has passed the subset checker
// and the scope analysis, so every node here is supported. Instruction shapes for classes, `with`
// and generators follow docs/image.md ("Classes, `with`, generators"); where that is silent the
// shapes are CPython 3.11's (noted at each helper).
//
// Control flow that leaves a block early (`return`, `break`, `continue`) unwinds a stack of
// "frame blocks" like CPython's compiler: loops pop their iterator, try/finally bodies run an
// inlined copy of the finally body, except handlers run POP_EXCEPT (after ROT_TWO when a return
// value must be kept) and unbind their `as` name. Each frame block may carry the exception
// handler that protects the code emitted inside it; the innermost one is recorded on every
// instruction, and the assembler turns those into the exception table (docs/image.md).

import type {
  Arguments, BinOpName, CmpOpName, Comprehension, ConstValue, Expr, ExceptHandler, Keyword, Pos, Stmt, UnaryOpName, Module, WithItem,
} from "./ast";
import { assemble, Handler, Instr, Label } from "./assemble";
import { PySyntaxError } from "./errors";
import { CodeFlag, CodeObject, ImageBuilder } from "./image";
import { Op } from "./opcodes";
import { COMP_ITER_PARAM, Scope, ScopeTable } from "./scope";

export interface CompileContext {
  builder: ImageBuilder;
  filename: string;
  scopes: ScopeTable;
  /** The module's import name (`__main__` for the program): `from m import *` names it. */
  moduleName?: string;
  /** The package relative imports resolve against (`__package__`), or null outside packages. */
  package?: string | null;
  /** Every module compiled into the image (to import `from pkg import submodule` first). */
  moduleNames?: ReadonlySet<string>;
}

const BINARY_OPS: Record<BinOpName, number> = {
  Add: 0, Sub: 1, Mult: 2, Div: 3, FloorDiv: 4, Mod: 5, Pow: 6,
  LShift: 7, RShift: 8, BitAnd: 9, BitOr: 10, BitXor: 11, MatMult: 12,
};
/** BINARY_OP argument offset of the in-place forms (`+=` …). */
const INPLACE = 16;
const UNARY_OPS: Record<UnaryOpName, number> = { USub: 0, UAdd: 1, Not: 2, Invert: 3 };
const COMPARE_OPS: Partial<Record<CmpOpName, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };
/** FORMAT_VALUE conversions: f-string `!s`, `!r`, `!a` (CPython's ast stores the character code). */
const CONVERSIONS: Record<number, number> = { [-1]: 0, 115: 1, 114: 2, 97: 3 };
const FORMAT_HAS_SPEC = 4;
const MAKE_FUNCTION_DEFAULTS = 1;
const MAKE_FUNCTION_KWDEFAULTS = 2;
const MAKE_FUNCTION_CLOSURE = 8;
/** Elements a display pushes before it builds; the rest are added one by one (see sequence()). */
const DISPLAY_CHUNK = 256;

type ComprehensionKind = "list" | "set" | "dict" | "generator";

type FBlock =
  | { kind: "while"; start: Label; end: Label }
  | { kind: "for"; start: Label; end: Label }
  /** the body of try/except: leaving it needs no code */
  | { kind: "try"; handler: Handler }
  /** PUSH_EXC_INFO and the `except` type tests */
  | { kind: "except_region"; handler: Handler }
  /** an except handler's body: the handled exception's predecessor is on the stack */
  | { kind: "handler_body"; handler: Handler; name: string | null }
  /** the body of try/finally (and its except/else parts) */
  | { kind: "finally_try"; handler: Handler; finalbody: Stmt[] }
  /** the finally body on the exceptional path: prev_handled and the exception are on the stack */
  | { kind: "finally_end"; handler: Handler }
  /** an inlined finally body run while a return value waits on the stack */
  | { kind: "pop_value" }
  /** the body of a `with` (its `__exit__` is on the stack): leaving it calls exit(None, None, None) */
  | { kind: "with"; handler: Handler };

type LoopBlock = Extract<FBlock, { kind: "while" | "for" }>;

/** The docstring of a body (a string constant as its first statement), or null. */
function docstring(body: Stmt[]): string | null {
  const first = body[0];
  if (first && first.kind === "Expr" && first.value.kind === "Const" && first.value.value.type === "str") return first.value.value.value;
  return null;
}

class CodeGen {
  private readonly instrs: Instr[] = [];
  private readonly fblocks: FBlock[] = [];
  private readonly codeIndex: number;
  private line: number;
  private doc: string | null = null;

  constructor(private readonly ctx: CompileContext, private readonly scope: Scope) {
    this.codeIndex = ctx.builder.reserveCode();
    this.line = scope.firstLine;
  }

  // ---------------------------------------------------------------- emission helpers

  private emit(op: Op, arg: number | Label = 0): void {
    this.instrs.push({ op, arg, line: this.line, handler: this.currentHandler() });
  }

  private currentHandler(): Handler | null {
    for (let i = this.fblocks.length - 1; i >= 0; i--) {
      const fb = this.fblocks[i];
      if ("handler" in fb) return fb.handler;
    }
    return null;
  }

  private bind(label: Label): void {
    label.pos = this.instrs.length;
  }

  private get b(): ImageBuilder {
    return this.ctx.builder;
  }

  private loadConstIndex(i: number): void {
    this.emit(Op.LOAD_CONST, i);
  }

  private loadNone(): void {
    this.loadConstIndex(this.b.constNone());
  }

  // ---------------------------------------------------------------- code objects

  private prologue(): void {
    for (const slot of this.scope.cellSlots) this.emit(Op.MAKE_CELL, slot);
    if (this.scope.freevars.length) this.emit(Op.COPY_FREE_VARS, this.scope.freevars.length);
  }

  private finish(): number {
    const s = this.scope;
    const asm = assemble(this.instrs, `${this.ctx.filename}:${s.qualname}`);
    const code: CodeObject = {
      name: s.name,
      qualname: s.qualname,
      filename: this.ctx.filename,
      firstLine: s.firstLine,
      argcount: s.argcount,
      kwonlyargcount: s.kwonlyargcount,
      posonlyargcount: s.posonlyargcount,
      doc: this.doc,
      flags: (s.isModule ? CodeFlag.Module : 0) | (s.isClass ? CodeFlag.ClassBody : 0) |
        (s.hasVarargs ? CodeFlag.VarArgs : 0) | (s.hasVarkw ? CodeFlag.VarKeywords : 0) |
        (s.isGenerator ? CodeFlag.Generator : 0),
      localNames: s.localNames,
      nfrees: s.freevars.length,
      stacksize: asm.stacksize,
      code: asm.code,
      exc: asm.exc,
      lines: asm.lines,
    };
    this.b.setCode(this.codeIndex, code);
    return this.codeIndex;
  }

  compileModule(m: Module): number {
    this.line = 1;
    this.doc = docstring(m.body); // the VM makes it the module's global __doc__
    this.stmts(m.body);
    this.loadNone();
    this.emit(Op.RETURN_VALUE);
    return this.finish();
  }

  compileFunction(body: Stmt[]): number {
    this.doc = docstring(body);
    this.prologue();
    this.stmts(body);
    this.loadNone();
    this.emit(Op.RETURN_VALUE);
    return this.finish();
  }

  compileLambda(body: Expr): number {
    this.prologue();
    this.expr(body);
    this.emit(Op.RETURN_VALUE);
    return this.finish();
  }

  /**
   * A class body (docs/image.md): slot 0 is the namespace. Like CPython it first sets
   * `__module__` (from the global `__name__`) and `__qualname__`, and `__doc__` when the body
   * starts with a string; a body whose methods use `super()` / `__class__` ends by storing its
   * `__class__` cell as `__classcell__`, which BUILD_CLASS fills in.
   */
  compileClass(body: Stmt[]): number {
    this.prologue();
    this.emit(Op.LOAD_NAME, this.b.str("__name__"));
    this.emit(Op.STORE_NAME, this.b.str("__module__"));
    this.loadConstIndex(this.b.constStr(this.scope.qualname));
    this.emit(Op.STORE_NAME, this.b.str("__qualname__"));
    const doc = docstring(body);
    if (doc !== null) {
      this.line = body[0].pos.line;
      this.loadConstIndex(this.b.constStr(doc));
      this.emit(Op.STORE_NAME, this.b.str("__doc__"));
    }
    this.stmts(body);
    if (this.scope.needsClassCell) {
      this.emit(Op.LOAD_CLOSURE, this.scope.classCellSlot);
      this.emit(Op.STORE_NAME, this.b.str("__classcell__"));
    }
    this.loadNone();
    this.emit(Op.RETURN_VALUE);
    return this.finish();
  }

  /**
   * List / set / dict comprehensions build their result below the iterators (LIST_APPEND,
   * SET_ADD, MAP_ADD with the key evaluated first, CPython 3.8+); a generator expression is a
   * GENERATOR code that yields each element (`<elt>; YIELD_VALUE; POP_TOP`) and returns None.
   */
  compileComprehension(gens: Comprehension[], parts: Expr[], kind: ComprehensionKind): number {
    this.prologue();
    if (kind === "list") this.emit(Op.BUILD_LIST, 0);
    else if (kind === "set") this.emit(Op.BUILD_SET, 0);
    else if (kind === "dict") this.emit(Op.BUILD_MAP, 0);
    this.emit(Op.LOAD_FAST, this.scope.slotOf(COMP_ITER_PARAM));
    const depth = gens.length + 1; // the result is this far below the element
    const gen = (k: number) => {
      const g = gens[k];
      if (k > 0) {
        this.expr(g.iter);
        this.emit(Op.GET_ITER);
      }
      const start = new Label();
      const end = new Label();
      this.line = g.pos.line;
      this.bind(start);
      this.emit(Op.FOR_ITER, end);
      this.store(g.target);
      for (const cond of g.ifs) this.jumpIf(cond, false, start);
      if (k + 1 < gens.length) gen(k + 1);
      else if (kind === "dict") {
        this.expr(parts[0]);
        this.expr(parts[1]);
        this.emit(Op.MAP_ADD, depth);
      } else if (kind === "generator") {
        this.expr(parts[0]);
        this.emit(Op.YIELD_VALUE);
        this.emit(Op.POP_TOP);
      } else {
        this.expr(parts[0]);
        this.emit(kind === "list" ? Op.LIST_APPEND : Op.SET_ADD, depth);
      }
      this.emit(Op.JUMP, start);
      this.bind(end);
    };
    gen(0);
    if (kind === "generator") this.loadNone();
    this.emit(Op.RETURN_VALUE);
    return this.finish();
  }

  /**
   * Builds a function object for `child` on the stack: [defaults tuple] [kwdefaults dict]
   * [closure tuple] code, MAKE_FUNCTION flags (docs/image.md). Keyword-only defaults are a dict
   * of (mangled) parameter name → value, evaluated after the positional defaults (CPython).
   */
  private makeFunction(child: Scope, args: Arguments | null, compileChild: (g: CodeGen) => number): void {
    let flags = 0;
    if (args && args.defaults.length) {
      this.tuple(args.defaults);
      flags |= MAKE_FUNCTION_DEFAULTS;
    }
    if (args && args.kwDefaults.some((d) => d !== null)) {
      let n = 0;
      args.kwonly.forEach((a, i) => {
        const d = args.kwDefaults[i];
        if (!d) return;
        this.loadConstIndex(this.b.constStr(this.scope.mangle(a.name)));
        this.expr(d);
        n++;
      });
      this.emit(Op.BUILD_MAP, n);
      flags |= MAKE_FUNCTION_KWDEFAULTS;
    }
    if (child.freevars.length) {
      for (const name of child.freevars) this.emit(Op.LOAD_CLOSURE, this.scope.closureSlotOf(name));
      this.emit(Op.BUILD_TUPLE, child.freevars.length);
      flags |= MAKE_FUNCTION_CLOSURE;
    }
    const index = compileChild(new CodeGen(this.ctx, child));
    this.loadConstIndex(this.b.constCode(index));
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  // ---------------------------------------------------------------- names

  /** Loads a variable (`name` as written: private names are mangled here). */
  private loadName(raw: string): void {
    const name = this.scope.mangle(raw);
    switch (this.scope.kindOf(name)) {
      case "local":
        return this.emit(Op.LOAD_FAST, this.scope.slotOf(name));
      case "cell":
      case "free":
        return this.emit(Op.LOAD_DEREF, this.scope.slotOf(name));
      case "global":
        return this.emit(Op.LOAD_GLOBAL, this.b.str(name));
      case "name":
        return this.emit(Op.LOAD_NAME, this.b.str(name));
    }
  }

  private storeName(raw: string): void {
    const name = this.scope.mangle(raw);
    switch (this.scope.kindOf(name)) {
      case "local":
        return this.emit(Op.STORE_FAST, this.scope.slotOf(name));
      case "cell":
      case "free":
        return this.emit(Op.STORE_DEREF, this.scope.slotOf(name));
      case "global":
        return this.emit(Op.STORE_GLOBAL, this.b.str(name));
      case "name":
        return this.emit(Op.STORE_NAME, this.b.str(name));
    }
  }

  private deleteName(raw: string): void {
    const name = this.scope.mangle(raw);
    switch (this.scope.kindOf(name)) {
      case "local":
        return this.emit(Op.DELETE_FAST, this.scope.slotOf(name));
      case "cell":
      case "free":
        return this.emit(Op.DELETE_DEREF, this.scope.slotOf(name));
      case "global":
        return this.emit(Op.DELETE_GLOBAL, this.b.str(name));
      case "name":
        return this.emit(Op.DELETE_NAME, this.b.str(name));
    }
  }

  /** An attribute (or imported) name operand: private names are mangled, like CPython's ADDOP_NAME. */
  private attrName(attr: string): number {
    return this.b.str(this.scope.mangle(attr));
  }

  /** `name = None; del name` — how an `except ... as name` handler unbinds its name. */
  private unbindHandlerName(name: string): void {
    this.loadNone();
    this.storeName(name);
    this.deleteName(name);
  }

  // ---------------------------------------------------------------- constants

  private constIndex(v: ConstValue): number {
    switch (v.type) {
      case "None":
        return this.b.constNone();
      case "bool":
        return this.b.constBool(v.value);
      case "int":
        return this.b.constInt(v.value);
      case "float":
        return this.b.constFloat(v.value);
      case "str":
        return this.b.constStr(v.value);
      case "bytes":
        return this.b.constBytes(Uint8Array.from(v.value, (c) => c.charCodeAt(0)));
      case "Ellipsis":
        return this.b.constEllipsis();
      default:
        throw new Error(`internal compiler error: ${v.type} constant`);
    }
  }

  /** The folded constant for `e`, if it is one: literals, negated numbers, tuples of constants. */
  private foldConst(e: Expr): number | null {
    if (e.kind === "Const") return this.constIndex(e.value);
    if (e.kind === "UnaryOp" && e.op === "USub" && e.operand.kind === "Const") {
      const v = e.operand.value;
      if (v.type === "int") return this.b.constInt(-v.value);
      if (v.type === "float") return this.b.constFloat(-v.value);
      return null;
    }
    if (e.kind === "Tuple") {
      const items: number[] = [];
      for (const x of e.elts) {
        const i = this.foldConst(x);
        if (i === null) return null;
        items.push(i);
      }
      return this.b.constTuple(items);
    }
    return null;
  }

  private constTruth(e: Expr): boolean | null {
    if (e.kind !== "Const") return null;
    const v = e.value;
    switch (v.type) {
      case "None":
        return false;
      case "bool":
        return v.value;
      case "int":
        return v.value !== 0n;
      case "float":
        return v.value !== 0;
      case "str":
      case "bytes":
        return v.value.length > 0;
      case "Ellipsis":
        return true;
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- statements

  private stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    this.line = s.pos.line;
    switch (s.kind) {
      case "FunctionDef": {
        // CPython order: decorators, then defaults, then the function; CALL 1 per decorator, innermost first
        for (const d of s.decorators) this.expr(d);
        this.line = s.pos.line;
        const child = this.ctx.scopes.of(s);
        const body = s.body;
        this.makeFunction(child, s.args, (g) => g.compileFunction(body));
        this.line = s.pos.line;
        for (let i = 0; i < s.decorators.length; i++) this.emit(Op.CALL, 1);
        return this.storeName(s.name);
      }
      case "ClassDef":
        return this.classDef(s);
      case "With":
        return this.withStmt(s.items, s.body, 0, s.pos);
      case "AnnAssign":
        // annotations are not evaluated; `x: T = v` assigns, `x: T` alone only evaluates the
        // target's object / subscript parts (CPython's check_ann_expr)
        if (s.value) {
          this.expr(s.value);
          return this.store(s.target);
        }
        if (s.target.kind === "Attribute") this.evalAndPop(s.target.value);
        else if (s.target.kind === "Subscript") {
          this.evalAndPop(s.target.value);
          this.evalAndPop(s.target.slice);
        }
        return;
      case "Return":
        return this.returnStmt(s.value);
      case "Delete":
        for (const t of s.targets) this.delTarget(t);
        return;
      case "Assign":
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(Op.DUP_TOP);
          this.store(t);
        });
        return;
      case "AugAssign":
        return this.augAssign(s.target, s.op, s.value);
      case "For":
        return this.forStmt(s.target, s.iter, s.body, s.orelse);
      case "While":
        return this.whileStmt(s.test, s.body, s.orelse);
      case "If":
        return this.ifStmt(s.test, s.body, s.orelse);
      case "Raise":
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        this.line = s.pos.line;
        return this.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0);
      case "Try":
        if (s.finalbody.length) return this.tryFinally(s.body, s.handlers, s.orelse, s.finalbody, s.pos);
        return this.tryExcept(s.body, s.handlers, s.orelse);
      case "Assert": {
        const end = new Label();
        this.jumpIf(s.test, true, end);
        this.line = s.pos.line;
        this.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          this.emit(Op.CALL, 1);
        }
        this.emit(Op.RAISE_VARARGS, 1);
        return this.bind(end);
      }
      case "Import":
        // IMPORT_NAME pushes the module it names; `import a.b.c` (no `as`) imports a.b.c and
        // then binds the top-level package a (whose attributes reach the submodule)
        for (const a of s.names) {
          this.emit(Op.IMPORT_NAME, this.attrName(a.name));
          if (a.asname || !a.name.includes(".")) {
            this.storeName(a.asname ?? a.name);
          } else {
            const top = a.name.split(".")[0];
            this.emit(Op.POP_TOP);
            this.emit(Op.IMPORT_NAME, this.attrName(top));
            this.storeName(top);
          }
        }
        return;
      case "ImportFrom": {
        const mod = this.importFromModule(s.module, s.level, s.pos);
        // `from pkg import sub` where pkg.sub is a module of this image: import it first (CPython's
        // IMPORT_NAME does this through its fromlist; ours has none), which also makes it an
        // attribute of pkg for IMPORT_FROM
        for (const a of s.names) {
          const sub = `${mod}.${a.name}`;
          if (this.ctx.moduleNames?.has(sub)) {
            this.emit(Op.IMPORT_NAME, this.attrName(sub));
            this.emit(Op.POP_TOP);
          }
        }
        if (s.names.length === 1 && s.names[0].name === "*") return this.importStar(mod);
        this.emit(Op.IMPORT_NAME, this.attrName(mod));
        for (const a of s.names) {
          this.emit(Op.IMPORT_FROM, this.attrName(a.name));
          this.storeName(a.asname ?? a.name);
        }
        return this.emit(Op.POP_TOP);
      }
      case "Expr":
        if (s.value.kind === "Const") return; // docstrings and other constant statements do nothing
        this.expr(s.value);
        this.line = s.pos.line;
        return this.emit(Op.POP_TOP);
      case "Break":
        return this.unwind(false, true, (loop) => {
          if (!loop) throw PySyntaxError.at("'break' outside loop", this.ctx.filename, s.pos);
          if (loop.kind === "for") this.emit(Op.POP_TOP);
          this.emit(Op.JUMP, loop.end);
        });
      case "Continue":
        return this.unwind(false, true, (loop) => {
          if (!loop) throw PySyntaxError.at("'continue' not properly in loop", this.ctx.filename, s.pos);
          this.emit(Op.JUMP, loop.start);
        });
      case "Global":
      case "Nonlocal":
      case "Pass":
        return;
      case "Other":
        throw new Error(`internal compiler error: unchecked ${s.nodeType}`);
    }
  }

  private returnStmt(value: Expr | null): void {
    const line = this.line;
    const folded = value ? this.foldConst(value) : this.b.constNone();
    if (folded !== null) {
      // A constant needs no keeping across the unwinding: load it at the end.
      return this.unwind(false, false, () => {
        this.line = line;
        this.loadConstIndex(folded);
        this.emit(Op.RETURN_VALUE);
      });
    }
    this.expr(value as Expr);
    this.unwind(true, false, () => {
      this.line = line;
      this.emit(Op.RETURN_VALUE);
    });
  }

  /**
   * Emits the code that leaves every frame block up to the innermost loop (`toLoop`) or all of
   * them, then `final` with that loop. `preserve`: a value on top of the stack must survive.
   * While a block is being unwound it is popped, so code inlined for it (a finally body) is
   * protected by the enclosing handlers only — and may itself return/break/continue.
   */
  private unwind(preserve: boolean, toLoop: boolean, final: (loop: LoopBlock | null) => void): void {
    const top = this.fblocks[this.fblocks.length - 1];
    if (!top) return final(null);
    if (toLoop && (top.kind === "while" || top.kind === "for")) return final(top);
    this.fblocks.pop();
    try {
      this.unwindBlock(top, preserve, !toLoop);
      this.unwind(preserve, toLoop, final);
    } finally {
      this.fblocks.push(top);
    }
  }

  /** Whether a block still to be unwound expects the exact stack shape (`… x [value]`). */
  private stackShapeMatters(): boolean {
    return this.fblocks.some((fb) => fb.kind === "handler_body" || fb.kind === "finally_end" || fb.kind === "pop_value" || fb.kind === "with");
  }

  private unwindBlock(fb: FBlock, preserve: boolean, returning: boolean): void {
    switch (fb.kind) {
      case "while":
      case "try":
      case "except_region":
        return;
      case "for":
        // RETURN_VALUE discards the rest of the stack, so a returning path need not pop the
        // iterator unless a block below still has to find its own values on top.
        if (returning && !this.stackShapeMatters()) return;
        if (preserve) this.emit(Op.ROT_TWO);
        return this.emit(Op.POP_TOP);
      case "pop_value":
        if (preserve) this.emit(Op.ROT_TWO);
        return this.emit(Op.POP_TOP);
      case "finally_try": {
        const line = this.line;
        if (preserve) this.fblocks.push({ kind: "pop_value" });
        try {
          this.stmts(fb.finalbody);
        } finally {
          if (preserve) this.fblocks.pop();
        }
        this.line = line;
        return;
      }
      case "finally_end":
        if (preserve) this.emit(Op.ROT_TWO);
        this.emit(Op.POP_TOP); // the exception
        if (preserve) this.emit(Op.ROT_TWO);
        return this.emit(Op.POP_EXCEPT);
      case "handler_body":
        if (preserve) this.emit(Op.ROT_TWO);
        this.emit(Op.POP_EXCEPT);
        if (fb.name) this.unbindHandlerName(fb.name);
        return;
      case "with":
        // CPython: [SWAP 2]; exit(None, None, None); POP_TOP — outside the with's handler
        if (preserve) this.emit(Op.ROT_TWO);
        return this.callExitWithNones();
    }
  }

  private withBlock<T>(fb: FBlock, f: () => T): T {
    this.fblocks.push(fb);
    try {
      return f();
    } finally {
      const popped = this.fblocks.pop();
      if (popped !== fb) throw new Error("internal compiler error: frame block mismatch");
    }
  }

  private forStmt(target: Expr, iter: Expr, body: Stmt[], orelse: Stmt[]): void {
    const line = this.line;
    const start = new Label();
    const cleanup = new Label();
    const end = new Label();
    this.expr(iter);
    this.line = line;
    this.emit(Op.GET_ITER);
    this.bind(start);
    this.emit(Op.FOR_ITER, cleanup);
    this.withBlock({ kind: "for", start, end }, () => {
      this.store(target);
      this.stmts(body);
    });
    this.line = line;
    this.emit(Op.JUMP, start);
    this.bind(cleanup);
    this.stmts(orelse);
    this.bind(end);
  }

  private whileStmt(test: Expr, body: Stmt[], orelse: Stmt[]): void {
    const line = this.line;
    const truth = this.constTruth(test);
    if (truth === false) return this.stmts(orelse);
    const start = new Label();
    const orelseLabel = new Label();
    const end = new Label();
    this.bind(start);
    if (truth === null) this.jumpIf(test, false, orelseLabel);
    this.withBlock({ kind: "while", start, end }, () => this.stmts(body));
    this.line = line;
    this.emit(Op.JUMP, start);
    this.bind(orelseLabel);
    this.stmts(orelse);
    this.bind(end);
  }

  private ifStmt(test: Expr, body: Stmt[], orelse: Stmt[]): void {
    const truth = this.constTruth(test);
    if (truth === true) return this.stmts(body);
    if (truth === false) return this.stmts(orelse);
    const elseLabel = new Label();
    this.jumpIf(test, false, elseLabel);
    this.stmts(body);
    if (orelse.length) {
      const end = new Label();
      this.emit(Op.JUMP, end);
      this.bind(elseLabel);
      this.stmts(orelse);
      this.bind(end);
    } else {
      this.bind(elseLabel);
    }
  }

  /**
   * try/except[/else] (docs/image.md):
   *       <body>                       ; → H, depth d
   *       <else>; JUMP end
   *   H:  PUSH_EXC_INFO                ; → C, depth d+1 (through the type tests)
   *       <type> CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
   *       STORE e | POP_TOP
   *       <handler body>               ; → C, or → E when named
   *       POP_EXCEPT; [e = None; del e]; JUMP end
   *   E:  e = None; del e; RERAISE     (named handlers only)
   *   next: …
   *       RERAISE                      ; no handler matched
   *   C:  RERAISE
   *   end:
   * The RERAISEs that consume prev_handled lie outside C's range, since a handler's depth
   * (d+1) must never exceed the stack left after them.
   */
  private tryExcept(body: Stmt[], handlers: ExceptHandler[], orelse: Stmt[]): void {
    const line = this.line;
    const H = new Handler(this.instrs.length);
    const C = new Handler(null, H, 1);
    const end = new Label();
    this.withBlock({ kind: "try", handler: H }, () => this.stmts(body));
    this.stmts(orelse);
    this.line = line;
    this.emit(Op.JUMP, end);

    this.bind(H.label);
    this.fblocks.push({ kind: "except_region", handler: C });
    this.emit(Op.PUSH_EXC_INFO);
    let lastHadType = false;
    for (const h of handlers) {
      this.line = h.pos.line;
      const next = new Label();
      lastHadType = h.type !== null;
      if (h.type) {
        this.expr(h.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.emit(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) this.storeName(h.name);
      else this.emit(Op.POP_TOP);
      this.fblocks.pop(); // leave the type-test region
      if (h.name) {
        const name = h.name;
        const E = new Handler(null, H, 1);
        this.withBlock({ kind: "handler_body", handler: E, name }, () => this.stmts(h.body));
        this.line = h.pos.line;
        this.emit(Op.POP_EXCEPT);
        this.unbindHandlerName(name);
        this.emit(Op.JUMP, end);
        this.bind(E.label);
        this.unbindHandlerName(name);
        this.emit(Op.RERAISE);
      } else {
        this.withBlock({ kind: "handler_body", handler: C, name: null }, () => this.stmts(h.body));
        this.line = h.pos.line;
        this.emit(Op.POP_EXCEPT);
        this.emit(Op.JUMP, end);
      }
      this.bind(next);
      this.fblocks.push({ kind: "except_region", handler: C });
    }
    this.fblocks.pop();
    if (lastHadType) this.emit(Op.RERAISE); // nothing matched: restore prev_handled, re-raise
    this.bind(C.label);
    this.emit(Op.RERAISE);
    this.bind(end);
  }

  /**
   * try/finally (docs/image.md); the body is a try/except when there are handlers:
   *       <body>                 ; → F, depth d
   *       <finally body>         (normal path)
   *       JUMP exit
   *   F:  PUSH_EXC_INFO          ; → C, depth d+1
   *       <finally body>
   *       RERAISE
   *   C:  RERAISE
   *   exit:
   */
  private tryFinally(body: Stmt[], handlers: ExceptHandler[], orelse: Stmt[], finalbody: Stmt[], pos: Pos): void {
    const F = new Handler(this.instrs.length);
    const C = new Handler(null, F, 1);
    const exit = new Label();
    this.withBlock({ kind: "finally_try", handler: F, finalbody }, () => {
      if (handlers.length) this.tryExcept(body, handlers, orelse);
      else this.stmts(body);
    });
    this.stmts(finalbody);
    this.line = pos.line;
    this.emit(Op.JUMP, exit);

    this.bind(F.label);
    this.withBlock({ kind: "finally_end", handler: C }, () => {
      this.emit(Op.PUSH_EXC_INFO);
      this.stmts(finalbody);
    });
    this.emit(Op.RERAISE);
    this.bind(C.label);
    this.emit(Op.RERAISE);
    this.bind(exit);
  }

  /** `exit(None, None, None)` with `exit` on top of the stack, result discarded. */
  private callExitWithNones(): void {
    for (let i = 0; i < 3; i++) this.loadNone();
    this.emit(Op.CALL, 3);
    this.emit(Op.POP_TOP);
  }

  /**
   * `with` (docs/image.md); several items nest, the first outermost (CPython):
   *       <m>; BEFORE_WITH                       (exit enter_result)
   *       STORE x | POP_TOP      ; → H, depth d+1 (the exit stays below)
   *       <body>                 ; → H
   *       LOAD_CONST None ×3; CALL 3; POP_TOP; JUMP after
   *   H:  PUSH_EXC_INFO                          (exit prev exc)
   *       WITH_EXCEPT_START      ; → C, depth d+2
   *       POP_JUMP_IF_TRUE S     ; → C
   *       RERAISE                (the enclosing handler pops the exit)
   *   S:  POP_TOP; POP_EXCEPT; POP_TOP; JUMP after
   *   C:  RERAISE                (exit prev exc2)
   *   after:
   * Instructions without a range note belong to the enclosing handler, if any.
   */
  private withStmt(items: WithItem[], body: Stmt[], k: number, pos: Pos): void {
    const item = items[k];
    this.expr(item.contextExpr);
    this.line = pos.line;
    this.emit(Op.BEFORE_WITH);
    const H = new Handler(this.instrs.length, null, -1);
    const C = new Handler(null, H, 1);
    const S = new Label();
    const after = new Label();
    this.withBlock({ kind: "with", handler: H }, () => {
      if (item.optionalVars) this.store(item.optionalVars);
      else this.emit(Op.POP_TOP);
      if (k + 1 < items.length) this.withStmt(items, body, k + 1, pos);
      else this.stmts(body);
    });
    this.line = pos.line;
    this.callExitWithNones();
    this.emit(Op.JUMP, after);

    this.bind(H.label);
    this.emit(Op.PUSH_EXC_INFO);
    this.withBlock({ kind: "except_region", handler: C }, () => {
      this.emit(Op.WITH_EXCEPT_START);
      this.emit(Op.POP_JUMP_IF_TRUE, S);
    });
    this.emit(Op.RERAISE);
    this.bind(S);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.emit(Op.JUMP, after);
    this.bind(C.label);
    this.emit(Op.RERAISE);
    this.bind(after);
  }

  /**
   * class C(B): decorators; LOAD_CONST "C"; <bases tuple>; BUILD_MAP 0; DUP_TOP; <body function>;
   * ROT_TWO; CALL 1; POP_TOP; BUILD_CLASS; CALL 1 per decorator; STORE C (docs/image.md).
   * With metaclass=M, M is evaluated after the bases (CPython's order) and BUILD_CLASS 1 takes it.
   */
  private classDef(s: Extract<Stmt, { kind: "ClassDef" }>): void {
    for (const d of s.decorators) this.expr(d);
    this.line = s.pos.line;
    this.loadConstIndex(this.b.constStr(s.name));
    this.sequence(s.bases, "tuple");
    const meta = s.keywords.find((k) => k.name === "metaclass");
    if (meta) this.expr(meta.value);
    this.line = s.pos.line;
    this.emit(Op.BUILD_MAP, 0);
    this.emit(Op.DUP_TOP);
    const child = this.ctx.scopes.of(s);
    const body = s.body;
    this.makeFunction(child, null, (g) => g.compileClass(body));
    this.line = s.pos.line;
    this.emit(Op.ROT_TWO);
    this.emit(Op.CALL, 1);
    this.emit(Op.POP_TOP);
    this.emit(Op.BUILD_CLASS, meta ? 1 : 0);
    for (let i = 0; i < s.decorators.length; i++) this.emit(Op.CALL, 1);
    this.storeName(s.name);
  }

  private evalAndPop(e: Expr): void {
    if (e.kind === "Slice") {
      for (const p of [e.lower, e.upper, e.step]) if (p) this.evalAndPop(p);
      return;
    }
    if (e.kind === "Tuple") {
      for (const x of e.elts) this.evalAndPop(x);
      return;
    }
    this.expr(e);
    this.emit(Op.POP_TOP);
  }

  /** `from mod import *` (module level only: the subset check): the native _runtime.import_star(mod,
   * this module) copies mod's public names (its `__all__`, else the names not starting with `_`). */
  private importStar(mod: string): void {
    const self = this.ctx.moduleName ?? "__main__";
    this.emit(Op.IMPORT_NAME, this.attrName("_runtime"));
    this.emit(Op.LOAD_ATTR, this.attrName("import_star"));
    this.emit(Op.IMPORT_NAME, this.attrName(mod));
    this.emit(Op.IMPORT_NAME, this.attrName(self));
    this.emit(Op.CALL, 2);
    this.emit(Op.POP_TOP);
  }

  /** The absolute module name of `from <level dots><module> import …` (relative imports resolve here). */
  private importFromModule(module: string | null, level: number, pos: Pos): string {
    if (level === 0) return module ?? "";
    const pkg = this.ctx.package;
    if (!pkg) throw PySyntaxError.at("attempted relative import with no known parent package", this.ctx.filename, pos);
    const parts = pkg.split(".");
    if (level - 1 >= parts.length) throw PySyntaxError.at("attempted relative import beyond top-level package", this.ctx.filename, pos);
    const base = parts.slice(0, parts.length - (level - 1)).join(".");
    return module ? `${base}.${module}` : base;
  }

  // ---------------------------------------------------------------- assignment targets

  private store(t: Expr): void {
    const line = this.line;
    this.line = t.pos.line;
    switch (t.kind) {
      case "Name":
        this.storeName(t.id);
        break;
      case "Attribute":
        this.expr(t.value);
        this.emit(Op.STORE_ATTR, this.attrName(t.attr));
        break;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.STORE_SUBSCR);
        break;
      case "Tuple":
      case "List": {
        const star = t.elts.findIndex((e) => e.kind === "Starred");
        if (star < 0) this.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        else this.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8));
        for (const e of t.elts) this.store(e);
        break;
      }
      case "Starred":
        this.store(t.value);
        break;
      default:
        throw new Error(`internal compiler error: store to ${t.kind}`);
    }
    this.line = line;
  }

  private delTarget(t: Expr): void {
    switch (t.kind) {
      case "Name":
        return this.deleteName(t.id);
      case "Attribute":
        this.expr(t.value);
        return this.emit(Op.DELETE_ATTR, this.attrName(t.attr));
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        return this.emit(Op.DELETE_SUBSCR);
      case "Tuple":
      case "List":
        for (const e of t.elts) this.delTarget(e);
        return;
      default:
        throw new Error(`internal compiler error: del of ${t.kind}`);
    }
  }

  private augAssign(target: Expr, op: BinOpName, value: Expr): void {
    const line = this.line;
    const binop = BINARY_OPS[op] + INPLACE;
    switch (target.kind) {
      case "Name":
        this.loadName(target.id);
        this.expr(value);
        this.line = line;
        this.emit(Op.BINARY_OP, binop);
        return this.storeName(target.id);
      case "Attribute": {
        const attr = this.attrName(target.attr);
        this.expr(target.value);
        this.emit(Op.DUP_TOP);
        this.emit(Op.LOAD_ATTR, attr);
        this.expr(value);
        this.line = line;
        this.emit(Op.BINARY_OP, binop);
        this.emit(Op.ROT_TWO);
        return this.emit(Op.STORE_ATTR, attr);
      }
      case "Subscript":
        this.expr(target.value);
        this.expr(target.slice);
        this.emit(Op.DUP_TOP_TWO);
        this.emit(Op.BINARY_SUBSCR);
        this.expr(value);
        this.line = line;
        this.emit(Op.BINARY_OP, binop);
        this.emit(Op.ROT_THREE);
        return this.emit(Op.STORE_SUBSCR);
      default:
        throw new Error(`internal compiler error: augmented assignment to ${target.kind}`);
    }
  }

  // ---------------------------------------------------------------- expressions

  /** Evaluates `e` and jumps to `target` when its truth equals `when`; falls through otherwise. */
  private jumpIf(e: Expr, when: boolean, target: Label): void {
    if (e.kind === "UnaryOp" && e.op === "Not") return this.jumpIf(e.operand, !when, target);
    if (e.kind === "BoolOp") {
      // `a and b` jumps on false as soon as one is false; `a or b` jumps on true likewise.
      const shortCircuitsOn = e.op === "Or";
      if (when === shortCircuitsOn) {
        for (const v of e.values) this.jumpIf(v, when, target);
      } else {
        const skip = new Label();
        e.values.forEach((v, i) => {
          if (i < e.values.length - 1) this.jumpIf(v, !when, skip);
          else this.jumpIf(v, when, target);
        });
        this.bind(skip);
      }
      return;
    }
    this.expr(e);
    this.line = e.pos.line;
    this.emit(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  private tuple(elts: Expr[]): void {
    const folded = this.foldConst({ kind: "Tuple", pos: { line: this.line, col: 1 }, elts });
    if (folded !== null) return this.loadConstIndex(folded);
    if (elts.length > DISPLAY_CHUNK) return this.builtInParts(elts, -1, "tuple");
    for (const e of elts) this.expr(e);
    this.emit(Op.BUILD_TUPLE, elts.length);
  }

  private expr(e: Expr): void {
    const saved = this.line;
    this.line = e.pos.line;
    this.exprInner(e);
    this.line = saved;
  }

  private exprInner(e: Expr): void {
    switch (e.kind) {
      case "Name":
        return this.loadName(e.id);
      case "Const":
        return this.loadConstIndex(this.constIndex(e.value));
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        return this.emit(Op.BINARY_OP, BINARY_OPS[e.op]);
      case "UnaryOp": {
        const folded = this.foldConst(e);
        if (folded !== null) return this.loadConstIndex(folded);
        this.expr(e.operand);
        return this.emit(Op.UNARY_OP, UNARY_OPS[e.op]);
      }
      case "BoolOp": {
        const end = new Label();
        const op = e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) this.emit(op, end);
        });
        return this.bind(end);
      }
      case "Compare":
        return this.compare(e.left, e.ops, e.comparators);
      case "Call":
        return this.call(e.func, e.args, e.keywords);
      case "Attribute":
        this.expr(e.value);
        return this.emit(Op.LOAD_ATTR, this.attrName(e.attr));
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        return this.emit(Op.BINARY_SUBSCR);
      case "Slice":
        for (const p of [e.lower, e.upper]) {
          if (p) this.expr(p);
          else this.loadNone();
        }
        if (e.step) this.expr(e.step);
        return this.emit(Op.BUILD_SLICE, e.step ? 3 : 2);
      case "Tuple":
        return this.sequence(e.elts, "tuple");
      case "List":
        return this.sequence(e.elts, "list");
      case "Set":
        return this.sequence(e.elts, "set");
      case "Dict":
        return this.dict(e.keys, e.values);
      case "IfExp": {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        this.emit(Op.JUMP, end);
        this.bind(orelse);
        this.expr(e.orelse);
        return this.bind(end);
      }
      case "Lambda": {
        const body = e.body;
        return this.makeFunction(this.ctx.scopes.of(e), e.args, (g) => g.compileLambda(body));
      }
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
      case "DictComp": {
        const kind: ComprehensionKind = e.kind === "ListComp" ? "list" : e.kind === "SetComp" ? "set" : e.kind === "DictComp" ? "dict" : "generator";
        const parts = e.kind === "DictComp" ? [e.key, e.value] : [e.elt];
        const gens = e.generators;
        this.makeFunction(this.ctx.scopes.of(e), null, (g) => g.compileComprehension(gens, parts, kind));
        this.expr(gens[0].iter);
        this.emit(Op.GET_ITER);
        return this.emit(Op.CALL, 1);
      }
      case "Yield":
        if (e.value) this.expr(e.value);
        else this.loadNone();
        return this.emit(Op.YIELD_VALUE);
      case "YieldFrom": {
        // docs/image.md: <it>; GET_YIELD_FROM_ITER; LOAD_CONST None; L: SEND done; YIELD_VALUE; JUMP L; done:
        const loop = new Label();
        const done = new Label();
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadNone();
        this.bind(loop);
        this.emit(Op.SEND, done);
        this.emit(Op.YIELD_VALUE);
        this.emit(Op.JUMP, loop);
        return this.bind(done);
      }
      case "NamedExpr":
        this.expr(e.value);
        this.emit(Op.DUP_TOP);
        return this.store(e.target);
      case "JoinedStr":
        return this.joinedStr(e.values);
      case "FormattedValue":
        return this.formattedValue(e.value, e.conversion, e.spec);
      case "Starred":
      case "Other":
        throw new Error(`internal compiler error: unchecked ${e.kind}`);
    }
  }

  /**
   * Chained comparisons evaluate each middle operand once (CPython):
   *   a; b; DUP_TOP; ROT_THREE; OP; JUMP_IF_FALSE_OR_POP cleanup; c; OP; JUMP end
   *   cleanup: ROT_TWO; POP_TOP
   *   end:
   */
  private compare(left: Expr, ops: CmpOpName[], comparators: Expr[]): void {
    this.expr(left);
    if (ops.length === 1) {
      this.expr(comparators[0]);
      return this.compareOp(ops[0]);
    }
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < ops.length - 1; i++) {
      this.expr(comparators[i]);
      this.emit(Op.DUP_TOP);
      this.emit(Op.ROT_THREE);
      this.compareOp(ops[i]);
      this.emit(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(comparators[ops.length - 1]);
    this.compareOp(ops[ops.length - 1]);
    this.emit(Op.JUMP, end);
    this.bind(cleanup);
    this.emit(Op.ROT_TWO);
    this.emit(Op.POP_TOP);
    this.bind(end);
  }

  private compareOp(op: CmpOpName): void {
    switch (op) {
      case "Is":
        return this.emit(Op.IS_OP, 0);
      case "IsNot":
        return this.emit(Op.IS_OP, 1);
      case "In":
        return this.emit(Op.CONTAINS_OP, 0);
      case "NotIn":
        return this.emit(Op.CONTAINS_OP, 1);
      default:
        return this.emit(Op.COMPARE_OP, COMPARE_OPS[op] as number);
    }
  }

  private call(func: Expr, args: Expr[], keywords: Keyword[]): void {
    const line = this.line;
    if (args.some((a) => a.kind === "Starred") || keywords.some((k) => k.name === null)) {
      return this.callEx(func, args, keywords);
    }
    const n = args.length + keywords.length;
    if (func.kind === "Attribute" && keywords.length === 0) {
      this.expr(func.value);
      this.line = func.pos.line;
      this.emit(Op.LOAD_METHOD, this.attrName(func.attr));
      for (const a of args) this.expr(a);
      this.line = line;
      return this.emit(Op.CALL_METHOD, n);
    }
    if (func.kind === "Name" && func.id === "super" && n === 0 && this.zeroArgSuper()) return;
    this.expr(func);
    for (const a of args) this.expr(a);
    if (keywords.length === 0) return this.emit(Op.CALL, n);
    for (const k of keywords) this.expr(k.value);
    this.loadConstIndex(this.b.constTuple(keywords.map((k) => this.b.constStr(k.name as string))));
    this.emit(Op.CALL_KW, n);
  }

  /**
   * `super()` → `super(__class__, <first parameter>)` (docs/image.md) when this is a function with
   * a positional parameter, `super` is not rebound locally and the `__class__` cell is reachable;
   * otherwise a plain `super()` call, which fails at run time like CPython's.
   */
  private zeroArgSuper(): boolean {
    const s = this.scope;
    if (!s.isFunctionLike || s.argcount === 0) return false;
    if (s.kindOf("super") !== "global" || s.kindOf("__class__") !== "free") return false;
    this.loadName("super");
    this.emit(Op.LOAD_DEREF, s.slotOf("__class__"));
    const first = s.params[0];
    this.emit(s.kindOf(first) === "cell" ? Op.LOAD_DEREF : Op.LOAD_FAST, s.slotOf(first));
    this.emit(Op.CALL, 2);
    return true;
  }

  /**
   * A call with `*seq` or `**mapping` (CPython 3.11's ex_call): the positional arguments become
   * one tuple (a list built with LIST_APPEND / LIST_EXTEND, then LIST_TO_TUPLE — even for a lone
   * `*seq`, which CPython passes as it is), the keyword arguments one dict (runs of `k=v` as
   * BUILD_MAP, merged with DICT_MERGE, which rejects repeated keys), then CALL_FUNCTION_EX.
   */
  private callEx(func: Expr, args: Expr[], keywords: Keyword[]): void {
    const line = this.line;
    this.expr(func);
    this.sequence(args, "tuple");
    if (keywords.length) {
      let haveDict = false;
      let run: Keyword[] = [];
      const flush = () => {
        if (!run.length) return;
        for (const k of run) {
          this.loadConstIndex(this.b.constStr(k.name as string));
          this.expr(k.value);
        }
        this.emit(Op.BUILD_MAP, run.length);
        if (haveDict) this.emit(Op.DICT_MERGE, 1);
        haveDict = true;
        run = [];
      };
      for (const k of keywords) {
        if (k.name !== null) {
          run.push(k);
          continue;
        }
        flush();
        if (!haveDict) this.emit(Op.BUILD_MAP, 0);
        haveDict = true;
        this.expr(k.value);
        this.emit(Op.DICT_MERGE, 1);
      }
      flush();
    }
    this.line = line;
    this.emit(Op.CALL_FUNCTION_EX, keywords.length ? 1 : 0);
  }

  /**
   * A list / tuple / set display (CPython's starunpack_helper). Without `*x`: BUILD_LIST /
   * BUILD_SET n, tuples folded to a constant when they can be. With one: the elements before the
   * first star are built into the list or set, then each later element is added (LIST_APPEND 1 /
   * SET_ADD 1) or spread (LIST_EXTEND 1; for sets — there is no SET_UPDATE — a loop
   * `GET_ITER; L: FOR_ITER end; SET_ADD 2; JUMP L`); a tuple ends with LIST_TO_TUPLE. Past
   * DISPLAY_CHUNK elements the rest are added one by one too, so a long display needs no more
   * stack than a short one (the VM caps a code object's stack: docs/image.md).
   */
  private sequence(elts: Expr[], kind: "list" | "tuple" | "set"): void {
    const firstStar = elts.findIndex((e) => e.kind === "Starred");
    if (firstStar < 0 && kind === "tuple") return this.tuple(elts);
    this.builtInParts(elts, firstStar, kind);
  }

  /** sequence()'s list or set, built from up to DISPLAY_CHUNK leading elements, then added to. */
  private builtInParts(elts: Expr[], firstStar: number, kind: "list" | "tuple" | "set"): void {
    const build = kind === "set" ? Op.BUILD_SET : Op.BUILD_LIST;
    const built = Math.min(firstStar < 0 ? elts.length : firstStar, DISPLAY_CHUNK);
    for (let i = 0; i < built; i++) this.expr(elts[i]);
    this.emit(build, built);
    for (let i = built; i < elts.length; i++) {
      const e = elts[i];
      if (e.kind === "Starred") {
        this.expr(e.value);
        if (kind === "set") this.addAllLoop(Op.SET_ADD, false);
        else this.emit(Op.LIST_EXTEND, 1);
      } else {
        this.expr(e);
        this.emit(kind === "set" ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    if (kind === "tuple") this.emit(Op.LIST_TO_TUPLE);
  }

  /**
   * Adds every item of the iterable on top of the stack to the set / dict just below it:
   * `GET_ITER; L: FOR_ITER end; [UNPACK_SEQUENCE 2; ROT_TWO]; SET_ADD 2 | MAP_ADD 2; JUMP L; end:`.
   */
  private addAllLoop(op: Op, pairs: boolean): void {
    const loop = new Label();
    const end = new Label();
    this.emit(Op.GET_ITER);
    this.bind(loop);
    this.emit(Op.FOR_ITER, end);
    if (pairs) {
      this.emit(Op.UNPACK_SEQUENCE, 2); // value key
      this.emit(Op.ROT_TWO); // key value
    }
    this.emit(op, 2);
    this.emit(Op.JUMP, loop);
    this.bind(end);
  }

  /**
   * A dict display. Without `**`: k1 v1 … BUILD_MAP n. With: the leading `k: v` run (or an empty
   * dict) first; a `**m` into the still-empty dict is DICT_MERGE 1, later ones copy
   * `m.items()` with MAP_ADD (DICT_MERGE would reject repeated keys, which a display allows —
   * CPython uses DICT_UPDATE, which the bytecode lacks); later `k: v` pairs are MAP_ADD 1, as
   * are those past the first DISPLAY_CHUNK values.
   */
  private dict(keys: (Expr | null)[], values: Expr[]): void {
    let i = 0;
    while (i < keys.length && keys[i] !== null && 2 * i < DISPLAY_CHUNK) {
      this.expr(keys[i] as Expr);
      this.expr(values[i]);
      i++;
    }
    this.emit(Op.BUILD_MAP, i);
    let empty = i === 0;
    for (; i < keys.length; i++) {
      const k = keys[i];
      if (k === null) {
        this.expr(values[i]);
        if (empty) this.emit(Op.DICT_MERGE, 1);
        else {
          this.emit(Op.LOAD_METHOD, this.b.str("items"));
          this.emit(Op.CALL_METHOD, 0);
          this.addAllLoop(Op.MAP_ADD, true);
        }
      } else {
        this.expr(k);
        this.expr(values[i]);
        this.emit(Op.MAP_ADD, 1);
      }
      empty = false;
    }
  }

  private joinedStr(values: Expr[]): void {
    const parts = values.filter((v) => !(v.kind === "Const" && v.value.type === "str" && v.value.value === ""));
    if (parts.length === 0) return this.loadConstIndex(this.b.constStr(""));
    for (const p of parts) this.expr(p);
    if (parts.length > 1) this.emit(Op.BUILD_STRING, parts.length);
  }

  private formattedValue(value: Expr, conversion: number, spec: Expr | null): void {
    this.expr(value);
    if (spec) this.expr(spec);
    const conv = CONVERSIONS[conversion];
    if (conv === undefined) throw new Error(`internal compiler error: f-string conversion ${conversion}`);
    this.emit(Op.FORMAT_VALUE, conv | (spec ? FORMAT_HAS_SPEC : 0));
  }
}

/** Compiles one module's tree into the builder; returns the index of its module code object. */
export function generateModule(m: Module, ctx: CompileContext): number {
  return new CodeGen(ctx, ctx.scopes.module).compileModule(m);
}
