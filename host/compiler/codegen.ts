// Code generation: syntax tree → instructions for one code object at a time.
//
// One `CodeGen` compiles one scope (module, def, lambda or comprehension); nested scopes get
// their own CodeGen and become code constants. The tree has passed the subset checker and the
// scope analysis, so every node here is supported.
//
// Control flow that leaves a block early (`return`, `break`, `continue`) unwinds a stack of
// "frame blocks" like CPython's compiler: loops pop their iterator, try/finally bodies run an
// inlined copy of the finally body, except handlers run POP_EXCEPT (after ROT_TWO when a return
// value must be kept) and unbind their `as` name. Each frame block may carry the exception
// handler that protects the code emitted inside it; the innermost one is recorded on every
// instruction, and the assembler turns those into the exception table (docs/image.md).

import type { BinOpName, CmpOpName, Comprehension, ConstValue, Expr, ExceptHandler, Pos, Stmt, UnaryOpName, Module } from "./ast";
import { assemble, Handler, Instr, Label } from "./assemble";
import { PySyntaxError } from "./errors";
import { CodeFlag, CodeObject, ImageBuilder } from "./image";
import { Op } from "./opcodes";
import { COMP_ITER_PARAM, DICTCOMP_RESULT, Scope, ScopeTable } from "./scope";

export interface CompileContext {
  builder: ImageBuilder;
  filename: string;
  scopes: ScopeTable;
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
const MAKE_FUNCTION_CLOSURE = 8;

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
  | { kind: "pop_value" };

type LoopBlock = Extract<FBlock, { kind: "while" | "for" }>;

class CodeGen {
  private readonly instrs: Instr[] = [];
  private readonly fblocks: FBlock[] = [];
  private readonly codeIndex: number;
  private line: number;

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

  private unsupported(what: string, pos: Pos): never {
    throw PySyntaxError.unsupported(what, this.ctx.filename, pos);
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
      argcount: s.params.length,
      kwonlyargcount: 0,
      flags: s.isModule ? CodeFlag.Module : 0,
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
    this.stmts(m.body);
    this.loadNone();
    this.emit(Op.RETURN_VALUE);
    return this.finish();
  }

  compileFunction(body: Stmt[]): number {
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

  compileComprehension(gens: Comprehension[], parts: Expr[], dict: boolean): number {
    this.prologue();
    const result = dict ? this.scope.slotOf(DICTCOMP_RESULT) : -1;
    if (dict) {
      this.emit(Op.BUILD_MAP, 0);
      this.emit(Op.STORE_FAST, result);
    } else {
      this.emit(Op.BUILD_LIST, 0);
    }
    this.emit(Op.LOAD_FAST, this.scope.slotOf(COMP_ITER_PARAM));
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
      else if (dict) {
        this.expr(parts[0]);
        this.expr(parts[1]);
        this.emit(Op.ROT_TWO); // value key
        this.emit(Op.LOAD_FAST, result);
        this.emit(Op.ROT_TWO); // value dict key
        this.emit(Op.STORE_SUBSCR);
      } else {
        this.expr(parts[0]);
        this.emit(Op.LIST_APPEND, gens.length + 1);
      }
      this.emit(Op.JUMP, start);
      this.bind(end);
    };
    gen(0);
    if (dict) this.emit(Op.LOAD_FAST, result);
    this.emit(Op.RETURN_VALUE);
    return this.finish();
  }

