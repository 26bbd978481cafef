# A tokenizer and recursive-descent evaluator for arithmetic with variables and functions.
import math

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/%^(),=":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": math.sqrt}

    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.power()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return self.FUNCS[value](*args)
            if value not in self.env:
                raise NameError(f"name '{value}' is not defined")
            return self.env[value]
        if value == "(":
            v = self.expr()
            self.take("op", ")")
            return v
        raise SyntaxError(f"unexpected {value!r}")


env = {}
program = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 7 % 4",
    "y = x * 2.5",
    "max(x, y, 4) - min(1, -x)",
    "sqrt(16) + abs(-3)",
    "10 / 4",
    "z + 1",
    "3 $ 4",
    "(1 + 2",
]
for line in program:
    try:
        print(f"{line:<28} => {Parser(tokenize(line), env).statement()}")
    except (SyntaxError, NameError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a1 = 3.5*(b_2-1)")[:6])
