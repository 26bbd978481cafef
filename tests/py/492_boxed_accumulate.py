# `x += i` / `x = x - i` with x a boxed int (past 31 bits) and i a small int: the interpreter
# writes the result into x's box when nothing else sees it; every other holder keeps its value,
# and a result that changes size (limb count, or back into the small range) is a new int.
def walk(start, step, n):
    x = start
    seen = []
    for i in range(n):
        x += step
        seen.append(x)
    return seen


for start, step in [(2**30 - 3, 1), (-2**30 + 2, -1), (2**32 - 2, 1), (-2**32 + 1, -1), (2**31, -2**29),
                    (2**63 - 3, 1), (-2**63 + 2, -1), (2**64 - 2, 1), (2**30 + 1, -1), (-2**30 - 1, 1)]:
    print(start, step, walk(start, step, 5))


def aliases():
    x = 2**40
    y = x          # y holds the same box
    x += 1
    z = x
    x = x - 5
    keep = [x]
    x += 3
    return x, y, z, keep


print(aliases())


def total(n):
    t = 0
    for i in range(n):
        t += i
    u = 10**12
    for i in range(100):
        u -= i
    return t, u


print(total(100000))
x = 2**35
for i in range(3):
    x += i        # a module global: STORE_NAME, no reuse of the box
print(x)


def edge(start, step, n):
    x = start      # only the local holds x: its box takes each result of the same size
    for i in range(n):
        x += step
    return x


print(edge(2**63 - 3, 1, 6), edge(-2**63 + 3, -1, 6), edge(2**32 - 3, 1, 6), edge(-2**32 + 3, -1, 6),
      edge(2**30 + 2, -1, 6), edge(-2**30 - 2, 1, 6), edge(2**64 + 5, -3, 4), edge(2**62, 2**29, 8))
