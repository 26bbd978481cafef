# Weak references to objects whose class defines __hash__ (and __eq__) in Python: a ref hashes
# like its referent (the value __hash__ gives) and keeps that hash after the referent dies, so
# such objects can be WeakKeyDictionary keys and WeakSet members.
import weakref


class Pos:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


p = Pos(1, 2)
r = weakref.ref(p)
print(hash(r) == hash(p), hash(r) == hash((1, 2)))
refs = {r: "p"}
print(refs[weakref.ref(p)], weakref.ref(p) in refs)

homes = weakref.WeakKeyDictionary()
homes[p] = "home"
q = Pos(5, 5)
homes[q] = "away"
print(homes[p], p in homes, len(homes), homes.get(q))
seen = weakref.WeakSet([p, q])
print(len(seen), q in seen)
del q
print(len(homes), len(seen), sorted(homes.values()))
h = hash(r)
del p
print(r(), hash(r) == h, len(homes), len(seen), refs[r])
