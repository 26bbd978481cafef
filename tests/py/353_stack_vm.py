# A tiny stack-machine: an assembler with labels, an interpreter loop, and a few programs.
def assemble(source):
    code, labels, fixups = [], {}, []
    for raw in source.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append([op] + [int(a) if a.lstrip("-").isdigit() else a for a in args])
    for ins in code:
        if ins[0] in ("jmp", "jz", "call"):
            ins[1] = labels[ins[1]]
    return code


def run(code, trace=False, limit=10000):
    stack, calls, out, pc, steps = [], [], [], 0, 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b), "eq": lambda a, b: int(a == b)}
    while pc < len(code) and steps < limit:
        op, *args = code[pc]
        pc += 1
        steps += 1
        if trace:
            print(f"  {pc - 1:>3} {op:<5} {args} {stack}")
        if op == "push":
            stack.append(args[0])
        elif op in binops:
            b = stack.pop()
            a = stack.pop()
            stack.append(binops[op](a, b))
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op == "rot":
            stack.append(stack.pop(-3))
        elif op == "drop":
            stack.pop()
        elif op == "jmp":
            pc = args[0]
        elif op == "jz":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "call":
            calls.append(pc)
            pc = args[0]
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise ValueError(f"bad op {op}")
    return out, steps


countdown = assemble("""
    push 5
loop:
    dup
    print
    push 1
    sub
    dup
    jz end
    jmp loop
end:
    halt
""")
print(run(countdown))
gcd = assemble("""
    push 1071
    push 462
loop:          ; a b
    dup
    jz done
    over
    over       ; a b a b
    mod        ; a b r
    rot        ; b r a
    drop       ; b r
    jmp loop
done:
    drop
    print
""")
out, steps = run(gcd, limit=200)
print(out, steps)
squares = assemble("""
    push 1
next:          ; n
    dup
    dup
    mul
    print
    push 1
    add
    dup
    push 6
    lt
    jz end
    jmp next
end:
    drop
""")
print(run(squares))
print(run(assemble("push 2\npush 3\nmul\ndup\nprint\npush 7\nlt\nprint"), trace=True))
try:
    run(assemble("push 1\nfly"))
except ValueError as e:
    print("error:", e)