  /** Builds a function object for `child` (defaults and closure from this scope) on the stack. */
  private makeFunction(child: Scope, defaults: Expr[], compileChild: (g: CodeGen) => number): void {
    let flags = 0;
    if (defaults.length) {
      this.tuple(defaults);
      flags |= MAKE_FUNCTION_DEFAULTS;
    }
    if (child.freevars.length) {
      for (const name of child.freevars) {
        const k = this.scope.kindOf(name);
        if (k !== "cell" && k !== "free") throw new Error(`internal compiler error: closure over ${k} '${name}'`);
        this.emit(Op.LOAD_CLOSURE, this.scope.slotOf(name));
      }
      this.emit(Op.BUILD_TUPLE, child.freevars.length);
      flags |= MAKE_FUNCTION_CLOSURE;
    }
    const index = compileChild(new CodeGen(this.ctx, child));
    this.loadConstIndex(this.b.constCode(index));
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  // ---------------------------------------------------------------- names

  private loadName(name: string): void {
    switch (this.scope.kindOf(name)) {
      case "local":
        return this.emit(Op.LOAD_FAST, this.scope.slotOf(name));
      case "cell":
      case "free":
        return this.emit(Op.LOAD_DEREF, this.scope.slotOf(name));
      case "global":
        return this.emit(Op.LOAD_GLOBAL, this.b.str(name));
    }
  }

  private storeName(name: string): void {
    switch (this.scope.kindOf(name)) {
      case "local":
        return this.emit(Op.STORE_FAST, this.scope.slotOf(name));
      case "cell":
      case "free":
        return this.emit(Op.STORE_DEREF, this.scope.slotOf(name));
      case "global":
        return this.emit(Op.STORE_GLOBAL, this.b.str(name));
    }
  }

  private deleteName(name: string, pos: Pos): void {
    switch (this.scope.kindOf(name)) {
      case "local":
        return this.emit(Op.DELETE_FAST, this.scope.slotOf(name));
      case "cell":
      case "free":
        return this.unsupported("deleting a variable captured by a nested function", pos);
      case "global":
        return this.emit(Op.DELETE_GLOBAL, this.b.str(name));
    }
  }

  /** `name = None; del name` — how an `except ... as name` handler unbinds its name. */
  private unbindHandlerName(name: string): void {
    this.loadNone();
    this.storeName(name);
    const k = this.scope.kindOf(name);
    if (k === "local" || k === "global") this.deleteName(name, { line: this.line, col: 1 });
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
        const child = this.ctx.scopes.of(s);
        this.makeFunction(child, s.args.defaults, (g) => g.compileFunction(s.body));
        this.line = s.pos.line;
        return this.storeName(s.name);
      }
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
        for (const a of s.names) {
          this.emit(Op.IMPORT_NAME, this.b.str(a.name));
          this.storeName(a.asname ?? a.name);
        }
        return;
      case "ImportFrom":
        this.emit(Op.IMPORT_NAME, this.b.str(s.module ?? ""));
        for (const a of s.names) {
          this.emit(Op.IMPORT_FROM, this.b.str(a.name));
          this.storeName(a.asname ?? a.name);
        }
        return this.emit(Op.POP_TOP);
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
    return this.fblocks.some((fb) => fb.kind === "handler_body" || fb.kind === "finally_end" || fb.kind === "pop_value");
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
        this.emit(Op.STORE_ATTR, this.b.str(t.attr));
        break;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.STORE_SUBSCR);
        break;
      case "Tuple":
      case "List":
        this.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        for (const e of t.elts) this.store(e);
        break;
      default:
        throw new Error(`internal compiler error: store to ${t.kind}`);
    }
    this.line = line;
  }

  private delTarget(t: Expr): void {
    switch (t.kind) {
      case "Name":
        return this.deleteName(t.id, t.pos);
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
        const attr = this.b.str(target.attr);
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
        return this.emit(Op.LOAD_ATTR, this.b.str(e.attr));
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
        return this.tuple(e.elts);
      case "List":
        for (const x of e.elts) this.expr(x);
        return this.emit(Op.BUILD_LIST, e.elts.length);
      case "Dict":
        e.keys.forEach((k, i) => {
          this.expr(k as Expr);
          this.expr(e.values[i]);
        });
        return this.emit(Op.BUILD_MAP, e.keys.length);
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
        return this.makeFunction(this.ctx.scopes.of(e), e.args.defaults, (g) => g.compileLambda(body));
      }
      case "ListComp":
      case "DictComp": {
        const dict = e.kind === "DictComp";
        const parts = e.kind === "DictComp" ? [e.key, e.value] : [e.elt];
        const gens = e.generators;
        this.makeFunction(this.ctx.scopes.of(e), [], (g) => g.compileComprehension(gens, parts, dict));
        this.expr(gens[0].iter);
        this.emit(Op.GET_ITER);
        return this.emit(Op.CALL, 1);
      }
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

  private call(func: Expr, args: Expr[], keywords: { name: string | null; value: Expr }[]): void {
    const line = this.line;
    const n = args.length + keywords.length;
    if (func.kind === "Attribute" && keywords.length === 0) {
      this.expr(func.value);
      this.line = func.pos.line;
      this.emit(Op.LOAD_METHOD, this.b.str(func.attr));
      for (const a of args) this.expr(a);
      this.line = line;
      return this.emit(Op.CALL_METHOD, n);
    }
    this.expr(func);
    for (const a of args) this.expr(a);
    if (keywords.length === 0) return this.emit(Op.CALL, n);
    for (const k of keywords) this.expr(k.value);
    this.loadConstIndex(this.b.constTuple(keywords.map((k) => this.b.constStr(k.name as string))));
    this.emit(Op.CALL_KW, n);
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
