// The program generator of the differential fuzzer: seeded, well-formed programs of the supported
// subset that terminate (bounded loops, recursion bounded by an explicit depth) and are
// deterministic in CPython (no id(), no default object reprs, sets printed sorted).
//
// A program is a list of top-level snippets, each self-contained (its names carry the snippet's
// number), so the minimiser can drop snippets and lines freely. Expressions are typed, so most of
// what is generated runs; what raises is caught and printed as `type(e).__name__, e`.

/** A small, fast, seeded generator (mulberry32): the same seed gives the same programs everywhere. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in lo..hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Value types the expression grammar knows: lists of ints or strs, dicts from str to int. */
type Ty = "int" | "float" | "str" | "bool" | "ilist" | "slist" | "tuple" | "dict";
const TYPES: Ty[] = ["int", "float", "str", "bool", "ilist", "slist", "tuple", "dict"];

/** Text that exercises the Unicode tables (case mapping, predicates) as well as ASCII. */
const WORDS = ["a", "ab", "Abc", "hello", "World", "x y", " pad ", "", "ß", "éte", "ÉTÉ", "İi", "ǅx", "12", "-7", "3.5", "a,b,c", "ﬁn", "Σσς", "日本", "tab\tz", "A1b2"];
const BIG = ["2**64", "2**63 - 1", "-2**63", "2**31", "-2**31 - 1", "10**20", "12345678901234567890123", "-(3**40)", "2**100 + 7", "0xFFFFFFFF", "1 << 62"];
const FLOATS = ["0.5", "1.25", "-3.0", "0.1", "2.5e10", "1e-7", "123.456", "-0.0", "7.0", "1e16", "3.141592653589793", "float('inf')", "float('nan')", "1e300", "2.0**0.5"];
const EXCEPTIONS = ["ValueError", "KeyError", "IndexError", "TypeError", "RuntimeError", "ZeroDivisionError", "AttributeError", "LookupError", "ArithmeticError"];

const q = (s: string): string => JSON.stringify(s).replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

/** Writes one program: lines with indentation, names unique per snippet. */
class Writer {
  readonly lines: string[] = [];
  private depth = 0;
  line(text: string): void {
    this.lines.push("    ".repeat(this.depth) + text);
  }
  /** `head:` then a body written by `body` (at least `pass`). */
  block(head: string, body: () => void): void {
    this.line(head + ":");
    this.depth++;
    const before = this.lines.length;
    body();
    if (this.lines.length === before) this.line("pass");
    this.depth--;
  }
}

/** Expressions and statements over typed variables in scope. */
class Gen {
  private vars = new Map<Ty, string[]>();
  private counter = 0;
  /** Loop nesting, so `break`/`continue` appear only inside loops. */
  private loops = 0;
  /** Nested statement depth, to keep programs small. */
  private nest = 0;
  constructor(
    readonly r: Rng,
    readonly w: Writer,
    readonly tag: string,
  ) {}

  fresh(prefix: string): string {
    return `${prefix}${this.tag}_${this.counter++}`;
  }

  declare(t: Ty, name: string): void {
    const list = this.vars.get(t) ?? [];
    list.push(name);
    this.vars.set(t, list);
  }

  private var(t: Ty): string | undefined {
    const list = this.vars.get(t);
    return list && list.length ? this.r.pick(list) : undefined;
  }

