# quest.items: plain data plus a relative import of the package
from . import note
print("quest.items: loading")
note("items")

class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
    def __repr__(self):
        return "Item(%r, %d)" % (self.name, self.weight)

def make(*names):
    return [Item(n, len(n)) for n in names]
