// Reading images back: `readImage` parses an image into plain objects (decoded instructions,
// resolved names), `disassemble` prints one for humans. Used by tests, `stackless compile
// --dis`-style debugging, and as an independent check of the writer.

import { isJump, takesName, takesSlot } from "./effects";
import { IMAGE_VERSION, MAGIC } from "./image";
import { Op } from "./opcodes";
import { opName } from "./opnames";

export type ImageConst =
  | { kind: "None" }
  | { kind: "bool"; value: boolean }
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "str"; str: number; value: string }
  | { kind: "code"; code: number }
  | { kind: "tuple"; items: number[] }
  | { kind: "Ellipsis" }
  | { kind: "bytes"; value: Uint8Array };

export interface ImageInstr {
  op: number;
  name: string;
  arg: number;
}

export interface ImageCode {
  nameStr: number;
  qualnameStr: number;
  filenameStr: number;
  name: string;
  qualname: string;
  filename: string;
  firstLine: number;
  argcount: number;
  kwonlyargcount: number;
  posonlyargcount: number;
  doc: string | null;
  flags: number;
  nlocals: number;
  nfrees: number;
  stacksize: number;
  localNameStrs: number[];
  localNames: string[];
  instrs: ImageInstr[];
  exc: { start: number; end: number; target: number; depth: number }[];
  lines: { start: number; line: number }[];
}

export interface ImageInfo {
  version: number;
  flags: number;
  length: number;
  strings: string[];
  consts: ImageConst[];
  codes: ImageCode[];
  modules: { nameStr: number; name: string; code: number }[];
  /** The source section: per file, the lines tracebacks can print (empty when stripped). */
  sources: { filename: string; lines: { line: number; text: string }[] }[];
}

