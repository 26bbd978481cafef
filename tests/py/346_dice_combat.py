# A seeded dice-combat simulation: random.randint/choice/shuffle/random/uniform, round reports.
import random

random.seed(7)


class Fighter:
    def __init__(self, name, hp, attack, defense):
        self.name = name
        self.hp = hp
        self.attack = attack
        self.defense = defense
        self.kills = 0

    @property
    def alive(self):
        return self.hp > 0

    def strike(self, other):
        roll = random.randint(1, 20)
        if roll == 20:
            dmg = self.attack * 2
            kind = "CRIT"
        elif roll + self.attack > 10 + other.defense:
            dmg = max(1, self.attack - other.defense // 2 + random.randint(0, 3))
            kind = "hit"
        else:
            return f"{self.name} misses {other.name} (rolled {roll})"
        other.hp -= dmg
        note = f"{self.name} {kind}s {other.name} for {dmg} (rolled {roll})"
        if not other.alive:
            self.kills += 1
            note += f"; {other.name} falls"
        return note


heroes = [Fighter("Aria", 30, 7, 3), Fighter("Brom", 40, 5, 5), Fighter("Cass", 24, 9, 1)]
monsters = [Fighter(f"goblin{i}", random.randint(8, 14), 4, 1) for i in range(4)] + [Fighter("ogre", 45, 8, 4)]
rnd = 0
while any(h.alive for h in heroes) and any(m.alive for m in monsters) and rnd < 20:
    rnd += 1
    print(f"-- round {rnd} --")
    order = [f for f in heroes + monsters if f.alive]
    random.shuffle(order)
    for f in order:
        if not f.alive:
            continue
        foes = [x for x in (monsters if f in heroes else heroes) if x.alive]
        if not foes:
            break
        print(" ", f.strike(random.choice(foes)))
winner = "heroes" if any(h.alive for h in heroes) else "monsters"
print(f"{winner} win after {rnd} rounds")
for f in heroes + monsters:
    print(f"{f.name:<8} hp={f.hp:>4} kills={f.kills}")
print(round(random.random(), 6), round(random.uniform(1, 10), 4), random.sample(range(100), 5))
