# pkgdemo.mod_b: uses a relative import of its sibling module
from .mod_a import helper, Shape
from . import register
print("pkgdemo.mod_b: loading")
register("mod_b")

def double_helper(x):
    return 2 * helper(x)

def make_shapes(n):
    return [Shape(i) for i in range(3, 3 + n)]
