# lambda expressions as values, arguments and in data structures
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), add(b=3, a=4))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(3, sym, 4, "=", ops[sym](3, 4))
def apply_all(fs, v):
    out = []
    for f in fs:
        out.append(f(v))
    return out
print(apply_all([sq, lambda x: -x, lambda x: x // 2, str], 9))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
print(my_map(lambda s: s.upper(), ["a", "b"]))
print(my_filter(lambda n: n % 3 == 0, list(range(12))))
const = lambda: "constant"
print(const())
nested = lambda x: lambda y: x * 100 + y
print(nested(3)(4))
pick = lambda c: "yes" if c else "no"
print(pick(1), pick(0))
def fold(f, acc, xs):
    for x in xs:
        acc = f(acc, x)
    return acc
print(fold(lambda a, b: a * b, 1, [1, 2, 3, 4, 5]))
