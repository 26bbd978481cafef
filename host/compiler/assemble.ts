// The assembler: turns one code object's emitted instructions (with symbolic jump labels and
// exception handlers) into final instruction words, the exact maximum stack depth, the
// exception table and the line table.
//
// Exception handling follows docs/image.md: every instruction records the innermost handler
// active when it was emitted, so ranges never overlap; consecutive instructions with the same
// handler form one table entry. A handler's `depth` is the stack depth when its `try` began
// (the depth before its anchor instruction) or, for the cleanup handlers of an except/finally
// block, one more than the handler it cleans up after. The stack-depth pass walks the control
// flow graph; the handler target of a protected instruction starts at depth + 1 (the exception).
// Unreachable instructions are removed and the rest renumbered.

import { isJump, isTerminator, stackEffect, stackInputs } from "./effects";
import { Op } from "./opcodes";

export class Label {
  pos = -1;
}

export class Handler {
  readonly label = new Label();
  /** Resolved during assembly. */
  depth = -1;
  /**
   * @param anchor index of the first instruction of the protected region (its depth-before,
   *   plus `extra`, is this handler's depth), or null when `base` is given
   * @param base the handler whose depth this one extends by `extra`
   */
  constructor(readonly anchor: number | null, readonly base: Handler | null = null, readonly extra = 0) {}
}

export interface Instr {
  op: number;
  arg: number | Label;
  line: number;
  handler: Handler | null;
}

export interface ExcEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
}

export interface LineEntry {
  start: number;
  line: number;
}

export interface Assembled {
  code: number[];
  stacksize: number;
  exc: ExcEntry[];
  lines: LineEntry[];
}

export const MAX_ARG = 0xffffff;

function targetOf(ins: Instr, what: string): number {
  if (!(ins.arg instanceof Label)) throw new Error(`internal compiler error: ${what} without a label`);
  if (ins.arg.pos < 0) throw new Error(`internal compiler error: unbound label in ${what}`);
  return ins.arg.pos;
}

function argOf(ins: Instr): number {
  return ins.arg instanceof Label ? targetOf(ins, "argument") : ins.arg;
}

export function assemble(instrs: Instr[], where: string): Assembled {
  const n = instrs.length;
  const args = instrs.map(argOf);
  for (let i = 0; i < n; i++) {
    const a = args[i];
    if (!Number.isInteger(a) || a < 0 || a > MAX_ARG) throw new Error(`argument ${a} out of range in ${where}`);
    if (isJump(instrs[i].op) && a >= n) throw new Error(`internal compiler error: jump past the end in ${where}`);
  }

  // Stack depth before each instruction (-1: unreachable).
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const reach = (i: number, d: number, from: number) => {
    if (i >= n) throw new Error(`internal compiler error: control falls off the end of ${where}`);
    if (d < 0) throw new Error(`internal compiler error: stack underflow at ${from} in ${where}`);
    if (d > max) max = d;
    if (depth[i] === -1) {
      depth[i] = d;
      work.push(i);
    } else if (depth[i] !== d) {
      throw new Error(`internal compiler error: inconsistent stack depth at ${i} (${depth[i]} vs ${d}, from ${from}) in ${where}`);
    }
  };
  const handlerDepth = (h: Handler): number => {
    if (h.depth >= 0) return h.depth;
    if (h.base) h.depth = handlerDepth(h.base) + h.extra;
    else {
      const a = h.anchor ?? -1;
      if (a < 0 || a >= n || depth[a] < 0) throw new Error(`internal compiler error: unresolved handler depth in ${where}`);
      h.depth = depth[a] + h.extra;
    }
    return h.depth;
  };
  if (n > 0) reach(0, 0, 0);
  while (work.length) {
    const i = work.pop() as number;
    const ins = instrs[i];
    const d = depth[i];
    if (d < stackInputs(ins.op, args[i])) throw new Error(`internal compiler error: stack underflow at ${i} in ${where}`);
    if (ins.handler) reach(ins.handler.label.pos, handlerDepth(ins.handler) + 1, i);
    if (isJump(ins.op)) reach(args[i], d + stackEffect(ins.op, args[i], true), i);
    if (!isTerminator(ins.op)) reach(i + 1, d + stackEffect(ins.op, args[i], false), i);
    // transient peaks inside one instruction never exceed before/after for our ops
  }

  // Unreachable instructions are dropped (their depth is unknown, and the VM's loader checks
  // operand counts against stacksize), and so are jumps to the next kept instruction; jump
  // targets and handlers are renumbered.
  const keep = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (depth[i] < 0) continue;
    keep[i] = 1;
    if (instrs[i].op === Op.JUMP && args[i] > i) {
      let j = i + 1;
      while (j < args[i] && !keep[j]) j++;
      if (j === args[i]) keep[i] = 0;
    }
  }
  const newIndex = new Int32Array(n + 1);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    newIndex[i] = kept;
    if (keep[i]) kept++;
  }
  newIndex[n] = kept;
  const code: number[] = [];
  const lines: LineEntry[] = [];
  const exc: ExcEntry[] = [];
  let lastLine = -1;
  let cur: Handler | null = null;
  let start = 0;
  const flush = (end: number) => {
    if (cur && end > start) exc.push({ start, end, target: newIndex[cur.label.pos], depth: handlerDepth(cur) });
  };
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    const ins = instrs[i];
    const at = code.length;
    const arg = isJump(ins.op) ? newIndex[args[i]] : args[i];
    code.push(((arg << 8) | ins.op) >>> 0);
    if (ins.line !== lastLine) {
      lastLine = ins.line;
      lines.push({ start: at, line: ins.line });
    }
    if (ins.handler !== cur) {
      flush(at);
      cur = ins.handler;
      start = at;
    }
  }
  flush(code.length);

  return { code, stacksize: max, exc, lines };
}
