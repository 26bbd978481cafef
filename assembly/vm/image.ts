// The image loader: validates a compiled image (docs/image.md) in place and builds its strings,
// constants and code objects. Bytecode is executed from the image itself. Every index an
// instruction can carry is checked here, so a malformed image is a load error, not a trap.
import { Value, IMMORTAL } from "../objects/object";
import { strFromBytes, asStr, countChars, STR_HEADER, Lit } from "../objects/str";
import { intFromI64, intFromMag, MAX_LIMBS } from "../objects/int";
import { floatNew } from "../objects/float";
import { bytesFrom } from "../objects/bytes";
import { tupleNew, tupleSet } from "../objects/tuple";
import { MAX_NESTING } from "../objects/nesting";
import { None, True, False, Ellipsis } from "../objects/singletons";
import { codeNew, asCode, CodeFlag, CodeObj } from "../objects/function";
import { obj } from "../objects/object";
import { alloc } from "../memory/heap";
import { internedGet } from "../objects/interned";
import { decrefCall } from "../memory/refcount";
import { Op, OP_COUNT } from "./opcodes";
import { frameBytes, frameExtent, MAX_FRAME_BYTES, MAX_STACK } from "./frame";
import { GEN_HEADER } from "../objects/generator";
import { setMessage, appendMessage, appendMessageBytes, appendNumber } from "./message";
import { verifyStack, verifyMessage, verifyAt } from "./verify";
import { CACHE_ENTRY, cacheInit } from "./caches";
import { fuse } from "./fuse";
import { utf8Valid } from "../builtins/codecs";

export let strs: u32 = 0;     // nstrs str Values
export let nstrs: u32 = 0;
export let consts: u32 = 0;   // nconsts Values
export let nconsts: u32 = 0;
export let codes: u32 = 0;    // ncodes code Values
export let ncodes: u32 = 0;
export let modules: u32 = 0;  // address of the module table in the image: (nameStr, codeIndex)
export let nmodules: u32 = 0;
export let sources: u32 = 0;  // address of the source section's first file in the image (vm/source.ts)
export let nsources: u32 = 0;

let pos: u32 = 0;
let end: u32 = 0;
let bad: bool = false;

function fail(what: Lit): void {
  if (!bad) { setMessage("malformed image: "); appendMessage(what); }
  bad = true;
  pos = end;
}

function need(n: u64): bool {
  if (bad) return false;
  if (<u64>pos + n > <u64>end) { fail("truncated"); return false; }
  return true;
}

function rd8(): u32 { if (!need(1)) return 0; const v = <u32>load<u8>(pos); pos += 1; return v; }
function rd16(): u32 { if (!need(2)) return 0; const v = <u32>load<u16>(pos); pos += 2; return v; }
function rd32(): u32 { if (!need(4)) return 0; const v = load<u32>(pos); pos += 4; return v; }

function table(n: u32): u32 {
  const p = alloc(n ? n << 2 : 4);
  if (!p) fail("does not fit in the memory budget");
  else memory.fill(p, 0, n << 2);
  return p;
}

function immortal(v: Value): Value {
  if (v && (v & 1) == 0) obj(v).rc = IMMORTAL;
  return v;
}

export function loadImage(base: u32, len: u32): bool {
  bad = false;
  pos = base;
  end = base + len;
  if (len < 12 || load<u32>(base) != 0x49504C53) { fail("bad magic (not an SLPI image)"); return false; }
  pos += 4;
  if (rd16() != 3) { fail("unsupported version"); return false; }
  rd16();
  if (rd32() != len) { fail("length does not match"); return false; }

  nstrs = rd32();
  if (nstrs > len) { fail("string count"); return false; }
  strs = table(nstrs);
  for (let i: u32 = 0; i < nstrs && !bad; i++) {
    const n = rd32();
    if (!need(n)) break;
    let s = strFromBytes(pos, n);
    if (!s) { fail("does not fit in the memory budget"); break; }
    // a name the VM already has (a builtin, a method): share its object
    const known = internedGet(s);
    if (known) { decrefCall(s); s = known; }
    store<u32>(strs + (i << 2), immortal(s));
    pos += n;
  }
  if (bad) return false;

  nconsts = rd32();
  if (nconsts > len) { fail("constant count"); return false; }
  const constsAt = pos;
  // the constant table holds each constant's depth while they are checked, its Value once made
  consts = table(nconsts);
  for (let i: u32 = 0; i < nconsts && !bad; i++) skipConst(i);
  if (bad) return false;
  memory.fill(consts, 0, nconsts << 2);

  ncodes = rd32();
  if (ncodes > len) { fail("code count"); return false; }
  codes = table(ncodes);
  for (let i: u32 = 0; i < ncodes && !bad; i++) readCode(i);
  if (bad) return false;

  nmodules = rd32();
  if (nmodules == 0 || nmodules > len) { fail("module table"); return false; }
  if (nmodules > MAX_STACK + 1) { fail("more than 8192 modules"); return false; } // a hook names one (Hook.MODULE)
  modules = pos;
  if (!need(<u64>nmodules << 3)) return false;
  for (let i: u32 = 0; i < nmodules && !bad; i++) {
    if (rd32() >= nstrs) fail("module name");
    const ci = rd32();
    if (ci >= ncodes) fail("module code");
    else if (!isModuleBody(asCode(imageCode(ci)))) fail("module code is not a module body");
  }
  if (bad) return false;
  readSources();
  if (bad) return false;
  if (pos != end) { fail("trailing bytes"); return false; }

  const after = pos;
  pos = constsAt;
  for (let i: u32 = 0; i < nconsts && !bad; i++) makeConst(i);
  pos = after;
  // superinstructions, once the constants they look at are made
  for (let i: u32 = 0; i < ncodes && !bad; i++) fuse(asCode(imageCode(i)).instr, asCode(imageCode(i)).ninstr);
  return !bad;
}

