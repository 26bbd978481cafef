# pkgdemo.mod_a: helpers plus a class, imports its parent package
import pkgdemo
print("pkgdemo.mod_a: loading")
pkgdemo.register("mod_a")
CONSTANT = 21

def helper(x):
    return x * CONSTANT

class Shape:
    def __init__(self, sides):
        self.sides = sides
    def __repr__(self):
        return "Shape(%d)" % self.sides
