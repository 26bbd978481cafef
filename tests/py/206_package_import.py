# Package imports: import pkg.mod, from pkg import mod, from pkg.mod import name; module caching
print("start")
import pkgdemo.mod_a
print("imported pkgdemo.mod_a")
from pkgdemo import mod_b
from pkgdemo.mod_a import helper
import pkgdemo
import pkgdemo.mod_a as again
print(pkgdemo.VERSION, pkgdemo.registry)
print(pkgdemo.mod_a.helper(2), helper(3), mod_b.double_helper(1))
print(mod_b.make_shapes(3), pkgdemo.mod_a.CONSTANT)
print(again is pkgdemo.mod_a, mod_b.helper is helper, mod_b.Shape is pkgdemo.mod_a.Shape)
print(pkgdemo.mod_a.__name__, mod_b.__name__, pkgdemo.__name__)
pkgdemo.mod_a.CONSTANT = 100
print(helper(1), mod_b.double_helper(1))
from pkgdemo.mod_b import make_shapes as ms
print(ms(1), pkgdemo.register("main"), pkgdemo.registry)
s = pkgdemo.mod_a.Shape(8)
print(isinstance(s, mod_b.Shape), type(s).__name__)
