# collections.defaultdict with list/int/set/lambda factories, missing keys, nested defaultdicts
from collections import defaultdict
words = "apple avocado banana blueberry cherry apricot".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))
print(by_letter["z"], "z" in by_letter, len(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory is int)
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(t))
labels = defaultdict(lambda: "n/a", {"one": "1"})
print(labels["one"], labels["two"], dict(labels))
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)
print(repr(defaultdict(int, {"a": 1})), isinstance(counts, dict), counts.get("zz"), "zz" in counts)
