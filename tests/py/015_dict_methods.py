# Dict methods: get items keys values pop setdefault update
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("b"), d)
print(d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", str(e))
print(d.setdefault("a", 100), d.setdefault("n", 100), d)
d.update({"c": 30, "e": 5})
print(d)
d.update({"f": 6})
print(d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
total = 0
for v in d.values():
    total += v
print(total)
ks = []
for k in d.keys():
    ks.append(k)
print(ks)
inv = {}
for k, v in d.items():
    inv[v] = k
print(inv)
print(len(d), list(d.items())[0])
