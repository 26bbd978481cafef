# Objects with __del__ that only module globals hold are finalized at exit, in the order they
# were created (an alias does not change it); globals are still readable in __del__.
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name, "of", LABEL)

LABEL = "game"
hud = Resource("hud")
level = Resource("level")
audio = Resource("audio")
same_level = level
player = Resource("player")
hud = None
print("main done")
