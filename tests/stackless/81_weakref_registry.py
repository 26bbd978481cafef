# A WeakValueDictionary of tasklets as an entity registry, the way game code keeps its live NPCs:
# an entry lasts while its tasklet is alive and referenced elsewhere (run queue, channel), and
# goes by itself when the tasklet ends - no unregister call. A WeakKeyDictionary keeps per-tasklet
# data the same way, and a WeakSet of channels forgets channels nobody holds.
# Stackless 3.7: taskletobject.c tasklet_dealloc (weak references cleared when a tasklet is
# freed); the weakref module's containers as in CPython.
import stackless
import weakref

registry = weakref.WeakValueDictionary()
data = weakref.WeakKeyDictionary()
orders = stackless.channel()
done = []

def npc(name, steps):
    for i in range(steps):
        stackless.schedule()
    if name == "guard":
        done.append((name, orders.receive()))
    else:
        done.append((name, steps))

for name, steps in [("rat", 1), ("guard", 2), ("troll", 3)]:
    t = stackless.tasklet(npc)(name, steps)
    registry[name] = t
    data[t] = {"hp": steps * 10}
del t
print(sorted(registry.keys()), len(data))

stackless.run()
# rat and troll ended; guard blocks on the channel (the channel holds it)
print(sorted(registry.keys()), len(data), [x[0] for x in done])
guard = registry["guard"]
assert guard.blocked and data[guard] == {"hp": 20}
assert "rat" not in registry and registry.get("troll") is None
del guard
orders.send("patrol")
print(sorted(registry.keys()), len(data), done)

# a tasklet re-registered under a name replaces the old entry; the old one's death leaves it
def idle():
    stackless.schedule()
a = stackless.tasklet(idle)()
registry["slot"] = a
b = stackless.tasklet(idle)()
registry["slot"] = b
del a
stackless.run()
print("slot" in registry)
keep = b
del b
print(registry.get("slot") is keep)
del keep
print(len(registry), list(registry.items()))

# WeakSet of channels
chans = weakref.WeakSet()
c1, c2 = stackless.channel(), stackless.channel()
chans.add(c1)
chans.add(c2)
print(len(chans), c1 in chans)
del c1
print(len(chans), c2 in chans)

# iterating the registry while its tasklets end does not break the loop
ts = [stackless.tasklet(idle)() for i in range(4)]
for i, t in enumerate(ts):
    registry[i] = t
del t
seen = []
for key in registry.keys():
    seen.append(key)
    if key == 0:
        ts.clear()
        stackless.run()
print(seen, len(registry))