  /** An expression of type `t`; `d` bounds the nesting. */
  expr(t: Ty, d = 2): string {
    const r = this.r;
    const v = this.var(t);
    if (v && r.chance(0.35)) return v;
    if (d <= 0 || r.chance(0.25)) return this.leaf(t);
    const e = (u: Ty, at = d - 1) => this.expr(u, Math.min(at, d - 1));
    switch (t) {
      case "int":
        return r.pick<() => string>([
          () => `(${e("int")} ${r.pick(["+", "-", "*", "//", "%", "&", "|", "^"])} ${e("int")})`,
          () => `(${e("int")} ** ${r.int(0, 9)})`,
          () => `(${e("int")} ${r.pick(["<<", ">>"])} ${r.int(0, 70)})`,
          () => `${r.pick(["-", "~", "+"])}${e("int")}`,
          () => `len(${e(r.pick(["str", "ilist", "slist", "tuple", "dict"]))})`,
          () => `${r.pick(["abs", "int", "hash"])}(${e("int")})`,
          () => `int(${e("float")})`,
          () => `round(${e("float")})`,
          () => `${r.pick(["min", "max", "sum"])}(${e("ilist")})`,
          () => `${e("ilist")}[${e("int", 0)}]`,
          () => `${e("dict")}[${e("str", 0)}]`,
          () => `${e("dict")}.get(${e("str", 0)}, ${e("int", 0)})`,
          () => `${e("str")}.${r.pick(["count", "find", "rfind", "index"])}(${e("str", 0)})`,
          () => `divmod(${e("int")}, ${e("int")})[${r.int(0, 1)}]`,
          () => `pow(${e("int")}, ${r.int(0, 40)}, ${e("int")})`,
          () => `(${e("int")} if ${e("bool")} else ${e("int")})`,
          () => `int(${e("str")})`,
          () => `int(${q(r.pick(["ff", "777", "-101", "zz", "0x1f", "1_000"]))}, ${r.pick([16, 8, 2, 36, 0])})`,
          () => `(${e("int")}).bit_length()`,
          () => `(${e("bool")} + ${e("int")})`,
          () => `ord(${q(r.pick(["a", "Z", "é", "€", "日"]))})`,
          () => `${e("ilist")}.index(${e("int", 0)})`,
          () => `${e("ilist")}.count(${e("int", 0)})`,
          () => `sorted(${e("ilist")}, reverse=${r.pick(["True", "False"])})[0]`,
        ])();
      case "float":
        return r.pick<() => string>([
          () => `(${e("float")} ${r.pick(["+", "-", "*", "/", "//", "%"])} ${e(r.pick(["float", "int"]))})`,
          () => `(${e("int")} / ${e("int")})`,
          () => `(${e("float")} ** ${r.pick(["2", "0.5", "-1", "3", "0"])})`,
          () => `float(${e("int")})`,
          () => `float(${q(r.pick(["1.5", "-2e3", "inf", "nan", "1_0.5", "x", " 7 "]))})`,
          () => `round(${e("float")}, ${r.int(-2, 4)})`,
          () => `abs(${e("float")})`,
          () => `-${e("float")}`,
          () => `math.${r.pick(["sqrt", "floor", "ceil", "fabs", "exp", "log"])}(${e(r.pick(["float", "int"]))}) * 1.0`,
          () => `(${e("float")} if ${e("bool")} else ${e("float")})`,
          () => `${r.pick(["min", "max"])}(${e("float")}, ${e("int")}) * 1.0`,
        ])();
      case "str":
        return r.pick<() => string>([
          () => `(${e("str")} + ${e("str")})`,
          () => `(${e("str")} * ${r.int(-1, 3)})`,
          () => `${e("str")}[${e("int", 0)}]`,
          () => `${e("str")}[${this.slice()}]`,
          () => `${e("str")}.${r.pick(["upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase", "casefold"])}()`,
          () => `${e("str")}.replace(${e("str", 0)}, ${e("str", 0)})`,
          () => `${e("str")}.${r.pick(["center", "ljust", "rjust"])}(${r.int(-1, 9)}${r.chance(0.5) ? ", " + q(r.pick(["*", "-", "é"])) : ""})`,
          () => `${e("str")}.zfill(${r.int(0, 8)})`,
          () => `${q(r.pick(["", ",", "-", " / "]))}.join(${e("slist")})`,
          () => `str(${e(r.pick(TYPES))})`,
          () => `repr(${e(r.pick(TYPES))})`,
          () => `${r.pick(["hex", "bin", "oct"])}(${e("int")})`,
          () => `chr(${r.int(32, 0x2fff)})`,
          () => `f"${this.fpart()}${this.fpart()}"`,
          () => `("%s|%d|%r" % (${e("str")}, ${e("int")}, ${e("slist")}))`,
          () => `("%${r.pick(["5", "-4", "03", ""])}${r.pick(["d", "x", "s"])}" % ${e("int")})`,
          () => `("%.${r.int(0, 5)}f" % ${e("float")})`,
          () => `"{} {!r} {:>4}".format(${e("int")}, ${e("str")}, ${e("str", 0)})`,
          () => `format(${e("int")}, ${q(r.pick([",", "_", "08b", "x", "+d", "^9", "<5"]))})`,
          () => `format(${e("float")}, ${q(r.pick([".3f", ".2e", "g", ".3g", "10.2f", "%", ","]))})`,
          () => `${e("str")}.${r.pick(["removeprefix", "removesuffix"])}(${e("str", 0)})`,
          () => `(${e("str")} if ${e("bool")} else ${e("str")})`,
          () => `${e("slist")}[${e("int", 0)}]`,
          () => `min(${e("slist")})`,
          () => `${e("str")}.partition(${q(r.pick([",", " ", "l"]))})[${r.int(0, 2)}]`,
        ])();
      case "bool":
        return r.pick<() => string>([
          () => `(${e("int")} ${r.pick(["<", "<=", "==", "!=", ">", ">="])} ${e(r.pick(["int", "float"]))})`,
          () => `(${e("str")} ${r.pick(["<", "==", "!=", ">="])} ${e("str")})`,
          () => `(${e("str")} in ${e("str")})`,
          () => `(${e("int")} in ${e("ilist")})`,
          () => `(${e("str")} in ${e("dict")})`,
          () => `(${e("ilist")} ${r.pick(["<", "==", ">"])} ${e("ilist")})`,
          () => `(${e("tuple")} ${r.pick(["<", "==", "!="])} ${e("tuple")})`,
          () => `(not ${e("bool")})`,
          () => `(${e("bool")} ${r.pick(["and", "or"])} ${e("bool")})`,
          () => `${r.pick(["any", "all"])}(${e("ilist")})`,
          () => `${e("str")}.${r.pick(["isdigit", "isalpha", "isalnum", "isupper", "islower", "isspace", "istitle", "isdecimal", "isidentifier"])}()`,
          () => `${e("str")}.${r.pick(["startswith", "endswith"])}(${e("str", 0)})`,
          () => `isinstance(${e(r.pick(TYPES))}, ${r.pick(["int", "str", "float", "bool", "list", "tuple", "dict", "(int, str)"])})`,
          () => `bool(${e(r.pick(TYPES))})`,
          () => `(${e("float")} ${r.pick(["<", "==", ">"])} ${e("float")})`,
        ])();
      case "ilist":
        return r.pick<() => string>([
          () => `[${this.list(() => e("int"))}]`,
          () => `list(range(${r.int(-5, 5)}, ${r.int(-5, 12)}, ${r.pick([1, 2, 3, -1, -2])}))`,
          () => `sorted(${e("ilist")}${r.chance(0.4) ? ", key=lambda x: " + r.pick(["-x", "x % 3", "abs(x)", "str(x)"]) : ""})`,
          () => `[${r.pick(["x * 2", "x % 5", "x - 1", "-x", "x // 3"])} for x in ${e("ilist")}${r.chance(0.5) ? " if x " + r.pick(["> 0", "% 2", "!= 3"]) : ""}]`,
          () => `(${e("ilist")} + ${e("ilist")})`,
          () => `(${e("ilist")} * ${r.int(0, 3)})`,
          () => `${e("ilist")}[${this.slice()}]`,
          () => `list(reversed(${e("ilist")}))`,
          () => `list(map(${r.pick(["abs", "lambda v: v * v", "int"])}, ${e("ilist")}))`,
          () => `list(filter(lambda v: v ${r.pick(["> 1", "% 2 == 0", "!= 0"])}, ${e("ilist")}))`,
          () => `[len(s) for s in ${e("slist")}]`,
          () => `list(${e("dict")}.values())`,
          () => `[a ${r.pick(["+", "*", "-"])} b for a, b in zip(${e("ilist")}, ${e("ilist")})]`,
          () => `[i for i, _ in enumerate(${e("str")})]`,
          () => `list(divmod(${e("int")}, ${e("int")}))`,
          () => `list(${q(r.pick(["123", "9", ""]))}.encode())`,
        ])();
      case "slist":
        return r.pick<() => string>([
          () => `[${this.list(() => e("str"))}]`,
          () => `${e("str")}.split(${r.chance(0.5) ? q(r.pick([",", " ", "a"])) : ""})`,
          () => `sorted(${e("slist")}${r.chance(0.3) ? ", key=len" : ""})`,
          () => `list(${e("str")})`,
          () => `list(${e("dict")})`,
          () => `[s.upper() for s in ${e("slist")} if s]`,
          () => `[str(x) for x in ${e("ilist")}]`,
          () => `${e("slist")}[${this.slice()}]`,
          () => `(${e("slist")} + ${e("slist")})`,
          () => `${e("str")}.splitlines()`,
          () => `${e("str")}.rsplit(${q(r.pick([",", " "]))}, ${r.int(-1, 2)})`,
        ])();
      case "tuple":
        return r.pick<() => string>([
          () => `(${e(r.pick(TYPES))}, ${e(r.pick(TYPES))})`,
          () => `tuple(${e(r.pick(["ilist", "slist", "str"]))})`,
          () => `divmod(${e(r.pick(["int", "float"]))}, ${e(r.pick(["int", "float"]))})`,
          () => `${e("tuple")}[${this.slice()}]`,
          () => `(${e("tuple")} + (${e("int")},))`,
          () => `tuple(sorted(${e("dict")}.items()))`,
          () => `${e("str")}.partition(${q(r.pick([",", " ", "l"]))})`,
          () => `(${e("float")}).as_integer_ratio()`,
        ])();
      case "dict":
        return r.pick<() => string>([
          () => `{${this.list(() => `${e("str", 0)}: ${e("int")}`)}}`,
          () => `{s: len(s) for s in ${e("slist")}}`,
          () => `dict(zip(${e("slist")}, ${e("ilist")}))`,
          () => `{**${e("dict")}, ${e("str", 0)}: ${e("int")}}`,
          () => `dict(${e("dict")}, k=${e("int")})`,
          () => `dict.fromkeys(${e("slist")}, ${e("int", 0)})`,
          () => `{k: v for k, v in ${e("dict")}.items() if v ${r.pick(["> 0", "% 2", "!= 1"])}}`,
        ])();
    }
  }

