# Multi-module programs: nested packages initialise parent first, each body once, at first import
print("main: start")
import quest.world.rooms
print("main: imported quest.world.rooms")
import quest.items as items
from quest.world import rooms, ROOMS
from quest import note, log
print(log)
r = quest.world.rooms.room("cellar", "rope", "lantern", "key")
print(r, rooms.heaviest("cellar"), sorted(ROOMS))
print(items.Item is rooms.Item, quest.items is items, quest.world.rooms is rooms)
print(note("main"), log, quest.log is log)
print(quest.__name__, quest.world.__name__, rooms.__name__, items.make.__module__ if hasattr(items.make, "__module__") else "")
def late():
    import quest.world.rooms as again
    from quest.items import make
    return again is rooms, make("x")
print(late())
print(isinstance(r[0], items.Item), type(r[0]).__name__)
