# Reverse Polish notation evaluator and a tiny infix tokenizer with a stack
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ["+", "-", "*", "/"]:
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                if b == 0:
                    raise ZeroDivisionError("rpn division by zero")
                stack.append(a // b)
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "7 2 /", "1 0 /", "1 2", "-3 -4 *"]:
    try:
        print(e, "=", rpn(e))
    except ZeroDivisionError as err:
        print(e, "error:", str(err))
    except ValueError as err:
        print(e, "error:", str(err))
PREC = {"+": 1, "-": 1, "*": 2, "/": 2}
def to_rpn(tokens):
    out = []
    ops = []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(t)
    while ops:
        out.append(ops.pop())
    return " ".join(out)
infix = "( 1 + 2 ) * 3 - 8 / ( 4 - 2 )".split()
r = to_rpn(infix)
print(r, "=", rpn(r))
