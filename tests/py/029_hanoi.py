# Towers of Hanoi: recursive move list and move counts
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
for m in moves:
    print("disk %d: %s -> %s" % m)
print(len(moves))
def count_moves(n):
    if n == 0:
        return 0
    return 2 * count_moves(n - 1) + 1
print([count_moves(i) for i in range(1, 11)])
pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
def solve(n, s, d, v):
    if n == 0:
        return
    solve(n - 1, s, v, d)
    disk = pegs[s].pop()
    if pegs[d] and pegs[d][-1] < disk:
        raise RuntimeError("illegal move")
    pegs[d].append(disk)
    solve(n - 1, v, d, s)
solve(4, "A", "C", "B")
print(pegs)
