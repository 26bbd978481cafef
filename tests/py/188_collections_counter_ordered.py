# collections.Counter (counting, most_common, update, missing keys) and OrderedDict basics
from collections import Counter, OrderedDict
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common()[-1])
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), sum(wc.values()), len(wc))
wc.update(["cat", "cat", "dog"])
print(wc["cat"], wc["dog"], wc.most_common(2))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), list(Counter("zzyx").keys()))
inv = Counter(apples=3, pears=0)
inv["kiwis"] += 2
print(inv, sorted(inv.items()), inv.most_common(1))
od = OrderedDict()
od["first"] = 1
od["second"] = 2
od["third"] = 3
print(od, list(od))
od.move_to_end("first")
print(list(od.keys()))
od.move_to_end("third", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
cache = OrderedDict()
def lru_put(k, v, cap=3):
    if k in cache:
        cache.move_to_end(k)
    cache[k] = v
    if len(cache) > cap:
        cache.popitem(last=False)
for k in "abcadeb":
    lru_put(k, k.upper())
print(list(cache.items()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(OrderedDict(a=1)) == {"a": 1})
