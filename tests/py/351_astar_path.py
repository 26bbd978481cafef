# A* pathfinding on a grid with a hand-written binary heap (deterministic tie-breaking).
GRID = [
    "S....#....",
    ".##..#.##.",
    ".#...#..#.",
    ".#.###..#.",
    ".#......#G",
    ".####.###.",
    "..........",
]


class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[small]:
                    small = l
                if r < len(a) and a[r] < a[small]:
                    small = r
                if small == i:
                    break
                a[i], a[small] = a[small], a[i]
                i = small
        return top

    def __len__(self):
        return len(self.items)


def find(ch):
    for r, row in enumerate(GRID):
        c = row.find(ch)
        if c >= 0:
            return r, c


def astar(start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    heap = Heap()
    counter = 0
    heap.push((h(start), 0, counter, start))
    came = {start: None}
    cost = {start: 0}
    expanded = 0
    while heap:
        _, g, _, cur = heap.pop()
        if g > cost[cur]:
            continue
        expanded += 1
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != "#":
                ng = g + 1
                if ng < cost.get((nr, nc), 1 << 30):
                    cost[(nr, nc)] = ng
                    came[(nr, nc)] = cur
                    counter += 1
                    heap.push((ng + h((nr, nc)), ng, counter, (nr, nc)))
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came.get(node)
    return path[::-1], expanded


start, goal = find("S"), find("G")
path, expanded = astar(start, goal)
print(f"path length {len(path) - 1}, expanded {expanded} nodes")
canvas = [list(row) for row in GRID]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
h = Heap()
for v in [5, 3, 9, 1, 7, 3, 8]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
