# An RPG inventory: items with weights and values, stacking, capacity limits, sorting reports.
class Item:
    def __init__(self, name, weight, value, kind="misc"):
        self.name = name
        self.weight = weight
        self.value = value
        self.kind = kind

    def __repr__(self):
        return f"Item({self.name!r}, {self.weight}, {self.value})"


class InventoryFull(Exception):
    pass


class Inventory:
    def __init__(self, capacity):
        self.capacity = capacity
        self.slots = {}

    @property
    def weight(self):
        return sum(item.weight * count for item, count in self.slots.values())

    def add(self, item, count=1):
        if self.weight + item.weight * count > self.capacity:
            raise InventoryFull(f"cannot carry {count} x {item.name} ({self.weight:.1f}/{self.capacity})")
        if item.name in self.slots:
            old, n = self.slots[item.name]
            self.slots[item.name] = (old, n + count)
        else:
            self.slots[item.name] = (item, count)

    def remove(self, name, count=1):
        item, n = self.slots[name]
        if count > n:
            raise ValueError(f"only {n} {name}")
        if n == count:
            del self.slots[name]
        else:
            self.slots[name] = (item, n - count)
        return item

    def report(self, key="name"):
        rows = sorted(self.slots.values(), key=lambda pair: getattr(pair[0], key))
        for item, n in rows:
            print(f"  {item.name:<12}{n:>3} x {item.weight:5.1f}kg {item.value * n:>6}g  [{item.kind}]")
        print(f"  total {self.weight:.1f}/{self.capacity}kg, worth {self.total_value()}g")

    def total_value(self):
        return sum(i.value * n for i, n in self.slots.values())


bag = Inventory(50)
catalog = [
    Item("sword", 8.5, 120, "weapon"),
    Item("potion", 0.5, 25, "consumable"),
    Item("arrow", 0.1, 1, "ammo"),
    Item("shield", 12.0, 90, "armor"),
    Item("gem", 0.2, 500, "treasure"),
]
for it, n in zip(catalog, [1, 5, 40, 1, 3]):
    bag.add(it, n)
bag.report()
try:
    bag.add(Item("anvil", 40, 10), 1)
except InventoryFull as e:
    print("full:", e)
bag.remove("arrow", 15)
bag.remove("potion", 5)
try:
    bag.remove("gem", 9)
except ValueError as e:
    print("error:", e)
try:
    bag.remove("torch")
except KeyError as e:
    print("missing:", e)
print("by value:")
bag.report("value")
print(sorted(bag.slots))
print([repr(i) for i, _ in bag.slots.values()])
