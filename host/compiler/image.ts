// The image writer (format: docs/image.md): interns strings and constants, collects code objects
// and modules, and serialises them little-endian.

import type { ExcEntry, LineEntry } from "./assemble";

export const MAGIC = "SLPI";
export const IMAGE_VERSION = 3;

export const enum ConstTag {
  None = 0,
  False = 1,
  True = 2,
  Int = 3,
  Float = 4,
  Str = 5,
  Code = 6,
  Tuple = 7,
  Ellipsis = 8,
  Bytes = 9,
  BigInt = 10,
}

export const enum CodeFlag {
  VarArgs = 1,
  VarKeywords = 2,
  Generator = 4,
  Module = 8,
  ClassBody = 16,
}

export interface CodeObject {
  name: string;
  qualname: string;
  filename: string;
  firstLine: number;
  argcount: number;
  kwonlyargcount: number;
  /** The first `posonlyargcount` positional parameters cannot be passed by keyword. */
  posonlyargcount: number;
  flags: number;
  /** The docstring (`f.__doc__`), or null. */
  doc: string | null;
  localNames: string[];
  nfrees: number;
  stacksize: number;
  code: number[];
  exc: ExcEntry[];
  lines: LineEntry[];
}

type ConstEntry =
  | { tag: ConstTag.None | ConstTag.False | ConstTag.True | ConstTag.Ellipsis }
  | { tag: ConstTag.Int | ConstTag.BigInt; value: bigint }
  | { tag: ConstTag.Float; value: number }
  | { tag: ConstTag.Str | ConstTag.Code; index: number }
  | { tag: ConstTag.Tuple; items: number[] }
  | { tag: ConstTag.Bytes; value: Uint8Array };

