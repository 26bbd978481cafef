# __hash__ and __eq__ let user objects work as dict keys and set members
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)

d = {}
d[Key(1, 2)] = "first"
d[Key(3, 4)] = "second"
d[Key(1, 2)] = "replaced"
print(len(d), d[Key(1, 2)], d.get(Key(9, 9), "missing"))
print(list(d.items()))
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s, Key(3, 3) in s)
print(hash(Key(5, 6)) == hash(Key(5, 6)))

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None)

class Ident:
    pass
i1, i2 = Ident(), Ident()
m = {i1: "one", i2: "two"}
print(m[i1], m[i2], i1 == i2, i1 == i1)

class Caseless:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        return self.s.lower() == o.s.lower()
    def __hash__(self):
        return hash(self.s.lower())
names = {}
for n in ["Bob", "alice", "BOB", "Alice", "carol"]:
    k = Caseless(n)
    names[k] = names.get(k, 0) + 1
print([(k.s, v) for k, v in names.items()])
print(hash(1) == hash(1.0), hash("ab") == hash("a" + "b"), hash((1, 2)) == hash((1, 2)))
