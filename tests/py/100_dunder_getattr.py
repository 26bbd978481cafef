# __getattr__ is only consulted for missing attributes; proxies and defaults
class Defaults:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return "default-" + name[4:]
        raise AttributeError("no attribute " + name)

d = Defaults()
print(d.real, d.opt_color, d.opt_size)
d.opt_color = "blue"
print(d.opt_color)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "opt_x"), hasattr(d, "nope"), getattr(d, "nope", "fallback"))

class Proxy:
    def __init__(self, target):
        self._target = target
        self._log = []
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p._log, p.count(1))

class Record:
    def __init__(self, **fields):
        self._fields = fields
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name)
r = Record(x=1, y="two")
print(r.x, r.y)
try:
    print(r.z)
except AttributeError as e:
    print("AttributeError", e.args)

class Plain:
    pass
try:
    Plain().nothing
except AttributeError as e:
    print("AttributeError:", e)
