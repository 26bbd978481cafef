# Conway's Game of Life on a set of live cells; a glider and a blinker, with population counts.
def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}


def show(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))


def parse(picture):
    return {(r, c) for r, line in enumerate(picture.split()) for c, ch in enumerate(line) if ch == "#"}


glider = parse("""
.#...
..#..
###..
.....
.....
""")
world = set(glider)
for gen in range(5):
    print(f"gen {gen}: {len(world)} alive, bbox rows {min(r for r, _ in world)}-{max(r for r, _ in world)}")
    print(show(world, 6, 6))
    world = step(world)
shifted = {(r - 1, c - 1) for r, c in world}
print("glider moved by (1, 1) after 4 steps:", sorted(shifted) == sorted(step(step(step(step(glider))))) or sorted(shifted))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
rpent = parse("""
.##
##.
.#.
""")
pop = []
w = rpent
for _ in range(30):
    w = step(w)
    pop.append(len(w))
print(pop)
