# Seeded procedural dungeon: random rooms without overlap, L-shaped corridors, room stats.
import random

random.seed(1234)
W, H = 40, 16
grid = [["#"] * W for _ in range(H)]
rooms = []


def overlaps(a, b):
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax <= bx + bw and bx <= ax + aw and ay <= by + bh and by <= ay + ah


for attempt in range(40):
    w, h = random.randint(4, 9), random.randint(3, 5)
    x, y = random.randint(1, W - w - 2), random.randint(1, H - h - 2)
    cand = (x, y, w, h)
    if any(overlaps(cand, r) for r in rooms):
        continue
    rooms.append(cand)
    for r in range(y, y + h):
        for c in range(x, x + w):
            grid[r][c] = "."
    if len(rooms) == 6:
        break


def center(room):
    x, y, w, h = room
    return x + w // 2, y + h // 2


def carve(x1, y1, x2, y2):
    for c in range(min(x1, x2), max(x1, x2) + 1):
        if grid[y1][c] == "#":
            grid[y1][c] = ","
    for r in range(min(y1, y2), max(y1, y2) + 1):
        if grid[r][x2] == "#":
            grid[r][x2] = ","


ordered = sorted(rooms, key=lambda r: center(r)[0])
for a, b in zip(ordered, ordered[1:]):
    carve(*center(a), *center(b))
for i, room in enumerate(ordered):
    cx, cy = center(room)
    grid[cy][cx] = str(i)
print("\n".join("".join(row) for row in grid))
print(len(rooms), "rooms:", [(r[2] * r[3]) for r in ordered])
floor = sum(row.count(".") for row in grid)
corr = sum(row.count(",") for row in grid)
print(f"floor {floor}, corridor {corr}, rock {W * H - floor - corr - len(rooms)}")
treasure = random.choice(ordered)
print("treasure in room", ordered.index(treasure), "at", center(treasure))