  private leaf(t: Ty): string {
    const r = this.r;
    switch (t) {
      case "int":
        return r.chance(0.15) ? `(${r.pick(BIG)})` : String(r.pick([0, 1, 2, 3, -1, 7, 10, 255, -13, 100, 2 ** 30, 1000003, r.int(-50, 50)]));
      case "float":
        return r.pick(FLOATS);
      case "str":
        return q(r.pick(WORDS));
      case "bool":
        return r.pick(["True", "False"]);
      case "ilist":
        return `[${this.list(() => this.leaf("int"))}]`;
      case "slist":
        return `[${this.list(() => this.leaf("str"))}]`;
      case "tuple":
        return `(${this.leaf("int")}, ${this.leaf("str")})`;
      case "dict":
        return `{${this.list(() => `${q(r.pick(WORDS))}: ${this.leaf("int")}`)}}`;
    }
  }

  private list(item: () => string): string {
    const n = this.r.int(0, 4);
    return Array.from({ length: n }, item).join(", ");
  }

  private slice(): string {
    const r = this.r;
    const b = () => (r.chance(0.3) ? "" : String(r.int(-4, 6)));
    return `${b()}:${b()}${r.chance(0.3) ? ":" + r.pick(["-1", "2", "-2", "3"]) : ""}`;
  }

  /** One f-string replacement field. */
  private fpart(): string {
    const r = this.r;
    const t = r.pick<Ty>(["int", "float", "str"]);
    const spec = { int: ["", ":5", ":<4", ":+", ":x", ":,", ":08b", "!r"], float: ["", ":.2f", ":8.3f", ":e", ":g", ":.1%"], str: ["", ":>6", ":^7", "!r", ":.2"] }[t as "int" | "float" | "str"];
    // f-string expressions may not reuse the outer quote character before 3.12: single quotes inside
    return `{${this.expr(t, 1).replace(/"/g, "'")}${r.pick(spec)}} `;
  }

  /** Prints expressions (caught if they raise). */
  printStmt(): void {
    const n = this.r.int(1, 3);
    const parts = Array.from({ length: n }, () => this.expr(this.r.pick(TYPES)));
    this.w.line(`print(${parts.join(", ")})`);
  }

  /** One statement over the variables in scope (may open blocks). */
  stmt(): void {
    const r = this.r;
    const w = this.w;
    const compound = this.nest < 2;
    const choice = r.int(0, compound ? 15 : 9);
    switch (choice) {
      case 0:
      case 1: {
        const t = r.pick(TYPES);
        const name = this.fresh("v");
        w.line(`${name} = ${this.expr(t)}`);
        this.declare(t, name);
        return;
      }
      case 2:
        return this.printStmt();
      case 3: {
        const v = this.var("ilist");
        if (!v) return this.printStmt();
        const e = () => this.expr("int", 1);
        w.line(
          r.pick([
            () => `${v}.append(${e()})`,
            () => `${v}.insert(${e()}, ${e()})`,
            () => `print(${v}.pop(${r.chance(0.5) ? e() : ""}))`,
            () => `${v}.sort(${r.pick(["", "reverse=True", "key=lambda x: -x"])})`,
            () => `${v}.extend(${this.expr("ilist", 1)})`,
            () => `del ${v}[${this.r.chance(0.5) ? e() : this.slice()}]`,
            () => `${v}[${e()}] = ${e()}`,
            () => `${v}[${this.slice()}] = ${this.expr("ilist", 1)}`,
            () => `${v}.remove(${e()})`,
            () => `${v}.reverse()`,
            () => `${v} += ${this.expr("ilist", 1)}`,
            () => `${v} *= ${r.int(0, 2)}`,
          ])(),
        );
        return;
      }
      case 4: {
        const v = this.var("dict");
        if (!v) return this.printStmt();
        const k = () => this.expr("str", 0);
        w.line(
          r.pick([
            () => `${v}[${k()}] = ${this.expr("int", 1)}`,
            () => `print(${v}.pop(${k()}${r.chance(0.5) ? ", None" : ""}))`,
            () => `del ${v}[${k()}]`,
            () => `print(${v}.setdefault(${k()}, ${this.expr("int", 0)}))`,
            () => `${v}.update(${this.expr("dict", 1)})`,
            () => `print(sorted(${v}.items()), list(${v}.keys()))`,
            () => `print(${v}.popitem() if ${v} else None)`,
            () => `${v}.clear()`,
          ])(),
        );
        return;
      }
      case 5: {
        const t = r.pick<Ty>(["int", "str", "float"]);
        const v = this.var(t);
        if (!v) return this.printStmt();
        const op = t === "str" ? "+=" : r.pick(["+=", "-=", "*=", "//=", "%="]);
        w.line(`${v} ${op} ${this.expr(t === "float" ? r.pick(["int", "float"]) : t, 1)}`);
        return;
      }
      case 6: {
        // unpacking
        const a = this.fresh("u");
        const b = this.fresh("u");
        if (r.chance(0.5)) {
          w.line(`${a}, *${b} = ${this.expr(r.pick(["ilist", "str", "tuple"]))}`);
          this.declare("ilist", b);
        } else {
          w.line(`${a}, ${b} = ${this.expr("tuple")}`);
        }
        w.line(`print(${a}, ${b})`);
        return;
      }
      case 7:
        if (this.loops > 0) return w.line(r.pick(["break", "continue"]));
        return this.printStmt();
      case 8:
        return w.line(`assert ${this.expr("bool", 1)}, ${this.expr("str", 0)}`);
      case 9: {
        const s = this.var("str") ?? q(r.pick(WORDS));
        w.line(`print(${r.pick([`${s}.split()`, `sorted(set(${s}))`, `${s}.encode()`, `list(enumerate(${s}[:3]))`, `${s}.count("a")`, `ascii(${s})`])})`);
        return;
      }
      case 10:
      case 11:
        return this.nested(() =>
          w.block(`if ${this.expr("bool")}`, () => this.stmts(r.int(1, 3))),
          () => {
            if (r.chance(0.3)) w.block(`elif ${this.expr("bool")}`, () => this.stmts(r.int(1, 2)));
            if (r.chance(0.5)) w.block("else", () => this.stmts(r.int(1, 2)));
          },
        );
      case 12: {
        const x = this.fresh("i");
        const src = r.pick<() => [string, Ty]>([
          () => [`range(${r.int(0, 6)})`, "int"],
          () => [this.expr("ilist", 1), "int"],
          () => [this.expr("str", 1), "str"],
          () => [`sorted(${this.expr("dict", 1)})`, "str"],
        ])();
        return this.nested(() =>
          w.block(`for ${x} in ${src[0]}`, () => {
            this.declare(src[1], x);
            this.loops++;
            this.stmts(r.int(1, 3));
            this.loops--;
          }),
          () => {
            if (r.chance(0.3)) w.block("else", () => w.line(`print("no break")`));
          },
        );
      }
      case 13: {
        const n = this.fresh("n");
        w.line(`${n} = ${r.int(0, 5)}`);
        return this.nested(() =>
          w.block(`while ${n} > 0`, () => {
            w.line(`${n} -= 1`);
            this.loops++;
            this.stmts(r.int(1, 3));
            this.loops--;
          }),
        );
      }
      case 14:
        return this.nested(() => this.tryStmt());
      case 15: {
        const f = this.fresh("lam");
        w.line(`${f} = lambda a, b=${this.expr("int", 0)}: ${r.pick(["a + b", "a * b", "(a, b)", "[a] * 2", "a if a > b else b"])}`);
        w.line(`print(${f}(${this.expr("int", 1)}), ${f}(${this.expr("int", 0)}, b=${this.expr("int", 0)}))`);
        return;
      }
    }
  }

