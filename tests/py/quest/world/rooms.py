# quest.world.rooms: imports a sibling package's module and registers into its own package
from ..items import make, Item
from . import ROOMS
import quest
print("quest.world.rooms: loading")
quest.note("rooms")

def room(name, *things):
    ROOMS[name] = make(*things)
    return ROOMS[name]

def heaviest(name):
    return max(ROOMS[name], key=lambda i: i.weight)
