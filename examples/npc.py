# The script side of examples/game-host.ts: NPC brains as tasklets. The host calls start(n) to
# spawn them, sends what the player does on `events`, and takes what the NPCs decide from
# `commands`; the NPCs call the game through the host module `game` (a sync call for effects, an
# async one for path finding: only the asking NPC waits). The script never ends by itself: the
# host decides when the level is over.
import collections
import game
import stackless

events = stackless.channel()     # host -> script: what the player did
commands = stackless.channel()   # script -> host: what the NPCs do
alarm = [None]                   # where the last alarm went off
paths = [0]                      # paths the game has found for NPCs so far


def brain(npc_id):
    recent = collections.deque(maxlen=8)     # the last few positions the NPC remembers
    x = npc_id % 100
    seed = npc_id + 1
    heard = None
    while True:
        seed = (seed * 75 + 74) % 65537       # "thinking": a wander from a tiny LCG
        x += seed % 3 - 1
        recent.append(x)
        if alarm[0] is not None and alarm[0] != heard:
            heard = alarm[0]
            if npc_id == 13:
                raise ValueError("npc 13 trips over the alarm")   # one NPC's bug
            if abs(x - heard) < 3:
                game.spawn_fx("alert", x)                       # sync: returns at once
                route = game.find_path(npc_id, heard)           # async: this NPC waits
                paths[0] += 1
                commands.send(("walk", npc_id, route))
        stackless.schedule()


def director():
    while True:
        kind, where = events.receive()
        if kind == "alarm":
            alarm[0] = where


def start(n):
    for i in range(n):
        stackless.tasklet(brain)(i)
    stackless.tasklet(director)()
    return n