// The source section: files in increasing string index (so each at most once), each with its
// lines in increasing line number, each line non-empty UTF-8 without a line break. Printed as it
// is by the traceback, so what it may contain is checked here.
function readSources(): void {
  nsources = rd32();
  if (nsources > end - pos) { fail("source count"); return; }
  sources = pos;
  let after: u32 = 0; // the next file's string index must be at least this
  for (let i: u32 = 0; i < nsources && !bad; i++) {
    const file = rd32();
    if (file >= nstrs || file < after) { fail("source file"); return; }
    after = file + 1;
    const n = rd32();
    let prev: u32 = 0;
    for (let k: u32 = 0; k < n && !bad; k++) {
      const line = rd32(), len = rd32();
      if (line <= prev) { fail("source line order"); return; }
      prev = line;
      if (!need(len)) return;
      if (len == 0 || !utf8Valid(pos, len) || hasLineBreak(pos, len)) { fail("source line text"); return; }
      pos += len;
    }
  }
}

function hasLineBreak(p: u32, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + i);
    if (c == 0x0A || c == 0x0D) return true;
  }
  return false;
}

// A module runs as a function of no arguments and no closure (vm/modules.ts): its code must be
// one the compiler made for a module, or the frame would read parameters and cells it lacks.
function isModuleBody(c: CodeObj): bool {
  const ruled = CodeFlag.VARARGS | CodeFlag.VARKEYWORDS | CodeFlag.GENERATOR | CodeFlag.CLASS_BODY;
  return (c.flags & CodeFlag.MODULE) != 0 && (c.flags & ruled) == 0 && c.argcount == 0 && c.kwonly == 0 && c.nfrees == 0;
}

function skipConst(i: u32): void {
  const tag = rd8();
  switch (tag) {
    case 0: case 1: case 2: case 8: break;
    case 3: case 4: need(8); pos += 8; break;
    case 10: { // big int: signed limb count, then the limbs
      const n = <u64>abs<i32>(<i32>rd32());
      if (n > <u64>MAX_LIMBS) fail("int constant");
      else if (need(n << 2)) pos += <u32>n << 2;
      break;
    }
    case 5: if (rd32() >= nstrs) fail("string constant"); break;
    case 6: rd32(); break; // checked against ncodes when made
    case 9: { const n = rd32(); if (need(n)) pos += n; break; }
    case 7: {
      const n = rd32();
      if (!need(<u64>n << 2)) break;
      let depth: u32 = 0;
      for (let k: u32 = 0; k < n; k++) {
        const item = rd32();
        if (item >= i) { fail("tuple constant item"); break; }
        depth = max(depth, load<u32>(consts + (item << 2)));
      }
      // deeper than MAX_NESTING, every walk over the tuple would raise RecursionError
      if (++depth > <u32>MAX_NESTING) fail("tuple constant nested too deep");
      store<u32>(consts + (i << 2), depth);
      break;
    }
    default: fail("constant tag");
  }
}