  private nested(open: () => void, rest?: () => void): void {
    this.nest++;
    open();
    rest?.();
    this.nest--;
  }

  stmts(n: number): void {
    for (let i = 0; i < n; i++) this.stmt();
  }

  /** try with one or more handlers, else, finally: exceptions printed as type and message. */
  tryStmt(): void {
    const r = this.r;
    const w = this.w;
    w.block("try", () => {
      this.stmts(r.int(1, 3));
      if (r.chance(0.3)) w.line(`raise ${r.pick(EXCEPTIONS)}(${this.expr("str", 0)})`);
    });
    const e = this.fresh("e");
    if (r.chance(0.4)) w.block(`except (${r.pick(EXCEPTIONS)}, ${r.pick(EXCEPTIONS)}) as ${e}`, () => w.line(`print("caught", type(${e}).__name__, ${e})`));
    w.block(`except Exception as ${e}`, () => {
      w.line(`print("caught", type(${e}).__name__, ${e}${r.chance(0.3) ? `, ${e}.args` : ""})`);
      if (r.chance(0.2)) this.stmt();
    });
    if (r.chance(0.3)) w.block("else", () => w.line(`print("no exception")`));
    if (r.chance(0.4)) w.block("finally", () => w.line(`print("finally")`));
  }
}

// ---- snippets: the top-level units of a program ----------------------------------------------

type Snippet = (g: Gen) => void;

/** A few statements over fresh variables, inside try so what raises is printed. */
const statements: Snippet = (g) => {
  g.w.block("try", () => {
    const n = g.r.int(2, 6);
    for (let i = 0; i < n; i++) g.stmt();
    g.printStmt();
  });
  g.w.block("except Exception as exc", () => g.w.line(`print("!", type(exc).__name__, exc)`));
};

/** A function with defaults, *args, **kwargs, called with many argument shapes. */
const functions: Snippet = (g) => {
  const { r, w } = g;
  const f = g.fresh("f");
  const shape = r.int(0, 3);
  const params = ["a", "b=" + g.expr("int", 0), "*args", "c=" + g.expr("str", 0), "**kw"].filter((_, i) => shape >= 2 || i !== 4).filter((_, i) => shape !== 0 || i < 2);
  const kwOnly = shape === 1 ? ["a", "/", "b=2", "*", "k=" + g.expr("int", 0)] : null;
  w.block(`def ${f}(${(kwOnly ?? params).join(", ")})`, () => {
    const inner = new Gen(r, w, g.tag + "f");
    inner.declare("int", "a");
    if (!kwOnly) inner.declare("int", "b");
    else inner.declare("int", "k");
    w.line(`print("${f}", ${kwOnly ? "a, b, k" : params.map((p) => p.replace(/=.*|\*/g, "")).join(", ")})`);
    inner.stmts(r.int(0, 3));
    w.line(`return ${inner.expr(r.pick(TYPES), 1)}`);
  });
  const calls = kwOnly
    ? [`${f}(1)`, `${f}(1, 2, k=3)`, `${f}(a=1)`, `${f}(1, 2, 3)`, `${f}(*[4, 5])`, `${f}(1, **{"k": 9})`]
    : [`${f}(${g.expr("int", 1)})`, `${f}(1, 2, 3, 4)`, `${f}(*${g.expr("ilist", 1)})`, `${f}(1, c="kw")`, `${f}(b=5, a=6)`, `${f}()`, `${f}(1, x=2, y=3)`, `${f}(1, **${g.expr("dict", 1)})`, `${f}(1, a=2)`];
  for (let i = r.int(2, 5); i > 0; i--) {
    w.block("try", () => w.line(`print(${r.pick(calls)})`));
    w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc)`));
  }
};

/** Closures over loop variables and counters with nonlocal; a decorator. */
const closures: Snippet = (g) => {
  const { r, w } = g;
  const mk = g.fresh("make");
  w.block(`def ${mk}(start)`, () => {
    w.line("count = start");
    w.block("def step(by=1)", () => {
      w.line("nonlocal count");
      w.line(`count ${r.pick(["+=", "-=", "*="])} by`);
      w.line("return count");
    });
    w.line("return step");
  });
  const c = g.fresh("c");
  w.line(`${c} = ${mk}(${g.expr("int", 1)})`);
  w.line(`print(${c}(), ${c}(${r.int(-3, 5)}), ${c}())`);
  const fs = g.fresh("fs");
  w.line(`${fs} = [lambda x, i=i: x ${r.pick(["+", "*", "-"])} i for i in range(${r.int(0, 4)})] + [lambda x: x * ${r.int(0, 3)}]`);
  w.line(`print([h(${r.int(-2, 9)}) for h in ${fs}])`);
  const dec = g.fresh("deco");
  w.block(`def ${dec}(fn)`, () => {
    w.block("def wrapper(*args, **kwargs)", () => {
      w.line(`print("call", fn.__name__, args, sorted(kwargs.items()))`);
      w.line("return fn(*args, **kwargs)");
    });
    w.line("return wrapper");
  });
  w.line(`@${dec}`);
  const h = g.fresh("h");
  w.block(`def ${h}(x, y=${r.int(0, 3)})`, () => w.line(`return ${r.pick(["x + y", "x * y", "[x] * y", "str(x) + str(y)"])}`));
  w.block("try", () => w.line(`print(${h}(${g.expr("int", 1)}), ${h}(${g.expr("str", 0)}, y=${r.int(0, 2)}))`));
  w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc)`));
};

