# Inventory report combining namedtuple, Counter, defaultdict, sorted with keys and formatting
from collections import namedtuple, Counter, defaultdict
Item = namedtuple("Item", "sku name category qty price_cents")
stock = [
    Item("A1", "bolt", "hardware", 120, 15),
    Item("A2", "nut", "hardware", 300, 5),
    Item("B1", "hammer", "tools", 8, 1599),
    Item("B2", "saw", "tools", 3, 2450),
    Item("C1", "glue", "supplies", 40, 349),
    Item("C2", "tape", "supplies", 0, 199),
]
by_cat = defaultdict(list)
for it in stock:
    by_cat[it.category].append(it)
def money(c):
    return "%d.%02d" % divmod(c, 100)
for cat in sorted(by_cat):
    items = by_cat[cat]
    value = sum(i.qty * i.price_cents for i in items)
    print("%-9s %2d items  value %10s" % (cat, len(items), money(value)))
    for i in sorted(items, key=lambda i: -i.qty * i.price_cents):
        print("   %-3s %-7s %4d x %7s" % (i.sku, i.name, i.qty, money(i.price_cents)))
out = [i.name for i in stock if i.qty == 0]
low = [i.name for i in stock if 0 < i.qty < 10]
print("out of stock:", out, "low:", low)
orders = ["bolt", "nut", "bolt", "glue", "saw", "bolt", "nut", "hammer", "glue"]
demand = Counter(orders)
print(demand.most_common(3))
by_name = {i.name: i for i in stock}
for name, n in sorted(demand.items()):
    it = by_name[name]
    ok = it.qty >= n
    by_name[name] = it._replace(qty=it.qty - n if ok else it.qty)
    print(f"{name:<7}{n:>3} {'ok' if ok else 'short':>6}")
print(sorted((i.name, i.qty) for i in by_name.values()))
total = sum(i.qty * i.price_cents for i in by_name.values())
print(f"total value: {total / 100:,.2f}", by_name["saw"]._asdict())