function makeConst(i: u32): void {
  const tag = rd8();
  let v: Value = 0;
  switch (tag) {
    case 0: v = None; break;
    case 1: v = False; break;
    case 2: v = True; break;
    case 8: v = Ellipsis; break;
    case 3: v = intFromI64(load<i64>(pos)); pos += 8; break;
    case 10: {
      const size = <i32>rd32(), n = <u32>abs<i32>(size);
      v = intFromMag(size < 0, pos, n);
      pos += n << 2;
      break;
    }
    case 4: v = floatNew(load<f64>(pos)); pos += 8; break;
    case 5: v = load<u32>(strs + (rd32() << 2)); break;
    case 9: { const n = rd32(); v = bytesFrom(pos, n); pos += n; break; }
    case 6: {
      const c = rd32();
      if (c >= ncodes) { fail("code constant"); return; }
      v = load<u32>(codes + (c << 2));
      break;
    }
    case 7: {
      const n = rd32();
      v = tupleNew(n);
      if (!v) break;
      for (let k: u32 = 0; k < n; k++) tupleSet(v, k, load<u32>(consts + (rd32() << 2)));
      break;
    }
  }
  if (!v) { fail("does not fit in the memory budget"); return; }
  store<u32>(consts + (i << 2), immortal(v));
}

function strRef(what: Lit): Value {
  const i = rd32();
  if (i >= nstrs) { fail(what); return 0; }
  return load<u32>(strs + (i << 2));
}

function readCode(i: u32): void {
  const code = codeNew();
  if (!code) { fail("does not fit in the memory budget"); return; }
  store<u32>(codes + (i << 2), code);
  const c = asCode(code);
  c.name = strRef("code name");
  c.qualname = strRef("code qualname");
  c.filename = strRef("code filename");
  c.firstLine = rd32();
  c.argcount = rd16();
  c.kwonly = rd16();
  c.flags = rd16();
  c.nlocals = rd16();
  c.nfrees = rd16();
  c.stacksize = rd16();
  c.posonly = rd16();
  const doc = rd32();
  if (doc > nstrs) fail("docstring");
  else if (doc) c.doc = load<u32>(strs + ((doc - 1) << 2));
  if (c.posonly > c.argcount) fail("positional-only count");
  if (c.argcount + c.kwonly > c.nlocals || c.nfrees > c.nlocals) fail("local counts");
  if (c.flags & ~31) fail("unknown code flags");
  const params = c.argcount + c.kwonly + ((c.flags & CodeFlag.VARARGS) ? 1 : 0) + ((c.flags & CodeFlag.VARKEYWORDS) ? 1 : 0);
  if (params > c.nlocals || ((c.flags & CodeFlag.CLASS_BODY) && c.argcount != 1)) fail("parameter layout");
  c.localNames = pos;
  for (let k: u32 = 0; k < c.nlocals && !bad; k++) if (rd32() >= nstrs) fail("local name");
  c.ninstr = rd32();
  if (!need(<u64>c.ninstr << 2) || c.ninstr == 0) { fail("instructions"); return; }
  c.instr = pos;
  pos += c.ninstr << 2;
  c.nexc = rd32();
  if (!need(<u64>c.nexc << 4)) return;
  c.exc = pos;
  for (let k: u32 = 0; k < c.nexc && !bad; k++) {
    const s = rd32(), e = rd32(), t = rd32(), d = rd32();
    if (s > e || e > c.ninstr || t >= c.ninstr || d > c.stacksize) fail("exception table");
  }
  c.nlines = rd32();
  if (!need(<u64>c.nlines << 3)) return;
  c.lines = pos;
  pos += c.nlines << 3;
  c.frameSize = frameBytes(c.nlocals, c.stacksize);
  // a frame's saved sp and hook share a word (vm/frame.ts F_SPHOOK)
  if (c.stacksize > MAX_STACK) fail("stack size above 8191");
  if (GEN_HEADER + frameExtent(c.nlocals, c.stacksize) > MAX_FRAME_BYTES) fail("frame above 65520 bytes (locals and stack)");
  if (!bad) checkInstructions(c.instr, c.ninstr, c.nlocals, c.nfrees, c.stacksize);
  if (!bad && !verifyStack(c.instr, c.ninstr, c.exc, c.nexc, c.nlocals, c.stacksize)) {
    // where: the code object and the instruction, so a bad image can be looked at (disasm)
    fail(verifyMessage());
    appendMessage(" in ");
    appendMessageBytes(c.qualname + STR_HEADER, asStr(c.qualname).len);
    appendMessage(" at instruction ");
    appendNumber(verifyAt);
  }
  if (!bad) assignCaches(c);
}

// Gives each LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD and STORE_ATTR of a verified code object its inline cache
// entry (vm/caches.ts): the operand becomes the entry's number, the entry keeps the name.
function assignCaches(c: CodeObj): void {
  let n: u32 = 0;
  for (let k: u32 = 0; k < c.ninstr; k++) if (isCached(load<u32>(c.instr + (k << 2)) & 0xFF)) n++;
  if (!n) return;
  const t = alloc(n * CACHE_ENTRY);
  if (!t) { fail("does not fit in the memory budget"); return; }
  c.caches = t;
  n = 0;
  for (let k: u32 = 0; k < c.ninstr; k++) {
    const at = c.instr + (k << 2);
    const w = load<u32>(at);
    const op = w & 0xFF;
    if (!isCached(op)) continue;
    cacheInit(t + n * CACHE_ENTRY, w >>> 8, op == <u32>Op.LOAD_GLOBAL);
    store<u32>(at, op | (n << 8));
    n++;
  }
}