/** Bounded recursion: depth is an explicit parameter. */
const recursion: Snippet = (g) => {
  const { r, w } = g;
  const f = g.fresh("rec");
  const kind = r.int(0, 2);
  if (kind === 0) {
    w.block(`def ${f}(n)`, () => w.line(`return n if n < 2 else ${f}(n - 1) + ${f}(n - 2)`));
    w.line(`print([${f}(i) for i in range(${r.int(1, 14)})])`);
  } else if (kind === 1) {
    w.block(`def ${f}(n, acc=${r.pick(["1", "0", "[]", '""'])})`, () => {
      w.block("if n <= 0", () => w.line("return acc"));
      w.line(`return ${f}(n - 1, acc ${r.pick(["+", "*"])} ${r.pick(["n", "[n]", "str(n)"])})`);
    });
    w.block("try", () => w.line(`print(${f}(${r.int(0, 30)}))`));
    w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc)`));
  } else {
    w.block(`def ${f}(xs)`, () => {
      w.block("if len(xs) <= 1", () => w.line("return xs"));
      w.line("p = xs[0]");
      w.line(`return ${f}([x for x in xs[1:] if x < p]) + [p] + ${f}([x for x in xs[1:] if x >= p])`);
    });
    w.line(`print(${f}(${g.expr("ilist", 2)}))`);
  }
};

/** Classes: inheritance, super(), dunders, properties, static and class methods. */
const classes: Snippet = (g) => {
  const { r, w } = g;
  const A = g.fresh("A");
  const B = g.fresh("B");
  w.block(`class ${A}`, () => {
    w.line(`kind = ${g.expr("str", 0)}`);
    w.block("def __init__(self, x, y=0)", () => {
      w.line("self.x = x");
      w.line("self.y = y");
    });
    w.block("def __repr__(self)", () => w.line(`return f"${A}({self.x!r}, {self.y!r})"`));
    if (r.chance(0.5)) w.block("def __str__(self)", () => w.line(`return "<" + str(self.x) + ">"`));
    w.block("def __eq__(self, other)", () => w.line(`return isinstance(other, ${A}) and (self.x, self.y) == (other.x, other.y)`));
    w.block("def __hash__(self)", () => w.line("return hash((self.x, self.y))"));
    w.block("def __lt__(self, other)", () => w.line("return (self.x, self.y) < (other.x, other.y)"));
    w.block("def __add__(self, other)", () => {
      w.block("if isinstance(other, int)", () => w.line(`return ${A}(self.x + other, self.y)`));
      w.block(`if not isinstance(other, ${A})`, () => w.line("return NotImplemented"));
      w.line(`return ${A}(self.x + other.x, self.y + other.y)`);
    });
    if (r.chance(0.5)) w.block("def __radd__(self, other)", () => w.line(`return ${A}(other + self.x, self.y)`));
    w.block("def __len__(self)", () => w.line("return abs(self.y) % 5"));
    w.block("def __getitem__(self, i)", () => w.line("return [self.x, self.y][i]"));
    if (r.chance(0.5)) w.block("def __contains__(self, v)", () => w.line("return v == self.x"));
    w.block("def __bool__(self)", () => w.line(`return ${r.pick(["bool(self.x)", "self.y != 0", "True"])}`));
    w.line("@property");
    w.block("def total(self)", () => w.line("return self.x + self.y"));
    w.line("@staticmethod");
    w.block("def make(v)", () => w.line(`return ${A}(v, -v)`));
    w.line("@classmethod");
    w.block("def named(cls)", () => w.line("return cls.__name__ + ':' + cls.kind"));
  });
  w.block(`class ${B}(${A})`, () => {
    w.line(`kind = ${g.expr("str", 0)}`);
    w.block("def __init__(self, x, y=1, z=2)", () => {
      w.line("super().__init__(x, y)");
      w.line("self.z = z");
    });
    w.block("def __repr__(self)", () => w.line(`return "${B}" + repr((self.x, self.y, self.z)) + " " + super().__repr__()`));
    if (r.chance(0.5)) w.block("def __call__(self, *a)", () => w.line("return (self.z,) + a"));
    if (r.chance(0.5)) w.block("def __iter__(self)", () => w.line("return iter(range(self.z % 7))")); // small whatever z is
    if (r.chance(0.4)) w.block("def __getattr__(self, name)", () => w.line(`return "missing " + name`));
  });
  const ctor = () => (r.chance(0.5) ? `${A}(${g.expr("int", 1)}, ${g.expr("int", 0)})` : `${B}(${g.expr("int", 1)}, ${g.expr("int", 0)}, ${g.expr("int", 0)})`);
  const a = g.fresh("o");
  const b = g.fresh("o");
  w.line(`${a} = ${ctor()}`);
  w.line(`${b} = ${ctor()}`);
  const uses = [
    `print(${a}, ${b}, repr(${a}), str(${b}))`,
    `print(${a} + ${b}, ${a} + ${r.int(-3, 3)}, ${r.int(-3, 3)} + ${a})`,
    `print(${a} == ${b}, ${a} != ${b}, ${a} < ${b}, ${a} >= ${b})`,
    `print(sorted([${b}, ${a}, ${A}.make(${r.int(0, 3)})]))`,
    `print(len(${a}), ${a}[0], ${a}[-1], list(${b}), ${r.int(0, 3)} in ${b})`,
    `print(bool(${a}), ${a}.total, ${b}.total, ${A}.named(), ${B}.named(), ${b}.named())`,
    `print(isinstance(${a}, ${B}), issubclass(${B}, ${A}), type(${b}).__name__, [c.__name__ for c in ${B}.__mro__])`,
    `print(getattr(${a}, "w", "dflt"), hasattr(${b}, "z"), ${b}.nothing)`,
    `print(${b}(1, 2), {${a}: 1, ${b}: 2}[${a}], len({${a}, ${b}, ${a}}))`,
    `${a}.x = ${g.expr("int", 1)}; print(${a}, ${a}.total)`,
    `print(sum([${a}, ${b}], ${A}(0)), max(${a}, ${b}))`,
    `print(${a}[5])`,
    `print(${a} + "s")`,
    `del ${a}.y; print(${a}.y)`,
  ];
  for (let i = r.int(2, 6); i > 0; i--) {
    w.block("try", () => w.line(r.pick(uses)));
    w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc)`));
  }
};

