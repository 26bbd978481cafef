// An independent check of a decoded image: every index in range, every jump inside its code,
// exception and line tables well formed, and a fresh stack-depth simulation (following the
// exception table the way the VM does) that must agree with each code's recorded stacksize.
// Returns a list of problems (empty = fine). Used by the tests on everything the compiler emits.

import { isJump, isTerminator, stackEffect, stackInputs, takesName, takesSlot } from "./effects";
import type { ImageCode, ImageInfo } from "./disasm";
import { Op, OP_COUNT } from "./opcodes";

function checkArg(info: ImageInfo, c: ImageCode, op: number, arg: number): string | null {
  const n = c.instrs.length;
  if (op >= OP_COUNT) return `unknown opcode ${op}`;
  if (op === Op.LOAD_CONST && arg >= info.consts.length) return `const ${arg} out of range`;
  if (takesName(op) && arg >= info.strings.length) return `name ${arg} out of range`;
  if (takesSlot(op) && arg >= c.nlocals) return `slot ${arg} out of range`;
  if (isJump(op) && arg >= n) return `jump target ${arg} out of range`;
  switch (op) {
    case Op.COPY_FREE_VARS:
      return arg === c.nfrees ? null : `COPY_FREE_VARS ${arg} but nfrees ${c.nfrees}`;
    case Op.MAKE_FUNCTION:
      return arg & ~(1 | 2 | 8) ? `bad MAKE_FUNCTION flags ${arg}` : null;
    case Op.BUILD_SLICE:
      return arg === 2 || arg === 3 ? null : `bad BUILD_SLICE ${arg}`;
    case Op.FORMAT_VALUE:
      return arg < 8 ? null : `bad FORMAT_VALUE ${arg}`;
    case Op.UNARY_OP:
      return arg < 4 ? null : `bad UNARY_OP ${arg}`;
    case Op.COMPARE_OP:
      return arg < 6 ? null : `bad COMPARE_OP ${arg}`;
    case Op.BINARY_OP:
      return arg <= 12 || (arg >= 16 && arg <= 28) ? null : `bad BINARY_OP ${arg}`;
    case Op.IS_OP:
    case Op.CONTAINS_OP:
      return arg <= 1 ? null : `bad invert flag ${arg}`;
    case Op.RAISE_VARARGS:
      return arg <= 2 ? null : `bad RAISE_VARARGS ${arg}`;
    case Op.LIST_APPEND:
    case Op.SET_ADD:
    case Op.MAP_ADD:
    case Op.LIST_EXTEND:
    case Op.DICT_MERGE:
      return arg >= 1 ? null : `${c.instrs.find((x) => x.op === op)?.name ?? op} 0`;
    case Op.CALL_FUNCTION_EX:
      return arg <= 1 ? null : `bad CALL_FUNCTION_EX ${arg}`;
    case Op.UNPACK_EX:
      return arg <= 0xffffff ? null : `bad UNPACK_EX ${arg}`;
    default:
      return null;
  }
}

/** Re-derives the stack depth of every reachable instruction; returns the maximum. */
function simulate(c: ImageCode, problems: string[], where: string): number {
  const n = c.instrs.length;
  const depth = new Array<number>(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const reach = (i: number, d: number, from: number) => {
    if (i >= n) return problems.push(`${where}: control falls off the end after ${from}`);
    if (d < 0) return problems.push(`${where}: stack underflow after ${from}`);
    max = Math.max(max, d);
    if (depth[i] < 0) {
      depth[i] = d;
      work.push(i);
    } else if (depth[i] !== d) problems.push(`${where}: depth ${depth[i]} vs ${d} at ${i} (from ${from})`);
  };
  if (n) reach(0, 0, 0);
  while (work.length) {
    const i = work.pop() as number;
    const { op, arg } = c.instrs[i];
    const d = depth[i];
    if (d < stackInputs(op, arg)) problems.push(`${where}: ${c.instrs[i].name} at ${i} needs ${stackInputs(op, arg)} values, has ${d}`);
    const entry = c.exc.find((e) => e.start <= i && i < e.end);
    if (entry) {
      if (entry.depth > d) problems.push(`${where}: handler depth ${entry.depth} above stack depth ${d} at ${i}`);
      reach(entry.target, entry.depth + 1, i);
    }
    if (isJump(op)) reach(arg, d + stackEffect(op, arg, true), i);
    if (!isTerminator(op)) reach(i + 1, d + stackEffect(op, arg, false), i);
  }
  return max;
}

export function verifyImage(info: ImageInfo): string[] {
  const problems: string[] = [];
  if (!info.modules.length) problems.push("no modules");
  else if (info.modules[0].name !== "__main__") problems.push(`modules[0] is ${info.modules[0].name}`);
  info.codes.forEach((c, ci) => {
    const where = `code ${ci} (${c.qualname})`;
    const n = c.instrs.length;
    if (c.argcount > c.nlocals) problems.push(`${where}: argcount > nlocals`);
    if (c.nfrees > c.nlocals) problems.push(`${where}: nfrees > nlocals`);
    if (c.localNames.length !== c.nlocals) problems.push(`${where}: localNames length`);
    if (!n) problems.push(`${where}: no instructions`);
    else if (!isTerminator(c.instrs[n - 1].op)) problems.push(`${where}: last instruction falls through`);
    c.instrs.forEach((ins, i) => {
      const p = checkArg(info, c, ins.op, ins.arg);
      if (p) problems.push(`${where} @${i}: ${p}`);
    });
    let lastEnd = 0;
    for (const e of c.exc) {
      if (!(e.start < e.end && e.end <= n && e.target < n)) problems.push(`${where}: bad exception entry ${JSON.stringify(e)}`);
      if (e.start < lastEnd) problems.push(`${where}: overlapping / unsorted exception entries`);
      lastEnd = e.end;
    }
    let lastStart = -1;
    for (const l of c.lines) {
      if (l.start <= lastStart || l.start >= n) problems.push(`${where}: bad line entry ${JSON.stringify(l)}`);
      if (l.line < 1) problems.push(`${where}: line ${l.line}`);
      lastStart = l.start;
    }
    if (n && (c.lines.length === 0 || c.lines[0].start !== 0)) problems.push(`${where}: line table does not start at 0`);
    const max = simulate(c, problems, where);
    if (max !== c.stacksize) problems.push(`${where}: stacksize ${c.stacksize} but simulated maximum ${max}`);
  });
  return problems;
}
