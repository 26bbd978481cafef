# A tiny text adventure: rooms graph, scripted commands, inventory, seeded random encounters.
import random

random.seed(2024)

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["gold"], "locked": True},
}


class Player:
    def __init__(self, room):
        self.room = room
        self.items = []
        self.hp = 20
        self.moves = 0


def describe(p):
    r = ROOMS[p.room]
    items = ", ".join(r["items"]) or "nothing"
    exits = " ".join(sorted(r["exits"]))
    return f"[{p.room}] {r['desc']}; you see {items}; exits: {exits}"


def act(p, line):
    verb, _, noun = line.partition(" ")
    room = ROOMS[p.room]
    if verb == "go":
        target = room["exits"].get(noun)
        if target is None:
            return "you can't go that way"
        if ROOMS[target].get("locked"):
            if "key" not in p.items:
                return "the door is locked"
            ROOMS[target]["locked"] = False
            p.items.remove("key")
            print("  (you unlock the door; the key breaks)")
        p.room = target
        p.moves += 1
        if random.random() < 0.4:
            dmg = random.randint(1, 6)
            p.hp -= dmg
            print(f"  a rat bites you for {dmg}!")
        return describe(p)
    if verb == "take":
        if noun in room["items"]:
            room["items"].remove(noun)
            p.items.append(noun)
            return f"taken {noun}"
        return f"no {noun} here"
    if verb == "drop":
        if noun not in p.items:
            return f"you have no {noun}"
        p.items.remove(noun)
        room["items"].append(noun)
        return f"dropped {noun}"
    if verb == "eat" and noun in p.items and noun == "bread":
        p.items.remove(noun)
        p.hp = min(20, p.hp + 5)
        return f"yum, hp {p.hp}"
    if verb == "inv":
        return "carrying: " + (", ".join(sorted(p.items)) if p.items else "nothing")
    return f"I don't know how to {line!r}"


player = Player("hall")
print(describe(player))
script = ["take lamp", "go west", "go north", "take key", "take book", "go south", "go east",
          "take bread", "go down", "take gold", "eat bread", "drop book", "inv", "go up", "dance"]
for cmd in script:
    print(f"> {cmd}")
    print(" ", act(player, cmd))
print(f"moves={player.moves} hp={player.hp} score={len(player.items) * 10 + player.hp}")