/** Generators: send, throw, close, yield from with a return value, finally blocks, genexps. */
const generators: Snippet = (g) => {
  const { r, w } = g;
  const gen = g.fresh("gen");
  const sub = g.fresh("sub");
  w.block(`def ${sub}(n)`, () => {
    w.block("for i in range(n)", () => w.line(`got = yield i ${r.pick(["* 10", "+ 1", ""])}`));
    w.line(`return ${r.pick(['"sub done"', "n * 2", "None"])}`);
  });
  w.block(`def ${gen}(n)`, () => {
    w.line("total = 0");
    w.block("try", () => {
      w.block("for i in range(n)", () => {
        w.block("try", () => {
          w.line("v = yield total");
          w.block("if v is not None", () => w.line(`total += ${r.pick(["v", "len(str(v))", "1"])}`));
        });
        w.block(`except ${r.pick(["ValueError", "KeyError", "ArithmeticError"])} as e`, () => {
          w.line(`print("gen caught", type(e).__name__, e)`);
          if (r.chance(0.3)) w.line("return -1");
        });
      });
      if (r.chance(0.6)) w.line(`res = yield from ${sub}(${r.int(0, 3)})`), w.line(`print("yield from gave", res)`);
    });
    w.block("finally", () => w.line(`print("gen finally", total)`));
    w.line("return total");
  });
  const it = g.fresh("g");
  w.line(`${it} = ${gen}(${r.int(0, 5)})`);
  const steps = [
    `print(next(${it}))`,
    `print(${it}.send(${g.expr(r.pick(["int", "str"]), 0)}))`,
    `print(${it}.throw(${r.pick(["ValueError", "KeyError", "ZeroDivisionError", "TypeError"])}(${g.expr("str", 0)})))`,
    `print(${it}.close())`,
    `print(next(${it}, "exhausted"))`,
    `print(list(${it}))`,
    `print(${it}.send(None))`,
  ];
  for (let i = r.int(2, 7); i > 0; i--) {
    w.block("try", () => w.line(r.pick(steps)));
    w.block("except StopIteration as exc", () => w.line(`print("stop", exc.value)`));
    w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc)`));
  }
  if (r.chance(0.5)) w.line(`${it} = None`);
  w.line(`print(sum(${r.pick(["x * x", "x % 3", "-x"])} for x in ${g.expr("ilist", 1)} if x ${r.pick(["> 0", "!= 2", "< 5"])}))`);
  w.line(`print(list(zip(${sub}(${r.int(0, 4)}), "abcdef")))`);
};

/** User exception hierarchies, raise from, finally ordering, returns from finally, re-raise. */
const exceptions: Snippet = (g) => {
  const { r, w } = g;
  const E = g.fresh("E");
  const F = g.fresh("F");
  w.block(`class ${E}(${r.pick(["Exception", "ValueError", "LookupError"])})`, () => w.line("pass"));
  w.block(`class ${F}(${E})`, () => {
    w.block("def __init__(self, code, msg='f')", () => {
      w.line("super().__init__(msg, code)");
      w.line("self.code = code");
    });
  });
  const f = g.fresh("risky");
  w.block(`def ${f}(n)`, () => {
    w.block("try", () => {
      w.block("if n == 0", () => w.line(`raise ${F}(n, "zero")`));
      w.block("if n == 1", () => w.line(`raise ${E}("one")`));
      w.block("if n == 2", () => w.line(`return [1][n]`));
      w.block("if n == 3", () => {
        w.block("try", () => w.line(`{}["k"]`));
        w.block("except KeyError as k", () => w.line(`raise ${E}("from key") from k`));
      });
      w.line("return n * 2");
    });
    w.block(`except ${r.pick([E, F, "LookupError", "Exception"])} as e`, () => {
      w.line(`print("in", n, type(e).__name__, e, e.args)`);
      if (r.chance(0.4)) w.line("raise");
      if (r.chance(0.3)) w.line(`raise RuntimeError("wrapped") from e`);
    });
    if (r.chance(0.3)) w.block("else", () => w.line(`print("else", n)`));
    w.block("finally", () => {
      w.line(`print("finally", n)`);
      if (r.chance(0.2)) w.line("return -n");
    });
  });
  w.block(`for n in range(${r.int(3, 6)})`, () => {
    w.block("try", () => w.line(`print("result", ${f}(n))`));
    w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc, type(exc.__cause__).__name__, exc.__context__ is not None)`));
  });
  if (r.chance(0.5)) {
    w.block("try", () => w.line(`raise ${F}(${r.int(0, 9)})`));
    w.block(`except ${E} as exc`, () => w.line(`print(exc.code, str(exc), repr(exc), isinstance(exc, Exception))`));
  }
  w.block("try", () => w.line(r.pick([`1 / 0`, `[][0]`, `{}[(1, "a")]`, `int("x")`, `None.x`, `"a" + 1`, `len(5)`, `[1, 2].index(9)`, `(1).foo`, `undefined_name`, `{}.pop("k")`, `"abc"[9]`, `float("z")`, `tuple()[0]`, `int(None)`, `"%d" % "s"`, `[1] < ["a"]`, `divmod(1, 0)`, `2 ** -1 % 0`, `chr(-1)`, `object() + 1`])));
  w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc)`));
};

/** Context managers: __enter__/__exit__ order, suppression, exceptions passed to __exit__. */
const withs: Snippet = (g) => {
  const { r, w } = g;
  const C = g.fresh("Ctx");
  w.block(`class ${C}`, () => {
    w.block("def __init__(self, name, swallow)", () => w.line("self.name, self.swallow = name, swallow"));
    w.block("def __enter__(self)", () => {
      w.line(`print("enter", self.name)`);
      w.line("return self.name");
    });
    w.block("def __exit__(self, t, v, tb)", () => {
      w.line(`print("exit", self.name, t.__name__ if t else None, v)`);
      w.line("return self.swallow");
    });
  });
  const body = () => {
    g.w.line(`print("body", n)`);
    if (r.chance(0.6)) g.w.line(`raise ${r.pick(EXCEPTIONS)}("in with")`);
  };
  w.block("try", () =>
    w.block(`with ${C}("a", ${r.pick(["True", "False"])}) as n${r.chance(0.5) ? `, ${C}("b", ${r.pick(["True", "False"])}) as m` : ""}`, body),
  );
  w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc)`));
};

