# N-queens by backtracking: count solutions for n=1..6 and print the n=6 boards
def solve(n):
    cols = []
    solutions = []
    def safe(r, c):
        for pr in range(r):
            pc = cols[pr]
            if pc == c or abs(pc - c) == r - pr:
                return False
        return True
    def place(r):
        if r == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if safe(r, c):
                cols.append(c)
                place(r + 1)
                cols.pop()
    place(0)
    return solutions
for n in range(1, 7):
    print(n, len(solve(n)))
sols = solve(6)
for s in sols:
    print(s)
    for c in s:
        print("." * c + "Q" + "." * (6 - c - 1))
