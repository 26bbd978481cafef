# The game idiom: each NPC runs a think loop in its own tasklet, holding its NPC only weakly, so
# the world dropping an NPC ends its loop (the next ref() is None) instead of the tasklet keeping
# the NPC alive forever. A weakref.finalize on the NPC reports its removal; a WeakValueDictionary
# indexes the live NPCs by name. Stackless 3.7: tasklets hold what their frames hold
# (taskletobject.c); weak references as in CPython.
import stackless
import weakref

log = []
index = weakref.WeakValueDictionary()

def think(npc_ref):
    ticks = 0
    while True:
        npc = npc_ref()
        if npc is None:
            log.append(("loop ends", ticks))
            return
        npc.hp -= 1
        del npc  # hold it only while thinking
        ticks += 1
        stackless.schedule()

class Npc:
    def __init__(self, name, hp):
        self.name = name
        self.hp = hp
        index[name] = self
        weakref.finalize(self, log.append, ("removed", name))
        self.task = stackless.tasklet(think)(weakref.ref(self))

world = [Npc("goblin", 10), Npc("dragon", 100)]
for i in range(3):
    stackless.schedule()
print(sorted((n.name, n.hp) for n in world), sorted(index.keys()))

goblin_task = world[0].task
del world[0]  # the goblin leaves the world: nothing holds it but weak references
print(log, sorted(index.keys()))
stackless.schedule()
print(log, goblin_task.alive)
del goblin_task
print(world[0].hp < 100, sorted(index.keys()))
world[0].task.kill()
world.clear()
print(log, len(index))
