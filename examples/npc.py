# The script side of examples/game-host.ts: one tasklet per NPC brain, and a director that takes
# their moves over a channel. The host ticks the VM once per frame with an op budget; whatever a
# frame's budget leaves unfinished goes on in the next frame. The script never ends by itself:
# the host decides when the level is over.
import collections
import stackless

NPCS = 100
moves = stackless.channel()


def brain(npc_id):
    recent = collections.deque(maxlen=8)        # the last few positions the NPC remembers
    x = 0
    seed = npc_id + 1
    while True:
        seed = (seed * 75 + 74) % 65537          # "thinking": a wander from a tiny LCG
        x += seed % 3 - 1
        recent.append(x)
        moves.send((npc_id, sum(recent) // len(recent)))   # blocks until the director takes it


def director():
    positions = [0] * NPCS
    rounds = 0
    while True:
        for _ in range(NPCS):
            npc_id, x = moves.receive()
            positions[npc_id] = x
        rounds += 1
        if rounds % 100 == 0:
            print(f"round {rounds}: leftmost {min(positions)}, rightmost {max(positions)}")


for i in range(NPCS):
    stackless.tasklet(brain)(i)
stackless.tasklet(director)()
