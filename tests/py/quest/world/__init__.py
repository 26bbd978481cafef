# quest.world: a subpackage; its own __init__ runs after quest's, before its submodules
from .. import note
print("quest.world: init")
note("world")
ROOMS = {}
