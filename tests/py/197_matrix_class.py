# A Matrix class: __mul__ (matrix and scalar), __add__, __eq__, __getitem__ with tuples, transpose, power
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, int):
            return Matrix([[v * o for v in r] for r in self.rows])
        if self.m != o.n:
            raise ValueError("shape mismatch %dx%d * %dx%d" % (self.n, self.m, o.n, o.m))
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def T(self):
        return Matrix(zip(*self.rows))
    def __repr__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(w) for v in r) + "]" for r in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A * B)
print(A + B)
print(2 * A == A * 2, A * Matrix.identity(2) == A, A == B)
F = Matrix([[1, 1], [1, 0]])
print((F ** 50)[0, 1], (F ** 10))
C = Matrix([[1, 2, 3], [4, 5, 6]])
print(C.T())
print(C * C.T())
try:
    C * C
except ValueError as e:
    print("ValueError:", e)
A[0, 0] = 10
print(A[0, 0], A.rows)
