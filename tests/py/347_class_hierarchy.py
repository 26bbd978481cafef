# Classes: inheritance, super(), properties with setters, class attributes, classmethod/staticmethod.
class Entity:
    count = 0

    def __init__(self, name, x=0, y=0):
        self.name = name
        self.x, self.y = x, y
        Entity.count += 1
        self.id = Entity.count

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

    def describe(self):
        return f"{type(self).__name__}#{self.id} {self.name} at ({self.x}, {self.y})"

    def __repr__(self):
        return f"<{self.describe()}>"

    @classmethod
    def spawn(cls, name):
        return cls(name, 0, 0)

    @staticmethod
    def distance(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)


class Creature(Entity):
    def __init__(self, name, hp, **kw):
        super().__init__(name, **kw)
        self._hp = hp
        self.max_hp = hp

    @property
    def hp(self):
        return self._hp

    @hp.setter
    def hp(self, value):
        self._hp = max(0, min(self.max_hp, value))

    def describe(self):
        return super().describe() + f" hp {self.hp}/{self.max_hp}"


class Player(Creature):
    def __init__(self, name):
        super().__init__(name, 100, x=1, y=1)
        self.level = 1

    def describe(self):
        return super().describe() + f" L{self.level}"

    def level_up(self):
        self.level += 1
        self.max_hp += 10
        self.hp += 10


class Trap(Entity):
    damage = 15

    def trigger(self, victim):
        victim.hp -= self.damage
        return f"{self.name} hits {victim.name}"


p = Player("hero")
wolf = Creature("wolf", 30, x=4, y=-2)
trap = Trap.spawn("spikes")
print(p, wolf, trap, sep="\n")
print(trap.trigger(p), p.hp)
p.hp = 500
print(p.hp)
p.level_up()
p.move(2, 3).move(-1, 0)
print(p.describe())
wolf.hp -= 100
print(wolf.hp, wolf.describe())
print(Entity.distance(p, wolf), Entity.count, Trap.damage, trap.damage)
Trap.damage = 20
print(trap.damage, isinstance(p, Creature), isinstance(trap, Creature), issubclass(Player, Entity))
print([c.__name__ for c in Player.__mro__])
print(type(p).__name__, p.__class__.__bases__[0].__name__, hasattr(p, "level"), hasattr(trap, "hp"))
sorted_entities = sorted([p, wolf, trap], key=lambda e: e.x + e.y)
print([e.name for e in sorted_entities])
