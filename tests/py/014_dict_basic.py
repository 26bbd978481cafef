# Dict creation, lookup, update, deletion-free mutation, insertion order, iteration
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 11
print(d, len(d))
print(d["two"], "two" in d, "four" in d, "four" not in d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
print(list(d.keys()), list(d.values()))
e = {}
e[1] = "a"
e[(1, 2)] = "tuple key"
e[2.5] = "float key"
e[True] = "bool key overwrites 1"
print(e)
print(dict(), dict([("x", 1), ("y", 2)]))
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"])
try:
    print(d["missing"])
except KeyError as err:
    print("KeyError", str(err))
counts = {}
for ch in "mississippi":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
print({1: "x"} == {1: "x"}, {} == {})
