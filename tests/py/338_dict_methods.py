# dict method coverage: get/setdefault/pop/popitem/update/copy/clear, views, comprehension, merge.
stock = {"apple": 5, "pear": 2}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 0))
print(stock.setdefault("plum", 7), stock.setdefault("apple", 99), stock)
print(stock.pop("pear"), stock.pop("nothing", "default"), stock)
try:
    stock.pop("nothing")
except KeyError as e:
    print("KeyError", e)
stock.update({"fig": 1, "apple": 6})
stock.update(kiwi=4)
stock.update([("lime", 9)])
print(stock, len(stock))
print(list(stock.keys()), list(stock.values()), list(stock.items())[:2])
print(stock.popitem(), stock)
copy = stock.copy()
copy["apple"] = 0
print(stock["apple"], copy["apple"], copy == stock, dict(copy) == copy)
inverted = {v: k for k, v in stock.items()}
print(inverted)
merged = {**stock, "apple": 100, **{"new": 1}}
print(merged)
print("fig" in stock, "pear" in stock, 6 in stock.values(), ("fig", 1) in stock.items())
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
groups = {}
for word in ["ant", "bee", "cat", "bat", "ape", "cow"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
nested = {"a": {"x": 1}, "b": {"y": 2}}
deep = {k: dict(v) for k, v in nested.items()}
deep["a"]["x"] = 99
print(nested, deep)
keys = list(stock)
for k in keys:
    if stock[k] < 5:
        del stock[k]
print(stock)
stock.clear()
print(stock, bool(stock), len(stock))
pairs = dict(zip("abc", range(3)))
print(pairs, dict(pairs, d=3), dict([(1, "one"), (2, "two")]))
print({k: v for k, v in sorted({"z": 1, "a": 2, "m": 3}.items())})
d = {}
d[(1, 2)] = "tuple key"
d[3.0] = "float"
d[3] = "int replaces float value"
print(d, d[3.0])
print(sum({1: 10, 2: 20}.values()), max({"a": 3, "b": 9}.items(), key=lambda kv: kv[1]))
