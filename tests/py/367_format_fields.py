# str.format with indexing, attributes and nested widths; %-formatting with * and mapping keys.
class Hero:
    def __init__(self, name, stats):
        self.name = name
        self.stats = stats


heroes = [Hero("Ana", {"str": 12, "dex": 17}), Hero("Brom", {"str": 18, "dex": 9})]
for h in heroes:
    print("{0.name:<6} STR {0.stats[str]:>3} DEX {0.stats[dex]:>3}".format(h))
print("{0[0]}-{0[2]} {1[x]} {2.real}".format("abc", {"x": "ex"}, 5))
print("{h.name} has {h.stats[str]} strength".format(h=heroes[1]))
for width in (4, 8, 12):
    print("[{:>{w}}] [{:^{w}.2f}] [{:{fill}<{w}}]".format("ab", 3.14159, "z", w=width, fill="."))
print("{:{}{}}".format(42, ">", 6), "{0:{1}}|".format("left", 10), "{!r:>8}".format("q"))
table = [("sword", 3, 12.5), ("bow", 11, 7.25)]
for name, qty, price in table:
    print("%-*s|%*d|%*.*f" % (8, name, 4, qty, 9, 2, price))
print("%(name)s has %(hp)d hp (%(pct).1f%%)" % {"name": "Ana", "hp": 37, "pct": 30.833})
print("%c%c%c" % ("o", 107, "!"), "%5s|%-5s|" % ("ab", "cd"), "%.*s" % (3, "truncate"))
print("{0}{1}{0}".format("ab", "-"), "{}{}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
print((5).real, (5).imag, (7).numerator, (7).denominator, True.real, (2.5).real, (2.5).imag)
print((3.0).is_integer(), (3.25).is_integer(), (-0.0).is_integer(), (10).conjugate())
try:
    "{0[5]}".format([1, 2])
except IndexError as e:
    print("IndexError:", e)
try:
    "{0.missing}".format(heroes[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
