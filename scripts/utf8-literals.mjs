// asc transform: the string literals passed to the VM's text functions (LIT_FUNCTIONS) are stored
// once as UTF-8, [length byte][bytes], instead of AssemblyScript's UTF-16 string with its 20-byte
// header. `raiseLit(TypeError, "msg")` compiles as `raiseLit(TypeError, __lit7)`, where a generated
// file declares `@global @lazy export const __lit7: usize = memory.data<u8>([3, 109, 115, 103])`.
// The parameter that receives one has type Lit (assembly/objects/str.ts). A literal of another
// function is untouched. Listed in asconfig.json and as-pect.asconfig.json; hashed by
// scripts/build.js with the sources.
import { Transform } from "assemblyscript/transform";
import { Node, NodeKind, LiteralKind } from "assemblyscript";

// Functions whose string-literal arguments become Lit (every such argument, in any position). The
// literals returned by a function declared to return Lit, and the initializer of a variable
// declared Lit, are converted too.
export const LIT_FUNCTIONS = new Set([
  "strFromLiteral", "immortalStr", "raiseLit", "internName", "def", "defValue", "excType", "named", "nativeModule",
  "malformed", "setMessage", "appendMessage", "fail", "strRef",
  "bufLit", "raiseTypeBare", "raiseTypeUnquoted", "raiseTypeMsg", "raiseSpec", "writeSeq", "onlyKeywords", "arity",
  "cIntArg", "baseString", "queueReport", "reportIgnored", "needStr", "find", "justify", "noArgs", "codecOf", "intsOf",
  "refuse", "index", "badIndex", "decodeError", "needSame", "strEqLiteral", "kwarg", "param", "putLit",
]);

const MAX_LEN = 255; // one length byte

// Functions whose Lit arguments only ever reach the copying readers (bufLit, strFromLiteral,
// appendMessage), which expand dictionary words: their literals with a space (the messages, about
// 19 KB) are stored with the most frequent words as one byte each (messageWords below). A literal
// that other code compares or parses (a name, a list of names) is never one of these.
export const MESSAGE_FUNCTIONS = new Set([
  "raiseLit", "raiseTypeBare", "raiseTypeUnquoted", "raiseTypeMsg", "raiseSpec", "setMessage", "appendMessage",
  "bufLit", "malformed", "refuse",
]);

// The bytes that stand for a dictionary word: ASCII control characters no message contains (tab,
// newline and carriage return stay themselves). assembly/objects/str.ts litWord maps them back.
export const WORD_BYTES = [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31];
// DEL, then 128 + i: word WORD_BYTES.length + i, for up to MORE_WORDS less frequent words (a
// message is ASCII, so neither byte is ever part of a word or of another token).
export const WORD_ESCAPE = 127;
const MORE_WORDS = 128;

// Each distinct text once (AssemblyScript shares equal strings too): a global of the generated
// file holds its address; @lazy compiles it at its first use, wherever that is.
const LITERALS_PATH = "assembly/~utf8-literals.ts";
const texts = new Map(); // text -> global name
const messages = new Map(); // text -> global name, for the texts stored with dictionary words

const hasWordByte = (text) => [...text].some((c) => WORD_BYTES.includes(c.charCodeAt(0)) || c.charCodeAt(0) == WORD_ESCAPE);
const isMessage = (text) => text.includes(" ") && !hasWordByte(text) && Buffer.byteLength(text) == text.length;

function litData(text, range, message) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length > MAX_LEN) throw new Error(`${range.source.normalizedPath}: a Lit of ${bytes.length} bytes (at most ${MAX_LEN}): "${text}"`);
  const map = message && isMessage(text) ? messages : texts;
  if (!map.has(text)) map.set(text, `__lit${texts.size + messages.size}`);
  return Node.createIdentifierExpression(map.get(text), range);
}

/** Words chosen greedily: each time the printable ASCII substring (3 to 24 characters) whose
 * replacement saves the most bytes over all messages, counting its own copy in the dictionary;
 * one-byte tokens (WORD_BYTES) first, then up to MORE_WORDS two-byte ones (WORD_ESCAPE, index).
 * Counts are kept per substring and updated for the texts a choice changed. Deterministic: ties
 * go to the first found. */
