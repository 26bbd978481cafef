# Class-level registries: counting instances, subclass registration, class decorators
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

class Plugin:
    instances = 0
    def __init__(self):
        Plugin.instances += 1
        type(self).made = getattr(type(self), "made", 0) + 1
    def run(self, x):
        raise NotImplementedError("subclass must implement run")

@register
class Double(Plugin):
    def run(self, x):
        return x * 2

@register
class Square(Plugin):
    def run(self, x):
        return x * x

@register
class Negate(Plugin):
    def run(self, x):
        return -x

print(sorted(registry))
pipeline = ["double", "square", "negate", "double"]
v = 3
for name in pipeline:
    v = registry[name]().run(v)
print(v)
print(Plugin.instances, Double.made, Square.made, Negate.made)
try:
    Plugin().run(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Plugin.instances, Plugin.made)

def ancestry(cls):
    out = []
    while cls is not object:
        out.append(cls.__name__)
        cls = cls.__bases__[0]
    return out
print(ancestry(Double), [ancestry(c)[-1] for c in registry.values()])