/** Comprehensions: nested, with conditions, dict and set ones, walrus. */
const comprehensions: Snippet = (g) => {
  const { r, w } = g;
  const xs = g.fresh("xs");
  w.line(`${xs} = ${g.expr("ilist", 2)}`);
  const pick = [
    `[(a, b) for a in ${xs} for b in range(${r.int(0, 3)}) if a ${r.pick([">", "<", "!="])} b]`,
    `{a % ${r.int(1, 5)}: a for a in ${xs}}`,
    `sorted({a * a % 7 for a in ${xs}})`,
    `[[a * b for b in range(3)] for a in ${xs}[:3]]`,
    `[y for a in ${xs} if (y := a * 2) > ${r.int(-3, 5)}]`,
    `{k: [v for v in ${xs} if v % 2 == k] for k in range(2)}`,
    `list((a, c) for a in ${xs} for c in "xy")`,
    `sorted(set(${xs}) ${r.pick(["|", "&", "-", "^"])} {${r.int(0, 5)}, ${r.int(-3, 3)}, 100})`,
    `[s for s in ${g.expr("slist", 1)} if s.isalpha()]`,
    `max(${xs}, default=${r.int(0, 3)}), min((a for a in ${xs}), default=None)`,
    `sorted(frozenset(${xs})), len(set(${xs})), ${r.int(0, 3)} in set(${xs})`,
  ];
  for (let i = r.int(1, 4); i > 0; i--) {
    w.block("try", () => w.line(`print(${r.pick(pick)})`));
    w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc)`));
  }
};

/** Arithmetic on big ints and floats: the edges of i64 and beyond. */
const numbers: Snippet = (g) => {
  const { r, w } = g;
  const b = () => `(${r.pick(BIG)})`;
  const i = () => g.expr("int", 1);
  const forms = [
    () => `${b()} ${r.pick(["+", "-", "*", "//", "%", "&", "|", "^"])} ${r.chance(0.5) ? b() : i()}`,
    () => `divmod(${b()}, ${r.pick([b(), "7", "-3", "2**33"])})`,
    () => `${b()} ** ${r.int(0, 5)}`,
    () => `${b()} ${r.pick(["<<", ">>"])} ${r.int(0, 100)}`,
    () => `-${b()} // ${r.pick(["3", "-7", "2**40"])}, -${b()} % ${r.pick(["3", "-7", "2**40"])}`,
    () => `str(${b()}), int(str(${b()})), hex(${b()}), ${b()}.bit_length()`,
    () => `${b()} ${r.pick(["==", "<", ">", "<="])} ${r.pick([b(), "1e19", "float(2**63)", "9.2e18"])}`,
    () => `float(${b()}), ${b()} / ${r.pick(["3", "2**70", "7.0"])}`,
    () => `pow(${b()}, ${r.int(0, 20)}, ${r.pick(["97", "2**61 - 1", "10**9 + 7", "-5", "2**63 - 1", "2**62 + 1", "-(2**63 - 25)"])})`,
    // -1 and the edges of i64 on either side (i64.MIN_VALUE / -1 traps in wasm)
    () => `${r.pick(["-1", "1", "2"])} ${r.pick(["*", "//", "%", "-"])} ${b()}, ${b()} ${r.pick(["*", "//", "%", "+"])} ${r.pick(["-1", "1", "-2"])}`,
    () => `abs(${b()}), -${b()}, ~${b()}, +${b()}`,
    () => `${g.expr("float", 2)}, ${g.expr("float", 2)}`,
    () => `${i()} * ${i()} ${r.pick(["//", "%"])} ${i()}`,
    () => `int(${q(r.pick(["123456789012345678901234567890", "-99999999999999999999", "1_000_000_000_000"]))}) ${r.pick(["+ 1", "* 3", "// 7"])}`,
    () => `round(${g.expr("float", 1)}, ${r.int(-1, 3)}), round(${r.pick(["0.5", "1.5", "2.5", "-0.5", "2.675"])})`,
    () => `sum([${b()}, ${b()}, ${i()}]), max(${b()}, ${b()}), sorted([${b()}, ${i()}, ${b()}])`,
  ];
  for (let k = r.int(1, 4); k > 0; k--) {
    w.block("try", () => w.line(`print(${r.pick(forms)()})`));
    w.block("except Exception as exc", () => w.line(`print("!", type(exc).__name__, exc)`));
  }
};