export function messageWords(list) {
  let cur = [...list];
  const count = new Map();
  const tally = (t, d) => {
    for (let i = 0; i < t.length; i++) {
      for (let n = 1; n <= 24 && i + n <= t.length; n++) {
        const c = t.charCodeAt(i + n - 1);
        if (c < 32 || c > 126) break;
        if (n < 3) continue;
        const w = t.substr(i, n);
        count.set(w, (count.get(w) || 0) + d);
      }
    }
  };
  for (const t of cur) tally(t, 1);
  const words = [];
  while (words.length < WORD_BYTES.length + MORE_WORDS) {
    const tokenLen = words.length < WORD_BYTES.length ? 1 : 2;
    let best = null, saved = 0;
    for (const [w, k] of count) {
      // occurrences do not overlap once replaced: count them again for the candidates that could win
      if (k * (w.length - tokenLen) - w.length - 1 <= saved) continue;
      const real = cur.reduce((sum, t) => sum + t.split(w).length - 1, 0);
      const gain = real * (w.length - tokenLen) - w.length - 1;
      if (gain > saved) { best = w; saved = gain; }
    }
    if (!best) break;
    const token = wordToken(words.length);
    words.push(best);
    cur = cur.map((t) => {
      if (!t.includes(best)) return t;
      const u = t.split(best).join(token);
      tally(t, -1);
      tally(u, 1);
      return u;
    });
  }
  return words;
}

// The bytes that stand for word i (as a JS string of char codes below 256).
function wordToken(i) {
  return i < WORD_BYTES.length ? String.fromCharCode(WORD_BYTES[i]) : String.fromCharCode(WORD_ESCAPE, 128 + i - WORD_BYTES.length);
}

function encodeMessage(text, words) {
  for (let i = 0; i < words.length; i++) text = text.split(words[i]).join(wordToken(i));
  return Buffer.from(text, "latin1");
}

const dataGlobal = (name, bytes) => `@global @lazy export const ${name}: usize = memory.data<u8>([${[bytes.length, ...bytes].join(", ")}]);\n`;

function literalsSource() {
  let out = "";
  for (const [text, name] of texts) {
    if (hasWordByte(text)) throw new Error(`a Lit with a control character, which would read as a word: ${JSON.stringify(text)}`);
    out += dataGlobal(name, Buffer.from(text, "utf8"));
  }
  const words = messageWords([...messages.keys()]);
  for (const [text, name] of messages) out += dataGlobal(name, encodeMessage(text, words));
  // the dictionary: each word as a Lit, one after the other, in token order
  const dict = words.flatMap((w) => [w.length, ...Buffer.from(w, "utf8")]);
  out += `@global @lazy export const __litWords: usize = memory.data<u8>([${dict.length ? dict.join(", ") : "0"}]);\n`;
  return out;
}

// A literal argument, or a conditional choosing between literals, as Lit data; else unchanged.
function asLit(arg, message) {
  if (arg.kind == NodeKind.Literal && arg.literalKind == LiteralKind.String) return litData(arg.value, arg.range, message);
  if (arg.kind == NodeKind.Parenthesized) { arg.expression = asLit(arg.expression, message); return arg; }
  if (arg.kind == NodeKind.Ternary) { arg.ifThen = asLit(arg.ifThen, message); arg.ifElse = asLit(arg.ifElse, message); return arg; }
  return arg;
}

const isFunction = (node) => node.kind == NodeKind.FunctionDeclaration || node.kind == NodeKind.MethodDeclaration;

const isLit = (type) => type && type.kind == NodeKind.NamedType && type.name.identifier.text == "Lit";
const returnsLit = (node) => node.signature && isLit(node.signature.returnType);

// The returned literals of a function declared to return Lit (not those of a nested function).
function litReturns(node) {
  if (!node || typeof node != "object") return;
  if (Array.isArray(node)) { for (const n of node) litReturns(n); return; }
  if (node.kind === undefined || isFunction(node) || node.kind == NodeKind.Function) return;
  if (node.kind == NodeKind.Return && node.value) node.value = asLit(node.value);
  for (const key of Object.keys(node)) if (key != "range") litReturns(node[key]);
}

function visit(node, seen) {
  if (!node || typeof node != "object" || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) { for (const n of node) visit(n, seen); return; }
  if (node.kind == NodeKind.Call && node.expression.kind == NodeKind.Identifier && LIT_FUNCTIONS.has(node.expression.text)) {
    const message = MESSAGE_FUNCTIONS.has(node.expression.text);
    node.args = node.args.map((a) => asLit(a, message));
  }
  if (isFunction(node) && node.body && returnsLit(node)) litReturns(node.body.statements || node.body);
  if (node.kind == NodeKind.VariableDeclaration && node.initializer && isLit(node.type)) node.initializer = asLit(node.initializer);
  for (const key of Object.keys(node)) {
    if (key == "range" || key == "parent") continue;
    const v = node[key];
    if (v && typeof v == "object") visit(v, seen);
  }
}

export default class Utf8Literals extends Transform {
  afterParse(parser) {
    const seen = new Set();
    texts.clear();
    messages.clear();
    for (const source of parser.sources) {
      if (source.normalizedPath.startsWith("~lib/")) continue;
      visit(source.statements, seen);
    }
    parser.parseFile(literalsSource(), LITERALS_PATH, false);
  }
}
