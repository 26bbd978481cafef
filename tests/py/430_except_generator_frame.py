# An exception escaping a generator's frame keeps that frame's locals until it is handled.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def gen():
    r = Res("in generator")
    yield 1
    raise ValueError("from generator")

g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print("after")
for x in gen():
    print("loop", x)
    break
print("loop left")
