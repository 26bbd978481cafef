# Matrix operations with nested lists: multiply, transpose, identity, power
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    return [[sum([a[i][t] * b[t][j] for t in range(k)]) for j in range(m)] for i in range(n)]
def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def show(m):
    for row in m:
        print(" ".join(["%4d" % v for v in row]))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
print(matmul(identity(3), B) == B)
def matpow(m, e):
    r = identity(len(m))
    while e > 0:
        if e % 2 == 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e //= 2
    return r
F = [[1, 1], [1, 0]]
print("fib(50) via matrix:", matpow(F, 50)[0][1])
M = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
show(matpow(M, 4))
def trace(m):
    t = 0
    for i in range(len(m)):
        t += m[i][i]
    return t
print(trace(M), trace(matmul(M, M)))
def scale(m, f):
    return [[v * f for v in row] for row in m]
print(scale([[1, 2], [3, 4]], 0.5))
