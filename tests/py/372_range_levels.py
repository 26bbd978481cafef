# Ranges in a level generator: floors as ranges, slicing, reversed walks, membership of big
# coordinates, equality, index/count, and range attributes
floors = range(1, 21)
print(floors, len(floors), floors[0], floors[-1], floors[5:10], floors[::5], floors[::-4])
print(floors.start, floors.stop, floors.step, floors.index(7), floors.count(21), 20 in floors)
boss_floors = floors[4::5]
print(boss_floors, list(boss_floors), boss_floors == range(5, 21, 5), boss_floors == range(5, 25, 5))
print(range(0) == range(5, 5), range(3, 4) == range(3, 9, 7), range(2) != range(0, 2))
print([f for f in reversed(boss_floors)], list(reversed(range(10, 0, -3))), list(reversed(range(0))))

WORLD = range(-10 ** 9, 10 ** 9, 16)
print(len(WORLD), WORLD[10 ** 6], 16 in WORLD, 17 in WORLD, -10 ** 9 in WORLD, 10 ** 9 in WORLD)
print(WORLD.index(0) * 16 + WORLD.start, WORLD[-1], WORLD[::10 ** 7])
big = range(0, 10 ** 15, 3)
print(len(big), big[-1], (10 ** 15 - 1) in big, 10 ** 14 in big, 2 ** 100 in big, 3.0 in range(9), 4.5 in range(9))

def spiral(n):
    # walk a square of side n inward, one ring at a time, with ranges in both directions
    out = []
    for ring in range(n // 2 + n % 2):
        last = n - 1 - ring
        for x in range(ring, last + 1):
            out.append((x, ring))
        for y in range(ring + 1, last + 1):
            out.append((last, y))
        for x in reversed(range(ring, last)):
            if last != ring:
                out.append((x, last))
        for y in range(last - 1, ring, -1):
            if last != ring:
                out.append((ring, y))
    return out

path = spiral(4)
print(len(path), path[:6], path[-3:])
grid = [["."] * 4 for _ in range(4)]
for step, (x, y) in enumerate(path):
    grid[y][x] = "0123456789abcdef"[step]
print("\n".join("".join(row) for row in grid))
rooms = {r: len(r) for r in (range(3), range(2, 8, 2), range(5, 0, -1))}
print(rooms[range(0, 3)], rooms[range(2, 7, 2)], range(5, 0, -1) in rooms, range(1) in rooms)
print(sorted(rooms.values()), sum(range(1, 101)), max(range(-5, 5, 3)), min(range(9, 2, -2)))
for bad in (lambda: floors[100], lambda: range(1, 2, 0), lambda: floors.index(99), lambda: range("3")):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(bool(range(0)), bool(range(-1, 0)), list(range(5, -6, -5)), tuple(range(2, -2, -1)))
