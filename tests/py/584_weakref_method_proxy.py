# weakref.WeakMethod (a bound method held weakly: alive while its object and function are) and
# weakref.proxy (stands for its object; ReferenceError once the object is gone).
import weakref


class Npc:
    def __init__(self, name):
        self.name = name
        self.items = [1, 2, 3]

    def think(self):
        return self.name + " thinks"

    def __len__(self):
        return len(self.items)

    def __call__(self, x):
        return self.name + str(x)


log = []
n = Npc("orc")
wm = weakref.WeakMethod(n.think, lambda r: log.append(("method gone", r() is None)))
print(wm()(), wm() == n.think, wm == weakref.WeakMethod(n.think))
del n
print(wm(), log)
try:
    weakref.WeakMethod(len)
except TypeError:
    print("TypeError")

m = Npc("elf")
p = weakref.proxy(m)
print(p.name, p.think(), len(p), p(7), p.items[1], 2 in p.items)
q = weakref.proxy(m, lambda r: log.append("proxy callback"))
print(q.name, weakref.getweakrefcount(m) > 0)
del m
print(log[-1])
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(q)
except ReferenceError as e:
    print("ReferenceError:", e)
