# __getitem__, __setitem__, __delitem__, __contains__, __len__ on a sparse vector
class Sparse:
    def __init__(self, n):
        self.n = n
        self.data = {}
    def _check(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("index %d out of range" % i)
        return i
    def __getitem__(self, i):
        return self.data.get(self._check(i), 0)
    def __setitem__(self, i, v):
        i = self._check(i)
        if v == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = v
    def __delitem__(self, i):
        del self.data[self._check(i)]
    def __contains__(self, v):
        return v in self.data.values()
    def __len__(self):
        return self.n

v = Sparse(10)
v[2] = 5
v[-1] = 7
v[4] = 3
print(v[2], v[9], v[0], len(v), sorted(v.data.items()))
print(5 in v, 6 in v, 6 not in v)
del v[4]
print(sorted(v.data.items()))
for bad in (10, -11):
    try:
        v[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    del v[0]
except KeyError as e:
    print("KeyError:", e)
print([v[i] for i in range(len(v))])
# old-style iteration protocol via __getitem__ raising IndexError
print(list(v))
v[2] += 10
print(v[2])

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, val):
        self.cells[key] = val
g = Grid()
g[0, 1] = "#"
g[1, 2] = "@"
for r in range(2):
    print("".join(g[r, c] for c in range(3)))
