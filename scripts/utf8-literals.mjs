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

// Each distinct text once (AssemblyScript shares equal strings too): a global of the generated
// file holds its address; @lazy compiles it at its first use, wherever that is.
const LITERALS_PATH = "assembly/~utf8-literals.ts";
const texts = new Map(); // text -> global name

function litData(text, range) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length > MAX_LEN) throw new Error(`${range.source.normalizedPath}: a Lit of ${bytes.length} bytes (at most ${MAX_LEN}): "${text}"`);
  if (!texts.has(text)) texts.set(text, `__lit${texts.size}`);
  return Node.createIdentifierExpression(texts.get(text), range);
}

function literalsSource() {
  let out = "";
  for (const [text, name] of texts) {
    const bytes = Buffer.from(text, "utf8");
    out += `@global @lazy export const ${name}: usize = memory.data<u8>([${[bytes.length, ...bytes].join(", ")}]);\n`;
  }
  return out;
}

// A literal argument, or a conditional choosing between literals, as Lit data; else unchanged.
function asLit(arg) {
  if (arg.kind == NodeKind.Literal && arg.literalKind == LiteralKind.String) return litData(arg.value, arg.range);
  if (arg.kind == NodeKind.Parenthesized) { arg.expression = asLit(arg.expression); return arg; }
  if (arg.kind == NodeKind.Ternary) { arg.ifThen = asLit(arg.ifThen); arg.ifElse = asLit(arg.ifElse); return arg; }
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
    node.args = node.args.map(asLit);
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
    for (const source of parser.sources) {
      if (source.normalizedPath.startsWith("~lib/")) continue;
      visit(source.statements, seen);
    }
    parser.parseFile(literalsSource(), LITERALS_PATH, false);
  }
}
