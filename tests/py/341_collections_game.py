# collections: deque as a turn queue, namedtuple records, defaultdict and Counter for tallies.
from collections import deque, namedtuple, defaultdict, Counter, OrderedDict

Unit = namedtuple("Unit", ["name", "speed", "team"])
units = [Unit("knight", 4, "red"), Unit("archer", 6, "blue"), Unit("mage", 3, "red"),
         Unit("rogue", 8, "blue"), Unit("cleric", 3, "blue")]
print(units[0], units[1].speed, units[2][0], units[3]._asdict())
print(units[0]._replace(speed=5), Unit._fields)

turns = deque(sorted(units, key=lambda u: (-u.speed, u.name)))
order = []
for _ in range(7):
    u = turns.popleft()
    order.append(u.name)
    turns.append(u)
print(order)
turns.rotate(2)
print([u.name for u in turns])
turns.appendleft(Unit("boss", 10, "none"))
print(turns[0].name, len(turns), turns[-1].name)
recent = deque(maxlen=3)
for event in ["spawn", "move", "attack", "defend", "die"]:
    recent.append(event)
print(list(recent), recent.maxlen)

by_team = defaultdict(list)
for u in units:
    by_team[u.team].append(u.name)
print(sorted(by_team.items()), by_team["green"], sorted(by_team))
speed_total = defaultdict(int)
for u in units:
    speed_total[u.team] += u.speed
print(sorted(speed_total.items()))

loot = Counter(["gold", "gem", "gold", "potion", "gold", "gem", "scroll"])
print(loot.most_common(2), loot["gold"], loot["sword"])
loot.update(["gem", "gem"])
print(sorted(loot.items()), sum(loot.values()))
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3))

od = OrderedDict()
for k in ["zeta", "alpha", "mid"]:
    od[k] = len(k)
od.move_to_end("zeta")
print(list(od.items()))
od.move_to_end("mid", last=False)
print(list(od.keys()), od.popitem(), od.popitem(last=False))
Point = namedtuple("Point", "x y")
p = Point(3, 4)
x, y = p
print(p, x + y, p == (3, 4), p._make([5, 6]))
