# stacklesslib.util.local: tasklet-local attributes (threading.local's semantics per tasklet):
# what one tasklet sets the others do not see, each reads its own value back after switches,
# deleting affects only its own, a missing name is AttributeError, methods and class attributes
# of a subclass are shared, and a dead tasklet's attributes are freed with it.
import gc
import stackless
from stacklesslib.util import local

data = local()
data.name = "main"
seen = []


def worker(n):
    seen.append((n, hasattr(data, "name")))
    data.name = "worker %d" % n
    stackless.schedule()
    seen.append((n, data.name))
    del data.name
    seen.append((n, hasattr(data, "name")))


for i in range(3):
    stackless.tasklet(worker)(i)
stackless.run()
for entry in seen:
    print(entry)
print("main keeps its own:", data.name)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)


class Npc(local):
    kind = "npc"

    def greet(self):
        return "%s (%s)" % (getattr(self, "who", "nobody"), self.kind)


npc = Npc()
npc.who = "main"
out = []


def other():
    out.append(npc.greet())
    npc.who = "other"
    out.append(npc.greet())


stackless.tasklet(other)()
stackless.run()
print(out, npc.greet())
gc.collect()
print("dead tasklets' attributes freed:", len(npc.__dict__["_tasklet_dicts"]), len(data.__dict__["_tasklet_dicts"]))