/** A class derived from list or dict, and a class with __iter__ and __next__. */
const protocols: Snippet = (g) => {
  const { r, w } = g;
  const L = g.fresh("L");
  const base = r.pick(["list", "dict"]);
  w.block(`class ${L}(${base})`, () => {
    if (base === "list") w.block("def total(self)", () => w.line("return sum(self)"));
    else w.block("def __missing__(self, key)", () => w.line(`return "no " + str(key)`));
  });
  const o = g.fresh("o");
  if (base === "list") {
    w.line(`${o} = ${L}(${g.expr("ilist", 1)})`);
    w.line(`${o}.append(${r.int(0, 9)})`);
    w.line(`print(${o}, ${o}.total(), len(${o}), ${o}[${r.pick(["0", "-1", "1:"])}] if ${o} else None, type(${o}).__name__)`);
  } else {
    w.line(`${o} = ${L}(${g.expr("dict", 1)})`);
    w.line(`${o}["k"] = ${r.int(0, 9)}`);
    w.line(`print(sorted(${o}.items()), ${o}["zz"], ${o}.get("zz"), len(${o}), type(${o}).__name__)`);
  }
  const It = g.fresh("It");
  w.block(`class ${It}`, () => {
    w.block("def __init__(self, n)", () => w.line("self.i, self.n = 0, n"));
    w.block("def __iter__(self)", () => w.line("return self"));
    w.block("def __next__(self)", () => {
      w.block("if self.i >= self.n", () => w.line("raise StopIteration"));
      w.line("self.i += 1");
      w.line(`return self.i ${r.pick(["* 2", "- 1", "** 2"])}`);
    });
  });
  w.line(`print(list(${It}(${r.int(0, 5)})), sum(${It}(${r.int(0, 5)})), [x for x in ${It}(3)], dict(zip("abc", ${It}(3))))`);
  w.line(`a${g.tag}, *b${g.tag} = ${It}(${r.int(1, 4)}); print(a${g.tag}, b${g.tag})`);
};

const SNIPPETS: [Snippet, number][] = [
  [statements, 6],
  [functions, 2],
  [closures, 1],
  [recursion, 1],
  [classes, 2],
  [generators, 2],
  [exceptions, 2],
  [withs, 1],
  [comprehensions, 2],
  [numbers, 2],
  [protocols, 1],
];

function weighted<T>(r: Rng, items: [T, number][]): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let x = r.next() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1][0];
}

/** The end of a program: usually nothing; sometimes an uncaught exception or sys.exit. */
function ending(r: Rng, w: Writer): void {
  const x = r.int(0, 19);
  if (x === 0) w.line(`raise ${r.pick(EXCEPTIONS)}("the end")`);
  else if (x === 1) w.line(`sys.exit(${r.pick(["0", "3", '"bye"', "None"])})`);
  else if (x === 2) w.line(`print([1, 2][5])`);
}

/** One program of the CPython-comparable subset. */
export function generateProgram(seed: number): string {
  const r = new Rng(seed);
  const w = new Writer();
  w.line("import math");
  w.line("import sys");
  const n = r.int(2, 6);
  for (let i = 0; i < n; i++) weighted(r, SNIPPETS)(new Gen(r, w, String(i)));
  ending(r, w);
  return w.lines.join("\n") + "\n";
}

// ---- tasklet programs: compared across our own configurations --------------------------------

/** One program using the stackless module: tasklets, channels, schedule, preference. */
export function generateTaskletProgram(seed: number): string {
  const r = new Rng(seed);
  const w = new Writer();
  w.line("import stackless");
  w.line("log = []");
  const nch = r.int(1, 2);
  for (let c = 0; c < nch; c++) {
    w.line(`ch${c} = stackless.channel()`);
    if (r.chance(0.6)) w.line(`ch${c}.preference = ${r.pick([-1, 0, 1])}`);
  }
  const nt = r.int(2, 5);
  // Pair every receive with a send so most programs end (a deadlock is still legal: all must agree).
  const sends: string[][] = Array.from({ length: nt }, () => []);
  const recvs: string[][] = Array.from({ length: nt }, () => []);
  for (let c = 0; c < nch; c++) {
    for (let k = r.int(0, 4); k > 0; k--) {
      sends[r.int(0, nt - 1)].push(`ch${c}`);
      recvs[r.int(0, nt - 1)].push(`ch${c}`);
    }
  }
  for (let t = 0; t < nt; t++) {
    w.block(`def t${t}(name, n)`, () => {
      w.line(`log.append(name + " start")`);
      const ops: (() => void)[] = [];
      for (const c of sends[t]) {
        ops.push(() => w.line(r.chance(0.15) ? `${c}.send_exception(ValueError, name)` : `${c}.send((name, n, ${r.int(0, 99)}))`));
      }
      for (const c of recvs[t]) ops.push(() => w.line(`log.append(name + " got " + repr(${c}.receive()))`));
      for (let k = r.int(0, 3); k > 0; k--) {
        ops.push(() => w.line("stackless.schedule()"));
        ops.push(() => w.line(`log.append((name, ${r.pick(["stackless.getruncount()", "n * 2", "stackless.current is not stackless.main", `ch0.balance`])}))`));
      }
      if (r.chance(0.2)) ops.push(() => w.line(`raise ValueError(name)`));
      if (r.chance(0.2)) ops.push(() => {
        w.block("for i in range(n)", () => w.line(`log.append(sum(j * j for j in range(i * 3)))`));
      });
      // a random interleaving of this tasklet's operations
      for (let i = ops.length - 1; i > 0; i--) {
        const j = r.int(0, i);
        [ops[i], ops[j]] = [ops[j], ops[i]];
      }
      w.block("try", () => {
        for (const op of ops) op();
      });
      w.block("except ValueError as e", () => w.line(`log.append(("error", str(e)))`));
      w.line(`log.append(name + " end")`);
    });
  }
  for (let t = 0; t < nt; t++) w.line(`task${t} = stackless.tasklet(t${t})("T${t}", ${r.int(0, 4)})`);
  if (r.chance(0.3)) w.line(`task${r.int(0, nt - 1)}.kill()`);
  if (r.chance(0.2)) w.line(`task${r.int(0, nt - 1)}.remove()`);
  if (r.chance(0.2)) w.line(`task${r.int(0, nt - 1)}.throw(ValueError("thrown"), pending=True)`);
  if (r.chance(0.3)) w.line("stackless.schedule()");
  w.line(r.pick(["stackless.run()", "stackless.run()", "stackless.schedule()\nstackless.run()"]));
  // main serves what is left blocked, a few rounds, so fewer programs end in a deadlock early
  const chans = Array.from({ length: nch }, (_, c) => `ch${c}`).join(", ");
  w.block(`for rnd in range(${r.int(0, 4)})`, () => {
    w.block(`for ch in (${chans},)`, () => {
      w.block("while ch.balance > 0", () => {
        w.block("try", () => w.line(`log.append(("main got", ch.receive()))`));
        w.block("except ValueError as e", () => w.line(`log.append(("main error", str(e)))`));
      });
      w.block("while ch.balance < 0", () => w.line(`ch.send(("main", rnd))`));
    });
    w.line("stackless.run()");
  });
  w.line("print(len(log))");
  w.block("for entry in log", () => w.line("print(entry)"));
  w.line(`print("alive", [t.alive for t in (${Array.from({ length: nt }, (_, t) => `task${t}`).join(", ")},)], stackless.getruncount())`);
  return w.lines.join("\n") + "\n";
}
