# stackless-wasm demo: a tiny game loop. NPC brains are tasklets; they talk to a director over
# channels; a watchdog (stackless.run(N)) preempts a brain that thinks too long; atomic keeps
# a shared score consistent.
import stackless


class Npc:
    def __init__(self, name, steps):
        self.name = name
        self.steps = steps

    def __repr__(self):
        return f"Npc({self.name!r})"


events = stackless.channel()
score = {"total": 0}


def brain(npc):
    for step in range(npc.steps):
        with stackless.atomic():          # no preemption while the score changes
            score["total"] += step
        events.send((npc.name, step))     # blocks until the director listens


def daydreamer():
    n = 0
    while True:                           # never yields: only the watchdog stops it
        n += 1


def director(count):
    for _ in range(count):
        name, step = events.receive()
        print(f"director: {name} finished step {step}")


npcs = [Npc("guard", 2), Npc("merchant", 3)]
for npc in npcs:
    stackless.tasklet(brain)(npc)
stackless.tasklet(director)(sum(n.steps for n in npcs))
dreamer = stackless.tasklet(daydreamer)()

# the game loop: run the tasklets with a watchdog; it returns a tasklet that ran too long
while True:
    interrupted = stackless.run(10_000)
    if interrupted is None:
        break                             # everything finished or is waiting
    if interrupted is dreamer:
        print("watchdog: the daydreamer ran too long; killing it")
        dreamer.kill()
    else:
        interrupted.insert()              # a busy brain: let it continue next round
print("score:", score["total"], "npcs:", npcs, "runnable:", stackless.getruncount())