@inline function isCached(op: u32): bool {
  return op == <u32>Op.LOAD_GLOBAL || op == <u32>Op.LOAD_ATTR || op == <u32>Op.LOAD_METHOD || op == <u32>Op.STORE_ATTR;
}

function checkInstructions(at: u32, n: u32, nlocals: u32, nfrees: u32, stacksize: u32): void {
  for (let k: u32 = 0; k < n; k++) {
    const w = load<u32>(at + (k << 2));
    const op = <i32>(w & 0xFF);
    const arg = w >>> 8;
    if (op >= OP_COUNT) { fail("unknown opcode"); return; }
    switch (op) {
      case Op.LOAD_CONST: if (arg >= nconsts) fail("constant index"); break;
      case Op.LOAD_FAST: case Op.STORE_FAST: case Op.DELETE_FAST:
      case Op.LOAD_DEREF: case Op.STORE_DEREF: case Op.LOAD_CLOSURE: case Op.MAKE_CELL: case Op.DELETE_DEREF:
        if (arg >= nlocals) fail("local index");
        break;
      case Op.COPY_FREE_VARS: if (arg != nfrees) fail("free variable count"); break;
      case Op.LOAD_NAME: case Op.STORE_NAME: case Op.DELETE_NAME: case Op.DELETE_ATTR:
      case Op.LOAD_GLOBAL: case Op.STORE_GLOBAL: case Op.DELETE_GLOBAL: case Op.LOAD_ATTR:
      case Op.STORE_ATTR: case Op.LOAD_METHOD: case Op.IMPORT_NAME: case Op.IMPORT_FROM:
        if (arg >= nstrs) fail("name index");
        break;
      case Op.FOR_ITER: case Op.JUMP: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.SEND:
      case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
        if (arg >= n) fail("jump target");
        break;
      case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_STRING: case Op.UNPACK_SEQUENCE:
      case Op.LIST_APPEND: case Op.CALL: case Op.CALL_KW: case Op.CALL_METHOD: case Op.BUILD_SET:
      case Op.SET_ADD: case Op.MAP_ADD: case Op.LIST_EXTEND: case Op.DICT_MERGE:
        if (arg > stacksize) fail("operand count");
        break;
      case Op.BUILD_MAP: if (arg * 2 > stacksize) fail("operand count"); break;
      case Op.BUILD_SLICE: if (arg != 2 && arg != 3) fail("slice operand"); break;
      case Op.BINARY_OP: if ((arg & 15) > 12 || arg > 28) fail("binary operator"); break;
      case Op.UNARY_OP: if (arg > 3) fail("unary operator"); break;
      case Op.COMPARE_OP: if (arg > 5) fail("comparison"); break;
      case Op.RAISE_VARARGS: if (arg > 2) fail("raise operand"); break;
      case Op.BUILD_CLASS: if (arg > 1) fail("class operand"); break;
      case Op.LOAD_BUILD_CLASS: fail("classes are not supported yet"); break;
      default: break;
    }
    if (bad) return;
  }
  const last = load<u32>(at + ((n - 1) << 2)) & 0xFF;
  if (last != <u32>Op.RETURN_VALUE && last != <u32>Op.JUMP && last != <u32>Op.RERAISE && last != <u32>Op.RAISE_VARARGS) {
    fail("code does not end in a return, jump or raise");
  }
}

// The line of instruction index i in code c.
export function lineOf(code: Value, i: u32): u32 {
  const c = asCode(code);
  let line = c.firstLine;
  for (let k: u32 = 0; k < c.nlines; k++) {
    const e = c.lines + (k << 3);
    if (load<u32>(e) > i) break;
    line = load<u32>(e, 4);
  }
  return line;
}

@inline export function imageStr(i: u32): Value { return load<u32>(strs + (i << 2)); }
@inline export function imageConst(i: u32): Value { return load<u32>(consts + (i << 2)); }
@inline export function imageCode(i: u32): Value { return load<u32>(codes + (i << 2)); }

// For vm_init on a used instance: the state instantiation gave (runtime.ts, resetModules).
export function imageReset(): void {
  strs = 0; nstrs = 0; consts = 0; nconsts = 0; codes = 0; ncodes = 0; modules = 0; nmodules = 0;
  sources = 0; nsources = 0;
  pos = 0; end = 0; bad = false;
}
