# Dict subclasses in a game engine: attribute-style config, a registry that validates keys,
# a sparse grid with __missing__, mapping objects with keys() fed to dict() and update()
class Config(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __repr__(self):
        return "Config(" + ", ".join("%s=%r" % kv for kv in sorted(self.items())) + ")"

cfg = Config(width=320, height=240)
cfg.update(title="dungeon")
print(cfg.width, cfg.title, cfg, len(cfg), isinstance(cfg, dict), type(cfg).__name__)
try:
    cfg.depth
except AttributeError as e:
    print("AttributeError:", e)
print(Config.fromkeys(["fps", "vsync"], 0), type(Config.fromkeys("a")).__name__)

class Registry(dict):
    def __init__(self, kind):
        super().__init__()
        self.kind = kind
        self.log = []

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("%s names must be str, not %s" % (self.kind, type(key).__name__))
        self.log.append(key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.log.append("-" + key)
        super().__delitem__(key)

sprites = Registry("sprite")
sprites["hero"] = (0, 0)
sprites["slime"] = (16, 0)
del sprites["slime"]
try:
    sprites[3] = (1, 1)
except TypeError as e:
    print("TypeError:", e)
print(sprites, sprites.log, sprites.kind, dict(sprites) == {"hero": (0, 0)})

class Loud(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value)

loud = Loud.fromkeys("xy", 0)
print(loud, type(loud).__name__, {}.fromkeys(range(2), "v"))

class Grid(dict):
    # a sparse grid: unset cells read as "." without being stored
    def __missing__(self, key):
        return "."

g = Grid()
for x, y in [(0, 0), (2, 1), (1, 2)]:
    g[x, y] = "#"
for y in range(3):
    print("".join(g[x, y] for x in range(4)))
print(len(g), (3, 3) in g, g.get((3, 3)), sorted(g))

class Tiles:
    # not a dict: dict() and update() read it through keys() and []
    def __init__(self, names):
        self.names = names
    def keys(self):
        return iter(self.names)
    def __getitem__(self, key):
        return self.names.index(key) * 10

t = Tiles(["grass", "water", "lava"])
print(dict(t), dict(t, lava=-1))
d = {"sand": 5}
d.update(t)
print(d)
c = Config(t)
print(c, c.water)

class Layered(dict):
    def __init__(self, *layers):
        super().__init__()
        for layer in layers:
            self.update(layer)

terrain = Layered({"a": 1}, [("b", 2)], t)
print(terrain, sorted(terrain.values()), terrain.copy(), type(terrain.copy()).__name__)
for bad in ([("only",)], [1, 2], ["abc"]):
    try:
        Layered(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print({**cfg, "extra": True} == dict(cfg, extra=True), list(reversed(cfg)), list(reversed(d.items())))
