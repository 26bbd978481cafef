# The loader fuses LOAD_FAST+LOAD_CONST, LOAD_FAST+LOAD_FAST and COMPARE_OP+POP_JUMP_IF_*
# (vm/fuse.ts): each pair must behave as its two instructions, whatever the operands.

class Big:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  __lt__", self.v, other)
        return self.v < other


def below(n, k):
    if n < k:          # LOAD_FAST LOAD_FAST COMPARE_OP POP_JUMP_IF_FALSE
        return "below"
    return "not below"


def each_operator(a, b):
    out = []
    if a < b: out.append("<")
    if a <= b: out.append("<=")
    if a == b: out.append("==")
    if a != b: out.append("!=")
    if a > b: out.append(">")
    if a >= b: out.append(">=")
    if not (a < b): out.append("not <")    # POP_JUMP_IF_TRUE
    return out


for a, b in [(1, 2), (2, 2), (3, 2), (-5, -7), (2**30 - 1, 2**30), (2**40, 2**40), (1.5, 1), (1, 1.5), ("a", "b")]:
    print(a, b, below(a, b), each_operator(a, b))
print(below(Big(1), 2), below(Big(3), 2))


class Truthy:
    def __lt__(self, other):
        return [1]     # not a bool: the jump takes its truth


print(Truthy() < 1, below(Truthy(), 1))


def unbound_second(flag):
    if flag:
        y = 1
    x = 2
    return x + y       # LOAD_FAST x; LOAD_FAST y: y unbound, raised from its own line


def unbound_first(flag):
    if flag:
        y = 1
    return y + 1       # LOAD_FAST y; LOAD_CONST 1


for fn in (unbound_second, unbound_first):
    print(fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)


def while_loop(n):
    # the loop's back edge lands on a fused pair (i < n)
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(while_loop(10), while_loop(0), fib(15))


def chained(a, b, c):
    return a < b < c, a < b, b < c


print(chained(1, 2, 3), chained(3, 2, 1), chained(1, 3, 2))


def arith(n):
    # LOAD_FAST n; LOAD_CONST k; BINARY_OP + or -: small ints at once, anything else as three
    m = n
    m -= 1
    return n + 1, n - 1, n + -3, m, n - 0


for n in [0, 5, -5, 2**30 - 1, -2**30, 2**30, 2**62, 1.5, True]:
    print(n, arith(n))
try:
    arith("s")
except TypeError as e:
    print("TypeError", e)


def unbound_arith(flag):
    if flag:
        y = 1
    return y - 1


try:
    unbound_arith(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def leaf(a):
    return a     # LOAD_FAST; RETURN_VALUE


print(leaf(1), leaf(None), leaf([2]), [leaf(i) for i in range(3)])


def against_const(x):
    # LOAD_FAST x; LOAD_CONST 3; COMPARE_OP; POP_JUMP_IF_*: a small int x at once
    out = []
    if x < 3: out.append("<3")
    if x >= -2: out.append(">=-2")
    if not x == 3: out.append("!=3")
    while x < 3:
        x += 1
    out.append(x)
    return out


for x in [0, 3, -9, 2**31, 2.5, True, Big(1)]:
    print(against_const(x) if not isinstance(x, Big) else "big")
print(below(Big(2), 3))
