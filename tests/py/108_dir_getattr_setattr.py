# dir() of a simple class (public names only), getattr/setattr/hasattr dynamics
class Robot:
    model = "R2"
    def __init__(self):
        self.x = 0
        self.y = 0
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
    def report(self):
        return (self.x, self.y)

r = Robot()
print([n for n in dir(r) if not n.startswith("_")])
print([n for n in dir(Robot) if not n.startswith("_")])
for cmd, args in [("move", (1, 2)), ("move", (3, -1)), ("report", ())]:
    out = getattr(r, cmd)(*args)
    if out is not None:
        print(cmd, out)
for attr in ["x", "y", "z", "model"]:
    print(attr, hasattr(r, attr), getattr(r, attr, None))
setattr(r, "z", 9)
setattr(r, "name", "bob")
print(r.z, r.name, [n for n in dir(r) if not n.startswith("_")])
del r.z
print(hasattr(r, "z"))
try:
    getattr(r, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.nope
except AttributeError as e:
    print("AttributeError:", e)
fields = {"speed": 3, "color": "red"}
for k, v in fields.items():
    setattr(Robot, k, v)
print(r.speed, Robot().color, [n for n in dir(r) if not n.startswith("_")])
