# Game inventory and crafting with collections: Counter stock, defaultdict loot tables,
# OrderedDict quest log, dict.fromkeys for starting stats
from collections import Counter, defaultdict, OrderedDict

STATS = ("hp", "mp", "str", "dex")
base = dict.fromkeys(STATS, 10)
base["hp"] = 30
print(base, dict.fromkeys([], 1), dict.fromkeys("ab"))

RECIPES = {
    "sword": Counter(iron=3, wood=1),
    "shield": Counter(iron=2, wood=2, leather=1),
    "torch": Counter(wood=1, cloth=1),
}

class Inventory:
    def __init__(self, items=()):
        self.stock = Counter(items)

    def add(self, **kinds):
        self.stock.update(kinds)

    def can_craft(self, name):
        need = RECIPES[name]
        return need <= self.stock

    def craft(self, name):
        if not self.can_craft(name):
            missing = RECIPES[name] - self.stock
            return "missing " + ", ".join("%s x%d" % kv for kv in sorted(missing.items()))
        self.stock -= RECIPES[name]
        self.stock[name] += 1
        return "crafted " + name

inv = Inventory(["iron", "iron", "wood", "cloth", "iron"])
print(inv.stock, inv.stock.total(), isinstance(inv.stock, dict))
for item in ("sword", "shield", "torch", "torch"):
    print(item, "->", inv.craft(item))
inv.add(iron=4, wood=3, leather=1)
print(inv.craft("shield"), inv.stock.most_common(2))
print(sorted(inv.stock.elements()), +inv.stock, -Counter(a=-2, b=3))

# loot tables: monster -> list of drops, grouped by rarity
drops = [("goblin", "coin", 1), ("goblin", "dagger", 3), ("orc", "axe", 2),
         ("goblin", "coin", 1), ("orc", "coin", 1), ("dragon", "scale", 3)]
table = defaultdict(lambda: defaultdict(list))
for monster, item, rarity in drops:
    table[monster][rarity].append(item)
for monster in sorted(table):
    print(monster, {r: table[monster][r] for r in sorted(table[monster])})
print(type(table["nobody"]).__name__, len(table), "nobody" in table)
by_rarity = defaultdict(set)
for _, item, rarity in drops:
    by_rarity[rarity].add(item)
print(sorted((r, sorted(s)) for r, s in by_rarity.items()), by_rarity.default_factory)
kills = defaultdict(int, goblin=2)
for m in ["orc", "goblin", "orc"]:
    kills[m] += 1
print(kills, dict(kills), kills == {"goblin": 3, "orc": 2})

# quest log: most recently touched quest last, oldest dropped past the cap
log = OrderedDict()
def touch(quest, status, cap=3):
    if quest in log:
        log.move_to_end(quest)
    log[quest] = status
    if len(log) > cap:
        print("  dropped", log.popitem(last=False))
for q, s in [("rats", "new"), ("wolves", "new"), ("rats", "done"), ("bandits", "new"),
             ("crypt", "new"), ("wolves", "half")]:
    touch(q, s)
print(log, list(log), log.popitem())
log.move_to_end("crypt", last=False)
print(log, log == OrderedDict([("crypt", "new"), ("bandits", "new")]), log == {"bandits": "new", "crypt": "new"})
totals = Counter()
for word in "fire ice fire bolt fire ice".split():
    totals[word] += 1
print(totals, totals["none"], "none" in totals, totals.most_common(1))
print(Counter("aab") + Counter("bcc"), Counter("aab") & Counter("abb"), Counter("aab") | Counter("abb"))
