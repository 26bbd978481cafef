# A key whose __hash__ returns hash(x) and whose __eq__ says it equals x finds x in a dict or set,
# whatever x's type: the tables hash every value through its Python hash.
class Like:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, other): return other == self.v
    def __repr__(self): return "Like(%r)" % (self.v,)

values = ["a", "", "é", "a longer string key", b"x", 1, -1, 0, 2**70, -2**64, 1.5, 2.0, True,
          (1, "b"), (), ((1,), "c"), None, range(3), frozenset({1, "z"}), int, len]
for x in values:
    d = {x: "found"}
    s = {x}
    print(x.__name__ if x is len else repr(x), d.get(Like(x)), Like(x) in d, Like(x) in s, d[Like(x)])
    d[Like(x)] = "replaced"
    print(len(d), list(d.values()), type(list(d)[0]).__name__)
# a tuple holding such a key finds the tuple of plain values
print({(1, "b"): 5}.get((1, Like("b"))), {(Like(1), "b"): 6}.get((Like(1), Like("b"))))
# hash() itself is stable and never -1
print(hash("abc") == hash("abc"), hash("abc") != -1, hash((1, "b")) == hash((1, "b")), hash(-1))
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(float(2**70)))
