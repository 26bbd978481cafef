# isinstance with builtin types (bool is a subclass of int)
values = [1, 2.5, "s", [1], (1,), {"a": 1}, True, None]
for v in values:
    flags = []
    if isinstance(v, int):
        flags.append("int")
    if isinstance(v, float):
        flags.append("float")
    if isinstance(v, str):
        flags.append("str")
    if isinstance(v, list):
        flags.append("list")
    if isinstance(v, tuple):
        flags.append("tuple")
    if isinstance(v, dict):
        flags.append("dict")
    if isinstance(v, bool):
        flags.append("bool")
    print(repr(v), flags)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "sequence of %d" % len(x)
    return "other"
print([describe(x) for x in [False, 3, [1, 2], (), "z"]])
def total(x):
    if isinstance(x, list):
        s = 0
        for e in x:
            s += total(e)
        return s
    return x
print(total([1, [2, 3], [[4]], []]))
