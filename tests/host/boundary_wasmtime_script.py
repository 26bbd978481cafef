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


def try_reenter():
    try:
        game.reenter()
    except RuntimeError as e:
        return str(e)


def try_huge():
    try:
        game.huge()
    except MemoryError:
        return "MemoryError"


events = stackless.channel()
replies = stackless.channel()


def relay():
    while True:
        replies.send(events.receive() * 2)


counts = [0] * 1000
waited = []


def spin(i):
    while True:
        counts[i] += 1
        stackless.schedule()


def spin_many():
    for i in range(1000):
        stackless.tasklet(spin)(i)
    stackless.tasklet(lambda: waited.append(game.slow()))()