class Reader {
  private pos = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(n: number): void {
    if (this.pos + n > this.bytes.length) throw new Error(`image truncated at byte ${this.pos}`);
  }
  get offset(): number {
    return this.pos;
  }
  u8(): number {
    this.need(1);
    return this.view.getUint8(this.pos++);
  }
  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  i64(): bigint {
    this.need(8);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }
  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  bytesOf(n: number): Uint8Array {
    this.need(n);
    const b = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  count(): number {
    const n = this.u32();
    if (n > this.bytes.length) throw new Error(`implausible count ${n} at byte ${this.pos - 4}`);
    return n;
  }
}

/** Parses an image. Throws on a malformed one (bad magic, truncation, out-of-range indexes). */
export function readImage(image: Uint8Array): ImageInfo {
  const r = new Reader(image);
  const magic = String.fromCharCode(r.u8(), r.u8(), r.u8(), r.u8());
  if (magic !== MAGIC) throw new Error(`bad magic ${JSON.stringify(magic)}`);
  const version = r.u16();
  if (version !== IMAGE_VERSION) throw new Error(`unsupported image version ${version}`);
  const flags = r.u16();
  const length = r.u32();
  if (length !== image.length) throw new Error(`image length field ${length} != actual ${image.length}`);

  const dec = new TextDecoder("utf-8", { fatal: true });
  const strings: string[] = [];
  for (let i = 0, n = r.count(); i < n; i++) strings.push(dec.decode(r.bytesOf(r.u32())));
  const str = (i: number, what: string): string => {
    if (i >= strings.length) throw new Error(`${what}: string index ${i} out of range`);
    return strings[i];
  };

  const consts: ImageConst[] = [];
  const nconsts = r.count();
  for (let i = 0; i < nconsts; i++) {
    const tag = r.u8();
    switch (tag) {
      case 0:
        consts.push({ kind: "None" });
        break;
      case 1:
      case 2:
        consts.push({ kind: "bool", value: tag === 2 });
        break;
      case 3:
        consts.push({ kind: "int", value: r.i64() });
        break;
      case 10: {
        const size = r.u32() | 0;
        let m = 0n;
        for (let k = 0; k < Math.abs(size); k++) m |= BigInt(r.u32()) << BigInt(32 * k);
        consts.push({ kind: "int", value: size < 0 ? -m : m });
        break;
      }
      case 4:
        consts.push({ kind: "float", value: r.f64() });
        break;
      case 5: {
        const s = r.u32();
        consts.push({ kind: "str", str: s, value: str(s, `const ${i}`) });
        break;
      }
      case 6:
        consts.push({ kind: "code", code: r.u32() });
        break;
      case 7: {
        const items: number[] = [];
        for (let j = 0, n = r.count(); j < n; j++) {
          const it = r.u32();
          if (it >= i) throw new Error(`const ${i}: tuple item ${it} is not an earlier constant`);
          items.push(it);
        }
        consts.push({ kind: "tuple", items });
        break;
      }
      case 8:
        consts.push({ kind: "Ellipsis" });
        break;
      case 9:
        consts.push({ kind: "bytes", value: r.bytesOf(r.u32()).slice() });
        break;
      default:
        throw new Error(`const ${i}: unknown tag ${tag}`);
    }
  }

  const codes: ImageCode[] = [];
  const ncodes = r.count();
  for (let i = 0; i < ncodes; i++) {
    const where = `code ${i}`;
    const nameStr = r.u32();
    const qualnameStr = r.u32();
    const filenameStr = r.u32();
    const firstLine = r.u32();
    const argcount = r.u16();
    const kwonlyargcount = r.u16();
    const cflags = r.u16();
    const nlocals = r.u16();
    const nfrees = r.u16();
    const stacksize = r.u16();
    const posonlyargcount = r.u16();
    const docStr = r.u32();
    const localNameStrs: number[] = [];
    for (let j = 0; j < nlocals; j++) localNameStrs.push(r.u32());
    const instrs: ImageInstr[] = [];
    for (let j = 0, n = r.count(); j < n; j++) {
      const w = r.u32();
      instrs.push({ op: w & 0xff, name: opName(w & 0xff), arg: w >>> 8 });
    }
    const exc: ImageCode["exc"] = [];
    for (let j = 0, n = r.count(); j < n; j++) exc.push({ start: r.u32(), end: r.u32(), target: r.u32(), depth: r.u32() });
    const lines: ImageCode["lines"] = [];
    for (let j = 0, n = r.count(); j < n; j++) lines.push({ start: r.u32(), line: r.u32() });
    codes.push({
      nameStr, qualnameStr, filenameStr,
      name: str(nameStr, where), qualname: str(qualnameStr, where), filename: str(filenameStr, where),
      firstLine, argcount, kwonlyargcount, posonlyargcount, doc: docStr ? str(docStr - 1, where) : null, flags: cflags, nlocals, nfrees, stacksize,
      localNameStrs, localNames: localNameStrs.map((s) => str(s, where)),
      instrs, exc, lines,
    });
  }

  const modules: ImageInfo["modules"] = [];
  for (let i = 0, n = r.count(); i < n; i++) {
    const nameStr = r.u32();
    const code = r.u32();
    if (code >= codes.length) throw new Error(`module ${i}: code index ${code} out of range`);
    modules.push({ nameStr, name: str(nameStr, `module ${i}`), code });
  }
  const sources: ImageInfo["sources"] = [];
  for (let i = 0, n = r.count(); i < n; i++) {
    const filename = str(r.u32(), `source ${i}`);
    const lines: { line: number; text: string }[] = [];
    for (let k = 0, m = r.count(); k < m; k++) lines.push({ line: r.u32(), text: dec.decode(r.bytesOf(r.u32())) });
    sources.push({ filename, lines });
  }
  if (r.offset !== image.length) throw new Error(`${image.length - r.offset} trailing bytes after the sources`);
  for (const [i, c] of consts.entries()) {
    if (c.kind === "code" && c.code >= codes.length) throw new Error(`const ${i}: code index ${c.code} out of range`);
  }
  return { version, flags, length, strings, consts, codes, modules, sources };
}

/** A short Python-ish rendering of a constant. */
export function constRepr(info: ImageInfo, i: number, depth = 0): string {
  const c = info.consts[i];
  if (!c) return `<bad const ${i}>`;
  switch (c.kind) {
    case "None":
      return "None";
    case "bool":
      return c.value ? "True" : "False";
    case "int":
      return c.value.toString();
    case "float":
      return Number.isInteger(c.value) && Math.abs(c.value) < 1e16 ? c.value.toFixed(1) : String(c.value);
    case "str":
      return JSON.stringify(c.value);
    case "code":
      return `<code ${c.code} ${info.codes[c.code]?.qualname ?? "?"}>`;
    case "tuple": {
      if (depth > 8) return "(...)";
      const items = c.items.map((it) => constRepr(info, it, depth + 1));
      return `(${items.join(", ")}${items.length === 1 ? "," : ""})`;
    }
    case "Ellipsis":
      return "Ellipsis";
    case "bytes":
      return `b${JSON.stringify(String.fromCharCode(...c.value))}`;
  }
}

const BINARY_OP_NAMES = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"];
const COMPARE_NAMES = ["<", "<=", "==", "!=", ">", ">="];
const UNARY_NAMES = ["-", "+", "not", "~"];

function argNote(info: ImageInfo, code: ImageCode, ins: ImageInstr): string {
  const a = ins.arg;
  if (ins.op === Op.LOAD_CONST) return constRepr(info, a);
  if (takesName(ins.op)) return info.strings[a] ?? "<bad name>";
  if (takesSlot(ins.op)) return code.localNames[a] ?? "<bad slot>";
  if (isJump(ins.op)) return `to ${a}`;
  switch (ins.op) {
    case Op.BINARY_OP:
      return a >= 16 ? `${BINARY_OP_NAMES[a - 16] ?? "?"}=` : BINARY_OP_NAMES[a] ?? "?";
    case Op.COMPARE_OP:
      return COMPARE_NAMES[a] ?? "?";
    case Op.UNARY_OP:
      return UNARY_NAMES[a] ?? "?";
    case Op.IS_OP:
      return a ? "is not" : "is";
    case Op.CONTAINS_OP:
      return a ? "not in" : "in";
    case Op.FORMAT_VALUE:
      return ["", "!s", "!r", "!a"][a & 3] + (a & 4 ? " with spec" : "");
    default:
      return "";
  }
}

const FLAG_NAMES: [number, string][] = [[1, "VARARGS"], [2, "VARKEYWORDS"], [4, "GENERATOR"], [8, "MODULE"], [16, "CLASS_BODY"]];

/** Human-readable dump of a whole image. */
export function disassemble(image: Uint8Array | ImageInfo): string {
  const info = image instanceof Uint8Array ? readImage(image) : image;
  const out: string[] = [];
  out.push(`image v${info.version}, ${info.length} bytes: ${info.strings.length} strings, ${info.consts.length} consts, ${info.codes.length} codes`);
  out.push("modules:");
  for (const m of info.modules) out.push(`  ${m.name} -> code ${m.code}`);
  for (const s of info.sources) out.push(`source ${s.filename}: ${s.lines.length} lines`);
  info.codes.forEach((c, i) => {
    const flags = FLAG_NAMES.filter(([b]) => c.flags & b).map(([, n]) => n).join("|") || "0";
    out.push("");
    out.push(`code ${i}: ${c.qualname} (${c.name}) ${c.filename}:${c.firstLine}`);
    out.push(`  argcount ${c.argcount}, kwonly ${c.kwonlyargcount}, flags ${flags}, nlocals ${c.nlocals}, nfrees ${c.nfrees}, stacksize ${c.stacksize}${c.posonlyargcount ? `, posonly ${c.posonlyargcount}` : ""}`);
    if (c.localNames.length) out.push(`  locals: ${c.localNames.map((n, j) => `${j}:${n}`).join(" ")}`);
    const lineAt = new Map(c.lines.map((l) => [l.start, l.line]));
    const targets = new Set<number>();
    for (const ins of c.instrs) if (isJump(ins.op)) targets.add(ins.arg);
    for (const e of c.exc) targets.add(e.target);
    c.instrs.forEach((ins, j) => {
      const line = lineAt.has(j) ? String(lineAt.get(j)).padStart(5) : "     ";
      const mark = targets.has(j) ? ">>" : "  ";
      const note = argNote(info, c, ins);
      out.push(`${line} ${mark}${String(j).padStart(5)} ${ins.name.padEnd(22)}${String(ins.arg).padStart(4)}${note ? `  (${note})` : ""}`);
    });
    if (c.exc.length) {
      out.push("  exception table:");
      for (const e of c.exc) out.push(`    ${e.start} to ${e.end} -> ${e.target} [${e.depth}]`);
    }
  });
  return out.join("\n") + "\n";
}