// CPython's report of an uncaught exception prints a source line less its indentation (spaces,
// tabs, form feeds) and its line break, and nothing for a line of whitespace (str.isspace).
const INDENT = /^[ \t\f]+/;
const VISIBLE = /[^\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** A little-endian byte sink that grows as needed. */
export class ByteWriter {
  private buf = new Uint8Array(1024);
  private view = new DataView(this.buf.buffer);
  length = 0;

  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.length + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void {
    this.ensure(1);
    this.view.setUint8(this.length, v);
    this.length += 1;
  }
  u16(v: number): void {
    this.ensure(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
  }
  u32(v: number): void {
    this.ensure(4);
    this.view.setUint32(this.length, v >>> 0, true);
    this.length += 4;
  }
  i64(v: bigint): void {
    this.ensure(8);
    this.view.setBigInt64(this.length, v, true);
    this.length += 8;
  }
  f64(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.length, v, true);
    this.length += 8;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  patchU32(at: number, v: number): void {
    this.view.setUint32(at, v >>> 0, true);
  }
  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

function checkU16(v: number, what: string, where: string): number {
  if (!Number.isInteger(v) || v < 0 || v > 0xffff) throw new Error(`${what} (${v}) does not fit the image format in ${where}`);
  return v;
}

/** A frame's saved sp and hook share a word (assembly/vm/frame.ts F_SPHOOK): a code object's stack
 * has at most 8191 slots, and its frame (16 bytes of header, 4 per local and stack slot, 12 more
 * in a generator's block) at most 65520 bytes. The image loader rejects more too. */
function checkFrame(stacksize: number, slots: number, where: string): void {
  if (stacksize > 8191) throw new Error(`${where} needs a stack of ${stacksize} values (at most 8191: a display or call that long can be built in parts)`);
  if (28 + 4 * slots > 0xfff0) throw new Error(`${where} needs too large a frame: ${slots} locals and stack slots (at most 16373)`);
}

export class ImageBuilder {
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly consts: ConstEntry[] = [];
  private readonly constIndex = new Map<string, number>();
  private readonly codes: (CodeObject | null)[] = [];
  private readonly modules: { name: number; code: number }[] = [];
  /** Source text by filename, for the lines tracebacks print (the image's source section). */
  private readonly sources = new Map<string, string>();

  /** Interns a string; returns its index in the string table. */
  str(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  private intern(key: string, entry: ConstEntry): number {
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(entry);
      this.constIndex.set(key, i);
    }
    return i;
  }

  constNone(): number {
    return this.intern("N", { tag: ConstTag.None });
  }
  constBool(v: boolean): number {
    return v ? this.intern("T", { tag: ConstTag.True }) : this.intern("F", { tag: ConstTag.False });
  }
  constEllipsis(): number {
    return this.intern("E", { tag: ConstTag.Ellipsis });
  }
  constInt(v: bigint): number {
    const big = v < -(1n << 63n) || v >= 1n << 63n;
    return this.intern(`i${v}`, { tag: big ? ConstTag.BigInt : ConstTag.Int, value: v });
  }
  constFloat(v: number): number {
    const key = Object.is(v, -0) ? "f-0" : `f${v}`;
    return this.intern(key, { tag: ConstTag.Float, value: v });
  }
  constStr(s: string): number {
    const index = this.str(s);
    return this.intern(`s${index}`, { tag: ConstTag.Str, index });
  }
  /** A tuple of already-interned constants. */
  constTuple(items: number[]): number {
    return this.intern(`t${items.join(",")}`, { tag: ConstTag.Tuple, items: [...items] });
  }
  constBytes(b: Uint8Array): number {
    return this.intern(`b${Array.from(b).join(",")}`, { tag: ConstTag.Bytes, value: b });
  }
  constCode(codeIndex: number): number {
    return this.intern(`c${codeIndex}`, { tag: ConstTag.Code, index: codeIndex });
  }

  /** Reserves a code index (so a parent code object can precede its children). */
  reserveCode(): number {
    this.codes.push(null);
    return this.codes.length - 1;
  }
  setCode(index: number, code: CodeObject): void {
    this.codes[index] = code;
  }

  addModule(name: string, codeIndex: number): void {
    this.modules.push({ name: this.str(name), code: codeIndex });
  }

  /** Keeps the lines of `text` that the code objects of `filename` can report (see sourceLines). */
  addSource(filename: string, text: string): void {
    this.sources.set(filename, text);
  }

  /**
   * Per file with source, in string-index order: the lines a traceback can name (a code object's
   * first line and the lines of its line table), as CPython's report prints them (INDENT); blank
   * ones left out. Lines split where Python's tokenizer splits them (\n, \r\n, \r).
   */
  private sourceLines(): { filename: number; lines: [number, string][] }[] {
    const out: { filename: number; lines: [number, string][] }[] = [];
    for (const [filename, text] of this.sources) {
      const wanted = new Set<number>();
      for (const c of this.codes) {
        if (!c || c.filename !== filename) continue;
        wanted.add(c.firstLine);
        for (const l of c.lines) wanted.add(l.line);
      }
      const all = text.split(/\r\n|\r|\n/);
      const lines: [number, string][] = [];
      for (const n of [...wanted].sort((a, b) => a - b)) {
        const t = n >= 1 && n <= all.length ? all[n - 1].replace(INDENT, "") : "";
        if (VISIBLE.test(t)) lines.push([n, t]);
      }
      if (lines.length) out.push({ filename: this.str(filename), lines });
    }
    return out.sort((a, b) => a.filename - b.filename);
  }

  toBytes(): Uint8Array {
    // Intern every name a code object needs before the string table is written.
    const codes = this.codes.map((c, i) => {
      if (!c) throw new Error(`internal compiler error: code ${i} was never filled in`);
      return {
        c,
        name: this.str(c.name),
        qualname: this.str(c.qualname),
        filename: this.str(c.filename),
        locals: c.localNames.map((n) => this.str(n)),
        doc: c.doc === null ? 0 : this.str(c.doc) + 1,
      };
    });
    // (after the code objects' names, so a stripped image has the same string table)
    const sources = this.sourceLines();

    const w = new ByteWriter();
    for (const ch of MAGIC) w.u8(ch.charCodeAt(0));
    w.u16(IMAGE_VERSION);
    w.u16(0);
    w.u32(0); // total length, patched below

    const enc = new TextEncoder();
    w.u32(this.strings.length);
    for (const s of this.strings) {
      const b = enc.encode(s);
      w.u32(b.length);
      w.bytes(b);
    }

    w.u32(this.consts.length);
    for (const k of this.consts) {
      w.u8(k.tag);
      switch (k.tag) {
        case ConstTag.Int:
          w.i64(k.value);
          break;
        case ConstTag.BigInt: {
          // signed limb count, then the magnitude's u32 limbs, least significant first
          let m = k.value < 0n ? -k.value : k.value;
          const limbs: number[] = [];
          for (; m > 0n; m >>= 32n) limbs.push(Number(m & 0xffffffffn));
          w.u32(k.value < 0n ? -limbs.length : limbs.length);
          for (const l of limbs) w.u32(l);
          break;
        }
        case ConstTag.Float:
          w.f64(k.value);
          break;
        case ConstTag.Str:
        case ConstTag.Code:
          w.u32(k.index);
          break;
        case ConstTag.Tuple:
          w.u32(k.items.length);
          for (const it of k.items) w.u32(it);
          break;
        case ConstTag.Bytes:
          w.u32(k.value.length);
          w.bytes(k.value);
          break;
        default:
          break;
      }
    }

    w.u32(codes.length);
    for (const { c, name, qualname, filename, locals, doc } of codes) {
      const where = c.qualname;
      w.u32(name);
      w.u32(qualname);
      w.u32(filename);
      w.u32(c.firstLine);
      w.u16(checkU16(c.argcount, "argument count", where));
      w.u16(checkU16(c.kwonlyargcount, "keyword-only argument count", where));
      w.u16(c.flags);
      w.u16(checkU16(locals.length, "number of locals", where));
      w.u16(checkU16(c.nfrees, "number of free variables", where));
      w.u16(checkU16(c.stacksize, "stack size", where));
      checkFrame(c.stacksize, locals.length + c.stacksize, where);
      w.u16(c.posonlyargcount);
      w.u32(doc);
      for (const l of locals) w.u32(l);
      w.u32(c.code.length);
      for (const ins of c.code) w.u32(ins);
      w.u32(c.exc.length);
      for (const e of c.exc) {
        w.u32(e.start);
        w.u32(e.end);
        w.u32(e.target);
        w.u32(e.depth);
      }
      w.u32(c.lines.length);
      for (const l of c.lines) {
        w.u32(l.start);
        w.u32(l.line);
      }
    }

    w.u32(this.modules.length);
    for (const m of this.modules) {
      w.u32(m.name);
      w.u32(m.code);
    }

    w.u32(sources.length);
    for (const s of sources) {
      w.u32(s.filename);
      w.u32(s.lines.length);
      for (const [line, text] of s.lines) {
        const b = enc.encode(text);
        w.u32(line);
        w.u32(b.length);
        w.bytes(b);
      }
    }
    w.patchU32(8, w.length);
    return w.finish();
  }
}
