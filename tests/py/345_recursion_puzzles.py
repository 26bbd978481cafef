# Recursion: permutations, subsets, flood fill, Sudoku-like backtracking, memoized grid paths.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


print([''.join(p) for p in permutations(list("abc"))])


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

MAP = [
    "#########",
    "#..#....#",
    "#..#.##.#",
    "#....#..#",
    "######..#",
    "#....#..#",
    "#########",
]


def flood(grid, r, c, seen):
    if grid[r][c] == "#" or (r, c) in seen:
        return 0
    seen.add((r, c))
    return 1 + sum(flood(grid, r + dr, c + dc, seen) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


seen = set()
print(flood(MAP, 1, 1, seen), flood(MAP, 5, 1, set()), len(seen))


def solve_queens(n, row=0, cols=(), out=None):
    if out is None:
        out = []
    if row == n:
        out.append(cols)
        return out
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            solve_queens(n, row + 1, cols + (c,), out)
    return out


sols = solve_queens(6)
print(len(sols), sols[0])
for r in sols[0]:
    print("".join("Q" if c == r else "." for c in range(6)))

memo = {}


def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return memo[(r, c)]


print(grid_paths(10, 10), len(memo))


def depth(tree):
    return 1 + max((depth(t) for t in tree), default=0) if isinstance(tree, list) else 0


print(depth([1, [2, [3, [4]], []], [5]]), depth(7), depth([]))


def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return [[]]
    return [[k] + p for k in range(min(n, largest), 0, -1) for p in partitions(n - k, k)]


print(len(partitions(8)), partitions(5))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(17, 5), [gcd(12, k) for k in range(1, 13)])
