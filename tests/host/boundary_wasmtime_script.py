# The script of tests/host/boundary_wasmtime.py: host functions from Python, under wasmtime.
import game
import stackless

try:
    game.missing("npc")
except KeyError as e:
    print(game.add(1, 2, 3), "2**70" if game.add(2**69, 2**69, 0) == 2**70 else "bad", "KeyError", e)

def inner(x):
    return 10 // x
def outer(x):
    return inner(x)
def think(npc, event):
    return {"npc": npc, "saw": event}
inbox = stackless.channel()
outbox = stackless.channel()
got = []
score = 0
loaded = None
def wait():
    got.append(inbox.receive())
def double(x):
    stackless.schedule()
    return 2 * x
def speaker():
    outbox.send("from the script")
def loader():
    global loaded
    loaded = game.later()
stackless.tasklet(speaker)()
stackless.tasklet(loader)()
