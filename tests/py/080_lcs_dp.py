# Longest common subsequence with a 2D table and reconstruction; pascal triangle
def lcs(a, b):
    n = len(a)
    m = len(b)
    t = [[0] * (m + 1) for i in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = 1 + t[i + 1][j + 1]
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    out = ""
    i = 0
    j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out += a[i]
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return t[0][0], out
print(lcs("ABCBDAB", "BDCABA"))
print(lcs("stackless", "tasklets"))
print(lcs("", "x"), lcs("same", "same"))
def pascal(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        rows.append([1] + [prev[k] + prev[k + 1] for k in range(len(prev) - 1)] + [1])
    return rows
for row in pascal(8):
    print(" ".join([str(v) for v in row]))
print(sum(pascal(30)[-1]), pascal(61)[-1][30])
