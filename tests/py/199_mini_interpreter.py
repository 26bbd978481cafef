# A tiny expression interpreter: tokenizer, recursive-descent parser building AST classes, evaluator
class Num:
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def __repr__(self): return "Num(%d)" % self.v
class Var:
    def __init__(self, name): self.name = name
    def eval(self, env):
        if self.name not in env:
            raise NameError("undefined variable " + self.name)
        return env[self.name]
    def __repr__(self): return "Var(%s)" % self.name
class BinOp:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a // b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env): return BinOp.OPS[self.op](self.l.eval(env), self.r.eval(env))
    def __repr__(self): return "(%r %s %r)" % (self.l, self.op, self.r)
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isalnum():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            w = s[i:j]
            toks.append(int(w) if w.isdigit() else w); i = j
        elif c in "+-*/()":
            toks.append(c); i += 1
        else:
            raise SyntaxError("bad char %r at %d" % (c, i))
    return toks
class Parser:
    def __init__(self, toks): self.t, self.i = toks, 0
    def peek(self): return self.t[self.i] if self.i < len(self.t) else None
    def take(self):
        tok = self.peek(); self.i += 1; return tok
    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            node = BinOp(self.take(), node, self.term())
        return node
    def term(self):
        node = self.atom()
        while self.peek() in ("*", "/"):
            node = BinOp(self.take(), node, self.atom())
        return node
    def atom(self):
        tok = self.take()
        if tok == "(":
            node = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return node
        if isinstance(tok, int):
            return Num(tok)
        if isinstance(tok, str) and tok.isalpha():
            return Var(tok)
        raise SyntaxError("unexpected %r" % (tok,))
env = {"x": 6, "y": 7}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 2", "100 / (x - 1) / 2", "z + 1", "7 / (y - 7)", "3 $ 4", "(1 + 2"]:
    try:
        ast = Parser(tokenize(src)).expr()
        print(src, "=>", ast, "=", ast.eval(env))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(src, "=>", type(e).__name__ + ":", e)
